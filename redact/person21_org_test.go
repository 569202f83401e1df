package redact

import "testing"

// TestPerson21Org checks orgNameDemoteAt on the engine: a business's name
// that opens with a person's name is dropped; a person joined to the
// business by a particle keeps the person's part, and a family name that
// is also a premises word stays a name. Own values.
func TestPerson21Org(t *testing.T) {
	runLastPerson(t, []lastPersonCase{
		{"legal form", "Thanks again to Harriet Quillon Ltd for the raffle prizes this year.", ""},
		{"service word", "Fleet list:\n40712;Firma;Lindqvist Car Service;;0711 000 111", ""},
		{"person of a business", "Olá! Aqui é a Joaquina da Clínica Dentária Mar Azul, tudo bem?", "Joaquina"},
		{"family name that is a premises word", "Our new volunteer Jennifer Hall starts on Monday.", "Jennifer Hall"},
	})
}
