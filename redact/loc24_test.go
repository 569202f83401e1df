package redact

import "testing"

// TestAgeUnitExtent holds ages whose unit the span takes in, in the
// languages the age words cover, and units it leaves out.
func TestAgeUnitExtent(t *testing.T) {
	checkFindCases(t, []findCase{
		{"Portuguese", "Inscrição: Rafael Gonçalves Moura, 11 anos, turma B",
			[]string{"PERSON:Rafael Gonçalves Moura", "AGE:11 anos"}},
		{"Romanian", "Pacient: dl. Gheorghe Popescu-Marin, 74 ani\nSecție: cardiologie",
			[]string{"PERSON:dl. Gheorghe Popescu-Marin", "AGE:74 ani"}},
		{"Icelandic", "Nemandi: Hildur Magnúsdóttir, 9 ára, bekkur 4",
			[]string{"PERSON:Hildur Magnúsdóttir", "AGE:9 ára"}},
		{"Danish in brackets", "vores søn Frederik (6 år) starter i skole",
			[]string{"PERSON:Frederik", "AGE:6 år"}},
		{"German", "Teilnehmer: Jonas Brückner, 8 Jahre\nKurs: Montag",
			[]string{"PERSON:Jonas Brückner", "AGE:8 Jahre"}},
		{"English years old", "My grandmother Edith Harrow is 93 years old and loves roses.",
			[]string{"PERSON:Edith Harrow", "AGE:93 years old"}},
		{"Estonian in brackets", "Noored: Andres Saar (15 a), Marek Mets (13 a)",
			[]string{"PERSON:Andres Saar", "AGE:15 a", "PERSON:Marek Mets", "AGE:13 a"}},
		{"Baby in months", "Welcome to Tobias Wren (7 months) and his mum!",
			[]string{"PERSON:Tobias Wren", "AGE:7 months"}},
		{"Baby after a verb", "baby Kwame is 3 weeks old.", []string{"PERSON:Kwame", "AGE:3 weeks old"}},
		{"Baby in brackets", "Neu im Kurs: Lina Vogt (10 Monate) mit Papa",
			[]string{"PERSON:Lina Vogt", "AGE:10 Monate"}},
		{"a stay, not an age", "Buchung: Lina Vogt, 10 Wochen, Meerblick", []string{"PERSON:Lina Vogt"}},
		{"not a baby's age", "Kwame Mensah is 3 weeks late with the rent.", []string{"PERSON:Kwame Mensah"}},
		{"Bare number after a name", "Registered: Sienna Okonkwo (6), Theo Baptiste (8)",
			[]string{"PERSON:Sienna Okonkwo", "AGE:6", "PERSON:Theo Baptiste", "AGE:8"}},
		{"not a unit", "Kunde: Dragan Ilić (4 kom.) naručio",
			[]string{"PERSON:Dragan Ilić"}},
		{"not a school year", "за сина Стефан Георгиев (6 клас), тел.",
			[]string{"PERSON:Стефан Георгиев"}},
	})
}

// TestAgeExtentFilters checks that the ages ageExtent adds obey the
// engine's filters: a switched-off AGE type and a higher threshold.
func TestAgeExtentFilters(t *testing.T) {
	text := "Registered: Sienna Okonkwo (6 years), Theo Baptiste (8)"
	for _, opts := range []Options{{Disabled: []string{"AGE"}}, {MinScore: map[string]float64{"AGE": 0.9}}} {
		e, err := NewEngine(opts)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range e.Find(text) {
			if s.Type == "AGE" {
				t.Errorf("options %+v: found AGE at %d-%d, want none", opts, s.Start, s.End)
			}
		}
	}
}

