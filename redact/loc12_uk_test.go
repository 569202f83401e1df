package redact

import "testing"

// TestHouseNamesAndFields12 checks the house name lines of loc12_uk.go,
// the postcode and town fields after a street's (loc12_fields.go), the
// district columns (table7_labels.go), and their look-alikes.
func TestHouseNamesAndFields12(t *testing.T) {
	checkFindCases(t, []findCase{
		{"the old", "3. Mr Tom Baines, The Old Granary, Great Ouseburn, YO26 9RT. He's fine.",
			[]string{"PERSON:Mr Tom Baines", "STREET_ADDRESS:The Old Granary", "LOCATION:Great Ouseburn", "ZIP_CODE:YO26 9RT"}},
		{"cottage", "4. Mrs Jane Hill, Ivy Cottage, Little Ouseburn, YO26 9TS.",
			[]string{"PERSON:Mrs Jane Hill", "STREET_ADDRESS:Ivy Cottage", "LOCATION:Little Ouseburn", "ZIP_CODE:YO26 9TS"}},
		{"fields", "Ana;Ruiz Soto;Av. Insurgentes 455 depto 3;03100;Benito Juárez",
			[]string{"STREET_ADDRESS:Av. Insurgentes 455 depto 3", "ZIP_CODE:03100", "LOCATION:Benito Juárez"}},
		{"district column", "name,suburb,notes\nKim,Paddington,likes dogs\nJoe,Glebe,none\n",
			[]string{"PERSON:Kim", "LOCATION:Paddington", "PERSON:Joe", "LOCATION:Glebe"}},
		{"casa", "Famiglia Rossi, Casa Bianca, 22100 Como",
			[]string{"PERSON:Famiglia Rossi", "STREET_ADDRESS:Casa Bianca", "ZIP_CODE:22100", "LOCATION:Como"}},
		{"finca", "Envío: Finca El Olivar, 29400 Ronda (Málaga)",
			[]string{"STREET_ADDRESS:Finca El Olivar", "ZIP_CODE:29400", "LOCATION:Ronda"}},
		// Look-alikes.
		{"shop", "Visit The Crown, Harrogate, HG1 2RL for lunch.", []string{"ZIP_CODE:HG1 2RL"}},
		{"count field", "Calle Pino 12;2024;done", []string{"STREET_ADDRESS:Calle Pino 12"}},
	})
}
