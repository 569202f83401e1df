package redact

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestWordFiltersHold checks that each word filter holds every word its
// reader needs, in any case of its ASCII letters, and that
// titleFlags answers headCue's title test as nameFlagsOf does on every
// word of nameFlags and random words.
func TestWordFiltersHold(t *testing.T) {
	for _, k := range bizWordTable.keyList() {
		if k == "" {
			continue
		}
		for _, w := range []string{k, upperASCIIOf(k), upperASCIIOf(k[:1]) + k[1:]} {
			if !bizWords.has(w) {
				t.Fatalf("bizWords lacks %q", w)
			}
			if v, p := wordKindsSlow(k); (v&gateKinds != 0 || p&gatePrem != 0) && !gateWords.has(w) {
				t.Fatalf("gateWords lacks %q", w)
			}
		}
	}
	title := func(w string) bool { f := nameFlagsOf(w); return f&nameTitle != 0 && f&nameStop == 0 }
	fast := func(w string) bool { f := titleFlags(w); return f&nameTitle != 0 && f&nameStop == 0 }
	r := rand.New(rand.NewPCG(19, 17))
	keys := nameFlags.keyList()
	for _, k := range keys {
		if k == "" {
			continue
		}
		for _, w := range []string{k, strings.ToLower(k), strings.ToUpper(k), k + "s", k[:len(k)-1]} {
			if w != "" && title(w) != fast(w) {
				t.Fatalf("titleFlags(%q) answers %v, nameFlagsOf %v", w, fast(w), title(w))
			}
		}
	}
	for range 100000 {
		b := []byte(keys[r.IntN(len(keys))])
		if len(b) == 0 {
			continue
		}
		b[r.IntN(len(b))] = "aeiouMDrs.-'"[r.IntN(12)]
		if w := string(b); title(w) != fast(w) {
			t.Fatalf("titleFlags(%q) answers %v, nameFlagsOf %v", w, fast(w), title(w))
		}
	}
}

