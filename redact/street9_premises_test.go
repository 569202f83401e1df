package redact

import "testing"

// TestPremisesCues9 checks the business cues of street9_premises.go: a
// signature or footer label, a business named by its trade word or legal
// form in apposition, a venue after "the", places of worship and halls, a
// premises word after the address, "our address" before a label; and
// that a person's address next to the same words stays masked.
func TestPremisesCues9(t *testing.T) {
	checkFindCases(t, []findCase{
		// The business's own address.
		{"sign off label", "Sign off: Brightpath Tutors, 19 Mill Road, Exeter.", nil},
		{"pt footer trade word first", "Rodapé: Ótica Vale Verde, Rua do Carmo 88, Braga.", nil},
		{"it signature trade word first", "Firma: Farmacia Santa Chiara, Via Lunga 9, Lecco.", nil},
		{"pt signature salon", "Assinatura: Salão Estrela Azul, Rua Nova 310.", nil},
		{"brand lead", "Service client, Maison Brévélec, 6 rue des Forges, 56100 Lorient", nil},
		{"legal form in apposition", "Regards from Brindle Foods Ltd, 4 Canal Street.", nil},
		// (its phone number falls with the address since business12: the
		// chain's head names the firm by its legal form)
		{"legal form on the line", "Fenwick Pickle Co. | 0113 496 0000 | 27 Quarry Road, Leeds", nil},
		{"ro depot", "Firma: Curierul Vesel SRL, depozit Str. Fabricii 12, Otopeni.", nil},
		{"venue after the", "Our launch dinner (Friday, the Copper Kettle, 210 Larch Avenue NW) starts at 7.", nil},
		{"venue room", "The meetup is in the Tui Room, 52 Harbour Road (ground floor).", nil},
		{"temple hall", "Diwali night will be at the temple hall (4410 Orchard Rd).", nil},
		{"openings label", "Confirmed openings: Sligo (Unit 7, Quay Street Centre) on 2 May.", nil},
		{"space label", "Adresse Space: Weidenweg 19, 4051 Basel.", nil},
		{"our address at the end", "Add our address at the end: 1877 Cypress Blvd, Fresno.", nil},
		{"premises after the address", "Asiakkaat toivovat, että Puistokatu 14:n myymälä aukeaisi aiemmin.", nil},
		{"en store after the address", "Staff at the 48 Granby Street store get a bonus.", nil},
		{"pl florist", "Nasza kwiaciarnia „Pod Lipą” przy ul. Wiosenna 8 w Opolu.", nil},
		{"list with towns between", "Nos deux boutiques (5 rue des Tanneurs à Vannes et 9 place du Marché à Rennes) fêtent", nil},
		{"point of sale label", "Punto vendita: Corso Sempione 12, Varese.", nil},
		{"distillery", "Tours of our distillery at 77 Barrel Lane start at noon.", nil},
		// A person's address stays masked.
		{"surname ending in hall", "MRS JUNE OKAFOR-HALL, 14 ELM ROAD, DERBY DE1 3AA",
			[]string{"PERSON:MRS JUNE OKAFOR-HALL", "STREET_ADDRESS:14 ELM ROAD", "LOCATION:DERBY", "ZIP_CODE:DE1 3AA"}},
		{"church lane is a street", "She moves from The Barn, Church Lane, Great Tew, OX7 4AB next week.",
			[]string{"ZIP_CODE:OX7 4AB"}},
		{"room as a unit", "lodging at Room 4, 61 Larch Road, Leeds LS6 1AA.",
			[]string{"STREET_ADDRESS:Room 4, 61 Larch Road", "LOCATION:Leeds", "ZIP_CODE:LS6 1AA"}},
		{"signature of a person", "Signature: Mary Oduya, 19 Mill Road, Exeter.",
			[]string{"PERSON:Mary Oduya", "STREET_ADDRESS:19 Mill Road", "LOCATION:Exeter"}},
		{"letter signature", "Firma: Lucia Ferri, Via Dante 12, Pavia",
			[]string{"PERSON:Lucia Ferri", "STREET_ADDRESS:Via Dante 12", "LOCATION:Pavia"}},
		{"casa is a home", "Ship to: Casa Olmo, Via Roma 3, Lecco", []string{"STREET_ADDRESS:Via Roma 3", "LOCATION:Lecco"}},
		{"chez is care of", "Envoyer chez Dupont, 12 rue des Lilas, 69003 Lyon",
			[]string{"STREET_ADDRESS:12 rue des Lilas", "ZIP_CODE:69003", "LOCATION:Lyon"}},
		{"studio flat after the address", "She rents the 12 Elm Street studio flat.",
			[]string{"STREET_ADDRESS:12 Elm Street"}},
		{"family name church", "Send it to Mrs Ann Church, 12 Elm Street, Leeds LS6 1AA.",
			[]string{"PERSON:Mrs Ann Church", "STREET_ADDRESS:12 Elm Street", "LOCATION:Leeds", "ZIP_CODE:LS6 1AA"}},
	})
}
