package redact

import (
	"slices"
	"testing"
)

// TestPerson10KissSignOff covers a name signed with kisses inside a
// card's text, and an "x" that is a product's or a size's.
func TestPerson10KissSignOff(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"after a comma", "Card: \"Thinking of you, Emrys x\". Sender's number +44 7700 900 285.", []string{"Emrys"}},
		{"known given name", "\"Get well soon, Wren xx\"", []string{"Wren"}},
		{"quantities and sizes", "Order 2 x Rose bouquet; Size M x L; Box x 3.", nil},
		{"a word", "Card: \"Thinking of you, Always x\"", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestPerson10SelfIntro covers a speaker introducing themselves before
// "from" and their firm.
func TestPerson10SelfIntro(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"family name that is a given name", "\"Right, this is Clay from Hartwell Roofing, survey done this morning.\"", []string{"Clay"}},
		{"unknown word", "I'm Kanoa from support, how can I help?", []string{"Kanoa"}},
		{"a day and a brand", "This is Monday from the team. It's Amazon from now on.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestPerson10QuotedNickname covers a nickname in quotes and brackets
// after a name, and quoted words that are no nicknames.
func TestPerson10QuotedNickname(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"straight quotes", "1:00 – Kim Ji-woo (\"Bambi\") – Bori (poodle mix) – 424-555-0135", []string{"Kim Ji-woo", "Bambi"}},
		{"curly quotes", "Robert Tuilagi (“Bobby”) will pick up.", []string{"Robert Tuilagi", "Bobby"}},
		{"a city", "Anna Kowalska (\"London\") will pick up.", []string{"Anna Kowalska"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
