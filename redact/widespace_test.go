package redact

import (
	"bufio"
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// wideSpaces are the characters Find reads as an ASCII space, and
// invisibles those it reads as nothing (widespace.go).
var (
	wideSpaces = []string{"\u00a0", "\u2000", "\u2002", "\u2007", "\u2009", "\u200a", "\u202f", "\u205f", "\u3000"}
	invisibles = []string{"\u00ad", "\u200b", "\u2060", "\ufeff"}
)

// TestFindWideSpaceGroups: numbers and names grouped by a wide space are
// found as with an ASCII space, the span covering the same characters in
// the text's own bytes.
func TestFindWideSpaceGroups(t *testing.T) {
	eng, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ text, value, typ string }{
		{"Rappeler Mme Girard au 06 12 34 56 78 demain.", "06 12 34 56 78", "PHONE_NUMBER"},
		{"Customer mobile: +44 7700 900123, call after 5pm.", "+44 7700 900123", "PHONE_NUMBER"},
		{"Bitte Karte 4111 1111 1111 1111 belasten.", "4111 1111 1111 1111", "CREDIT_CARD"},
		{"Remboursement sur IBAN FR76 3000 6000 0112 3456 7890 189 svp.", "FR76 3000 6000 0112 3456 7890 189", "IBAN_CODE"},
		{"Overmaken naar NL91 ABNA 0417 1643 00 graag.", "NL91 ABNA 0417 1643 00", "IBAN_CODE"},
		{"NHS number 943 476 5919 on the referral.", "943 476 5919", "UK_NHS"},
		{"NIR du client : 1 84 12 76 451 089 46.", "1 84 12 76 451 089 46", "FR_NIR"},
	}
	for _, tc := range cases {
		base := eng.Find(tc.text)
		if !hasSpan(tc.text, base, tc.value, tc.typ) {
			t.Fatalf("%q: no %s over %q with ASCII spaces: %v", tc.text, tc.typ, tc.value, base)
		}
		for _, ws := range wideSpaces {
			v := strings.ReplaceAll(tc.value, " ", ws)
			text := strings.Replace(tc.text, tc.value, v, 1)
			if got := eng.Find(text); !hasSpan(text, got, v, tc.typ) {
				t.Errorf("%+q: no %s over the value grouped by %+q: %v", text, tc.typ, ws, got)
			}
		}
		for _, inv := range invisibles {
			// An invisible character inside the value's second group.
			k := strings.IndexByte(tc.value, ' ') + 2
			v := tc.value[:k] + inv + tc.value[k:]
			text := strings.Replace(tc.text, tc.value, v, 1)
			if got := eng.Find(text); !hasSpan(text, got, v, tc.typ) {
				t.Errorf("%+q: no %s over the value cut by %+q: %v", text, tc.typ, inv, got)
			}
		}
	}
}

// TestFindDashesAndFullwidth: a dash between digits reads as a hyphen and
// fullwidth digits, letters and signs as ASCII; prose dashes and CJK
// punctuation stay as they are.
func TestFindDashesAndFullwidth(t *testing.T) {
	eng, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ text, value, typ string }{
		{"Tel. 0171\u2013123456 (mobil), bitte abends.", "0171\u2013123456", "PHONE_NUMBER"},
		{"Call +44\u20117700\u2011900123 after six.", "+44\u20117700\u2011900123", "PHONE_NUMBER"},
		{"SSN 123\u201245\u20126789 on the form", "123\u201245\u20126789", "US_SSN"},
		{"card 4111\u20131111\u20131111\u20131111 exp 04/29", "4111\u20131111\u20131111\u20131111", "CREDIT_CARD"},
		{"電話：０９０－１２３４－５６７８までご連絡ください。", "０９０－１２３４－５６７８", "PHONE_NUMBER"},
		{"メール：ｓａｔｏ．ｋｅｎ＠ｅｘａｍｐｌｅ．ｊｐ 佐藤様", "ｓａｔｏ．ｋｅｎ＠ｅｘａｍｐｌｅ．ｊｐ", "EMAIL_ADDRESS"},
		{"カード番号 ４１１１ １１１１ １１１１ １１１１ です", "４１１１ １１１１ １１１１ １１１１", "CREDIT_CARD"},
	} {
		if got := eng.Find(tc.text); !hasSpan(tc.text, got, tc.value, tc.typ) {
			t.Errorf("%q: no %s over %q: %v", tc.text, tc.typ, tc.value, got)
		}
	}
	for _, s := range []string{"Anna \u2013 our best customer \u2013 wrote", "10am\u20134pm", "x\u2013", "\u20135", "問い合わせ（電話）：至急！", "a\uff0cb"} {
		if i := firstWideSpace(s); i >= 0 {
			t.Errorf("%+q: a character to change at %d", s, i)
		}
	}
	if i := firstWideSpace("5\u20136 Dec"); i != 1 {
		t.Errorf("a dash between digits at %d, want 1", i)
	}
}

