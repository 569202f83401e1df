package redact

import "testing"

// TestCoordNames checks coordNames on the engine: capitalised words
// joined to a found name by a conjunction are a name; words, a public
// figure's title and the pets' "i" are not. Own values.
func TestCoordNames(t *testing.T) {
	checkFindCases(t, []findCase{
		{"two unknown words after 'and'", "We met Lucy Thornton and Oyelaran Adetunji at the hall on Tuesday.",
			[]string{"PERSON:Lucy Thornton", "PERSON:Oyelaran Adetunji"}},
		{"ampersand in a seating plan", "Table 4: Sunil & Ishara Wanigasekara, near the stage",
			[]string{"PERSON:Sunil", "PERSON:Ishara Wanigasekara"}},
		{"a firm after 'and'", "Thanks to Maria and Google Ads for the boost.", []string{"PERSON:Maria"}},
		{"a place after 'and'", "Peter and Tower Bridge were in every photo.", []string{"PERSON:Peter"}},
		{"a town after Spanish 'en' (in)", "Cada mes le escribe a su tía Nuria Ballesteros en Tarija.",
			[]string{"PERSON:Nuria Ballesteros", "LOCATION:Tarija"}},
		{"a job's title after 'and'", "Judges include Maria Lopez and Chef Oyelaran Adetunji.", []string{"PERSON:Maria Lopez"}},
	})
}
