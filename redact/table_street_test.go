package redact

import "testing"

// TestStreetCellSplit holds address cells that go on with the town, state
// and postcode: the street cell ends where those spans begin, and they
// keep their types; a cell with nothing of the kind stays whole.
func TestStreetCellSplit(t *testing.T) {
	checkFindCases(t, []findCase{
		{"au cell", "# | customer | address\n1 | Ana Lee | 14 Gum Tree Ct, Kallangur Heights QLD 4503",
			[]string{"PERSON:Ana Lee", "STREET_ADDRESS:14 Gum Tree Ct", "LOCATION:Kallangur Heights QLD", "ZIP_CODE:4503"}},
		{"us cell", "name,address\nTom Reyes,\"88 Birch Ave, Boise, ID 83706\"",
			[]string{"PERSON:Tom Reyes", "STREET_ADDRESS:88 Birch Ave", "LOCATION:Boise, ID", "ZIP_CODE:83706"}},
		{"es cell with door kept whole", "nombre;dirección\nAna Ruiz;Calle de Olmos 41, 3º 2ª",
			[]string{"PERSON:Ana Ruiz", "STREET_ADDRESS:Calle de Olmos 41, 3º 2ª"}},
	})
}
