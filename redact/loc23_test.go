package redact

import "testing"

// TestTownDistricts holds district numbers after a town that an address
// gives, in several countries' forms, and numbers that are no district.
func TestTownDistricts(t *testing.T) {
	checkFindCases(t, []findCase{
		{"Czech district", "Adresa: Petra Dvořáková, Korunní 812/4, 120 00 Praha 2, 2. patro",
			[]string{"PERSON:Petra Dvořáková", "STREET_ADDRESS:Korunní 812/4", "ZIP_CODE:120 00", "LOCATION:Praha 2"}},
		{"French arrondissement", "Envoi : Mme Claire Petit, 8 rue Oberkampf, 75011 Paris 11e",
			[]string{"PERSON:Mme Claire Petit", "STREET_ADDRESS:8 rue Oberkampf", "ZIP_CODE:75011", "LOCATION:Paris 11e"}},
		{"Dublin postal district", "Deliver to Aoife Byrne, 22 Grove Park, Dublin 6W, thanks",
			[]string{"PERSON:Aoife Byrne", "STREET_ADDRESS:22 Grove Park", "LOCATION:Dublin 6W"}},
		{"a count after the town is no district", "Aoife Byrne, 22 Grove Park, Dublin 3 times a week",
			[]string{"PERSON:Aoife Byrne", "STREET_ADDRESS:22 Grove Park", "LOCATION:Dublin"}},
	})
}

// TestRegionsWithoutComma holds a US state code after a town with no
// comma between, a region's name in brackets, and what stays unmarked.
func TestRegionsWithoutComma(t *testing.T) {
	checkFindCases(t, []findCase{
		{"state code after a space", "Dustin Yellowhorse, age 15, Kayenta AZ — showed a heifer",
			[]string{"PERSON:Dustin Yellowhorse", "AGE:15", "LOCATION:Kayenta", "LOCATION:AZ"}},
		{"a code that is a word", "Dustin Yellowhorse, age 15, Kayenta OK — showed a heifer",
			[]string{"PERSON:Dustin Yellowhorse", "AGE:15", "LOCATION:Kayenta"}},
		{"province in brackets", "Ms Ginette Tremblay, 41 rue King, Sherbrooke (Québec), called twice",
			[]string{"PERSON:Ms Ginette Tremblay", "STREET_ADDRESS:41 rue King", "LOCATION:Sherbrooke", "LOCATION:Québec"}},
	})
}

// TestBornAbbreviations holds birth dates and years after the
// abbreviations of born and the French first of the month.
func TestBornAbbreviations(t *testing.T) {
	checkFindCases(t, []findCase{
		{"b. after a dash", "Siobhán Nic Giolla - 086 314 2277 - b. 03/09/1961",
			[]string{"PERSON:Siobhán Nic Giolla", "PHONE_NUMBER:086 314 2277", "DATE_OF_BIRTH:03/09/1961"}},
		{"lettered list", "Steps: a. 03/09/2025 - b. 05/09/2025 review",
			nil},
		{"Norwegian year", "Sigrun Løvaas-Berg (f. 1958), Fjellveien 12",
			[]string{"PERSON:Sigrun Løvaas-Berg", "DATE_OF_BIRTH:1958", "STREET_ADDRESS:Fjellveien 12"}},
		{"French first", "Inscrit : Gaëlle Morin, née le 1er juillet 1983, Nantes",
			[]string{"PERSON:Gaëlle Morin", "DATE_OF_BIRTH:1er juillet 1983", "LOCATION:Nantes"}},
		{"French plural", "les jumelles Inès et Lou, nées le 4 mars 2020",
			[]string{"PERSON:Inès", "PERSON:Lou", "DATE_OF_BIRTH:4 mars 2020"}},
	})
}

