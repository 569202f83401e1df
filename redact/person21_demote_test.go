package redact

import (
	"strings"
	"testing"
)

// TestPublicFiltersExact checks that publicBeforeName's filters keep
// every word of publicLast, as written or capitalised: a clear bit or a
// missing ending may only turn away a word no lookup would find.
func TestPublicFiltersExact(t *testing.T) {
	var ws []string
	for _, l := range []string{publicCueWords, publicArticles, publicVenueBefore} {
		ws = append(ws, strings.Fields(l)...)
	}
	for _, p := range strings.Fields(publicCuePairs) {
		ws = append(ws, p[strings.LastIndexByte(p, '_')+1:])
	}
	for _, w := range ws {
		for _, v := range []string{w, strings.ToUpper(w[:1]) + w[1:], strings.ToUpper(w)} {
			var b [32]byte
			if !publicLast.has(lowerASCII(v, &b)) {
				continue // a capital of another script: lowerASCII leaves it
			}
			if !publicLastBits.hasBit(wordBit(v)) {
				t.Errorf("%q: no bit in publicLastBits", v)
			}
			for _, s := range []string{"x " + v, "xyz\n" + v, "\t" + v, "  " + v} {
				if len(s) >= 3 && !publicEnds.mayEnd(s, len(s)) {
					t.Errorf("%q: no ending in publicEnds", s)
				}
			}
		}
	}
	for _, s := range []string{"a Zzqx", "with to", "x\nQz", "xx q"} {
		if publicEnds.mayEnd(s, len(s)) {
			t.Errorf("publicEnds holds the ending of %q, which no word has", s)
		}
	}
}
