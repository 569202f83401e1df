package redact

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestResidenceLocations checks the towns and regions marked where a
// person lives, and the texts where none may be.
func TestResidenceLocations(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text string
		want       []string
	}{
		{"wohnt in, unknown town", "Anna (34) wohnt in Regensburg und liebt Wandern.", []string{"Regensburg"}},
		{"mieszka w, locative", "Jan Kowalski mieszka w Krakowie.", []string{"Krakowie"}},
		{"lives in, two words and a region", "Maria Rossi lives in Bad Tölz, Bavaria.", []string{"Bad Tölz", "Bavaria"}},
		{"habite à", "Claire Dubois habite à Pontoise depuis 2019.", []string{"Pontoise"}},
		{"woont in", "Pieter de Vries woont in Zutphen.", []string{"Zutphen"}},
		{"plural, wonen in", "Ik ben Eva Smit; mijn ouders wonen in Zutphen.", []string{"Zutphen"}},
		{"plural, leben in", "Jonas Weber schreibt, seine Eltern leben in Fulda.", []string{"Fulda"}},
		{"bor i", "Lars Nilsson bor i Sundbyberg.", []string{"Sundbyberg"}},
		{"lives up in", "Kezia Mensah, 33, lives up in Gateshead now.", []string{"Gateshead"}},
		{"first person, portuguese", "Meu nome é Rita Lopes, tenho 40 anos e moro em Olinda.", []string{"Olinda"}},
		{"first person, spanish", "Soy Lucía Pardo, 35, y vivo en Tarragona.", []string{"Tarragona"}},
		{"customer from a known town", "Customer from Cork, Ireland, aged 52.", []string{"Cork"}},
		{"gazetteer town and county after a street", "Tom Baker, 14 Main Street, Bray, Co. Wicklow.", []string{"Bray", "Co. Wicklow"}},
		{"aus after a name", "Gutschein für Anna Huber aus Villach, bitte.", []string{"Villach"}},
		{"from after a name, unknown word", "Tom Baker from Acme called.", nil},
		{"de after a name and a comma", "Vienen Ana Ortiz (52) y Rosa Ortiz, de Elche, al rodaje.", []string{"Elche"}},
		{"person noun lady", "Mrs. Clara Jones, the lovely lady from Swindon, called.", []string{"Swindon"}},
		{"person noun oma", "Joris de Wit komt met zijn oma uit Gouda.", []string{"Gouda"}},
		{"person noun, unknown word", "Mrs. Clara Jones, the lady from Acme, called.", nil},
		{"county after a known city", "Email Tom Baker, 4 Main Street, Dublin, Co. Dublin about the sale.", []string{"Dublin", "Co. Dublin"}},
		{"state name after a town", "Tom Baker lives in Springfield, Illinois.", []string{"Springfield", "Illinois"}},
		{"no country after a residence phrase", "Benjamin pretended to be an American while living in India.", nil},
		{"no person, no residence", "Our company is based in Regensburg.", nil},
		{"unknown word after a person noun", "A customer from Acme asked about the sale.", nil},
		{"known town with an article", "Anna Müller lives in The Hague.", []string{"The Hague"}},
		{"stop word after the phrase", "Anna Müller lives in Der Nähe.", nil},
		{"moved here from a known town", "Ines Baptista (61) moved here from Schwerin in May.", []string{"Schwerin"}},
		{"stammt aus", "Frau Helga Brandt (66) stammt aus Kempten.", []string{"Kempten"}},
		{"komt uit", "Mevrouw Fenna Bakker (70) komt uit Deventer.", []string{"Deventer"}},
		{"mudou-se para", "A Dona Odete Ramos, 68, mudou-se para Aveiro.", []string{"Aveiro"}},
		{"trasferita a", "La signora Ornella Conti, 59 anni, si è trasferita a Cremona.", []string{"Cremona"}},
		{"i after a name", "Skriv till Agnes Holm i Västerås, hon fyller 45.", []string{"Västerås"}},
		{"i after a name, unknown word", "Skriv till Agnes Holm i Butiken imorgon.", nil},
		{"over from, unknown word", "Mrs. Clara Jones popped over from Accounting.", nil},
		{"moved from a product", "Ines Baptista moved from Mailchimp to Klaviyo.", nil},
		{"relocated to a cloud", "Our admin Ines Baptista relocated to Azure last week.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, s := range e.Find(tc.text) {
				if s.Type == "LOCATION" {
					got = append(got, tc.text[s.Start:s.End])
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) LOCATION = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestCueWordBeforeSame holds cueWordBefore's 8-byte read to the byte at
// a time definition (cueWordBeforeBytes) on every cue word in every case,
// after every delimiter, with and without bytes before, and on random
// texts made of cue-word pieces.
func TestCueWordBeforeSame(t *testing.T) {
	words := cueWords.keyList()
	words = slices.DeleteFunc(words, func(w string) bool { return w == "" })
	var texts []string
	for _, w := range words {
		for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
			for _, pre := range []string{"", " ", "\n", "x", "ab ", "abcdefgh ", "abcdefgh\n", "abcdefghi", "é", "\x00"} {
				for _, suf := range []string{"", "s", "x", "\x00"} {
					texts = append(texts, pre+v+suf+" ", "xx"+suf+v+" ")
				}
			}
		}
	}
	rng := rand.New(rand.NewPCG(9, 9))
	pieces := append(slices.Clone(words), " ", "\n", "A", "\x00", "é", "ab", "ne", "\xc3")
	for range 200000 {
		var b strings.Builder
		for n := rng.IntN(6); n >= 0; n-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		b.WriteByte(' ')
		texts = append(texts, b.String())
	}
	for _, text := range texts {
		for sp := 0; sp < len(text); sp++ {
			if got, want := cueWordBefore(text, sp), cueWordBeforeBytes(text, sp); got != want {
				t.Fatalf("cueWordBefore(%q, %d) = %v, want %v", text, sp, got, want)
			}
		}
	}
}

// TestCueMayEndSame holds mayEnd to townPhraseBefore: where it rules a
// list out, the list has no phrase that ends there; and phrasesAt's group
// gives the phrase the whole list gives. The texts are built
// from the phrases' words in mixed case, with runes that fold to ASCII
// letters (ſ, K), non-ASCII letters and line breaks.
func TestCueMayEndSame(t *testing.T) {
	var pieces []string
	for _, list := range [][]string{residencePhrases, personFromWords, fromWords} {
		for _, p := range list {
			pieces = append(pieces, strings.Fields(p)...)
		}
	}
	pieces = append(pieces, "ſ", "K", "é", "É", "\n", "\xc3", "x", "Bor", "LIVEſ", "DOMICILIÉ", "grew up", "Up")
	rng := rand.New(rand.NewPCG(5, 7))
	matched := 0
	for range 300000 {
		var b strings.Builder
		for n := rng.IntN(4); n >= 0; n-- {
			w := pieces[rng.IntN(len(pieces))]
			switch rng.IntN(4) {
			case 0:
				w = strings.ToUpper(w)
			case 1:
				w = strings.ToUpper(w[:1]) + w[1:]
			}
			b.WriteString(w)
			if rng.IntN(8) != 0 {
				b.WriteByte(' ')
			}
		}
		b.WriteString("Town")
		text := b.String()
		cs := len(text) - len("Town")
		if text[cs-1] != ' ' {
			continue
		}
		cue := cueWordBefore(text, cs-1)
		if cue == nil {
			continue
		}
		for l := range 2 {
			p := townPhraseBefore(text, cs, cue.lists[l])
			if p != "" {
				matched++
			}
			if p != "" && !cue.mayEnd(text, cs, l) {
				t.Fatalf("mayEnd(%q, list %d) = false, but %q ends there", text, l, p)
			}
			if q := townPhraseBefore(text, cs, cue.phrasesAt(text, cs, l)); q != p {
				t.Fatalf("phrasesAt(%q, list %d): phrase %q, the whole list's %q", text, l, q, p)
			}
		}
	}
	if matched < 1000 {
		t.Fatalf("only %d texts end with a phrase: the test tests little", matched)
	}
}

// TestResidencePhrasesStartLower checks what townPhraseBefore's first-byte
// test assumes: every phrase starts with a lower-case ASCII letter.
func TestResidencePhrasesStartLower(t *testing.T) {
	for _, list := range [][]string{residencePhrases, personFromWords, fromWords} {
		for _, p := range list {
			if p[0] < 'a' || p[0] > 'z' {
				t.Errorf("phrase %q does not start with a lower-case ASCII letter", p)
			}
		}
	}
}

// TestTownReasonsFromTables holds the residence rules' town reasons to
// their phrase tables: every phrase has its reasons, built without the
// text, and an unknown phrase gets a fixed one.
func TestTownReasonsFromTables(t *testing.T) {
	for _, list := range [][]string{residencePhrases, personFromWords, fromWords} {
		for _, p := range list {
			if got, want := townReason(p, rsKnownTownAfter), "known town after '"+strings.TrimSpace(p)+"'"; got != want {
				t.Errorf("townReason(%q) = %q, want %q", p, got, want)
			}
		}
	}
	if got := townReason("not a phrase ", rsTownAfter); got != "town after a residence phrase" {
		t.Errorf("unknown phrase: %q", got)
	}
}
