package redact

import "strings"

// The words of business15 (issue 9): the trades, venues and
// institutions whose own address, postcode, town and phone number a
// marketing prompt writes beside their name ("… Dental Studio (4 …)",
// "Pastelería … (calle …)", "… Credit Union, 400 …", "Groomer: …, 12 …"),
// and the sign-off and sender labels of more languages ("Υπογραφή:",
// "Undirskrift:", "Підпис:"). They join bizTable (business12_block.go)
// with the kinds of business14_words.go's lists: a trade word in a
// chain's head, a sign-off label's cue.

// bizOrgWords15 are trade, venue and institution words of a name that
// the earlier lists lack, in the languages of the issue and more (lower
// case as lowerASCII leaves them; Greek and Cyrillic as written too).
// They join bizTable as bizCapTrade: a trade word only when capitalised
// (capTrade), for most of them are common words in lower case ("the
// market", "credit", "pool", "travel").
const bizOrgWords15 = `
	dentistico dentistica odontoiatrico odontoiatrica odontología odontologia odontológica dentaire
	zahnarzt zahnarztpraxis zahnärzte tandarts tandläkare tandlæge tannlege hammaslääkäri stomatologia
	stomatologie polyclinic policlinico policlínica poliklinik poliklinika ambulatorium medical
	grooming groomer groomers groomery parlour parlor
	grocery groceries grocer grocers market markets supermarket minimarket mart mercado mercato marché
	supermercado supermercato supermarché supermarkt épicerie epicerie colmado abarrotes
	droguería drogueria drugstore drogerie drogaria
	lettings letting realtors realtor estate-agents property properties immobilier immobilière
	immobilière ακίνητα Ακίνητα
	credit union unions bancorp
	pastelería pasteleria pastisseria pastelaria pâtisserie patisserie boulanger konditori bakeri
	bakarí bakery's forn fleca cukrárna cukiernia pekárna pekáreň fırın pastane pastanesi
	chor chorale choral chorus coro coral koor kór kórus kuoro kören chóru хор Хор
	pool pools piscina piscine schwimmbad hallenbad freibad sundlaug sundlaugin sundhöll sundhöllin
	basen uimahalli simhall svømmehal svømmehall
	churches abbey minster chapelle capilla cappella kapelle templo tempio synagoge sinagoga masjid
	catedral cattedrale kathedrale kirkja centro zentrum centrum keskus
	tours travel travels coachlines reisen viajes viaggi voyages turismo
	broadband telecom telecoms fibre fiber networks
	junta freguesia câmara município municipio comune gemeente kommune concello
	пекарня Пекарня аптека Аптека клініка Клініка клиника Клиника магазин Магазин кав'ярня кафе Кафе
	ресторан Ресторан салон Салон студія Студія школа Школа церква Церква храм Храм
	φούρνος Φούρνος ζαχαροπλαστείο Ζαχαροπλαστείο κλινική Κλινική
`

// bizSignWords15 are sign-off and sender labels (bizCue) of more
// languages (the English "Sender:" among them), and the Turkish trade nouns with "our" ("Pastanemiz:" our
// patisserie), which name the writer's own premises.
const bizSignWords15 = `
	sender υπογραφή Υπογραφή αποστολέας Αποστολέας undirskrift sendandi
	підпис Підпис відправник Відправник подпись Подпись отправитель Отправитель
	remitent expeditor pošiljatelj pošiljalac saatja sūtītājs siuntėjas
	pastanemiz fırınımız dükkanımız dükkânımız şubemiz kliniğimiz salonumuz restoranımız kafemiz
	atölyemiz işyerimiz derneğimiz okulumuz
`

// bizServedWords15 are people an organisation serves that a service
// word turns into its desk, as bizCustomerWords: "member services",
// "patient services", "guest relations", "student support". They keep
// their bizGuard kind; alone they guard the chain as before.
const bizServedWords15 = `member members patient patients guest guests student students`

// premisesInvite15 and premisesUs15 are the verbs of an invitation and
// the forms of "us" after them in more languages (address_premises.go's
// premisesInvite): "Du hittar oss på …", "Znajdziesz nas przy …",
// "Löydät meidät osoitteesta …", "Najdete nás na …". The Danish "os" is
// left out: the Portuguese and Spanish "os" is too common.
const (
	premisesInvite15 = `hittar hitta besök besöka finner finn besøk besøg besøge finder löydät tervetuloa najdete
	nájdete navštivte navštívte znajdziesz znajdziecie odwiedź odwiedźcie odwiedzić`
	premisesUs15 = `oss nas nás meidät`
)

// premisesWords15 are invitations written as one word with their "us"
// (Catalan, like premisesWords' "visítanos", "retrouvez-nous").
const premisesWords15 = `trobeu-nos visiteu-nos troba'ns visita'ns`

// orgVenueLabels15 are more venue labels (see orgVenueLabels): the
// rehearsal room, the hall.
var orgVenueLabels15 = boolTable(map[string]bool{
	"sala": true, "salle": true, "probenort": true, "proberaum": true, "spielort": true, "auftrittsort": true,
	"lugar": true, "luogo": true, "recinto": true, "seu": true, "salur": true, "staður": true,
})

// bizWords15 joins the word lists above to bizTable with their kinds.
func bizWords15(or func(string, uint32)) {
	for _, l := range []struct {
		words string
		kind  uint32
	}{{bizOrgWords15, bizCapTrade}, {bizSignWords15, bizCue}, {bizServedWords15, bizCustomer},
		{"located based situated trouvons troviamo encontramos ubicados situados localizados befinden bevinden nacházíme sijaitsemme", bizLocated}} {
		for w := range strings.FieldsSeq(l.words) {
			or(w, l.kind)
		}
	}
}

// capTrade reports whether w, a word of bizCapTrade as written (its
// punctuation trimmed), names a trade in a name: capitalised, no given or
// family name of a person ("Church", "Abbey", "Mercado"); a word that is
// a given name too ("Coral", "Mart") only after an article or a particle
// ("la Coral …"); and, when it opens the head (before holds no word),
// only before a capitalised word (after, the head after it): "Market
// research results go to …" opens a sentence, "Pekarnia «Złoty Kłos», …"
// names a bakery. A gate (cueGate, orgPart's name) reads the first two
// tests only.
func capTrade(w, before, after string, gate bool) bool {
	if w == "" || !upperAt(w, 0) || nameFlagsOf(w)&(nameGiven|nameFamily|nameAmbiguous) != 0 {
		return false
	}
	var buf [32]byte
	lw := lowerASCII(w, &buf)
	if gate && lw != "coral" && lw != "mart" {
		return true
	}
	prev := lastBizWord(before)
	if lw == "coral" || lw == "mart" {
		if prev == "" || len(prev) > len(buf) {
			return false
		}
		return orgParticle(lowerASCII(prev, &buf))
	}
	if prev != "" {
		return true
	}
	for i := 0; i < len(after); {
		var n string
		if n, i = nextBizWord(after, i, headSepByte); n == "" {
			continue
		}
		n = trimPunct(n)
		return n != "" && upperAt(n, 0)
	}
	return false
}

// lastBizWord returns the last word of s with a letter or a digit, its
// punctuation trimmed ("" when none).
func lastBizWord(s string) string {
	for e := len(s); e > 0; {
		for e > 0 && headSepByte(s[e-1]) {
			e--
		}
		k := e
		for k > 0 && !headSepByte(s[k-1]) {
			k--
		}
		if w := trimPunct(s[k:e]); w != "" && hasAlnum(w) {
			return w
		}
		e = k
	}
	return ""
}
