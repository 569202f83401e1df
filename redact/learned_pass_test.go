package redact

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// learnedPersonsRef is the learned model's pass as the model defines it,
// for TestLearnedPersonsRef: every candidate word of learnedIter with its
// full features, those whose own features sum below the gate skipped,
// runs of the others that reach the threshold joined over spaces and
// kept unless a guard drops them (learnedGuarded), each
// span's reason from its best word's features; a word that overlaps one
// of dem (the rules' dropped names) is no candidate.
func learnedPersonsRef(e *Engine, text string, out []Span, dem []demotedRange) []Span {
	var sc textScan
	sc.reset(text, false)
	m := &theLearnedModel
	it := newLearnedIter(&sc, out, dem, m.mask)
	gate := e.learnedLogit - m.gate
	type run struct {
		start, end int
		best       float32
		feats      learnedFeats
		open       bool
		words      int
	}
	var r run
	var found []Span
	flush := func() {
		if r.open && !learnedGuarded(text, r.start, r.end, r.words == 1) && !e.allowed(text[r.start:r.end]) {
			found = append(found, Span{Start: r.start, End: r.end, Type: "PERSON", Rule: "builtin.person",
				Score: learnedProb(r.best), Reason: learnedReasons[m.topGroup(&r.feats)]})
		}
		r.open = false
	}
	prev := -1
	for it.next() {
		if m.sum(it.feats.ids[:learnedOwn]) < gate {
			continue
		}
		s := it.tok.start
		joins := prev >= 0 && learnedPrevTok(text, s).end == prev && onlySpaces(text[prev:s])
		prev = it.tok.end
		z := m.logit(&it.feats)
		switch {
		case z < e.learnedLogit:
			flush()
		case r.open && joins:
			r.end = it.tok.end
			r.words++
			if z > r.best {
				r.best, r.feats = z, it.feats
			}
		default:
			flush()
			r = run{start: s, end: it.tok.end, best: z, feats: it.feats, open: true, words: 1}
		}
	}
	flush()
	merged := slices.Clone(out)
	for _, s := range found {
		k, _ := slices.BinarySearchFunc(merged, s.Start, func(a Span, t int) int { return a.Start - t })
		merged = slices.Insert(merged, k, s)
	}
	return merged
}

// learnedTestWords are words of our own for the texts of the pass's
// tests: made-up names, stop words and titles, acronyms and camel case,
// joined, accented and non-Latin words, digits and symbols.
var learnedTestWords = []string{
	"Zorvane", "Quessly", "Marlowin", "Fendrick", "Idrava", "Kostelo", "Brisquet", "Ulmarra", "Teodric", "Ysolde",
	"Anna", "Maria", "Smith", "Paris", "The", "Please", "Hello", "Dear", "Mr", "Dr.", "Hi", "Thanks", "Monday",
	"SEO", "KPIs", "NASA", "A", "I", "X", "QuoteBot", "ZipLine", "McFendrick", "O'Quessly", "d'Idrava", "Marl-Fendrick",
	"Zorvane’s", "l’Ulmarra", "Big_Data", "Q3", "Room12", "R2D2", "Ébrard", "Øvrelid", "Śmigla", "Ünzel", "élan",
	"Ζορβα", "Мария", "ΣΟΦΙΑ", "Dz", "ǅemal", "—", "“Zorvane”", "€12", "🙂", "✨", "ℍilbert", "Ⅻ", "\u00adZorvane",
	"Thornquistabcdefghij", "Abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnop",
	"zorvane", "quessly", "and", "with", "from", "at", "-", "'", "(Zorvane)", "[Fendrick]", "Zorvane:", "x@y.z",
}

// learnedTestTexts returns n texts made of learnedTestWords, with
// separators, lines and padding that move the words across the 64-byte
// blocks of the marks.
func learnedTestTexts(rng *rand.Rand, n int) []string {
	seps := []string{" ", " ", " ", "  ", "\n", ", ", ": ", " | ", "\t", ". ", "-", "'", "’", "\u00a0", "/", ""}
	texts := make([]string, 0, n)
	for range n {
		var b strings.Builder
		b.WriteString(strings.Repeat(" ", rng.Intn(64)))
		for k := rng.Intn(24); k >= 0; k-- {
			b.WriteString(learnedTestWords[rng.Intn(len(learnedTestWords))])
			b.WriteString(seps[rng.Intn(len(seps))])
		}
		texts = append(texts, b.String())
	}
	return texts
}

