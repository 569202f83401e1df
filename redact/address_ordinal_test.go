package redact

import "testing"

// TestOrdinalStreets checks a US street whose name is an ordinal right
// after the house number, with a quadrant and a unit after its type; and
// that a count before an ordinal that is no street stays none.
func TestOrdinalStreets(t *testing.T) {
	checkFindCases(t, []findCase{
		{"ordinal and quadrant", "Mail it to 2318 19th St NW by Friday.",
			[]string{"STREET_ADDRESS:2318 19th St NW"}},
		{"ordinal, quadrant and unit", "My new address is 64 2nd Ave SE, Apt 7C.",
			[]string{"STREET_ADDRESS:64 2nd Ave SE, Apt 7C"}},
		{"direction before the ordinal", "Deliver to 915 E 31st Street tomorrow.",
			[]string{"STREET_ADDRESS:915 E 31st Street"}},
		{"one-digit ordinal", "Send it to 37 S 8th St please.",
			[]string{"STREET_ADDRESS:37 S 8th St"}},
		{"a count before an ordinal place", "she ran 3 1st places and 2 2nd places", nil},
		{"a score before an ordinal round", "he shot 68 3rd round Sunday", nil},
	})
}
