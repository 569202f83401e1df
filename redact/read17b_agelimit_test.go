package redact

import (
	"strings"
	"testing"
)

// TestAgeLimit17b checks that age limits and audience ranges are no AGE,
// and that a person's age beside them, or two ages joined by "and", stay.
func TestAgeLimit17b(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text, value string
		age         bool
	}{
		{"Ingang: kinderen tot 9 jaar gratis, volwassenen € 10.", "9", false},
		{"Djeca do 7 godina ne plaćaju.", "7", false},
		{"Durée : 2 h. À partir de 5 ans.", "5", false},
		{"Kinder ab 4 Jahren dürfen mitmachen.", "4", false},
		{"Entrada gratis hasta 11 años.", "11", false},
		{"Público: jubilados de 55 a 70 años de la zona.", "70", false},
		{"Campaign for women between 30 and 45 years in Braga.", "45", false},
		{"Gratis para menores de 6 años.", "6", false},
		// a person's age stays
		{"My kids are 7 and 9 years old.", "9 years old", true},
		{"Ella es una niña de 8 años.", "8 años", true},
		{"Oma wordt 80 jaar op zondag.", "80 jaar", true},
		{"Mi hija tiene 7 años y mi hijo 9 años.", "9 años", true},
	} {
		if got := spanAt17b(e, tc.text, "AGE", strings.LastIndex(tc.text, tc.value), len(tc.value)); got != tc.age {
			t.Errorf("%q: AGE %q found %v, want %v", tc.text, tc.value, got, tc.age)
		}
	}
}

// spanAt17b reports whether e finds a span of typ exactly at [at, at+n)
// of text (read17b's table tests).
func spanAt17b(e *Engine, text, typ string, at, n int) bool {
	for _, s := range e.Find(text) {
		if s.Type == typ && s.Start == at && s.End == at+n {
			return true
		}
	}
	return false
}
