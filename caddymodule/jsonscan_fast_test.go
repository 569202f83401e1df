package caddymodule

import (
	"strings"
	"testing"
)

// isStructuralRef is isStructural as a plain map lookup of the lowered key.
func isStructuralRef(key string) bool {
	if len(key) > 24 {
		return false
	}
	_, ok := structuralKeys[strings.ToLower(key)]
	return ok
}

// TestStructuralByLen holds the length buckets isStructural compares with
// to structuralKeys, and isStructural to the map lookup.
func TestStructuralByLen(t *testing.T) {
	n := 0
	for l, ks := range structuralByLen {
		for _, k := range ks {
			if len(k) != l {
				t.Errorf("%q in bucket %d", k, l)
			}
			n++
		}
	}
	if n != len(structuralKeys) {
		t.Errorf("buckets hold %d keys, want %d", n, len(structuralKeys))
	}
	for k := range structuralKeys {
		if len(k) >= len(structuralByLen) || k != strings.ToLower(k) || !isASCII(k) {
			t.Errorf("structural key %q: want lower-case ASCII shorter than %d bytes", k, len(structuralByLen))
		}
	}
	keys := randomVocabulary()
	keys = append(keys, "", "MODEL", "Model", "mOdEl", "models", "mode", "\u212aeep_alive", "KEEP_ALIVE",
		"typ\u0065", "tÿpe", "ıd", "İD", "ID", "id", "file_Id", "image_URL", "x"+strings.Repeat("a", 30),
		"reasoning_effort", "reasoning_effort_", "response_formaT", "ſignature", "\u212a\u212a")
	for _, k := range keys {
		if got, want := isStructural(k), isStructuralRef(k); got != want {
			t.Errorf("isStructural(%q) = %v, want %v", k, got, want)
		}
	}
}

// TestKeyMatches holds keyMatches to strings.EqualFold for the dialects'
// segments, and checks the segments are ASCII as keyMatches assumes.
func TestKeyMatches(t *testing.T) {
	segs := map[string]bool{}
	for _, d := range dialects {
		for _, p := range append(append([]jsonPath{}, d.request...), d.user...) {
			for _, s := range p {
				if !isASCII(s) {
					t.Errorf("dialect %s: path segment %q is not ASCII", d.name, s)
				}
				segs[s] = true
			}
		}
	}
	keys := append(randomVocabulary(), "\u212aey", "ſtream", "conte\u212at", "CONTENT", "content ", "",
		"meſſages", "MeſſageS", "ſystem", "inſtructions")
	folded := 0
	for s := range segs {
		for _, k := range keys {
			ascii := int8(-1)
			if got, want := keyMatches(k, s, &ascii), strings.EqualFold(k, s); got != want {
				t.Errorf("keyMatches(%q, %q) = %v, want %v", k, s, got, want)
			}
			if len(k) != len(s) && strings.EqualFold(k, s) {
				folded++
			}
		}
	}
	if folded == 0 {
		t.Error("no key of another length than its segment matched: the test lost its non-ASCII cases")
	}
}
