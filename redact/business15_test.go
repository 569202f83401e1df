package redact

import (
	"strings"
	"testing"
)

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
			for _, v := range append(tc.kept[:len(tc.kept):len(tc.kept)], tc.dropped...) {
				if !strings.Contains(tc.text, v) {
					t.Fatalf("%q: the case's value %q is not in its text", tc.text, v)
				}
			}
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
			dropped: []string{"calle Olmo 31", "41710", "954 55 01 23"},
		},
		{
			name:    "choir, bracketed chain",
			text:    "Som la Coral Veus del Turó (carrer del Pi 12, 08221 Vilaverd) i volem felicitar els cantaires.",
			dropped: []string{"carrer del Pi 12", "08221"},
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
			dropped: []string{"calle del Olivo 8", "28941"},
		},
		{
			name:    "rehearsal venue label",
			text:    "Der Chor probt donnerstags (Probenort: Lutherhaus, Lindenweg 27, 04442 Zwenkau).",
			dropped: []string{"Lindenweg 27", "04442"},
		},
		{
			name:    "English sender label",
			text:    "Letter footer\nSender: Tillbrook Vale, 4 Elm Street, Leeds LS1 1AA, 0113 555 0100",
			dropped: []string{"4 Elm Street", "LS1 1AA", "0113 555 0100"},
		},
		{
			name: "a person as the sender stays",
			text: "Letter footer\nSender: Jane Whitlow, 4 Elm Street, Leeds LS1 1AA, 0113 555 0100",
			kept: []string{"4 Elm Street", "LS1 1AA", "0113 555 0100"},
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

// TestBusiness15Scope checks business15_scope.go on the engine: a
// bracket or a sign-off right before an organisation's name starts its
// own words, whatever the prompt says before them; a residence's, a
// delivery's, an address's word or a title before them keeps the chain
// masked.
func TestBusiness15Scope(t *testing.T) {
	runBusiness15(t, []business15Case{
		{
			name:    "bracket after the prompt's own words",
			text:    "Ciao, mi serve un SMS per i controlli (Studio Dentistico Collina, via Bellini 18, 50058 Signa, tel. 055 555 0182).",
			dropped: []string{"via Bellini 18", "50058", "055 555 0182"},
		},
		{
			name:    "sign off as the pharmacy",
			text:    "Write them short and sign off as Hillside Pharmacy, 9 Bridge Street, Ludlow SY8 1AB, 01584 555 210.",
			dropped: []string{"9 Bridge Street", "SY8 1AB", "01584 555 210"},
		},
		{
			name:    "the customers of the drugstore",
			text:    "Recordatorio para los clientes de la Droguería La Esperanza (Cl. 50 # 45-12, Bello, 604 555 0123).",
			dropped: []string{"604 555 0123"},
		},
		{
			name:    "member services after the credit union's chain",
			text:    "A mailer for our promo (Riverbend Teachers Credit Union, 400 Oak Street, Dayton, OH 45402 - member services (937) 555-0119).",
			dropped: []string{"45402", "(937) 555-0119"},
		},
		{
			name: "member alone keeps a number masked",
			text: "New sign-ups this week: member Ruth Okonkwo-Blake at 88 Cedar Lane, Dayton, OH 45405, (937) 555-0166.",
			kept: []string{"88 Cedar Lane", "45405", "(937) 555-0166"},
		},
		{
			name: "deliver to a person, then a bracketed business",
			text: "Deliver to Mrs Alma Reyes (Harvest Market, 27 Pine Court, Winnipeg MB R3C 0A1).",
			kept: []string{"27 Pine Court", "R3C 0A1"},
		},
		{
			name: "a home address before a bracket stays",
			text: "Her home address (Rose Bakery House, 5 Mill Lane, Frome BA11 1AB) is on file.",
			kept: []string{"5 Mill Lane", "BA11 1AB"},
		},
		{
			name: "ship to a person care of a bracketed market",
			text: "Ship to: Ruth Okonkwo-Blake (c/o Golden Lotus Market, 88 Queen Ave, Regina SK S4P 1A2, 306-555-0172).",
			kept: []string{"88 Queen Ave", "S4P 1A2"},
		},
		{
			name: "signed by a person stays",
			text: "Signed Mrs Helen Ortiz, 31 Ash Grove, Ludlow SY8 2CD, 07700 900 512.",
			kept: []string{"31 Ash Grove", "07700 900 512"},
		},
		{
			name: "clients of a person stay",
			text: "Recordatorio para los clientes de Lucía Ortega (Cl. 12 # 8-40, Bello, 310 555 0199).",
			kept: []string{"310 555 0199"},
		},
	})
}

// TestBusiness15Invite checks the invitations of more languages
// (premisesInvite15, premisesUs15, premisesWords15) and a venue's label
// opened by a bracket after the business's name; a person's or a
// household's address beside the same words stays masked.
func TestBusiness15Invite(t *testing.T) {
	runBusiness15(t, []business15Case{
		{
			name:    "Swedish: you find us at",
			text:    "Du hittar oss på Kvarngatan 8, 172 66 Sundbyberg.",
			dropped: []string{"Kvarngatan 8", "172 66"},
		},
		{
			name:    "Polish: you will find us at",
			text:    "Znajdziesz nas przy ul. Jaśminowej 7, 05-812 Zielonkowo.",
			dropped: []string{"ul. Jaśminowej 7", "05-812"},
		},
		{
			name:    "Norwegian: you find us in",
			text:    "Du finner oss i Kirkeveien 64, 0364 Oslo.",
			dropped: []string{"Kirkeveien 64", "0364"},
		},
		{
			name:    "Catalan: find us",
			text:    "Trobeu-nos al carrer de la Riera 9, 08301 Mataró.",
			dropped: []string{"carrer de la Riera 9", "08301"},
		},
		{
			name:    "venue label in a bracket after the name",
			text:    "Armá la tabla del sorteo de \"Panadería El Trigal\" (local: Av. Rivadavia 5120, Caballito, tel. 4901-5555).",
			dropped: []string{"Av. Rivadavia 5120", "4901-5555"},
		},
		{
			name: "Portuguese 'nas' is no 'us'",
			text: "Cliente: Ana Brito mora nas Antas, Rua do Lima 14, 4200-101 Porto.",
			kept: []string{"Rua do Lima 14", "4200-101"},
		},
		{
			name: "Polish: a household's address stays",
			text: "Mieszka u nas babcia, ul. Jaśminowa 9, 05-812 Zielonkowo.",
			kept: []string{"ul. Jaśminowa 9", "05-812"},
		},
	})
}

// TestBusiness15Located checks business15_located.go: "we are located
// at" and its kin in more languages open a business's chain; a household
// "located" at an address, a phrase after a person's words, and "based on"
// stay masked.
func TestBusiness15Located(t *testing.T) {
	runBusiness15(t, []business15Case{
		{
			name:    "English: we are located at",
			text:    "We are located at 27 Wren Street, Tankersley S2 4FT. Write a spring post.",
			dropped: []string{"27 Wren Street", "S2 4FT"},
		},
		{
			name:    "French: nous nous trouvons au",
			text:    "Nous nous trouvons au 9 rue des Glycines, 69530 Brignais.",
			dropped: []string{"9 rue des Glycines", "69530"},
		},
		{
			name:    "Italian: ci troviamo in",
			text:    "Ci troviamo in via Puccini 22, 50058 Signa.",
			dropped: []string{"via Puccini 22", "50058"},
		},
		{
			name:    "German: wir befinden uns in der",
			text:    "Wir befinden uns in der Ahornstraße 31, 14482 Potsdam.",
			dropped: []string{"Ahornstraße 31", "14482"},
		},
		{
			name: "a household located at stays",
			text: "My mum and I are located at 27 Wren Street, Tankersley S2 4FT.",
			kept: []string{"27 Wren Street", "S2 4FT"},
		},
		{
			name: "based on stays",
			text: "The quote is based on 27 Wren Street, Tankersley S2 4FT.",
			kept: []string{"27 Wren Street", "S2 4FT"},
		},
		{
			name: "a person's words before the phrase keep it masked",
			text: "Note from Mrs Ines Varga: we are located at 27 Wren Street, Tankersley S2 4FT.",
			kept: []string{"27 Wren Street", "S2 4FT"},
		},
	})
}
