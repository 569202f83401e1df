package redact

import (
	"slices"
	"testing"
)

// TestPerson16ProseAge covers two or three capitalised words opening a
// sentence before an age between commas and a verb of what people did.
func TestPerson16ProseAge(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a child's age and a past tense", "Big weekend for the club! Iosefa Lemalu, 11, scored twice against Ōtāhuhu.",
			[]string{"Iosefa Lemalu"}},
		{"an irregular verb", "Great news. Ngaio Tearoha, 9, won the regional spelling bee on Friday.",
			[]string{"Ngaio Tearoha"}},
		{"no verb after the number", "Orders this week. Harbour Bakery, 12, and the rest on Monday.", nil},
		{"a number at the end", "Harbour Bakery, 12", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
