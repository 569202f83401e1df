package redact

import (
	"strings"
	"testing"
)

// TestListItemAtTextEnd: a list whose items sibling names vouch for, and
// whose last mark ends the text with nothing after it ("3. ", "#4 - "):
// listItemMarkAt gives the item's start at the text's end, which
// siblingCaseNameEnd read a byte past (a panic the stress test found).
func TestListItemAtTextEnd(t *testing.T) {
	given, family := gazetteerNames() // span_guard_test.go
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, mark := range []string{"1. ", "2) ", "#17 - ", "#4 – "} {
		var b strings.Builder
		for i := range 3 {
			b.WriteString(mark + "Dr " + given[i] + " " + family[i] + "\n")
		}
		b.WriteString(mark)
		text := b.String()
		if m := checkStress(text, ""); m != "" {
			t.Errorf("%q: %s", text, m)
		}
		if n := len(e.Find(text)); n < 3 {
			t.Errorf("%q: %d spans, want the three names", text, n)
		}
	}
}