// TestBirthplaces24 holds towns of birth before the date and after its
// comma, and look-alikes.
func TestBirthplaces24(t *testing.T) {
	checkFindCases(t, []findCase{
		{"Spanish before the date", "Cliente: Juan Pérez, nacido en Cádiz el 3 de mayo de 1950",
			[]string{"PERSON:Juan Pérez", "LOCATION:Cádiz", "DATE_OF_BIRTH:3 de mayo de 1950"}},
		{"French before the date", "Cliente: Anne Dubois, née à Lyon le 3 mai 1950",
			[]string{"PERSON:Anne Dubois", "LOCATION:Lyon", "DATE_OF_BIRTH:3 mai 1950"}},
		{"German before the date", "Kunde: Hans Gruber, geboren in Graz am 3. Mai 1950",
			[]string{"PERSON:Hans Gruber", "LOCATION:Graz", "DATE_OF_BIRTH:3. Mai 1950"}},
		{"Polish before the date", "Klient: Jan Kowalski, urodzony w Krakowie dnia 3 maja 1950",
			[]string{"PERSON:Jan Kowalski", "LOCATION:Krakowie", "DATE_OF_BIRTH:3 maja 1950"}},
		{"English field with a comma", "Name: Harold Webb\nBorn: 4 March 1941, Wolverhampton. Age 83.",
			[]string{"PERSON:Harold Webb", "DATE_OF_BIRTH:4 March 1941", "LOCATION:Wolverhampton", "AGE:83"}},
		{"no town after the comma", "Guest: Tom Hale, born 3 May 1950, Retired teacher",
			[]string{"PERSON:Tom Hale", "DATE_OF_BIRTH:3 May 1950"}},
	})
}

// TestPostcodeTowns24 holds postcodes and known towns after a house
// number (street24's one-word streets, blocks and flat tails now read the
// streets of the first four cases too), towns before a country-prefixed
// postcode, towns in their own alphabet, and look-alikes.
func TestPostcodeTowns24(t *testing.T) {
	checkFindCases(t, []findCase{
		{"Czech", "- pan Petr Novák, Lidická 12b, 602 00 Brno, tel. 737 111 222",
			[]string{"PERSON:pan Petr Novák", "STREET_ADDRESS:Lidická 12b", "ZIP_CODE:602 00", "LOCATION:Brno", "PHONE_NUMBER:737 111 222"}},
		{"Slovak", "Objednávka: Jana Horáková, Hlavná 42/A, 040 01 Košice, 0905 111 222",
			[]string{"PERSON:Jana Horáková", "STREET_ADDRESS:Hlavná 42/A", "ZIP_CODE:040 01", "LOCATION:Košice", "PHONE_NUMBER:0905 111 222"}},
		{"Bulgarian", "Поръчка: Иван Петров, адрес: ж.к. Младост, бл. 12, вх. А, ап. 5, 1784 София",
			[]string{"PERSON:Иван Петров", "STREET_ADDRESS:ж.к. Младост, бл. 12, вх. А, ап. 5", "ZIP_CODE:1784", "LOCATION:София"}},
		{"Cypriot Greek", "Πελάτης: Νίκος Παππάς, Ανεξαρτησίας 45Α, 3040 Λεμεσός, 99 111 222",
			[]string{"PERSON:Νίκος Παππάς", "ZIP_CODE:3040", "LOCATION:Λεμεσός"}},
		{"Latvian town before its code", "Kliente: Ilze Kalna, Valdemāra iela 12 - 4, Rīga, LV-1010, tel. 29 111 222",
			[]string{"PERSON:Ilze Kalna", "STREET_ADDRESS:Valdemāra iela 12 - 4", "LOCATION:Rīga", "ZIP_CODE:LV-1010", "PHONE_NUMBER:29 111 222"}},
		{"an invoice, not a house", "Invoice 7, 51007 Tartu", nil},
		{"a date, not a house", "Delivered May 3, 1990 Pärnu", nil},
		{"the town goes on", "Ref. 12b, 602 00 Brno pobočka", nil},
	})
}

// TestPINAfterCityFields holds Indian PINs after a city field on the line
// before or beside it, and a PIN label alone.
func TestPINAfterCityFields(t *testing.T) {
	checkFindCases(t, []findCase{
		{"line before", "Customer: Ravi Kumar\nCity: Pune\nPIN: 411001\nPhone: 98450 33127",
			[]string{"PERSON:Ravi Kumar", "LOCATION:Pune", "ZIP_CODE:411001", "PHONE_NUMBER:98450 33127"}},
		{"side by side", "Name: Ravi Kumar\nCity: Pune  PIN: 411001\nPhone: 98450 33127",
			[]string{"PERSON:Ravi Kumar", "LOCATION:Pune", "ZIP_CODE:411001", "PHONE_NUMBER:98450 33127"}},
		{"a city beside another field after a tab", "Name: Ravi Kumar\nCity: Bengaluru\tState: Karnataka\nPhone: 98450 33127",
			[]string{"PERSON:Ravi Kumar", "LOCATION:Bengaluru", "LOCATION:Karnataka", "PHONE_NUMBER:98450 33127"}},
		{"a card's PIN", "Card holder: Ravi Kumar\nPIN: 411001", []string{"PERSON:Ravi Kumar"}},
	})
}