// TestAgesAfterFoundNames holds ages in digits after names no gazetteer
// holds, and numbers after names that are no age.
func TestAgesAfterFoundNames(t *testing.T) {
	checkFindCases(t, []findCase{
		{"is and a comma", "his uncle Tesfaye Gebremariam Haileselassie is 72, needs a new hip",
			[]string{"PERSON:Tesfaye Gebremariam Haileselassie", "AGE:72"}},
		{"turns and a month", "Ayo Okonkwo-Harris turns 4 in March",
			[]string{"PERSON:Ayo Okonkwo-Harris", "AGE:4"}},
		{"Bosnian abbreviation", "Adnan Hadžihafizbegović, 58 god.",
			[]string{"PERSON:Adnan Hadžihafizbegović", "AGE:58 god."}},
		{"before a house number", "Client: Mrs Lindiwe Mthembu-Khoza, 44, 9 Oxford Road, Rosebank",
			[]string{"PERSON:Mrs Lindiwe Mthembu-Khoza", "AGE:44", "STREET_ADDRESS:9 Oxford Road", "LOCATION:Rosebank"}},
		{"minutes", "Lindiwe Mthembu-Khoza is 5 minutes late", []string{"PERSON:Lindiwe Mthembu-Khoza"}},
		{"an ordinal", "Lindiwe Mthembu-Khoza is 12th in the queue", []string{"PERSON:Lindiwe Mthembu-Khoza"}},
		{"a count", "Lindiwe Mthembu-Khoza, 2 tickets", []string{"PERSON:Lindiwe Mthembu-Khoza"}},
		{"a street", "Lindiwe Mthembu-Khoza, 14 Hill Street, Rosebank",
			[]string{"PERSON:Lindiwe Mthembu-Khoza", "STREET_ADDRESS:14 Hill Street", "LOCATION:Rosebank"}},
		{"words after a comma", "Raimonds Kalniņš, turns sixty on Friday",
			[]string{"PERSON:Raimonds Kalniņš", "AGE:sixty"}},
		{"Basque unit between commas", "- Iker Arrizabalaga Etxaniz, 4 urte, aita: Jon",
			[]string{"PERSON:Iker Arrizabalaga Etxaniz", "AGE:4 urte", "PERSON:Jon"}},
		{"a time is no unit", "Olusegun Adebayo, 2 a.m. meeting", []string{"PERSON:Olusegun Adebayo"}},
	})
}

// TestBracketAgeUnits holds ages with an abbreviation of years in
// brackets after a name.
func TestBracketAgeUnits(t *testing.T) {
	checkFindCases(t, []findCase{
		{"Slovak", "- Tomáš Kováčik (9 r.), rodič: Jana Kováčiková",
			[]string{"PERSON:Tomáš Kováčik", "AGE:9 r.", "PERSON:Jana Kováčiková"}},
		{"Finnish without a dot", "Ilmoittautuneet: Veera Halonen (7 v) ja sisko",
			[]string{"PERSON:Veera Halonen", "AGE:7 v"}},
		{"no unit", "Veera Halonen (7 kpl) tilasi", []string{"PERSON:Veera Halonen"}},
	})
}

// TestMoreBirthWords holds birth dates after the Albanian, Estonian and
// Turkish birth words, and a Hungarian date with its case ending.
func TestMoreBirthWords(t *testing.T) {
	checkFindCases(t, []findCase{
		{"Albanian", "- Elira Krasniqi, lindur më 2 qershor 2016, Tiranë",
			[]string{"PERSON:Elira Krasniqi", "DATE_OF_BIRTH:2 qershor 2016", "LOCATION:Tiranë"}},
		{"Turkish abbreviation", "1) Ayşe Yıldırım – d.t. 14.02.1949 – Cumhuriyet Cad.",
			[]string{"PERSON:Ayşe Yıldırım", "DATE_OF_BIRTH:14.02.1949"}},
		{"Hungarian ending, word after", "Szabó Ilona, 1948. május 12-én született",
			[]string{"PERSON:Szabó Ilona", "DATE_OF_BIRTH:1948. május 12"}},
		{"Hungarian ending, no birth word", "Szabó Ilona, 1948. május 12-én érkezett", []string{"PERSON:Szabó Ilona"}},
	})
}

