package redact

import (
	"strings"
	"testing"
)

// TestMarketingGaps holds the rules added for gaps that prompts written by
// outside marketers showed, each with values other than those of the eval
// sets: the whole engine's spans ("TYPE:value") must be exactly want.
func TestMarketingGaps(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		// Brands named after their founders are no person without a title or greeting.
		{"person brands", "Benchmark our denim against Tommy Hilfiger and Ralph Lauren.", nil},
		{"person brand publisher", "Send the proposal to Harper Collins by Friday.", nil},
		{"person brand with title", "Dear Mr Ralph Lauren, thank you.", []string{"PERSON:Mr Ralph Lauren"}},
		{"person brand after greeting", "Hi Tom Ford,\nyour order shipped.", []string{"PERSON:Tom Ford"}},
		// Field labels and team names are no names.
		{"french name fields", "Nom : Lemaire ; Prénom : Julie ; Ville : Nantes", []string{"PERSON:Lemaire", "PERSON:Julie"}},
		{"german form", "Nachname: Krüger\nVorname: Jonas\nOrt: Kiel", []string{"PERSON:Krüger", "PERSON:Jonas"}},
		{"team signature", "Kind regards,\nPriya Desai\nCustomer Success Team", []string{"PERSON:Priya Desai"}},
		{"italian surname field", "Cognome: Ferri, nome: Paolo", []string{"PERSON:Ferri", "PERSON:Paolo"}},
	}
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, s := range e.Find(tc.text) {
				got = append(got, s.Type+":"+tc.text[s.Start:s.End])
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
