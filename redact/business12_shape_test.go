package redact

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestShapeSetsHold checks that each shape set holds the shape of every
// word its reader needs, in any case of its ASCII letters, and that
// titleFlags answers headCue's title test as nameFlagsOf does on every
// word of nameFlags and random words.
func TestShapeSetsHold(t *testing.T) {
	for _, k := range bizWordTable.keyList() {
		if k == "" {
			continue
		}
		for _, w := range []string{k, upperASCIIOf(k), upperASCIIOf(k[:1]) + k[1:]} {
			if !bizShapes.has(w) {
				t.Fatalf("bizShapes lacks %q", w)
			}
			if v, p := wordKindsSlow(k); (v&gateKinds != 0 || p&gatePrem != 0) && !gateShapes.has(w) {
				t.Fatalf("gateShapes lacks %q", w)
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
