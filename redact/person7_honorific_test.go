package redact

import (
	"slices"
	"testing"
)

// TestPerson7Honorific covers Polish, Czech, Lithuanian and Romanian
// honorifics in lower case before a name in any grammatical case.
func TestPerson7Honorific(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"polish genitive", "Paczka dla pani Jadwigi Kwiecińskiej już wyszła.", []string{"pani Jadwigi Kwiecińskiej"}},
		{"polish instrumental", "Rozmawiałem z panem Zdzisławem.", []string{"panem Zdzisławem"}},
		{"polish accusative", "Proszę przeprosić panią Wierzbicką.", []string{"panią Wierzbicką"}},
		{"czech", "Pošlete to paní Horákové do pátku.", []string{"paní Horákové"}},
		{"romanian", "Mulțumiri doamnei Vasilescu pentru comandă.", []string{"doamnei Vasilescu"}},
		{"english pan", "Try our pan Asian noodles.", nil},
		{"word ending like paní", "Objednávka společnosti Lumora je hotová.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
