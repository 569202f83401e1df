package redact

import (
	"slices"
	"testing"
)

// TestPerson9LowerKin covers lower-case words after a kin word in casual
// and lower-case texts.
func TestPerson9LowerKin(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a month that is a given name", "ok so my wife april and i loved it", []string{"april"}},
		{"a name no list knows", "hey his cousin tavitaa said yes", []string{"tavitaa"}},
		{"casual text with capitals", "ok so my wife april and i loved the Leeds store", []string{"april"}},
		{"a verb", "hi my son brought his friend, he is 9", nil},
		{"an adverb", "my son always loves it.", nil},
		{"a french possessive", "elle a laissé la veste dans son panier. merci", nil},
		{"a contact verb", "ok ask around pls", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
