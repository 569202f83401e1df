package redact

import "strings"

// Unknown towns in a review's sign-off. signoffTowns (address3_signoff.go)
// takes a town alone after the writer's name only when the gazetteers
// know it, because a role or a company may stand there instead ("- John
// Smith, Manager"). Consumer reviews sign off with a suburb or a village
// no list holds ("— Priya Nair, Kilcoole"), so two shapes are taken
// without the gazetteer:
//
//	— Aoife Byrne, Kilcoole, Co. Wicklow   a town before an Irish county
//	— Priya Nair, Kilcoole                 one part, one to three capitalised
//	                                       words that are no role, title,
//	                                       company word or known name

// signoffUnknownTown reports whether the sign-off part text[ps:pe], the
// parts[j] of k parts, is a town no gazetteer knows: before a county part
// ("Co. Wicklow", "County Kerry"), or the only part and town-like.
func signoffUnknownTown(text string, parts *[maxSignoffParts][2]int, j, k int) bool {
	ps, pe := parts[j][0], parts[j][1]
	part := text[ps:pe]
	if !capitalWordsOnly(part) || !plausibleTown(part) {
		return false
	}
	if j+1 < k {
		next := text[parts[j+1][0]:parts[j+1][1]]
		return strings.HasPrefix(next, "Co. ") || strings.HasPrefix(next, "County ")
	}
	if k != 1 {
		return false
	}
	for w := range strings.SplitSeq(part, " ") {
		if nameFlagsOf(w) != 0 || signoffRoleWord(w) {
			return false
		}
	}
	return true
}

// signoffRoleWords are capitalised words of roles, customer labels and
// company names that end a sign-off in place of a town ("Verified Buyer",
// "Head Baker", "Brightside Studio"). Words the person detector already
// stops at (nameStop: "Manager", "Director", "Shop", "Cafe") are not
// repeated.
var signoffRoleWords = func() *strTable {
	ws := strings.Fields(`
	Owner Founder Co-founder Cofounder Partner Verified Buyer Customer Client Member Regular Guest Patient
	Reader Subscriber Shopper Homeowner Parent Mum Mom Dad Mother Father Grandmother Grandfather Retired
	Student Teacher Nurse Doctor Dentist Chef Baker Lead Head Engineer Designer Developer Editor Writer
	Author Photographer Artist Coach Consultant Assistant Volunteer Runner Bride Groom Winner Pastor
	Marketing Consulting Solutions Studio Studios Design Media Labs Ltd Inc LLC GmbH Corp Bakery Foods
	Partners Digital Systems Services Events Photography Interiors Realty Homes Farm Farms Clinic Dental
	Salon Boutique Kitchen Coffee Fitness Yoga Team Staff Admin Support Sales Owner/Manager Principal
	Blogger Influencer Creator Manager/Owner Trainer Therapist Stylist Florist Mechanic Plumber Electrician
	Accountant Lawyer Attorney Architect Analyst Specialist Coordinator Supervisor Intern Apprentice
	Graduate Alumni Alumna Alumnus Cliente Kunde Kundin Klant Kund Kunde Klientka Klient Inhaber Inhaberin
	Geschäftsführer Geschäftsführerin Gérant Gérante Fondateur Fondatrice Fundador Fundadora Titolare
	Fondatore Fondatrice Eigenaar Oprichter Właściciel Właścicielka Ägare Grundare Ejer Stifter Eier
	Gründer Gründerin Proprietário Proprietária Dono Dona
`)
	t := newStrTable(len(ws))
	for _, w := range ws {
		t.or(w, 1)
	}
	return t
}()

// signoffRoleWord reports whether w is a word of signoffRoleWords.
func signoffRoleWord(w string) bool { return signoffRoleWords.has(w) }
