package redact

import "testing"

// TestUnitNumbers checks the Canadian unit-civic number, an Indian house
// number before an ordinal street, and a six-digit PIN after a town of
// the towns list; and that dates, phone numbers and ranges stay none.
func TestUnitNumbers(t *testing.T) {
	checkFindCases(t, []findCase{
		{"canadian unit-civic", "Address: 2304-88 Harbour St, Toronto ON M5J 0B5",
			[]string{"STREET_ADDRESS:2304-88 Harbour St", "LOCATION:Toronto ON", "ZIP_CODE:M5J 0B5"}},
		{"indian ordinal street", "- Mr. Arvind Menon, No. 27, 5th Cross Road, Mysuru 570009",
			[]string{"PERSON:Mr. Arvind Menon", "STREET_ADDRESS:No. 27, 5th Cross Road", "LOCATION:Mysuru", "ZIP_CODE:570009"}},
		{"pin after a listed town", "customer in Vellore 632004 wants a call", []string{"LOCATION:Vellore", "ZIP_CODE:632004"}},
		{"unit-civic, civic number larger", "Address: 1207-3350 Kingsway Ave, Vancouver, BC V5R 5K6",
			[]string{"STREET_ADDRESS:1207-3350 Kingsway Ave", "LOCATION:Vancouver, BC", "ZIP_CODE:V5R 5K6"}},
		{"a date before a street word", "from 2025-03 Main results", nil},
		{"a larger second number is a range", "tickets 120-450 Queen Street", nil},
		{"numbers and an ordinal in a list", "we placed 10, 3rd and 5th", nil},
	})
}
