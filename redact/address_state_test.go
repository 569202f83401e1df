package redact

import "testing"

// TestTownStateSpans checks that the town and the state before a US,
// Canadian or Australian postcode make one LOCATION span, after a street
// or alone in a field, and that no town is read across a street type, a
// lower-case word or a line break.
func TestTownStateSpans(t *testing.T) {
	checkFindCases(t, []findCase{
		{"us town after a street", "Ship to 918 Quarry Hill Rd, Montpelier, VT 05602 today",
			[]string{"STREET_ADDRESS:918 Quarry Hill Rd", "LOCATION:Montpelier, VT", "ZIP_CODE:05602"}},
		{"canadian town without a comma", "her address is 31 Birchmount Crescent, Kanata ON K2K 3G7, call first",
			[]string{"STREET_ADDRESS:31 Birchmount Crescent", "LOCATION:Kanata ON", "ZIP_CODE:K2K 3G7"}},
		{"australian suburb in a field", "id=7731 | suburb=Mount Gravatt QLD 4122 | tier=gold",
			[]string{"LOCATION:Mount Gravatt QLD", "ZIP_CODE:4122"}},
		{"brazilian state before a CEP", "Endereço: Av. Boa Viagem 1200, apto 51\nRecife - PE, CEP 51011-000",
			[]string{"STREET_ADDRESS:Av. Boa Viagem 1200, apto 51", "LOCATION:Recife - PE", "ZIP_CODE:51011-000"}},
		{"street type before the state", "Unit 4 Harbour Street NSW 2000", []string{"STREET_ADDRESS:4 Harbour Street", "ZIP_CODE:2000"}},
		{"lower-case word before the state", "see the stats for NSW 2000 above", []string{"ZIP_CODE:2000"}},
	})
}
