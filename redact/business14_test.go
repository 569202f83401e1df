package redact

import "testing"

// TestBusiness14Find checks business14's classes on the engine, each in
// both directions: an organisation's own contact data in prose falls
// under the threshold; a person's, a customer's or a delivery's beside
// the same words stays masked.
func TestBusiness14Find(t *testing.T) {
	runBusiness15(t, []business15Case{ // business15_test.go
		{
			name:    "org name before the chain",
			text:    "Write a warm reminder for the autumn fair. Mutuelle Horizon Verte, 7 rue des Tanneurs, 35000 Rennes, 02 99 55 01 23.",
			dropped: []string{"7 rue des Tanneurs", "35000", "02 99 55 01 23"},
		},
		{
			name:    "clients of the clinic, bracketed chain",
			text:    "Recordatorios para los clientes de la Clínica Dental Sonrisa Clara (Calle Mayor 14, 28013 Madrid, tel. 910 555 321).",
			dropped: []string{"Calle Mayor 14", "28013", "910 555 321"},
		},
		{
			name: "her home next to the clinic stays",
			text: "Recordatorio: Lucía Ortega Vidal vive en Calle del Pez 9, 28004 Madrid.",
			kept: []string{"Calle del Pez 9", "28004"},
		},
		{
			name:    "club label with its name",
			text:    "Mention the new season. Klub: SK Dubrava Zapad, Ulica Lipa 17, 10040 Zagreb.",
			dropped: []string{"Ulica Lipa 17", "10040"},
		},
		{
			name:    "company label",
			text:    "Company: Brightway Window Cleaning, 22 Kestrel Road, Leeds LS7 3PR, 0113 496 0555.",
			dropped: []string{"22 Kestrel Road", "LS7 3PR", "0113 496 0555"},
		},
		{
			name: "customer label with a firm's name stays",
			text: "Customer: Brightway Window Cleaning, 22 Kestrel Road, Leeds LS7 3PR, 0113 496 0555.",
			kept: []string{"22 Kestrel Road", "LS7 3PR"},
		},
		{
			name: "address label without a toll-free number stays",
			text: "Address: Kestrel & Finch Funeral Directors, 9 Quarry Lane, Norwich NR3 1AB, 01603 555 287.",
			kept: []string{"9 Quarry Lane", "NR3 1AB"},
		},
		{
			name:    "address label with a toll-free number",
			text:    "Address: Kestrel & Finch Funeral Directors, 9 Quarry Lane, Norwich NR3 1AB, 01603 555 287, 24-hour line 0800 555 0177.",
			dropped: []string{"9 Quarry Lane", "NR3 1AB", "01603 555 287"},
		},
		{
			name:    "the farm is <name>",
			text:    "Plan the delivery route. Farm is Tōtara Ridge Growers, 118 Valley View Road, Katikati.",
			dropped: []string{"118 Valley View Road"},
		},
		{
			name: "deliver to the school stays",
			text: "Please deliver the order to St Columba's Primary School, 4 Abbey Road, Paisley PA1 9ZZ.",
			kept: []string{"4 Abbey Road"},
		},
		{
			name: "my address care of a club stays",
			text: "Send it to my address c/o Kinnaird Bowling Club, 31 Links Road, Dundee DD5 1AB.",
			kept: []string{"31 Links Road"},
		},
		{
			name:    "ring the club on",
			text:    "For bookings, ring the club on 01632 960 441 after six.",
			dropped: []string{"01632 960 441"},
		},
		{
			name:    "email the office at",
			text:    "Any questions, email the office at office@greenfield-primary.example or call 0161 496 0321.",
			dropped: []string{"office@greenfield-primary.example"},
		},
		{
			name: "call her on stays",
			text: "Any questions, call her on 07700 900 461 after six.",
			kept: []string{"07700 900 461"},
		},
		{
			name:    "venue label opening its line",
			text:    "Summer quiz night!\nVenue: The Lantern Rooms, 5 Harbour Street, Whitby YO21 3PU.",
			dropped: []string{"5 Harbour Street", "YO21 3PU"},
		},
		{
			name: "a place field of a person's record stays",
			text: "Nachname: Kellner; Ort: Passau; Tel: 0851 555123",
			kept: []string{"Passau", "0851 555123"},
		},
		{
			name:    "our clubhouse is at",
			text:    "Remind everyone that our clubhouse is at 3 Meadow Lane, Hexham NE46 1AB.",
			dropped: []string{"3 Meadow Lane", "NE46 1AB"},
		},
		{
			name:    "the clubhouse is located (DE, FR, IT, NL, NO)",
			text:    "Bitte erwähnen: Unser Vereinsheim ist in der Ahornweg 9, 79098 Freiburg.\nRappel : le club-house se trouve au 9 rue des Peupliers, 35000 Rennes.\nRicorda: il circolo si trova in Via dei Mille 31, 09100 Cagliari.\nLet op: het clubhuis ligt aan de Molenweg 12, 3512 CK Utrecht.\nHusk: klubbhuset ligger på Fjellveien 8, 0155 Oslo.",
			dropped: []string{"Ahornweg 9", "9 rue des Peupliers", "Via dei Mille 31", "Molenweg 12", "Fjellveien 8"},
		},
		{
			name: "a person's home with the same verbs stays",
			text: "Sie wohnt in der Ahornweg 9, 79098 Freiburg. Elle habite au 9 rue des Peupliers, 35000 Rennes.",
			kept: []string{"Ahornweg 9", "9 rue des Peupliers"},
		},
		{
			name: "we're moving from stays (a household writes it)",
			text: "We're moving from 3 Meadow Lane, Hexham NE46 1AB to Durham in May.",
			kept: []string{"3 Meadow Lane"},
		},
		{
			name:    "the premises after their possessive (Nordic)",
			text:    "Husk å nevne at lokalet vårt i Tollbugata 14 er stengt den uka.",
			dropped: []string{"Tollbugata 14"},
		},
		{
			name: "a messenger alone before a number stays",
			text: "Endereço: Rua das Acácias 77, Curitiba. WhatsApp (41) 99876-5432.",
			kept: []string{"(41) 99876-5432"},
		},
		{
			name: "a name typed like a brand stays",
			text: "Lead from webinar: MarIa Quelhx, m.quelhx@client.example, phone 636-555-0132, wants boots.",
			kept: []string{"m.quelhx@client.example", "636-555-0132"},
		},
		{
			name:    "the shop is on (Portuguese)",
			text:    "Nada de emojis. A loja fica na Rua das Flores 210, Porto.",
			dropped: []string{"Rua das Flores 210"},
		},
		{
			name:    "ring the club on, a person in the clause",
			text:    "Hi Joanne Pryce, if it rains ring the club on 01632 960 441 before nine.",
			dropped: []string{"01632 960 441"},
		},
		{
			name: "ring her on, a person in the clause, stays",
			text: "Hi Joanne Pryce, if it rains ring her on 07700 900 461 before nine.",
			kept: []string{"07700 900 461"},
		},
		{
			name:    "a signature's main office",
			text:    "Aled Price | Account Lead | Main office 029 2018 0555 | mobile 07700 900 777",
			dropped: []string{"029 2018 0555"},
			kept:    []string{"07700 900 777"},
		},
		{
			name: "her office line stays",
			text: "Aled Price said her office line 029 2018 0555 is fine after five.",
			kept: []string{"029 2018 0555"},
		},
		{
			name: "a webmail address keeps the club's chain masked",
			text: "Club: Harbourside Rowing Club, 2 Quay Road, Bideford EX39 2AB, jo.pellow61@gmail.com.",
			kept: []string{"2 Quay Road", "jo.pellow61@gmail.com"},
		},
	})
}
