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
			[]string{"PERSON:Gaëlle Morin", "DATE_OF_BIRTH:1er juillet 1983"}},
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
			[]string{"PERSON:Adnan Hadžihafizbegović", "AGE:58"}},
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
			[]string{"PERSON:Iker Arrizabalaga Etxaniz", "AGE:4", "PERSON:Jon"}},
		{"a time is no unit", "Olusegun Adebayo, 2 a.m. meeting", []string{"PERSON:Olusegun Adebayo"}},
	})
}

// TestBracketAgeUnits holds ages with an abbreviation of years in
// brackets after a name.
func TestBracketAgeUnits(t *testing.T) {
	checkFindCases(t, []findCase{
		{"Slovak", "- Tomáš Kováčik (9 r.), rodič: Jana Kováčiková",
			[]string{"PERSON:Tomáš Kováčik", "AGE:9", "PERSON:Jana Kováčiková"}},
		{"Finnish without a dot", "Ilmoittautuneet: Veera Halonen (7 v) ja sisko",
			[]string{"PERSON:Veera Halonen", "AGE:7"}},
		{"no unit", "Veera Halonen (7 kpl) tilasi", []string{"PERSON:Veera Halonen"}},
	})
}
