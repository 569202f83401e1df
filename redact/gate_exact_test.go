package redact

import (
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// gateSeeds are hand-written texts around the exact gates' paths: ages
// with and without a cue word, dates next to birth words, ID numbers with
// and without their context words, and the numbers that are neither.
var gateSeeds = []string{
	"Tomasz Wiśniewski, 47, lives near the lake", "(retired, 71)", "Hanna Berg (9)", "- Bruno: 66, baker",
	"the twins (5 and 8)", "I'm 39 and tired", "ik ben inmiddels 58 en", "bin jetzt 77 und", "she is now 88.",
	"Oma wird am Samstag 90", "en sønn på 6", "(lat 45)", "a 41yo nurse", "31-year-old", "18-25 year olds",
	"27 years old", "33 ans", "tiene 54 años", "Alter: 62", "aged 19", "age 12", "turns 30 next week",
	"born 04/05/1981", "DOB: 1979-11-23", "Geburtstag am 14. Mai", "birthday: 3.4.", "née en 1962",
	"Birthdays:\n- 12 March 1990\n- 7 May 1985", "nasc.: 05/11/1997", "his 40th birthday", "born in '79",
	"Order 4471 ships in 3 days for 12 items", "price 45.99 EUR, qty 7", "campaign from 12/03/2025 to 01/04/2025",
	"Q3 revenue grew 12% to 118 million", "invoice #20931, due 30 days", "room 101, floor 3",
	"SSN 123-45-6789", "NINO QQ 12 34 56 C", "BSN 111222333", "Steuer-ID 12 345 678 901", "PESEL 44051401359",
	"NIR 1 85 05 78 006 084 36", "SIN 046 454 286", "TFN 123 456 782", "Personnummer 811228-9874",
	"codice fiscale RSSMRA85T10A562S", "DNI 12345678Z", "NIE X1234567L", "CPF 123.456.789-09",
	"Aadhaar 2345 6789 0123", "PAN ABCDE1234F", "ID card no. 1234567", "passport number C01X00T47",
	"Rua das Flores 12, 1200-195 Lisboa", "PO Box 44, Springfield", "Flat 2, 18 Mill Lane",
	// Date-of-birth paths without a birth word: ordinals, turning ages,
	// days before a month, birth years after their cue words.
	"Happy 47th, Rosalind!", "we toast her 63rd!", "his 52nd on the 9th of October", "Opa wird am 17. August 88",
	"cumple 64 el pr\u00f3ximo 11 de junio", "turns 71 on 2 May", "turns sixty on 5 June", "fyller nitti den 4 mars",
	"classe 1983", "Jahrgang 1972", "narozen 1949", "Jg. '58", "b. 1958", "am 5. Mai Geburtstag",
	// The date gate: groups that fit a date and groups that do not.
	"born 3.5. 9", "Geburtstag 2.7.", "born 1990-7-05", "birthday 03/08-123", "SKU 2231-4410-7782", "release 4.12.3",
}

// gateTextsFromFiles returns the corpus's prompts and the texts of the
// eval sets and of testdata/*.jsonl, when they are there: the tests read
// them at run time and keep none of them.
func gateTextsFromFiles(tb testing.TB) []string {
	var texts []string
	if data, err := os.ReadFile(filepath.Join(os.TempDir(), "guardrail-pii-corpus-seed42-5mb.txt")); err == nil {
		texts = append(texts, strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")...)
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "*.jsonl"))
	evals, _ := filepath.Glob(filepath.Join(evalDir, "*.jsonl"))
	for _, path := range append(files, evals...) {
		data, err := os.ReadFile(path)
		if err != nil {
			continue
		}
		for _, line := range strings.Split(string(data), "\n") {
			var rec map[string]any
			if json.Unmarshal([]byte(line), &rec) != nil {
				continue
			}
			for _, v := range rec { // every string field: the formats differ
				if s, ok := v.(string); ok && len(s) > 8 {
					texts = append(texts, s)
				}
			}
		}
	}
	return texts
}

// gateMutations returns text and a few variants of it that move the
// bytes the gates read: digits into line breaks, colons, brackets and
// commas, lower and upper case.
func gateMutations(rng *rand.Rand, text string) []string {
	out := []string{text, strings.ToLower(text), strings.ToUpper(text)}
	if text == "" {
		return out
	}
	const swaps = "\n:(), -yY/."
	b := []byte(text)
	for range 3 {
		b[rng.IntN(len(b))] = swaps[rng.IntN(len(swaps))]
	}
	return append(out, string(b))
}

// checkGatesExact fails when Find with the exact gates differs from Find
// without them on text.
func checkGatesExact(t *testing.T, e *Engine, text string) {
	t.Helper()
	exactGatesOff = false
	got := e.Find(text)
	exactGatesOff = true
	want := e.Find(text)
	exactGatesOff = false
	if !slices.Equal(got, want) {
		t.Fatalf("%q: spans only with the gates %v, only without them %v (a gate rejects a path it must let through)",
			text, spanDiff(got, want), spanDiff(want, got))
	}
}

// spanDiff returns the spans of a that b lacks, with their text's offsets,
// type, rule and reason.
func spanDiff(a, b []Span) []Span {
	var out []Span
	for _, s := range a {
		if !slices.Contains(b, s) {
			out = append(out, s)
		}
	}
	return out
}

// TestGatesExact runs the seeds, the corpus, the eval and test sets and
// mutations of them through Find with and without the exact gates.
func TestGatesExact(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(13, 8))
	texts := append(slices.Clone(gateSeeds), gateTextsFromFiles(t)...)
	texts = append(texts, gateTexts(3, 5000)...)
	t.Logf("%d texts", len(texts))
	if testing.Short() {
		texts = texts[:min(len(texts), 5000)]
	}
	for _, text := range texts {
		for _, m := range gateMutations(rng, text) {
			checkGatesExact(t, e, m)
		}
	}
}

// FuzzGateExact is TestGatesExact on random texts.
func FuzzGateExact(f *testing.F) {
	for _, s := range gateSeeds {
		f.Add(s)
	}
	e, err := NewEngine(Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkGatesExact(t, e, text)
	})
}

// TestAgeGateWords checks that ageGateWords holds every word of the
// tables ageAt looks a word before a number up in.
func TestAgeGateWords(t *testing.T) {
	for _, tab := range []*strTable{ageWordTable, ageAdverbs, ageWeekdays, ageJoins} {
		for _, k := range tab.keyList() {
			if k != "" && !ageGateWords.has(k) {
				t.Errorf("ageGateWords lacks %q", k)
			}
		}
	}
	for _, k := range []string{"ben", "bin", "lat", "p\u00e5"} {
		if !ageGateWords.has(k) {
			t.Errorf("ageGateWords lacks %q", k)
		}
	}
}
