package redact

import (
	"slices"
	"testing"
)

// TestPerson16CuedFirstNames covers a given name repeated alone before a
// phone number, an age or another person's name, after the full name.
func TestPerson16CuedFirstNames(t *testing.T) {
	// A prompt's request before the notes: cuedFirstNames reads texts of
	// cuedMinText bytes or more.
	const ask = "Please turn these notes into a short, warm announcement for our community newsletter; keep it under 120 words, friendly but not gushing, and leave out every phone number and surname.\n\n"
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a phone number after the given name", ask + "El reparto: Oriana Quispe Vela hace de la madre. Contacto de prensa: Oriana, 611 20 30 40.",
			[]string{"Oriana Quispe Vela", "Oriana"}},
		{"text a name on a number", ask + "Thanks to Fa'asili Tuimavave for the van. To help, text Fa'asili on 021 555 0199.",
			[]string{"Fa'asili Tuimavave", "Fa'asili"}},
		{"a letter beyond ASCII and another name", ask + "Seat list:\n1\tEilìdh MacAoidh\n2\tRuaridh MacAoidh\n\nEilìdh and Ruaridh are on their honeymoon.",
			[]string{"Eilìdh MacAoidh", "Ruaridh MacAoidh", "Eilìdh", "Ruaridh"}},
		{"no cue after the word", ask + "Our guest Oriana Quispe Vela arrives Monday. Oriana Street is closed.",
			[]string{"Oriana Quispe Vela"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestPhoneAhead covers the phone numbers personCueAt reads.
func TestPhoneAhead(t *testing.T) {
	for text, want := range map[string]bool{
		"611 20 30 40": true, "+64 21 555 0199": true, "(09) 555-0199": true, "12 June": false, "2025": false, "ok": false,
	} {
		if got := phoneAhead(text, 0); got != want {
			t.Errorf("phoneAhead(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestCuedFirstNamesShort covers the texts too short to read: the rules
// find the full name only. The repeat "Oriana" is the same person: the
// learned name model's table of session 22 found it, the table retrained
// in session 23 scores it below LearnedPersonThreshold (a miss).
func TestCuedFirstNamesShort(t *testing.T) {
	text := "Oriana Quispe Vela plays the mother. Press: Oriana, 611 20 30 40."
	if got := enginePersonTexts(t, text); !slices.Equal(got, []string{"Oriana Quispe Vela"}) {
		t.Errorf("Find(%q) = %q, want the full name only", text, got)
	}
}
