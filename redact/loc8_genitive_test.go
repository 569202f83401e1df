package redact

import "testing"

// TestGenitiveTowns holds towns in the genitive after a name and a
// Slavic or Baltic "from", the Romanian "din", and a word after "z" that
// reads back to no town.
func TestGenitiveTowns(t *testing.T) {
	checkFindCases(t, []findCase{
		{"croatian iz", "Gosti:\n- Marko Babić iz Rijeke\n- Ivan Kovač iz Sarajeva",
			[]string{"PERSON:Marko Babić", "LOCATION:Rijeke", "PERSON:Ivan Kovač", "LOCATION:Sarajeva"}},
		{"polish z", "Pani Ewa Nowak z Leszna i Jan Wójcik z Olsztyna wygrali.",
			[]string{"PERSON:Pani Ewa Nowak", "LOCATION:Leszna", "PERSON:Jan Wójcik", "LOCATION:Olsztyna"}},
		{"lithuanian iš", "Svečiai:\n- Rūta Kazlauskė iš Kauno\n- daugiau",
			[]string{"PERSON:Rūta Kazlauskė", "LOCATION:Kauno"}},
		{"romanian din", "Clienți:\n- Mihaela Stan din Brașov\n- alții",
			[]string{"PERSON:Mihaela Stan", "LOCATION:Brașov"}},
		{"no town", "Tom Baker z Acmea.", []string{"PERSON:Tom Baker"}},
	})
}
