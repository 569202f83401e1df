package redact

import (
	"slices"
	"testing"
)

// TestPerson21MamaTitle covers "Mama" before an elder woman's own name
// that no gazetteer knows, and the words after it that stay no name.
func TestPerson21MamaTitle(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a Kenyan name", "Please confirm the milk pickup with Mama Wambuiru on Friday.", []string{"Mama Wambuiru"}},
		{"a Ghanaian name", "Thanks to Mama Ekuafa for the kelewele recipe.", []string{"Mama Ekuafa"}},
		{"a shop's name", "Lunch is at Mama Mia Pizzeria tomorrow.", nil},
		{"a word after it", "Mama Bear and Papa Bear are in the story.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
