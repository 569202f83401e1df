package redact

// roleWords name a person by the job they do for a customer or a shop
// ("our CSM Tyler", "your stylist Maria", "Beraterin Jana"): right before
// a given name of the gazetteers they make it a name even when it is also
// a word ("Tyler", "Hunter", "Grace"). Unlike relationWords they do not
// vouch for words no gazetteer knows ("our agent Chrome").
var roleWords = boolTable(map[string]bool{
	"stylist": true, "consultant": true, "advisor": true, "adviser": true, "agent": true, "rep": true,
	"representative": true, "coach": true, "trainer": true, "therapist": true, "hairdresser": true,
	"barber": true, "assistant": true, "concierge": true, "host": true, "hostess": true, "driver": true,
	"technician": true, "tutor": true, "teacher": true, "mentor": true, "planner": true, "designer": true,
	"courier": true, "caseworker": true, "nurse": true, "doctor": true, "dentist": true, "physio": true,
	"instructor": true, "guide": true, "sommelier": true, "florist": true, "accountant": true, "lawyer": true,
	"broker": true, "realtor": true, "recruiter": true, "intern": true, "supervisor": true, "teammate": true,
	"buddy": true, "girlfriend": true,
	"boyfriend": true, "roommate": true, "flatmate": true, "landlord": true, "landlady": true, "tenant": true,
	"berater": true, "beraterin": true, "betreuer": true, "betreuerin": true, "friseur": true,
	"friseurin": true, "trainerin": true, "kunde": true, "kundin": true, "collègue": true, "conseiller": true,
	"conseillère": true, "coiffeur": true, "coiffeuse": true, "compañero": true, "compañera": true,
	"asesor": true, "asesora": true, "estilista": true, "collega": true, "consulente": true,
	"parrucchiere": true, "parrucchiera": true, "adviseur": true, "kapper": true, "kapster": true,
	"colega": true, "consultor": true, "consultora": true, "cabeleireiro": true, "cabeleireira": true,
	"kolega": true, "koleżanka": true, "doradca": true, "fryzjer": true, "fryzjerka": true, "kollega": true,
	"rådgivare": true, "frisör": true, "kund": true, "klant": true, "cliente": true, "klient": true,
	"klientka": true, "client": true, "customer": true,
})

// roleAcronyms are job titles written as capitals ("our CSM Tyler").
var roleAcronyms = boolTable(map[string]bool{
	"CSM": true, "AM": true, "AE": true, "SDR": true, "BDR": true, "CSR": true, "PM": true, "VA": true,
	"TAM": true, "CSE": true,
})

// roleBefore returns the role word (see roleWords, roleAcronyms) that ends
// right before start with one space between, or "".
//
//go:noinline
func roleBefore(text string, start int) string {
	e := start - 1
	if e < 2 || text[e] != ' ' {
		return ""
	}
	b := e
	for b > 0 && e-b < 16 && (isAlpha(text[b-1]) || text[b-1] >= 0x80) {
		b--
	}
	if b == e || b > 0 && text[b-1] != ' ' && text[b-1] != '\n' && text[b-1] != '(' {
		return ""
	}
	if w := roleAcronyms.key(text[b:e]); w != "" {
		return w
	}
	// Lower case, or capitalised as German nouns and sentence starts are
	// ("Ihre Beraterin Jana", "Stylist Maria").
	var buf [16]byte
	n := copy(buf[:], text[b:e])
	if isUpper(buf[0]) {
		buf[0] += 'a' - 'A'
	}
	w, _, _ := roleWords.getBytes(buf[:n])
	return w
}
