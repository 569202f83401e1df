package redact

import "testing"

// TestItemTowns holds the towns after a name that opens a list item or a
// quote's credit, with a field after them, an age and a town in brackets,
// and the words there that are no town.
func TestItemTowns(t *testing.T) {
	checkFindCases(t, []findCase{
		{"list item, town before a dash", "Winners:\n- Amaka Obi, Onitsha - \"great app\"\n- more soon",
			[]string{"PERSON:Amaka Obi", "LOCATION:Onitsha"}},
		{"quote's credit with a field after it", "\"Arrived fast, my aunt loved it\" – Tomás Vera, Benidorm – yes",
			[]string{"PERSON:Tomás Vera", "LOCATION:Benidorm"}},
		{"unknown town before a country", "\"Great\" – Andrés Soto, Chillán (Chile) – no",
			[]string{"PERSON:Andrés Soto", "LOCATION:Chillán"}},
		{"role, not a town", "- Ana Ruiz, Manager – call back\n- Rosa Vidal, Gold – renew",
			[]string{"PERSON:Ana Ruiz", "PERSON:Rosa Vidal"}},
		{"greeting, not an item", "Dear Anna, Paris awaits you.", []string{"PERSON:Anna"}},
		{"age and town in brackets", "- Amaka Obi (34, Ilorin) joined in June",
			[]string{"PERSON:Amaka Obi", "AGE:34", "LOCATION:Ilorin"}},
		{"age in brackets after a name the person detector read", "My dad Mr Lim Ah Seng (68) wants the ground floor.",
			[]string{"PERSON:Mr Lim Ah Seng", "AGE:68"}},
		{"count and plan in brackets", "- Ines Mora (3, Premium) ordered twice", []string{"PERSON:Ines Mora"}},
		{"town of the hashed list", "\"Lovely gift\" – Andrés Soto, Rancagua – yes",
			[]string{"PERSON:Andrés Soto", "LOCATION:Rancagua"}},
		{"known district and its town", "Winners:\n- Rosa Vidal, Karşıyaka, Konya\n- Ece Demir – Karşıyaka, Konya – 12 May",
			[]string{"PERSON:Rosa Vidal", "LOCATION:Karşıyaka", "LOCATION:Konya", "PERSON:Ece Demir", "LOCATION:Karşıyaka", "LOCATION:Konya"}},
		{"tier before a town", "Winners:\n- Tom Baker – Premium, Skipton – renew\n- Ana Ruiz – Gold, Leeds – renew",
			[]string{"PERSON:Tom Baker", "PERSON:Ana Ruiz"}},
		{"town closing an item", "Winners:\n- Tomás Vera, Gold tier, Benidorm.\n- more soon",
			[]string{"PERSON:Tomás Vera", "LOCATION:Benidorm"}},
		{"name and town in a table's cell", "| R-1 | \"great\" | Leyla Kaya, Benidorm |\n| R-2 | \"ok\" | anonymous |",
			[]string{"PERSON:Leyla Kaya", "LOCATION:Benidorm"}},
		{"saint's town", "Winners:\n- Ana Ruiz, St. Albans\n- Tom Vera, Saint Albans – gold",
			[]string{"PERSON:Ana Ruiz", "LOCATION:St. Albans", "PERSON:Tom Vera", "LOCATION:Saint Albans"}},
		{"town closing a dashed item", "Lista:\n- Pani Ewa Nowak – kończy 70 lat w sobotę, Tarnobrzeg\n- Pan Jan Wójcik – nowy klient",
			[]string{"PERSON:Pani Ewa Nowak", "AGE:70 lat", "LOCATION:Tarnobrzeg", "PERSON:Pan Jan Wójcik"}},
		{"em dash between fields", "- Milagros Vega — Doral — joined 2019\n- more soon",
			[]string{"PERSON:Milagros Vega", "LOCATION:Doral"}},
	})
}

