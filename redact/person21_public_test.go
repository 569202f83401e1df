package redact

import "testing"

// TestPerson21Public checks publicNameAt on the engine: a public
// figure named in a brief or a place named after a person is dropped; a
// customer beside a relation word, a label or contact data stays. Own
// values.
func TestPerson21Public(t *testing.T) {
	runLastPerson(t, []lastPersonCase{
		{"comparison", "Keep the tone light, like Rosalind Featherby would write it on a Sunday.", ""},
		{"the next", "He says he'll be the next Cormac Fenwright, bless him.", ""},
		{"vs", "No Ferrandi vs Corvalho jokes please, the dads take it seriously.", ""},
		{"wie bei", "Ein Satz wie bei Gerlinde Vossberg wäre schön, aber nicht zu lang.", ""},
		{"quote", "Close with a line from Anselme Pellerey about autumn light.", ""},
		{"negated naming", "Please don't name Torvald Ekstrand in the copy, we have no rights.", ""},
		{"negated mention, another language", "Não mencionar a Benedita Sarzedas no texto.", ""},
		{"role with a possessive", "Non nominare il nostro testimonial Gualtiero Brunacci, per favore.", ""},
		{"venue after the name", "The launch is at the Imogen Centre on Saturday from ten.", ""},
		{"street word before the name", "Le stand sera au parc Théodore-Vaillancourt tout le week-end.", ""},
		{"relation word stays", "I'll come along with my cousin Oriane Delacourt, she's 19 now.", "Oriane Delacourt"},
		{"mention of a customer stays", "Please mention Brendan Ellingham in the thank-you list.", "Brendan Ellingham"},
		{"contact data after stays", "Don't name Torvald Ekstrand, 07700 900 456, in the newsletter.", "Torvald Ekstrand"},
	})
}

// lastPersonCase is a text and the last PERSON span the engine must find
// in it ("" for none).
type lastPersonCase struct{ name, text, want string }

// runLastPerson runs cases on the engine (lastOfType).
func runLastPerson(t *testing.T, cases []lastPersonCase) {
	t.Helper()
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := lastOfType(e, tc.text, "PERSON"); got != tc.want {
				t.Errorf("%q: person %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
