package redact

import (
	"strings"
	"testing"
)

func TestPassportAfterCountryCode(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"code in brackets", "Guest 2: Mrs. Ailsa Dunlop, DOB 1964-07-21, Passport (CAN) HK903318", "HK903318"},
		{"three letters, Spanish", "Pasajero: Passport (MEX) G0412389, asiento 14", "G0412389"},
		{"no code", "Passport HK903317, visa on arrival", "HK903317"},
		{"area code before letters", "Call (020) AB 1234 for the shop", ""},
		{"digits after the code stay dropped", "Passport (GBR) 903317445", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := strings.Join(engineTypeTexts(t, tc.text, "PASSPORT"), ","); got != tc.want {
				t.Errorf("Find(%q) passport = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestBracketCodeEnds(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"(CAN)", true}, {"(CA)", true}, {"(020)", false}, {"(C)", false}, {"(CANA)", false}, {"x)", false}, {"(Can)", false},
	}
	for _, tc := range tests {
		if got := bracketCodeEnds(tc.text, len(tc.text)-1); got != tc.want {
			t.Errorf("bracketCodeEnds(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
