package redact

import "testing"

// TestStreet17FrenchBuildingParts holds French lines with the building's
// parts before a residence or estate and its postcode, a lower-case
// "résidence", and look-alikes: building words with no estate or no
// postcode after them.
func TestStreet17FrenchBuildingParts(t *testing.T) {
	checkFindCases(t, []findCase{
		{"parts before a residence", "Mme Rose Diallo — domiciliée Bât. B, esc. 3, 2e étage, résidence Les Tilleuls, 69008 Lyon",
			[]string{"PERSON:Mme Rose Diallo", "STREET_ADDRESS:Bât. B, esc. 3, 2e étage, résidence Les Tilleuls",
				"ZIP_CODE:69008", "LOCATION:Lyon"}},
		{"building and flat before a cité", "Adresse : Bâtiment D, appt 41, Cité des Fleurs, 93200 Bobigny",
			[]string{"STREET_ADDRESS:Bâtiment D, appt 41, Cité des Fleurs", "ZIP_CODE:93200", "LOCATION:Bobigny"}},
		{"building after the residence", "Adresse : Résidence Les Pins, Bât. B, 83400 Hyères",
			[]string{"STREET_ADDRESS:Résidence Les Pins, Bât. B", "ZIP_CODE:83400", "LOCATION:Hyères"}},
		// Look-alikes: a building word in a sentence before the estate,
		// building words with nothing after them.
		{"building word in a sentence", "Le Bât. C est fermé, Cité des Arts, 75004 Paris",
			[]string{"STREET_ADDRESS:Cité des Arts", "ZIP_CODE:75004", "LOCATION:Paris"}},
		{"no estate no postcode", "Réunion au Bât. C, esc. 2, 4e étage, à 10 h.", nil},
	})
}
