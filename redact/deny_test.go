package redact

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestDenyMatcher(t *testing.T) {
	tests := []struct {
		name  string
		terms []string
		text  string
		want  []string
	}{
		{"case-insensitive", []string{"falcon"}, "FALCON, Falcon and falcon.", []string{"FALCON", "Falcon", "falcon"}},
		{"whole words only", []string{"cat"}, "cat concat cats cat_x (cat)", []string{"cat", "cat"}},
		{"multi-word any whitespace", []string{"Project  Falcon"}, "project\n\tfalcon and projectfalcon and project falcons", []string{"project\n\tfalcon"}},
		{"unicode case folding", []string{"café noir"}, "Order a CAFÉ NOIR now", []string{"CAFÉ NOIR"}},
		{"digits are word characters", []string{"x1"}, "x1 ax1 x12", []string{"x1"}},
		{"longest term wins at a position", []string{"acme", "acme corp"}, "acme corp and acme", []string{"acme corp", "acme"}},
		{"non-ASCII term with a hyphen", []string{"Müller-Projekt"}, "MÜLLER-PROJEKT, müller-projekt; Müller-Projekte xMüller-Projekt Müller Projekt",
			[]string{"MÜLLER-PROJEKT", "müller-projekt"}},
		{"Cyrillic term", []string{"ПРОЕКТ"}, "проект Проект проекты подпроект ПРОЕКТ", []string{"проект", "Проект", "ПРОЕКТ"}},
		{"Cyrillic after an ASCII letter is inside a word", []string{"проект"}, "xпроект 1проект _проект", nil},
		{"Greek final sigma folds to sigma", []string{"οδος"}, "ΟΔΟΣ and οδοσ", []string{"ΟΔΟΣ", "οδοσ"}},
		{"simple folding only: ß is not SS", []string{"straße"}, "STRASSE strasse", nil},
		{"capital sharp s folds to ß", []string{"straße"}, "STRAẞE Straße", []string{"STRAẞE", "Straße"}},
		{"Kelvin sign in the text matches k", []string{"kelvin"}, "\u212Aelvin", []string{"\u212Aelvin"}},
		{"Kelvin sign in the term matches K and k", []string{"\u212Aelvin"}, "Kelvin kelvin", []string{"Kelvin", "kelvin"}},
		{"long s matches s", []string{"sun"}, "ſun", []string{"ſun"}},
		{"dotted and dotless I", []string{"istanbul"}, "İSTANBUL ıstanbul", []string{"İSTANBUL", "ıstanbul"}},
		{"a combining mark continues the word", []string{"cafe"}, "cafe\u0301 cafe", []string{"cafe"}},
		{"non-ASCII white space between words", []string{"project falcon"}, "Project\u00a0Falcon Project\u2003\u0085 Falcon", []string{"Project\u00a0Falcon", "Project\u2003\u0085 Falcon"}},
		{"invalid bytes are not word characters", []string{"falcon"}, "\xffFalcon\xe2\x82 x\xc3falcon", []string{"Falcon", "falcon"}},
		{"non-ASCII letter before an ASCII term", []string{"falcon"}, "éfalcon ßfalcon", nil},
		{"term at the very end and start", []string{"nightjar"}, "Nightjar", []string{"Nightjar"}},
		{"multi-word term cut off at the end", []string{"project falcon"}, "project fal", nil},
		{"overlapping occurrences both found", []string{"a a"}, "a a a", []string{"a a", "a a"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dm, err := newDenyMatcher(tc.terms)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, s := range dm.detect(tc.text, nil) {
				if s.Type != deniedTermType || s.Rule != denyRule || s.Score != 1 {
					t.Errorf("span %+v: want type %s, rule %s, score 1", s, deniedTermType, denyRule)
				}
				got = append(got, tc.text[s.Start:s.End])
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("detect(%q) = %q, want %q", tc.text, got, tc.want)
			}
			if ref := refDenyDetect(dm.terms, tc.text); !slices.Equal(dm.detect(tc.text, nil), ref) {
				t.Errorf("detect(%q) differs from the reference matcher %+v", tc.text, ref)
			}
		})
	}
}

// refDenyDetect is the original rune-by-rune deny matcher, kept as the
// reference the byte-level one must agree with span for span.
func refDenyDetect(terms [][]string, text string) []Span {
	var dst []Span
	prevWord := false
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		w := isWordRune(r)
		if w && !prevWord {
			best := -1
			for _, term := range terms {
				if end, ok := refMatchTerm(text, i, term); ok && end > best {
					best = end
				}
			}
			if best > 0 {
				dst = append(dst, Span{Start: i, End: best, Type: deniedTermType, Rule: denyRule,
					Score: 1, Reason: "matches a configured deny term"})
			}
		}
		prevWord = w
		i += size
	}
	return dst
}