// upperASCIIOf returns w with its ASCII letters in upper case (the
// words lowerASCII lowers).
func upperASCIIOf(w string) string {
	b := []byte(w)
	for i, c := range b {
		if isLower(c) {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}

// roleKindRef is roleKind before engine19: the local part's separator
// found a byte at a time, and any local part starting with 'n' or 'd'
// lowered and looked up.
func roleKindRef(e string) int {
	at := strings.IndexByte(e, '@')
	if at <= 1 || at > 32 {
		return emailPlain
	}
	c := e[0] | 0x20
	sep := 0
	for k := 1; k < at; k++ {
		if bizBytes[e[k]]&bbLocalSep != 0 {
			sep = k
			break
		}
	}
	if !roleLocalParts.maybeBytes(c, at) && !(sep > 0 && roleLocalParts.maybeBytes(c, sep)) && c != 'n' && c != 'd' {
		return emailPlain
	}
	var buf [32]byte
	l := lowerASCII(e[:at], &buf)
	switch l {
	case "noreply", "no-reply", "donotreply", "do-not-reply", "no_reply":
		return emailNoReply
	}
	if roleLocalParts.has(l) || sep > 0 && roleLocalParts.has(l[:sep]) {
		return emailRole
	}
	return emailPlain
}

// TestRoleKindExact checks roleKind against roleKindRef on every role's
// local part, the spellings of "noreply", their markets and mutations,
// and random local parts of every length around the 32-byte bound.
func TestRoleKindExact(t *testing.T) {
	roles := []string{"noreply", "no-reply", "donotreply", "do-not-reply", "no_reply", "NoReply", "DO-NOT-REPLY"}
	for _, k := range roleLocalParts.keyList() {
		if k != "" {
			roles = append(roles, k, strings.ToUpper(k[:1])+k[1:])
		}
	}
	doms := []string{"@x.example", "@shop.example.co.uk", "@a", "@", "@@b.example", "@ex-ample.org"}
	markets := []string{"", ".de", "-uk", "_es", ".madrid", "-", ".", "x", "1", ".-_"}
	r := rand.New(rand.NewPCG(17, 19))
	got := map[int]int{}
	check := func(e string) {
		if a, b := roleKind(e), roleKindRef(e); a != b {
			t.Fatalf("roleKind(%q) = %d, want %d", e, a, b)
		}
		got[roleKind(e)]++
	}
	for _, role := range roles {
		for _, m := range markets {
			for _, d := range doms {
				check(role + m + d)
				check("x" + role + m + d)
				check(role[:len(role)/2] + m + d)
			}
		}
	}
	alpha := "abcdnopqrsty.-_@DNX0"
	for range 300000 {
		var b strings.Builder
		if r.IntN(2) == 0 {
			b.WriteString(roles[r.IntN(len(roles))])
		}
		for range r.IntN(40) {
			b.WriteByte(alpha[r.IntN(len(alpha))])
		}
		b.WriteString(doms[r.IntN(len(doms))])
		e := b.String()
		check(e)
		check(e[:r.IntN(len(e)+1)])
	}
	if got[emailRole] < 1000 || got[emailNoReply] < 100 {
		t.Fatalf("too few roles (%d) or noreplies (%d): the test reads too little", got[emailRole], got[emailNoReply])
	}
	t.Logf("kinds: %v", got)
}

// TestHeadMayCueExact checks that headCue returns no cue (bizCue or
// bizWeak) on every random head headMayCue turns down: heads of table
// words in both cases, names, brands, legal forms, titles, labels'
// colons, quote marks, hyphenated compounds and digits.
func TestHeadMayCueExact(t *testing.T) {
	words := bizTestWords()
	extra := []string{"GmbH", "Ltd", "S.A.", "FitHub", "NorthGlow", "McAdam", "I", "Mrs", "Dr", "Quillon", "Varrow.",
		"ok.", "&", "|", "Tel.", "day.", "her!", "–", "«Sol»", "“Kestrel”", "e-mail", "flagship-store", "x-store",
		"12", "4b", "card", "review:", "Fraud", "IP", "10.1.2.3", "(Fenwick)", "Olsson", "the", "a", "at"}
	seps := []string{" ", " ", " ", ", ", ": ", " | ", "; ", "/", "\t", " & ", " - "}
	r := rand.New(rand.NewPCG(19, 23))
	no := 0
	for n := range 300000 {
		var b strings.Builder
		for range 1 + r.IntN(10) {
			var w string
			switch r.IntN(3) {
			case 0:
				w = words[r.IntN(len(words))]
				if r.IntN(3) == 0 {
					w = upperASCIIOf(w[:1]) + w[1:]
				}
			default:
				w = extra[r.IntN(len(extra))]
			}
			b.WriteString(w)
			b.WriteString(seps[r.IntN(len(seps))])
		}
		h := b.String()
		if headMayCue(h) {
			continue
		}
		no++
		if cue, _ := headCue(h); cue == bizCue || cue == bizWeak {
			t.Fatalf("case %d: headMayCue(%q) = false, headCue's cue %d", n, h, cue)
		}
	}
	if no < 10000 {
		t.Fatalf("headMayCue turned down %d of 300000 heads: the test reads too few", no)
	}
	t.Logf("headMayCue turned down %d of 300000 heads", no)
}

// TestBrokenAfterExact checks brokenAfter and firstBreak against main's
// expression (mayBreak, a '\n' in the gap, clauseBreak from the name's
// start) on random names and gaps rich in sentence ends, clause ends,
// capitals and line breaks.
func TestBrokenAfterExact(t *testing.T) {
	parts := []string{"Wenna", "Halloran", "J.", "St.", "x", " ", " ", " ", ". ", "! ", "? ", "; ", ".", "\n", "Tel. ",
		"day. ", "Ave. ", "ok. ", "60). ", "the", "Quarry", "É", "née", ",", "–", "...", "?!", "Ok."}
	r := rand.New(rand.NewPCG(29, 31))
	broken := 0
	for n := range 300000 {
		var b strings.Builder
		for range r.IntN(6) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		name := b.String()
		b.Reset()
		for range r.IntN(14) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		text := "Hi " + name + b.String() + "0161 496 0000"
		start, end, first := 3, 3+len(name), len(text)-len("0161 496 0000")
		g := text[end:first]
		want := mayBreak(g) && (strings.IndexByte(g, '\n') >= 0 || clauseBreak(text[start:first]))
		if got := brokenAfter(text, start, end, first); got != want {
			t.Fatalf("case %d: brokenAfter(%q, name %q) = %v, want %v", n, text, name, got, want)
		}
		fb := -1
		for k := 0; k < len(g); k++ {
			if bizBytes[g[k]]&bbBreak != 0 {
				fb = k
				break
			}
		}
		if got := firstBreak(g); got != fb {
			t.Fatalf("case %d: firstBreak(%q) = %d, want %d", n, g, got, fb)
		}
		if want {
			broken++
		}
	}
	if broken < 30000 || broken > 270000 {
		t.Fatalf("%d of 300000 gaps broken: the test reads too few of one kind", broken)
	}
	t.Logf("%d of 300000 gaps broken", broken)
}

// TestChainHeadExact checks chainHead, one backward scan for the line's
// start and the sentence's end, against main's (chainHeadRef: the last
// '\n' first, then the sentence's end after it) on random texts rich in
// line breaks, sentence ends, clause ends, abbreviations and capitals,
// at every position.
func TestChainHeadExact(t *testing.T) {
	parts := []string{"Wenna", "halloran", "J.", "St.", "x", " ", " ", " ", ". ", "! ", "? ", "; ", ".", "\n", "\n\n",
		"Tel. ", "day. ", "Ave. ", "ok. ", "60). ", "the", "Quarry", "É", "née", ",", "- ", "* ", "> ", "\t", "\r",
		"Dealer: ", "Footer", "A"}
	r := rand.New(rand.NewPCG(37, 41))
	for n := range 20000 {
		var b strings.Builder
		for range r.IntN(60) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		text := b.String() + "0161 496 0000"
		for first := range len(text) + 1 {
			hs, he := chainHead(text, first)
			rs, re := chainHeadRef(text, first)
			if hs != rs || he != re {
				t.Fatalf("case %d: chainHead(%q, %d) = %d, %d, want %d, %d", n, text, first, hs, he, rs, re)
			}
		}
	}
}

// chainHeadRef is main's chainHead before engine19.
func chainHeadRef(text string, first int) (int, int) {
	lo := max(0, first-bizHeadMax)
	hs, ls := lo, -1
	if k := strings.LastIndexByte(text[lo:first], '\n'); k >= 0 {
		hs = lo + k + 1
		ls = hs
	} else if lo == 0 {
		ls = 0
	}
	// back to the last sentence's end: a word ending with '.', '!' or '?'
	// before a capital, or a ';'
	for k := first - 2; k >= hs; k-- {
		c := text[k]
		if bizBytes[c]&bbStop == 0 || text[k+1] != ' ' { // '.', '!', '?', ';'
			continue
		}
		if c == ';' {
			hs = k + 2 // a clause: "… 200 words; our roastery line is …"
			break
		}
		if k+2 >= len(text) || !isUpper(text[k+2]) && text[k+2] < 0xC0 {
			continue // "Avda. de la …"
		}
		j := k
		for j > hs && text[j-1] != ' ' {
			j--
		}
		if headSentenceEnd(text[j : k+1]) {
			hs = k + 2 // "… on Friday. Dealer: …"
			break
		}
	}
	if ls >= 2 && hs == ls && blankHead(text[hs:first]) {
		// the chain opens its line: the line above, when short, is its head
		pe := ls - 1
		ps := max(0, pe-81)
		if k := strings.LastIndexByte(text[ps:pe], '\n'); k >= 0 {
			return ps + k + 1, pe
		}
		if ps == 0 {
			return 0, pe
		}
	}
	return hs, first
}
