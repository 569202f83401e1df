package redact

import "testing"

// TestBirthdayList checks dates in a list that the line before calls
// birthdays, with the town after each date, and lists of other dates.
func TestBirthdayList(t *testing.T) {
	checkFindCases(t, []findCase{
		{"numbered, dashes", "Birthday texts for this list:\n\n1. 04 Jan 1988 – Nashik\n2. 17 Jan 1992 – Thane",
			[]string{"DATE_OF_BIRTH:04 Jan 1988", "LOCATION:Nashik", "DATE_OF_BIRTH:17 Jan 1992", "LOCATION:Thane"}},
		{"german bullets", "Geburtstage im Mai:\n* 03.05.1984, Kiel\n* 17.05.1979, Husum",
			[]string{"DATE_OF_BIRTH:03.05.1984", "LOCATION:Kiel", "DATE_OF_BIRTH:17.05.1979", "LOCATION:Husum"}},
		{"events, not birthdays", "Upcoming events:\n- 12 March 2026 – London launch\n- 14 April 2026 – Leeds", nil},
		{"a birth word far above, prose between", "Birthday offers are great.\nNew stores open soon.\n- 12 March 2026 – Leeds", nil},
	})
}
