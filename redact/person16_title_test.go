package redact

import (
	"slices"
	"testing"
)

// TestPerson16StopTitleWordName covers "Sister" and "Brother" before a
// given name that is a word too, and words that stay no name.
func TestPerson16StopTitleWordName(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a flower's name", "Notes from Sister Hazel:\n\nThe hall opens at nine.", []string{"Sister Hazel"}},
		{"a word name before prose", "Sister Rose from the choir called about the flowers.", []string{"Sister Rose"}},
		{"no given name", "We love Sister Act and Big Brother.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