// learnedTestSpans returns random sorted, disjoint rule spans over text.
func learnedTestSpans(rng *rand.Rand, text string) []Span {
	var out []Span
	types := []string{"PERSON", "EMAIL_ADDRESS", "LOCATION"}
	for i := 0; i < len(text); {
		i += rng.Intn(40)
		if i >= len(text) {
			break
		}
		e := min(len(text), i+1+rng.Intn(12))
		out = append(out, Span{Start: i, End: e, Type: types[rng.Intn(len(types))], Score: 0.9})
		i = e
	}
	return out
}

// learnedTestDemoted returns random demoted ranges of text (sorted and
// merged, as Find passes them), overlapping out's spans or not.
func learnedTestDemoted(rng *rand.Rand, text string) []demotedRange {
	var dem []demotedRange
	for range rng.Intn(4) {
		if len(text) == 0 {
			break
		}
		i := rng.Intn(len(text))
		dem = append(dem, demotedRange{i, min(len(text), i+1+rng.Intn(20))})
	}
	return sortDemoted(dem)
}

// TestLearnedPersonsRef checks the engine's pass (learnedPersons, its
// words read in line and its gate on ownSum) against learnedPersonsRef on
// texts of our own, with the rules' spans and with random ones, at a few
// thresholds: the same spans, scores and reasons (with the rules' dropped
// names, and with random demoted ranges). The pass runs on a
// fresh scan, on one with the person detector's notes of plain words
// (learned_memo.go), and on one with another text's notes left in it.
func TestLearnedPersonsRef(t *testing.T) {
	rng := rand.New(rand.NewSource(22))
	texts := learnedTestTexts(rng, 3000)
	texts = append(texts, "", "A", "Zorvane", " Zorvane Quessly", "Dear Zorvane Quessly,\nThe KPIs of Fendrick-Idrava",
		"-Zorvane Quessly", "'Zorvane", "’Zorvane", "x-Zorvane", "é-Zorvane", "Ünzel Quessly", "Zorvane\u0301x Quessly",
		"Zorvane7 Quessly", "Dear Zorvane_ Quessly", "Ysolde Brisquet2", "Mr Idrava.", "Kostelo",
		"Hello Teodric "+strings.Repeat("Marlowinx", 30)+" Idrava", strings.Repeat("Ask Ysolde. The Brisquet Room, ", 40))
	added, notes, demoted := 0, 0, 0
	var noted textScan
	var toks [8]nameTok
	for _, th := range []float64{0.02, 0.3, LearnedPersonThreshold} {
		e, err := NewEngine(Options{LearnedPerson: th})
		if err != nil {
			t.Fatal(err)
		}
		rules, err := NewEngine(Options{LearnedPerson: 1})
		if err != nil {
			t.Fatal(err)
		}
		for k, text := range texts {
			ruleOut, ruleDem := findDemoted(rules, text)
			for c, out := range [][]Span{ruleOut, learnedTestSpans(rng, text)} {
				dem := ruleDem
				if c == 1 {
					dem = learnedTestDemoted(rng, text)
				}
				demoted += len(dem)
				var sc textScan
				sc.reset(text, false)
				got := e.learnedPersons(&sc, slices.Clone(out), dem)
				want := learnedPersonsRef(e, text, out, dem)
				if !slices.Equal(got, want) {
					t.Fatalf("threshold %v, %q with %v:\n got %v\nwant %v", th, text, out, got, want)
				}
				added += len(got) - len(out)
				noted.reset(text, false)
				detectPersons(&noted, nil, &toks)
				for i := range text {
					if n, _ := noted.plainAt(i); n > 0 {
						notes++
					}
				}
				if got := e.learnedPersons(&noted, slices.Clone(out), dem); !slices.Equal(got, want) {
					t.Fatalf("threshold %v, %q with %v and the detector's notes:\n got %v\nwant %v", th, text, out, got, want)
				}
				noted.reset(texts[(k+1)%len(texts)], false)
				detectPersons(&noted, nil, &toks)
				noted.reset(text, false)
				if got := e.learnedPersons(&noted, slices.Clone(out), dem); !slices.Equal(got, want) {
					t.Fatalf("threshold %v, %q with %v and another text's notes:\n got %v\nwant %v", th, text, out, got, want)
				}
			}
		}
	}
	if added == 0 {
		t.Error("the pass added no span")
	}
	if notes == 0 {
		t.Error("the person detector noted no word")
	}
	if demoted == 0 {
		t.Error("no demoted range")
	}
}

