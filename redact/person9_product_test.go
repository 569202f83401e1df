package redact

import (
	"slices"
	"testing"
)

// TestPerson9Things covers cars and buildings named like people.
func TestPerson9Things(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"car in a record", "Lerato Dube - Nissan Qashqai (her son drives it, he is 19)", []string{"Lerato Dube"}},
		{"car after drives", "Dear Mr Okafor, your Toyota Corolla is due a service.", []string{"Mr Okafor"}},
		{"make that is a given name", "Mercedes Ortega booked a fitting.", []string{"Mercedes Ortega"}},
		{"make before a family name", "Seat for Honda Tanaka, please.", []string{"Honda Tanaka"}},
		{"house name", "The reception is at Glenmore House and the hotel.", nil},
		{"founder in commas", "Our founder, Walter Grimsby, wants a line about his recipe.", nil},
		{"founder signing off", "Warm regards,\nas our founder, Walter Grimsby", []string{"Walter Grimsby"}},
		{"manor name", "Our guests stay at Glenavon Manor this year.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestPerson9TitledStreet covers a titled name in a street's name.
func TestPerson9TitledStreet(t *testing.T) {
	for _, text := range []string{"The gala was on Lady Somers Road last year.", "Meet me at Sir Kenneth Street."} {
		if got := enginePersonTexts(t, text); got != nil {
			t.Errorf("Find(%q) = %q, want none", text, got)
		}
	}
	if got := enginePersonTexts(t, "Dear Mrs Okafor, thanks."); !slices.Equal(got, []string{"Mrs Okafor"}) {
		t.Errorf("Find(titled name) = %q", got)
	}
}
