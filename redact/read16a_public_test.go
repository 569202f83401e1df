package redact

import "testing"

func TestRead16aMentionLeftOut(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ text, want string }{
		{"Write the welcome SMS. Don't mention Brendan Ellingham, he has nothing to do with it.", ""},
		{"Escribe el anuncio del local. No menciones a Lucía Berrondo aunque el vestido se parezca al suyo.", ""},
		{"Faz um post curto sobre a pastelaria. Sem referências ao Rodrigo Valverde, por favor.", ""},
		// the next sentence's number is the business's
		{"Our winter panto is starring Brendan Ellingham. Box office: 020 7946 0000.", ""},
		// a customer with contact data right after the name keeps the span
		{"Don't mention Brendan Ellingham, 07700 900 123, in the newsletter.", "Brendan Ellingham"},
		{"Please mention Brendan Ellingham in the thank-you list.", "Brendan Ellingham"},
		// "Sem": Portuguese "without" opening a request, and a Dutch given name
		{"Escreve uma legenda curta para a padaria.\nSem emojis nem hashtags, por favor.", ""},
		{"Nieuwe klant: Sem Verhoeven, tel. 06 1234 5678.", "Sem Verhoeven"},
	}
	for _, tc := range tests {
		if got := lastOfType(e, tc.text, "PERSON"); got != tc.want {
			t.Errorf("%q: person %q, want %q", tc.text, got, tc.want)
		}
	}
}