// FuzzLearnedPersons checks the pass against learnedPersonsRef on any
// text, with the rules' spans and at a low threshold.
func FuzzLearnedPersons(f *testing.F) {
	for _, s := range learnedTestTexts(rand.New(rand.NewSource(1)), 20) {
		f.Add(s)
	}
	e, err := NewEngine(Options{LearnedPerson: 0.05})
	if err != nil {
		f.Fatal(err)
	}
	rules, err := NewEngine(Options{LearnedPerson: 1})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		out, dem := findDemoted(rules, text)
		var sc textScan
		sc.reset(text, false)
		got := e.learnedPersons(&sc, slices.Clone(out), dem)
		if want := learnedPersonsRef(e, text, out, dem); !slices.Equal(got, want) {
			t.Fatalf("%q:\n got %v\nwant %v", text, got, want)
		}
	})
}

// TestLearnedOwnSum checks ownSum, ownWord and the shape tables against
// the sum of learnedOwnFeatures' buckets, for words of every shape and
// length and every name-table flag value.
func TestLearnedOwnSum(t *testing.T) {
	learnedTables()
	m := &theLearnedModel
	rng := rand.New(rand.NewSource(5))
	words := slices.Clone(learnedTestWords)
	letters := "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
	for n := 2; n <= 70; n++ {
		b := []byte{byte('A' + rng.Intn(26))}
		for len(b) < n {
			b = append(b, letters[rng.Intn(26)])
		}
		words = append(words, string(b), strings.ToUpper(string(b)))
		b[n/2] = letters[26+rng.Intn(26)]
		words = append(words, string(b))
	}
	for _, word := range words {
		if r, _ := utf8.DecodeRuneInString(word); !unicode.IsUpper(r) || len(word) < 2 {
			continue // no candidate word
		}
		for _, pad := range []int{0, 5, 60} {
			text := strings.Repeat(" ", pad) + word + " x"
			var sc textScan
			sc.reset(text, false)
			s, e := pad, pad+len(word)
			for gz := range 256 {
				tok := learnedTok{start: s, end: e, gz: uint32(gz)}
				tok.hw, tok.sh = learnedHashes(word)
				var f learnedFeats
				learnedOwnFeatures(&f, text, &tok, m.mask)
				want := m.isum(f.ids[:learnedOwn])
				if got := m.ownSum(&sc, s, e, uint8(gz)); got != want {
					t.Fatalf("%q flags %d: ownSum %d, features %d", word, gz, got, want)
				}
				if n := len(word); n < 64 && sc.markBits(mkLetter, s, n) == 1<<n-1 {
					var x uint64
					if n <= 8 {
						x = packWord(word)
					}
					if got := m.ownWord(&sc, s, n, x, uint8(gz)); got != want {
						t.Fatalf("%q flags %d: ownWord %d, features %d", word, gz, got, want)
					}
				}
			}
		}
	}
}

// TestLearnedUpperPrefix checks that learnedUpperMaybe rules out no
// upper-case letter: every one's first two bytes have their bit.
func TestLearnedUpperPrefix(t *testing.T) {
	learnedTables()
	for r := rune(0x80); r <= unicode.MaxRune; r++ {
		if !unicode.IsUpper(r) || !utf8.ValidRune(r) {
			continue
		}
		s := string(r) + "x"
		if !learnedUpperMaybe(s, 0) {
			t.Fatalf("%U: ruled out", r)
		}
	}
}
