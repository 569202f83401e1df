package redact

import "testing"

// TestPerson21Slot checks orgAfterSlot on the engine: an organisation's
// name in a naming or a signing slot is no person's; a person's one-word
// name there stays. Own values.
func TestPerson21Slot(t *testing.T) {
	runLastPerson(t, []lastPersonCase{
		{"legal form after the slot's word", "Keep it short and friendly.\n\nSign as Brightloom Ltd, 0800 000 1234.", ""},
		{"particle and a capital after it", "Faz um convite curto.\n\nAssinatura: Amigos do Jardim Botânico", ""},
		{"a person's name stays", "Keep it short and friendly.\n\nSign as Oriane, she runs the desk.", "Oriane"},
		{"a nickname stays", "Ela prefere ser chamada de Teca, e faz 40 anos em maio.", "Teca"},
	})
}
