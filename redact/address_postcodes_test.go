package redact

import "testing"

// TestNordicPolishAustralianAddresses holds Swedish and Polish postcodes
// after a street, before their town, Danish codes, Australian
// unit/number streets without a unit word, and look-alikes.
func TestNordicPolishAustralianAddresses(t *testing.T) {
	checkFindCases(t, []findCase{
		{"swedish after street", "Till Vasagatan 7, 753 20 Uppsala",
			[]string{"STREET_ADDRESS:Vasagatan 7", "ZIP_CODE:753 20", "LOCATION:Uppsala"}},
		{"polish after street", "Pan Jan, ul. Polna 4, 02-677 Warszawa",
			[]string{"PERSON:Pan Jan", "STREET_ADDRESS:ul. Polna 4", "ZIP_CODE:02-677", "LOCATION:Warszawa"}},
		{"danish alone", "bor i 8000 Aarhus C", []string{"ZIP_CODE:8000", "LOCATION:Aarhus C"}},
		{"au slash no unit word", "She lives at 7/31 Wattle Road, Hornsby NSW 2077.",
			[]string{"STREET_ADDRESS:7/31 Wattle Road", "LOCATION:Hornsby NSW", "ZIP_CODE:2077"}},
		{"mexican colonia", "vive en Calle Durango 200, Colonia Roma Norte, 06700 Ciudad de México",
			[]string{"STREET_ADDRESS:Calle Durango 200", "LOCATION:Colonia Roma Norte", "ZIP_CODE:06700", "LOCATION:Ciudad de México"}},
		{"brazilian bairro", "Rua das Flores 25, Bairro Centro, 80020-090 Curitiba",
			[]string{"STREET_ADDRESS:Rua das Flores 25", "LOCATION:Bairro Centro", "ZIP_CODE:80020-090", "LOCATION:Curitiba"}},
		// Look-alikes: counts and ranges before no known town.
		{"three then two", "we shipped 120 40 times over", nil},
		{"range", "read pages 10-120 tonight", nil},
		{"score", "won 21-104 Saturday", nil},
		{"date slash", "on 5/18 Beach day", nil},
	})
}
