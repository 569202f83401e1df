package redact

import (
	"slices"
	"testing"
)

// TestPerson13NameIs covers a word for a name and "to be" before names no
// list knows, and the names of things.
func TestPerson13NameIs(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"English", "My name is Quellonia Vrast and I need help.", []string{"Quellonia Vrast"}},
		{"contraction", "my name's Quellonia", []string{"Quellonia"}},
		{"Dutch", "Mijn naam is Quellonia.", []string{"Quellonia"}},
		{"Portuguese", "Meu nome é Quellonia.", []string{"Quellonia"}},
		{"a product", "The product name is Quellonia.", nil},
		{"a brand", "Our brand name is Brightwell Bakery.", nil},
		{"inside a word", "The surname is Quellonia.", []string{"Quellonia"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