// TestResidenceAndFromPhrases23 holds the first person plural of living
// somewhere, "soy de", the Albanian, Maltese and Indonesian "from" after
// a name, and a known town in brackets after a name.
func TestResidenceAndFromPhrases23(t *testing.T) {
	checkFindCases(t, []findCase{
		{"Spanish plural", "Mensaje de Rocío Valdivia: vivimos en Ensenada con mi mamá",
			[]string{"PERSON:Rocío Valdivia", "LOCATION:Ensenada"}},
		{"Portuguese plural", "Cliente Graça Monteiro: moramos no Funchal desde 2019",
			[]string{"PERSON:Graça Monteiro", "LOCATION:Funchal"}},
		{"soy de", "Araceli Montoya: yo soy de Puebla, me interesa el taller",
			[]string{"PERSON:Araceli Montoya", "LOCATION:Puebla"}},
		{"Albanian", "Arben Krasniqi nga Shkodra, 068 123 4567",
			[]string{"PERSON:Arben Krasniqi", "PHONE_NUMBER:068 123 4567"}},
		{"Maltese", "Marija Borg minn Żebbuġ, 7912 3456", []string{"PERSON:Marija Borg", "LOCATION:Żebbuġ"}},
		{"Indonesian", "Budi Santoso dari Malang, 0812 3456 7890",
			[]string{"PERSON:Budi Santoso", "LOCATION:Malang", "PHONE_NUMBER:0812 3456 7890"}},
		{"town in brackets", "- Aziza Yusupova (Samarkand, sends parcels home)",
			[]string{"PERSON:Aziza Yusupova", "LOCATION:Samarkand"}},
		{"a team in brackets", "- Aziza Yusupova (Sales), x", []string{"PERSON:Aziza Yusupova"}},
		{"an office in brackets", "- Aziza Yusupova (Tashkent office)", []string{"PERSON:Aziza Yusupova"}},
	})
}

// TestPronounWordAges holds English ages in tens written as words after a
// pronoun and a verb of age, an age after a bracket that follows a name,
// and number words that are no age.
func TestPronounWordAges(t *testing.T) {
	checkFindCases(t, []findCase{
		{"she is", "Note from Mariam Haddad: her aunt also joins, she is seventy-one.",
			[]string{"PERSON:Mariam Haddad", "AGE:seventy-one"}},
		{"turned and a time", "Thanks to Selam Tesfaye, he turned fifty last week!",
			[]string{"PERSON:Selam Tesfaye", "AGE:fifty"}},
		{"minutes", "Selam Tesfaye says she is twenty minutes away", []string{"PERSON:Selam Tesfaye"}},
		{"a decade", "Selam Tesfaye loves the seventies", []string{"PERSON:Selam Tesfaye"}},
		{"after a bracket", "3. Park Seo-yeon (박서연), 31 — lives in Busan",
			[]string{"PERSON:Park Seo-yeon", "AGE:31", "LOCATION:Busan"}},
	})
}

// TestAsideEnd23 holds the short bracket between a name and its age:
// its end only when an age may open after it, and no digit, line break
// or second bracket inside it.
func TestAsideEnd23(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool // an age after the bracket
	}{
		{"Emeka Obi (Ẹmẹka), 41, from Enugu", true},
		{"Lena Vogt (geb. Brandt) is 63 this spring", true},
		{"Lena Vogt (geb. Brandt) and 63 others", false},
		{"Lena Vogt (room 4), 63, checked in", false},
		{"Lena Vogt (geb.\nBrandt), 63, checked in", false},
		{"Lena Vogt (), 63, checked in", false},
		{"Lena Vogt (a (b) c), 63, checked in", false},
	} {
		e := len("Lena Vogt") // the name's end ("Emeka Obi" is as long)
		_, got := ageAfterName23(tc.text, nil, e, nil)
		if got != tc.want {
			t.Errorf("%q: age %v, want %v", tc.text, got, tc.want)
		}
	}
}
