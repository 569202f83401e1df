package redact

import "testing"

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
			[]string{"PERSON:Aino Virtanen", "AGE:61", "LOCATION:Kuopio"}},
		{"known town before a country", "Backers:\n1. Poul Joensen, Borgarnes, Iceland — €200\n2. more soon",
			[]string{"PERSON:Poul Joensen", "LOCATION:Borgarnes"}},
		{"firm after a signature's name", "Signed: Gerrit, Bright Pane Cleaners, Gent",
			[]string{"PERSON:Gerrit"}},
		{"pet's name in a table, not a town", "owner | pet | mobile\nJocelyn Tuazon | Bantay (aspin) | 07700 914 118",
			[]string{"PERSON:Jocelyn Tuazon", "PHONE_NUMBER:07700 914 118"}},
	})
}
