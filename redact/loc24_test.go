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