// TestTripTowns holds the towns a person travels from, and "in" or "en"
// after a name: after a comma, or before a town a state code vouches for.
func TestTripTowns(t *testing.T) {
	checkFindCases(t, []findCase{
		{"driving down from", "Dr. Hamid Rostami is driving down from Kuching for the weekend.",
			[]string{"PERSON:Dr. Hamid Rostami", "LOCATION:Kuching"}},
		{"all the way from", "Our regular Peter Mwangi came all the way from Kitale and ran the 10k.",
			[]string{"PERSON:Peter Mwangi", "LOCATION:Kitale"}},
		{"flying in from", "Siti Aminah flying in from Kuantan for the launch.",
			[]string{"PERSON:Siti Aminah", "LOCATION:Kuantan"}},
		{"parcel's destination in a review", "Joana Lobo: shipping to Tulsa took a week, but the kit is great.",
			[]string{"PERSON:Joana Lobo", "LOCATION:Tulsa"}},
		{"here in", "Amaka Obi wrote: great service here in Skipton, thank you!",
			[]string{"PERSON:Amaka Obi", "LOCATION:Skipton"}},
		{"trade in a town", "Ana Ruiz, a teacher in Tralee, won the draw.", []string{"PERSON:Ana Ruiz", "LOCATION:Tralee"}},
		{"moved back to", "Ana Ruiz moved back to Tralee last year.", []string{"PERSON:Ana Ruiz", "LOCATION:Tralee"}},
		{"just outside", "Ana Ruiz, who lives just outside Tralee, called.", []string{"PERSON:Ana Ruiz", "LOCATION:Tralee"}},
		{"back from a holiday", "Mr Alan Pryce is back from Tralee on Monday.", []string{"PERSON:Mr Alan Pryce"}},
		{"hashed list, vient de", "Mme Awa Diallo vient de Ziguinchor chaque année.",
			[]string{"PERSON:Mme Awa Diallo", "LOCATION:Ziguinchor"}},
		{"in after a name and a comma", "A gift note for my mum, Mama Wanjiru, in Nyeri.",
			[]string{"PERSON:Mama Wanjiru", "LOCATION:Nyeri"}},
		{"in before a state code", "Joana Lobo in Bellevue, WA films unboxings.",
			[]string{"PERSON:Joana Lobo", "LOCATION:Bellevue", "LOCATION:WA"}},
		// The rules leave "Jo Marten"; the learned name model's table of
		// session 23 found the family name, a person's; the table of
		// session 24 scores it 0.39 and leaves it (a miss, not a goal).
		{"from after a word the person detector left, before a code", "Ana Ruiz called. Then Jo Marten from Wattlegrove, ON, next.",
			[]string{"PERSON:Ana Ruiz", "LOCATION:Wattlegrove", "LOCATION:ON"}},
		{"from without a code", "Ana Ruiz called. Then Jo Marten from Wattlegrove next.", []string{"PERSON:Ana Ruiz"}},
		{"in after a name in lower case", "ok so joana lobo in bellevue bought a kit", []string{"PERSON:joana lobo"}},
		{"in without a comma or a code", "Joana Lobo in Bellevue bought a kit.", []string{"PERSON:Joana Lobo"}},
	})
}

// TestLowerTownCodes holds the lower-case towns with a state code after a
// name in a lower-case text, and the codes that end no line.
func TestLowerTownCodes(t *testing.T) {
	checkFindCases(t, []findCase{
		{"town and code ending the line", "loved the box - kevin brady, toledo oh\ngreat stuff - amy lin, austin tx!",
			[]string{"PERSON:kevin brady", "LOCATION:toledo", "LOCATION:oh", "PERSON:amy lin", "LOCATION:austin", "LOCATION:tx"}},
		{"word after the code", "loved the box - kevin brady, toledo oh well whatever", []string{"PERSON:kevin brady"}},
		{"no code", "meh - joe park, new york please", []string{"PERSON:joe park"}},
	})
}

// TestSameNameCapitals holds a town named as its province or state before
// that code in brackets on an address's town line, and a region's name
// before a code elsewhere, which stays no town.
func TestSameNameCapitals(t *testing.T) {
	checkFindCases(t, []findCase{
		{"town and its state's code", "Please mail it to Marc Tremblay, 40 Rue Pine, New York (NY) 10027.",
			[]string{"PERSON:Marc Tremblay", "STREET_ADDRESS:40 Rue Pine", "LOCATION:New York", "LOCATION:NY"}},
		{"region before a code", "Runner-up: Priya Nair, New York, NY",
			[]string{"PERSON:Priya Nair"}},
		{"rang back from", "Mr Alan Pryce rang back from Doncaster; he wants paper invoices.",
			[]string{"PERSON:Mr Alan Pryce", "LOCATION:Doncaster"}},
	})
}
