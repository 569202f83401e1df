package redact

import (
	"fmt"
	"strings"
	"testing"
)

// TestRecordFieldPlaces holds the districts and towns in the fields of a
// contact record after a name, a phone number, an e-mail address or an
// age, and the fields there that are no place.
func TestRecordFieldPlaces(t *testing.T) {
	checkFindCases(t, []findCase{
		{"district and town after a phone number", "Orders for Friday:\n- Amani Wekesa, 0733 410 992, Kapsoit, Kericho\n- Juma Ochieng, 0721 300 118, Shirere, Kakamega",
			[]string{"PERSON:Amani Wekesa", "PHONE_NUMBER:0733 410 992", "LOCATION:Kapsoit", "LOCATION:Kericho",
				"PERSON:Juma Ochieng", "PHONE_NUMBER:0721 300 118", "LOCATION:Shirere", "LOCATION:Kakamega"}},
		{"district and town between dashes", "Members:\n1) Kato Ssebunya – 0772 300 118 – Kawempe, Mbarara – wants a puppy\n2) Akello Grace – 0701 455 902 – Gulu",
			[]string{"PERSON:Kato Ssebunya", "PHONE_NUMBER:0772 300 118", "LOCATION:Kawempe", "LOCATION:Mbarara",
				"PERSON:Akello Grace", "PHONE_NUMBER:0701 455 902", "LOCATION:Gulu"}},
		{"estate with a number after an e-mail address", "Top buyers:\n1. Emeka Nwankwo – emeka.nw@example.com – Magodo Phase 2, Lagos\n2. more soon",
			[]string{"PERSON:Emeka Nwankwo", "EMAIL_ADDRESS:emeka.nw@example.com", "LOCATION:Magodo Phase 2", "LOCATION:Lagos"}},
		{"known town between an age and an e-mail address", "Applicants:\n- Tuvshin Bold, 34, Erdenet, tuvshin.b@example.mn\n- more soon",
			[]string{"PERSON:Tuvshin Bold", "AGE:34", "LOCATION:Erdenet", "EMAIL_ADDRESS:tuvshin.b@example.mn"}},
		{"known town after an age and its unit", "Asiakas: Aino Virtanen, 61 v., Kuopio — eläkkeellä oleva opettaja",
			[]string{"PERSON:Aino Virtanen", "AGE:61 v.", "LOCATION:Kuopio"}},
		{"known town before a country", "Backers:\n1. Poul Joensen, Borgarnes, Iceland — €200\n2. more soon",
			[]string{"PERSON:Poul Joensen", "LOCATION:Borgarnes"}},
		{"firm after a signature's name", "Signed: Gerrit, Bright Pane Cleaners, Gent",
			[]string{"PERSON:Gerrit"}},
		{"pet's name in a table, not a town", "owner | pet | mobile\nJocelyn Tuazon | Bantay (aspin) | 07700 914 118",
			[]string{"PERSON:Jocelyn Tuazon", "PHONE_NUMBER:07700 914 118"}},
	})
}

// TestLoc22RulesLinear counts the work of loc22's rules (guardWork) on
// long lists of the shapes they read, of 8 KB and 32 KB: four times the
// text must cost about four times the work (see TestWholeTextRulesLinear).
func TestLoc22RulesLinear(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	given, family, towns := sampleNamesAndTowns() // span_guard_test.go
	shapes := map[string]func(i int) string{
		"districts after phone numbers": func(i int) string {
			return fmt.Sprintf("- %s %s, 0733 %03d %03d, Kapsoit, %s\n", given[i%40], family[i%40], i%1000, (i*7)%1000, towns[i%40])
		},
		"towns after ages": func(i int) string {
			return fmt.Sprintf("- %s %s, %d yrs, %s — retired\n", given[i%40], family[i%40], 20+i%60, towns[i%40])
		},
		"relatives in towns": func(i int) string {
			return fmt.Sprintf("Sends money to her mother %s %s in %s monthly.\n", given[i%40], family[i%40], towns[i%40])
		},
		"barangays": func(i int) string {
			return fmt.Sprintf("deliver to %d Ilang-Ilang St., Brgy. Santo Niño, %s 1800\n", 1+i%90, towns[i%40])
		},
	}
	work := map[string]int{}
	guardWork = func(rule string, w int) { work[rule] += w }
	defer func() { guardWork = nil }()
	for name, gen := range shapes {
		t.Run(name, func(t *testing.T) {
			var got [2]int
			for k, size := range []int{8 << 10, 32 << 10} {
				var b strings.Builder
				b.WriteString("list\n")
				for i := 0; b.Len() < size; i++ {
					b.WriteString(gen(i))
				}
				clear(work)
				e.Find(b.String())
				for _, w := range work {
					got[k] += w
				}
			}
			if got[1] > 6*got[0] {
				t.Errorf("work %d on 8 KB, %d on 32 KB (%.1fx for 4x the text): quadratic", got[0], got[1], float64(got[1])/float64(got[0]))
			}
		})
	}
}
