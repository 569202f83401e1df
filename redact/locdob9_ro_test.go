package redact

import "testing"

// TestRomanianUnits holds Bucharest's sectors and the counties and
// communes of Romanian addresses (values made up for the test).
func TestRomanianUnits(t *testing.T) {
	checkFindCases(t, []findCase{
		{"sector and Bucharest", "Destinatar: Ioana Popa, Str. Florilor nr. 9, ap. 4, Sector 5, Bucuresti",
			[]string{"PERSON:Ioana Popa", "STREET_ADDRESS:Str. Florilor nr. 9, ap. 4", "LOCATION:Sector 5", "LOCATION:Bucuresti"}},
		{"commune and county", "Destinatar: Ioana Popa, Str. Florilor nr. 9, Sinaia, jud. Prahova",
			[]string{"PERSON:Ioana Popa", "STREET_ADDRESS:Str. Florilor nr. 9", "LOCATION:Sinaia", "LOCATION:jud. Prahova"}},
		{"county written out", "Destinatar: Ioana Popa, Str. Florilor nr. 9, comuna Feleacu, județul Cluj",
			[]string{"PERSON:Ioana Popa", "STREET_ADDRESS:Str. Florilor nr. 9", "LOCATION:Feleacu", "LOCATION:județul Cluj"}},
		{"a sector of the economy", "Destinatar: Ioana Popa, Str. Florilor nr. 9. Sector 4 of the market grew.",
			[]string{"PERSON:Ioana Popa", "STREET_ADDRESS:Str. Florilor nr. 9"}},
		{"no address", "Ioana Popa works in Sector 5, Bucuresti, as a judge.",
			[]string{"PERSON:Ioana Popa"}},
	})
}
