package redact

import "testing"

// TestStreet17USLowerStreets holds US streets in a chat's lower case
// after a copula, with a direction and a numbered street, a flat's
// number sign and a county road's number, and look-alikes: counts and
// distances after a copula.
func TestStreet17USLowerStreets(t *testing.T) {
	checkFindCases(t, []findCase{
		{"copula direction apt", "no i moved lol its 412 n alvarado st apt 9 now",
			[]string{"STREET_ADDRESS:412 n alvarado st apt 9"}},
		{"it's and a number sign", "it's 88 w pine ave #12 now", []string{"STREET_ADDRESS:88 w pine ave #12"}},
		{"ordinal street", "i dropped it at 7731 sw 8th st #12 yesterday",
			[]string{"STREET_ADDRESS:7731 sw 8th st #12"}},
		{"county road", "the address is 2045 county road 42, out past the mill",
			[]string{"STREET_ADDRESS:2045 county road 42"}},
		// Look-alikes: counts, times and distances after a copula.
		{"copula and one digit", "it's 1 long way from here", nil},
		{"copula drive", "it's 20 minute walk or 15 min drive", nil},
		{"copula feet", "it's 50 feet drive to the gate", nil},
		{"copula place", "its 30 second place finish", nil},
	})
	for _, c := range []struct {
		in   string
		want int
	}{{"2nd ave", 3}, {"101st st", 5}, {"12 ave", 0}, {"3rdx", 0}, {"1234th", 0}} {
		if got := ordinalWordEnd(c.in, 0); got != c.want {
			t.Errorf("ordinalWordEnd(%q) = %d, want %d", c.in, got, c.want)
		}
	}
}
