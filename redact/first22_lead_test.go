package redact

import "testing"

// TestLeadRefNames checks leadRefNames on the engine: the name after a
// record line's reference, time or date is a person; an agenda's item, a
// lead that holds a name and a word that is a name too are not. Own
// values.
func TestLeadRefNames(t *testing.T) {
	checkFindCases(t, []findCase{
		{"order number, three words", "Pedidos de hoy:\nPedido 7731 – Doña Rufina Quispe – entregar antes de las 6\nGracias",
			[]string{"PERSON:Doña Rufina Quispe"}},
		{"unit number, bracket after", "Owners' notices\nUnit B-12-04 – Ong Swee Lan (Mrs Ong) – 012-555 0199\nThanks",
			[]string{"PERSON:Ong Swee Lan", "PERSON:Mrs Ong", "PHONE_NUMBER:012-555 0199"}},
		{"time, one word: a pet's name as often", "Grooming book\n14:30 — Fidoro (poodle)\n15:00 — free", nil},
		{"date lead, comma after", "Renewals\nMember since 3 Mar — Koh Wei Ling, Sengkang\nEnd of list",
			[]string{"PERSON:Koh Wei Ling"}},
		{"a shop before its premises", "Orders\nOrder #QX-51 | Chai Corner, Stall 9, Market Rd | 040 5550 1122", []string{"STREET_ADDRESS:9, Market Rd", "PHONE_NUMBER:040 5550 1122"}},
		{"agenda items", "Programme\n10:00 – Opening Remarks\n10:30 – Coffee Break\nStep 2 – Mix Flour", nil},
		{"a name in the lead", "Team list:\n2. Ilse de Groot – Buyer\n3. Marta Ruiz – Press", []string{"PERSON:Ilse de Groot", "PERSON:Marta Ruiz"}},
		{"a given name that is a word", "Slots\n12:00 – Grace\n12:30 – Hope", nil},
	})
}
