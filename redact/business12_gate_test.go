package redact

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// cueGateRef is main's cueGate before gateTable (session 16): it reports whether the last words before a chain that starts at
// first (on its line, at most bizGateMax bytes, seven words) may hold a
// cue: a label's colon, a pipe, an ampersand, a word of bizTable's or
// premisesTable's that is no plain guard; or whether the chain opens its
// line (the line above may name the firm). A plain guard word there
// among the last three words ("reach me at", "your") ends it. It keeps chainHead and headCue off most
// customers' items.
func cueGateRef(text string, first int) bool {
	lo := max(0, first-bizGateMax)
	var buf [32]byte
	j := first
	for words := 0; words < 7 && j > lo; words++ {
		for j > lo && headSepByte(text[j-1]) {
			j--
		}
		if j > lo && text[j-1] == '\n' {
			return blankHead(text[j:first]) // the chain opens its line
		}
		k := j
		for k > lo && !headSepByte(text[k-1]) && text[k-1] != '\n' {
			k--
		}
		w := text[k:j]
		j = k
		if w == "" {
			continue
		}
		switch w[len(w)-1] {
		case ':', '|', '&':
			return true // "Dealer: …", "BrightSmile Dental | …"
		case '.', '!', '?':
			if words > 0 && sentenceEnd(w) {
				return false // the sentence before
			}
		}
		if w[0] == '|' || w[0] == '&' {
			return true
		}
		if w = trimPunct(w); len(w) < 2 || len(w) > len(buf) {
			continue
		}
		c := w[0]
		if c < 0x80 {
			c |= 0x20 // the tables' keys are lower case; other scripts as written
		}
		if !bizTable.maybeBytes(c, len(w)) && !premisesTable.maybeBytes(c, len(w)) {
			if upperAt(w, 0) && len(w) >= 5 && camelBrand(w) {
				return true // "BrightSmile"
			}
			continue
		}
		if upperAt(w, 0) && (camelBrand(w) || legalFormWord(w)) {
			return true
		}
		lw := lowerASCII(w, &buf)
		v := bizKind(lw)
		if v&(bizCue|bizWeak|bizTrade|bizSign|bizCustomer|bizService) != 0 {
			return true
		}
		if v&bizCapTrade != 0 && capTrade(w, text[lo:k], "", true) || v&bizLocated != 0 {
			return true // business15_words.go
		}
		if v&bizGuard != 0 && words < 3 && !upperAt(w, 0) {
			return false // "reach me at", "send the invoice to"
		}
		if pk, _ := premisesKind(lw); pk&(premNoun|premUs) != 0 {
			return true
		}
	}
	return j > 0 && j == lo && text[j-1] == '\n' && blankHead(text[j:first])
}

// TestWordKindsExact checks wordKinds, one lookup in wordTable, against
// bizKind and premisesKind on every word of both tables, their
// hyphenated compounds and random mutations.
func TestWordKindsExact(t *testing.T) {
	words := bizTestWords()
	r := rand.New(rand.NewPCG(16, 18))
	check := func(w string) {
		b, p := wordKinds(w)
		wb, wp := wordKindsSlow(w)
		if b != wb || p != wp {
			t.Fatalf("wordKinds(%q) = %b, %b, want %b, %b", w, b, p, wb, wp)
		}
	}
	for _, w := range words {
		check(w)
		check("x-" + w)
		check("-" + w)
		check(w + "-x")
		check(w[:len(w)-1])
	}
	for range 20000 {
		a, b := words[r.IntN(len(words))], words[r.IntN(len(words))]
		check(a + "-" + b)
		bs := []byte(a)
		bs[r.IntN(len(bs))] = "abcdez-.&'"[r.IntN(10)]
		check(string(bs))
	}
}

