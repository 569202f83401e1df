package redact

import "testing"

// business15Case is a text with the values that must stay found (kept)
// and those that must fall under the threshold (dropped).
type business15Case struct {
	name, text string
	kept       []string
	dropped    []string
}

// runBusiness15 runs cases on the engine.
func runBusiness15(t *testing.T, cases []business15Case) {
	t.Helper()
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := map[string]bool{}
			for _, s := range e.Find(tc.text) {
				got[tc.text[s.Start:s.End]] = true
			}
			for _, v := range tc.kept {
				if !got[v] {
					t.Errorf("%q: %q not found, want it masked (found %v)", tc.text, v, got)
				}
			}
			for _, v := range tc.dropped {
				if got[v] {
					t.Errorf("%q: %q found, want it under the threshold", tc.text, v)
				}
			}
		})
	}
}

// TestBusiness15Words checks business15_words.go's trade, venue and
// sign-off words on the engine, each in both directions: a business's
// own contact data beside them falls under the threshold; a person's,
// a customer's or a delivery's beside the same words stays masked.
func TestBusiness15Words(t *testing.T) {
	runBusiness15(t, []business15Case{
		{
			name:    "pastry shop, bracketed chain",
			text:    "Escribe tres copys para la Pastelería La Espiga Dorada (calle Olmo 31, 41710 Utrera, 954 55 01 23) para Navidad.",
			dropped: []string{"calle Olmo 31", "41003", "954 55 01 23"},
		},
		{
			name:    "choir, bracketed chain",
			text:    "Som la Coral Veus del Turó (carrer del Pi 12, 08221 Vilaverd) i volem felicitar els cantaires.",
			dropped: []string{"carrer del Pi 12", "08002"},
		},
		{
			name:    "credit union in a bracket",
			text:    "Draft a mailer (Riverbend Teachers Credit Union, 400 Oak Street, Dayton, OH 45402 - call 937-555-0119).",
			dropped: []string{"Dayton, OH", "45402"},
		},
		{
			name:    "grocery's market name in a bracket",
			text:    "We're a corner grocery (Golden Lotus Market, 88 Queen Ave, Regina SK S4P 1A2, 306-555-0172).",
			dropped: []string{"88 Queen Ave", "S4P 1A2", "306-555-0172"},
		},
		{
			name:    "groomer's label",
			text:    "Pet: Biscuit, spaniel\nGroomer: Fluffy Tails Parlour, 17 Linden Rd, Leeds LS6 2AB, 0113 555 0199",
			dropped: []string{"17 Linden Rd", "LS6 2AB", "0113 555 0199"},
		},
		{
			name:    "lettings agency's signature line",
			text:    "Thanks!\n\n> Priya Shah | Lettings Manager\n> Northgate Lettings, 9 Mill Street, Leeds LS2 7AB | 0113 555 0144",
			dropped: []string{"9 Mill Street", "LS2 7AB", "0113 555 0144"},
		},
		{
			name:    "Greek signature label",
			text:    "Γράψε ένα email.\nΥπογραφή: Φαρμακείο Ήλιος, Οδός Ερμού 40, 118 51 Λαμία, 210 555 0147.",
			dropped: []string{"118 51"},
		},
		{
			name:    "Icelandic signature label",
			text:    "Skrifaðu kveðju.\nUndirskrift: Bakarí Sólar, Bankastræti 7, 200 Kópavogur.",
			dropped: []string{"Bankastræti 7"},
		},
		{
			name:    "Turkish 'our patisserie' label",
			text:    "Yorumları kısalt.\nPastanemiz: Şeker Durağı, Bağdat Caddesi No: 120, Kartal/Kocaeli, 0216 555 01 23.",
			dropped: []string{"Bağdat Caddesi No: 120", "0216 555 01 23"},
		},
		{
			name:    "Spanish hall label",
			text:    "Nota de prensa del estreno.\nSala: El Desván, calle del Olivo 8, 28941 Fuenlabra.",
			dropped: []string{"calle del Olivo 8", "28005"},
		},
		{
			name:    "rehearsal venue label",
			text:    "Der Chor probt donnerstags (Probenort: Lutherhaus, Lindenweg 27, 04442 Zwenkau).",
			dropped: []string{"Lindenweg 27", "04275"},
		},
		{
			name: "a lower-case trade word is no name",
			text: "Customer Petra Lindqvist loved the tote! Ask for the market survey by Friday via petra.lindqvist@example-mail.se.",
			kept: []string{"petra.lindqvist@example-mail.se"},
		},
		{
			name: "a trade word opening a sentence is no name",
			text: "Thanks for the call. Travel plans go to Ines Haddad at 12 Birch Close, York YO1 7AB.",
			kept: []string{"12 Birch Close", "YO1 7AB"},
		},
		{
			name: "a person named like a trade word stays",
			text: "Booking notes:\nCoral Whitcombe, 14 Fern Grove, Wellsby BS6 5AB, 07700 900 314",
			kept: []string{"14 Fern Grove", "07700 900 314"},
		},
		{
			name: "delivery to a customer beside a market",
			text: "Deliver to Mrs Alma Reyes, 27 Pine Court, Winnipeg MB R3C 0A1 (opposite Harvest Market).",
			kept: []string{"27 Pine Court", "R3C 0A1"},
		},
		{
			name: "her home beside a pastry shop stays",
			text: "Clienta: Marta Gil Soler, vive en calle Romero 5, 41710 Utrera, cerca de la Pastelería Luna.",
			kept: []string{"calle Romero 5", "41710"},
		},
	})
}