func refMatchTerm(text string, i int, term []string) (int, bool) {
	for k, word := range term {
		if k > 0 {
			j := i
			for j < len(text) {
				r, size := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsSpace(r) {
					break
				}
				j += size
			}
			if j == i {
				return 0, false
			}
			i = j
		}
		n := 0
		for _, pr := range word {
			if i+n >= len(text) {
				return 0, false
			}
			r, size := utf8.DecodeRuneInString(text[i+n:])
			if r != pr && unicode.ToLower(r) != unicode.ToLower(pr) && unicode.ToUpper(r) != unicode.ToUpper(pr) {
				return 0, false
			}
			n += size
		}
		i += n
	}
	if i < len(text) {
		r, _ := utf8.DecodeRuneInString(text[i:])
		if isWordRune(r) {
			return 0, false
		}
	}
	return i, true
}

// denyPieces are the fragments the random texts and terms are built from:
// ASCII words in both cases, the runes whose case mappings cross into or
// out of ASCII, other scripts, combining marks, Unicode and ASCII white
// space, punctuation and invalid or truncated UTF-8.
var denyPieces = []string{
	"a", "A", "k", "K", "s", "S", "i", "I", "n", "N", "p", "P", "falcon", "FALCON", "Project", "nightjar",
	"\u212A", "\u212B", "å", "ſ", "İ", "ı", "ß", "ẞ", "σ", "ς", "Σ", "ü", "Ü", "п", "П", "ǅ", "ǆ", "Ǆ",
	"\u0301", "_", "1", "٣", " ", "  ", "\t", "\n", "\u00a0", "\u0085", "\u2003", "-", ".", ",", "é",
	"\xff", "\xc3", "\xe2\x82", "\x80", "\ufffd", "\U0001F600",
}

func randomDenyString(rng *rand.Rand, maxPieces int) string {
	var sb strings.Builder
	for range 1 + rng.IntN(maxPieces) {
		sb.WriteString(denyPieces[rng.IntN(len(denyPieces))])
	}
	return sb.String()
}

// TestDenyMatcherAgreesWithReference compares the matcher with the
// reference on random texts and term lists built from tricky fragments.
func TestDenyMatcherAgreesWithReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	matched := 0
	for n := range 3000 {
		var terms []string
		for range 1 + rng.IntN(3) {
			term := randomDenyString(rng, 3)
			if rng.IntN(3) == 0 {
				term += " " + randomDenyString(rng, 2)
			}
			if strings.TrimSpace(term) != "" {
				terms = append(terms, term)
			}
		}
		if len(terms) == 0 {
			continue
		}
		dm, err := newDenyMatcher(terms)
		if err != nil {
			t.Fatal(err)
		}
		for range 5 {
			// Random fragments with the terms, in varied case, mixed in.
			var sb strings.Builder
			for range 1 + rng.IntN(8) {
				sb.WriteString(randomDenyString(rng, 5))
				switch term := terms[rng.IntN(len(terms))]; rng.IntN(4) {
				case 0:
					sb.WriteString(strings.ToUpper(term))
				case 1:
					sb.WriteString(strings.ToLower(term))
				case 2:
					sb.WriteString(term)
				}
			}
			text := sb.String()
			got, want := dm.detect(text, nil), refDenyDetect(dm.terms, text)
			if !slices.Equal(got, want) {
				t.Fatalf("case %d: terms %q, text %q: detect = %+v, reference = %+v", n, terms, text, got, want)
			}
			matched += len(want)
		}
	}
	if matched < 3000 {
		t.Errorf("only %d matches (want 3000) over all random cases; the generator no longer exercises matching", matched)
	}
}

func FuzzDenyMatcher(f *testing.F) {
	f.Add("Project Falcon", "project\u00a0FALCON, \u212Aelvin İ ſ")
	f.Add("ſun \u212A", "SUN k Sun\tK")
	f.Add("straße", "STRAẞE \xffstrasse")
	f.Fuzz(func(t *testing.T, term, text string) {
		dm, err := newDenyMatcher([]string{term, "a"})
		if err != nil {
			return
		}
		if got, want := dm.detect(text, nil), refDenyDetect(dm.terms, text); !slices.Equal(got, want) {
			t.Fatalf("term %q, text %q: detect = %+v, reference = %+v", term, text, got, want)
		}
	})
}

func TestDenyFoldsToASCIIComplete(t *testing.T) {
	var got []rune
	for r := rune(utf8.RuneSelf); r <= unicode.MaxRune; r++ {
		if unicode.ToLower(r) < utf8.RuneSelf || unicode.ToUpper(r) < utf8.RuneSelf {
			got = append(got, r)
		}
	}
	if !slices.Equal(got, denyFoldsToASCII) {
		t.Errorf("non-ASCII runes with an ASCII case mapping = %U, denyFoldsToASCII = %U", got, denyFoldsToASCII)
	}
}