// TestTrimPunctFast checks wordByte's fast path: a word with a word byte
// at both ends is what trimPunct returns.
func TestTrimPunctFast(t *testing.T) {
	for _, w := range []string{"a", "ab", "A1", "&x", "x&", "a.b", "a«b", "Ünal", "x'y"} {
		if wordByte(w[0]) && wordByte(w[len(w)-1]) && trimPunct(w) != w {
			t.Errorf("trimPunct(%q) = %q", w, trimPunct(w))
		}
	}
	for c := range 256 {
		w := string([]byte{byte(c)}) + "a" + string([]byte{byte(c)})
		if wordByte(byte(c)) && trimPunct(w) != w {
			t.Errorf("byte %#x: trimPunct(%q) = %q", c, w, trimPunct(w))
		}
	}
}

// TestCueGateExact checks cueGate against cueGateRef on random texts
// built from the tables' words, capitalised words, brands, legal forms,
// separators, labels' colons, sentence ends and line breaks.
func TestCueGateExact(t *testing.T) {
	words := bizTestWords()
	extra := []string{"GmbH", "Ltd", "S.A.", "FitHub", "NorthGlow", "McAdam", "I", "Mrs", "Quillon", "Varrow.", "ok.",
		"&", "|", "Tel.", "day.", "her!", "–", "«Sol»", "“Kestrel”", "e-mail", "flagship-store", "x-store", "12", "4b"}
	seps := []string{" ", " ", " ", ", ", ": ", " | ", "\n", " \n", "\n- ", "; ", ". ", "/", "\t", " & "}
	r := rand.New(rand.NewPCG(18, 16))
	yes := 0
	for n := range 200000 {
		var b strings.Builder
		for range r.IntN(14) {
			var w string
			switch r.IntN(4) {
			case 0:
				w = extra[r.IntN(len(extra))]
			default:
				w = words[r.IntN(len(words))]
				if r.IntN(3) == 0 {
					w = strings.ToUpper(w[:1]) + w[1:]
				}
			}
			b.WriteString(w)
			b.WriteString(seps[r.IntN(len(seps))])
		}
		text := b.String() + "0161 496 0000"
		first := len(text) - len("0161 496 0000")
		if got, want := cueGate(text, first), cueGateRef(text, first); got != want {
			t.Fatalf("case %d: cueGate(%q) = %v, want %v", n, text, got, want)
		} else if got {
			yes++
		}
	}
	if yes < 20000 || yes > 180000 {
		t.Fatalf("%d of 200000 texts pass the gate: the test reads too few of one kind", yes)
	}
	t.Logf("%d of 200000 texts pass the gate", yes)
}

// TestMayBreakExact checks mayBreak, eight bytes at a time, against a
// byte-at-a-time scan on random strings (every byte value, and runs rich
// in the break bytes and their neighbours).
func TestMayBreakExact(t *testing.T) {
	r := rand.New(rand.NewPCG(8, 18))
	alpha := []byte("\n.!?;\x0a\x2e\x21\x3f\x3b\x8a\xae\xa1\xbf\xbb\x0b\x2f\x20\x3a\x00\xffaZ")
	for n := range 200000 {
		b := make([]byte, r.IntN(40))
		for i := range b {
			if r.IntN(2) == 0 {
				b[i] = byte(r.IntN(256))
			} else {
				b[i] = alpha[r.IntN(len(alpha))]
			}
			if r.IntN(4) != 0 && (b[i] == '\n' || bizBytes[b[i]]&bbBreak != 0) {
				b[i] = 'x' // most gaps have no break
			}
		}
		want := false
		for _, c := range b {
			want = want || bizBytes[c]&bbBreak != 0
		}
		if got := mayBreak(string(b)); got != want {
			t.Fatalf("case %d: mayBreak(%q) = %v, want %v", n, b, got, want)
		}
	}
}

// bizTestWords returns the words of bizTable and premisesTable.
func bizTestWords() []string {
	var words []string
	for _, tb := range []*strTable{bizTable, premisesTable} {
		for _, k := range tb.keyList() {
			if k != "" {
				words = append(words, k)
			}
		}
	}
	return words
}
