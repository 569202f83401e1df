package redact

import "testing"

// TestBiz21NameHead checks nameHeadChain on the engine: a business's
// name alone before its contact line drops the line; a person's name,
// a customer's business, a record's field and a person's own e-mail
// keep it masked. Own values.
func TestBiz21NameHead(t *testing.T) {
	runBusiness15(t, []business15Case{
		{
			name:    "three capitalised words at a line's start",
			text:    "Draft a spring offer for the showroom.\n\nSilver Maple Junction · 4410 Quarry Ridge Rd NW, Fairhope, AL 36532 · (251) 555-0147",
			dropped: []string{"4410 Quarry Ridge Rd NW", "(251) 555-0147"},
		},
		{
			name:    "a particle between the name's words",
			text:    "Merci !\nMaelle\n\n--\nTerre des Genêts – 7 rue des Tilleuls, 29200 Brest – 02 98 00 11 22",
			dropped: []string{"7 rue des Tilleuls", "29200"},
		},
		{
			name:    "two words after a trade label",
			text:    "Hou dit kort asb.\nSlaghuis: Vleisland Koos, Molenstraat 27, Worcester, 023 342 0101",
			dropped: []string{"Molenstraat 27", "023 342 0101"},
		},
		{
			name:    "a place's name in the business's name",
			text:    "Maak er een korte tekst van. Stomerij Tilburg, Molenweg 8, 5038 AB Tilburg, tel. 013 000 0000.",
			dropped: []string{"Molenweg 8", "013 000 0000"},
		},
		{
			name: "a person's name the detector does not know stays",
			text: "Visitors today:\nTamsin Vellacourt, 14 Orchard Rise, Wellsby BS6 5AB, 07700 900 412",
			kept: []string{"14 Orchard Rise", "07700 900 412"},
		},
		{
			name: "a given name first stays",
			text: "Guests:\n\nAnna und Reto Pfisterer-Gadola, Via Sura 9, 7530 Zernez",
			kept: []string{"Via Sura 9"},
		},
		{
			name: "a title in capitals stays",
			text: "LIST\nMR TOBIAS QUENNELL, 8 BRAMBLE CLOSE, TRURO",
			kept: []string{"8 BRAMBLE CLOSE"},
		},
		{
			name: "a customer's business stays",
			text: "The customer's business is Marlow Brindle Haven, 31 Harbour Row, Whitby YO21 3PU.",
			kept: []string{"31 Harbour Row"},
		},
		{
			name: "a person's own e-mail in the chain stays",
			text: "Tee lyhyt mainos: Kahvila Kuura Kulma, Rantatie 3, 90100 Oulu, tel 040 555 0101, mikko@kuurakulma.fi",
			kept: []string{"mikko@kuurakulma.fi"},
		},
		{
			name: "a time and a dash before a name stay",
			text: "ti 4.5. klo 10.00 – Aatos Kivelä, 040 555 0199, Koivukuja 6 B 3, 98100 Kemijärvi",
			kept: []string{"Koivukuja 6 B 3"}, // the flat with its street (address21_tail.go)
		},
		{
			name: "a vCard's home address stays",
			text: "BEGIN:VCARD\nADR;TYPE=HOME:;;Ty Gwyn, 4 Heol y Nant;Ruthin;;LL15 1AB;UK\nEND:VCARD",
			kept: []string{"4 Heol y Nant"},
		},
	})
}