// hasSpan reports whether spans hold one of type typ over exactly value.
func hasSpan(text string, spans []Span, value, typ string) bool {
	for _, s := range spans {
		if s.Type == typ && text[s.Start:s.End] == value {
			return true
		}
	}
	return false
}

// TestFindWideSpacesLikeASCII: every labelled text with some of its
// spaces made wide spaces and invisible characters put between letters
// gives the spans of the text itself, mapped to its bytes — the same
// types, the same characters once normalised, starts and ends on
// character boundaries.
func TestFindWideSpacesLikeASCII(t *testing.T) {
	eng, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("testdata/marketing-*.jsonl")
	if testing.Short() {
		files = files[:min(len(files), 3)]
	}
	rng := rand.New(rand.NewPCG(25, 1))
	texts := 0
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(make([]byte, 1<<20), 1<<22)
		for sc.Scan() {
			var r struct{ Text string }
			if json.Unmarshal(sc.Bytes(), &r) != nil || r.Text == "" || firstWideSpace(r.Text) >= 0 {
				continue
			}
			wide := widen(r.Text, rng)
			var sc textScan
			for _, x := range []string{r.Text, wide} {
				if sc.reset(x, false); sc.firstWide() != firstWideSpace(x) {
					t.Fatalf("%s: firstWide %d, the definition %d", f, sc.firstWide(), firstWideSpace(x))
				}
			}
			want, got := eng.Find(r.Text), eng.Find(wide)
			if len(want) != len(got) {
				t.Errorf("%s: %d spans on the widened text, %d on the text", f, len(got), len(want))
				continue
			}
			for k := range want {
				w, g := want[k], got[k]
				if !utf8.ValidString(wide[g.Start:g.End]) || !utf8.ValidString(wide[:g.Start]) {
					t.Fatalf("%s: span %d cuts a character", f, k)
				}
				norm, _ := normaliseWide(wide[g.Start:g.End], 0)
				if w.Type != g.Type || norm != r.Text[w.Start:w.End] {
					t.Errorf("%s: span %d is %s of %d bytes on the widened text, %s of %d bytes on the text", f, k, g.Type, g.End-g.Start, w.Type, w.End-w.Start)
				}
			}
			texts++
		}
		fh.Close()
	}
	if texts < 100 {
		t.Fatalf("only %d texts", texts)
	}
	t.Logf("%d texts", texts)
}

// widen makes about a third of text's spaces wide spaces and puts an
// invisible character after about one letter in forty.
func widen(text string, rng *rand.Rand) string {
	var b strings.Builder
	for _, r := range text {
		switch {
		case r == ' ' && rng.IntN(3) == 0:
			b.WriteString(wideSpaces[rng.IntN(len(wideSpaces))])
			continue
		case r != ' ' && r != '\n' && rng.IntN(40) == 0:
			b.WriteRune(r)
			b.WriteString(invisibles[rng.IntN(len(invisibles))])
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// TestWideSpaceMap: the offsets of the normalised copy map back to the
// text's characters.
func TestWideSpaceMap(t *testing.T) {
	text := "a\u00a0b\u200b\u202fc\u00add"
	i := firstWideSpace(text)
	if i != 1 {
		t.Fatalf("first wide space at %d, want 1", i)
	}
	norm, shifts := normaliseWide(text, i)
	if norm != "a b cd" {
		t.Fatalf("normalised %+q", norm)
	}
	// Each character of the copy and the text's bytes it stands for.
	for _, tc := range []struct {
		s, e int
		want string
	}{
		{0, 1, "a"}, {1, 2, "\u00a0"}, {2, 3, "b"}, {3, 4, "\u202f"}, {2, 4, "b\u200b\u202f"},
		{4, 5, "c"}, {5, 6, "d"}, {4, 6, "c\u00add"}, {0, 6, text},
	} {
		if got := text[wideStart(shifts, tc.s):wideEnd(shifts, tc.e)]; got != tc.want {
			t.Errorf("copy [%d,%d) = %+q in the text, want %+q", tc.s, tc.e, got, tc.want)
		}
	}
	for _, s := range []string{"", "plain ASCII text", "é ü ñ — “quotes” …", "\xc2", "\xe2\x80", "x\xef\xbb"} {
		if i := firstWideSpace(s); i >= 0 {
			t.Errorf("%+q: a wide space at %d", s, i)
		}
	}
}

// firstWideSpace returns the index of the first character of text that
// wideSpaceLen changes, or -1, a byte at a time: the definition
// textScan.firstWide (Find's, from the marks) is tested against.
func firstWideSpace(text string) int {
	for i := 0; i < len(text); i++ {
		if text[i] >= 0xC2 {
			if n, _ := wideSpaceLen(text, i); n > 0 {
				return i
			}
		}
	}
	return -1
}
