package redact

import (
	"slices"
	"testing"
)

// TestPerson5Slots covers person5's rules: relatives before a name, call
// notes, answers opening a chat reply, tone words, couples of literature
// and brands of food named after people.
func TestPerson5Slots(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"in-law", "She referred her brother-in-law Vuthy to us last week.", []string{"Vuthy"}},
		{"in-law, mother", "My mother-in-law Kalia is 81.", []string{"Kalia"}},
		{"law without in-", "Under case law Vuthy is no precedent.", nil},
		{"German relative", "Ich habe meine Schwägerin Nuray geworben.", []string{"Nuray"}},
		{"German relative, dative", "Unser Schwiegervater Ilir hat angerufen.", []string{"Ilir"}},
		{"German relative without a possessive", "Schwägerin Nuray", nil},
		{"spoke w/", "- spoke w/ Xiomara Ccori-Mamani (owner, Blue Fig Deli) ~20 min.", []string{"Xiomara Ccori-Mamani"}},
		{"call with a company", "Call with Pinewood Logistics re: renewal.", nil},
		{"call with a trade", "Had a call with Sunrise Dental yesterday.", nil},
		{"meeting with a German firm", "Gespräch mit Firma Huber Bau.", nil},
		{"with alone", "Made with Instagram Reels.", nil},
		{"French answer after a customer label", "[12/03 09:14] Cliente : Non, merci.", nil},
		{"German thanks after a label", "Kundin: Danke, passt so.", nil},
		{"tone label (pt), plain", "Ela autorizou. Tom simples, sem exageros.", nil},
		{"tone of voice", "Tone of voice: upbeat.", nil},
		{"couple of legend", "Thème : Orphée et Eurydice, Romeo e Giulietta.", nil},
		{"couple of an opera", "Unsere Kampagne mit Tristan und Isolde als Motiv.", nil},
		{"ham brand", "La cesta lleva el jamón Beltrán de Jabugo.", nil},
		{"athlete as a theme", "A ski weekend in the spirit of Mikaela Shiffrin.", nil},
		{"athlete as a customer", "Customer: Mikaela Shiffrin", []string{"Mikaela Shiffrin"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestPerson5MailEcho covers names whose e-mail address after a comma
// repeats one of their words.
func TestPerson5MailEcho(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"list item with particles", "Aanmeldingen:\n- Jorrit van der Wiel, jorrit@ziggo.nl", []string{"Jorrit van der Wiel"}},
		{"echo of the family name", "Aanmeldingen:\n- Jorrit van den Berg, jvdberg@ziggo.nl", []string{"Jorrit van den Berg"}},
		{"no echo", "Contacts:\n- Pinewood Logistics, hello@pinewoodlogistics.com", nil},
		{"echo of a business", "Contacts:\n- Pinewood Dental, pinewood@example.com", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestPerson5SlashSignOff covers the Nordic sign-off "/Name".
func TestPerson5SlashSignOff(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"word name after a sentence", "Appen kraschar hela tiden. /Hope", []string{"Hope"}},
		{"on its own line", "Tack för hjälpen!\n/Sunny\nP.S. bra app", []string{"Sunny"}},
		{"a path", "Open the folder /Hope", nil},
		{"a place", "Vi ses snart. /Paris", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
