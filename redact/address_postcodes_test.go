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

// TestPostcodeAfterTown checks Dutch, Swedish and Polish postcodes right
// after a known town, in any case, with a bracket, a comma or a short
// label between, and numbers after a town that are no postcode.
func TestPostcodeAfterTown(t *testing.T) {
	checkFindCases(t, []findCase{
		{"dutch in brackets", "ik woon in Utrecht (3512 JE) sinds mei", []string{"LOCATION:Utrecht", "ZIP_CODE:3512 JE"}},
		{"swedish lower case", "hon bor i malmö (211 45) nu", []string{"LOCATION:malmö", "ZIP_CODE:211 45"}},
		{"polish with a label", "wysyłka do Gdańsk, kod 80-266 jutro", []string{"LOCATION:Gdańsk", "ZIP_CODE:80-266"}},
		{"a year after a town", "Somerset West, 2019 was our best year", nil},
		{"a phone after a town", "Barcelona, 654 32 10 98", []string{"PHONE_NUMBER:654 32 10 98"}},
		{"no town", "we sold 3512 JE units", nil},
		{"dutch bis", "ik woon op Kanaalstraat 44 bis, Utrecht", []string{"STREET_ADDRESS:Kanaalstraat 44 bis", "LOCATION:Utrecht"}},
	})
}

func TestBracketedFiveDigitPostcode(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text, zip string
	}{
		{"fr", "elle habite à Bordeaux (33000) depuis dix ans", "33000"},
		{"es", "vive en Sevilla (41001) desde 2019", "41001"},
		{"it", "abita a Torino (10121), ha 40 anni", "10121"},
		{"counts list", "Top cities: Paris (12000), Lyon (8000), Nice (4500)", ""},
		{"last of a counts list", "Visitors: Lyon (8000), Paris (12000)", ""},
		{"unknown town", "the Widget (12000) sold out", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := findType(e, tc.text, "ZIP_CODE")
			if tc.zip == "" && len(got) > 0 || tc.zip != "" && (len(got) != 1 || got[0] != tc.zip) {
				t.Errorf("ZIP_CODE = %q, want %q", got, tc.zip)
			}
		})
	}
}
