package redact

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// The rules that demote an address as a business's (premisesDemote,
// premisesDemote24, businessDemote) read a capitalised run before it as a
// firm's name when the person detector read no name there, so a missed
// name took its customer's whole address with it: "Write a birthday SMS
// for Taylor Quorn, Unit 4, Riverside Business Park, Leeds", "Brief an
// Taylor Quorn, Gewerbepark Nord 14, Köln" (session 24's last read). They
// fail closed now: a run of one to three capitalised words after a
// recipient's word ("for", "to", "für", "an", "pour", "para", "per",
// "voor", "dla", "till", "pro", "za", "untuk", "cho", "pentru"…) and
// right before the address (after ", ", " c/o ", or a phrase of living
// somewhere: "who lives at", "wohnhaft in", "domicilié au", "residente
// en", "woont op", "bor på", "zamieszkały przy"…) is a recipient's name
// unless a word of it names a firm (a legal form, a brand in camel case,
// a trade, premises or business word that is no family name). A name
// before a phrase of living is one with no recipient's word too: a firm
// does not live anywhere. recipientHolder25 tells the demotions to keep
// such an address, and recipientNames25 reads the run as a PERSON when
// the person detector did not.

// recipientReason is the reason of the PERSON spans of recipientNames25:
// a fixed string.
const recipientReason = "capitalised words between a recipient's word and their address"

// recipientHolder25 reports whether the address or contact item that
// starts at s is a recipient's (see above), and the bytes of the
// recipient's run. A field between the run and the address, a firm's or
// one no recipient's word leads ("for Taylor Quorn, The Old Bakery, 14
// …", "… c/o Harbour Studios, …", "…, Gewerbegebiet Nord, …"), is the
// recipient's building or estate, read past once.
func recipientHolder25(text string, s int) (rs, re int, ok bool) {
	re, lives := recipientRunEnd25(text, s)
	if re < 0 {
		return 0, 0, false
	}
	rs, words, firm, rec := recipientRun25(text, re, lives)
	if rs < 0 {
		return 0, 0, false
	}
	if firm || !rec && !(lives && words >= 2) {
		// the recipient's building, estate or employer: one field back
		// ("for Taylor Quorn, Gewerbegebiet Nord, Lindenstraße 14")
		re2, _ := recipientRunEnd25(text, rs)
		if re2 < 0 || re2 == rs {
			return 0, 0, false
		}
		rs, words, firm, rec = recipientRun25(text, re2, false)
		if rs < 0 || firm || !rec {
			return 0, 0, false
		}
		return rs, re2, true
	}
	return rs, re, true
}

// recipientRunEnd25 returns the end of the run before s: past ", " or
// " c/o ", or past a phrase of living somewhere (livesPhrases25, and a
// comma before it), and whether it was such a phrase; -1 when neither
// stands right before s.
func recipientRunEnd25(text string, s int) (int, bool) {
	p := s
	for p > 0 && (text[p-1] == ' ' || text[p-1] == '\t') {
		p--
	}
	if p == 0 {
		return -1, false
	}
	if text[p-1] == ',' {
		return p - 1, false
	}
	if p >= 4 && text[p-3:p] == "c/o" && text[p-4] == ' ' {
		return p - 4, false
	}
	// a phrase of living: up to four lower-case words before s, the
	// longest the table knows ("que mora na", not "mora na"); most
	// contact items follow no word that can end one
	k := p
	for k > 0 && p-k <= 12 && text[k-1] != ' ' {
		k--
	}
	if k == p || p-k > 12 || !livesLast25.has(text[k:p]) {
		return -1, false
	}
	var buf [48]byte
	q, best := p, -1
	for n := 0; n < 4 && q > 0 && p-q < 40; n++ {
		k := q
		for k > 0 && text[k-1] != ' ' {
			k--
		}
		if k == q || !lowerWord25(text[k:q]) {
			break
		}
		q = k
		if p-q <= len(buf) {
			b := buf[:0]
			for _, r := range text[q:p] {
				b = utf8.AppendRune(b, unicode.ToLower(r))
			}
			if livesPhrases25.has(unsafe.String(unsafe.SliceData(b), len(b))) {
				best = q
			}
		}
		for q > 0 && text[q-1] == ' ' {
			q--
		}
	}
	if best >= 0 {
		e := best
		for e > 0 && text[e-1] == ' ' {
			e--
		}
		if e > 0 && text[e-1] == ',' {
			e--
		}
		return e, true
	}
	if p >= 4 && text[p-3:p] == " at" && s > p && text[p] == ' ' {
		return p - 3, false // "a letter to Brook Varnell at 22 Harbour Road"
	}
	return -1, false
}

// lowerWord25 reports whether w is a word in lower case (a dot may end
// it: "zam.").
func lowerWord25(w string) bool {
	w = strings.TrimSuffix(w, ".")
	if w == "" {
		return false
	}
	for _, r := range w {
		if !unicode.IsLower(r) && r != '\'' && r != '’' && r != '-' {
			return false
		}
	}
	return true
}

// recipientRun25 reads back from re a run of one to three capitalised
// words (a title among them) and returns its start, its number of words,
// whether a word of it names a firm, and whether a recipient's word
// (recipientWords25, maybe with an article or a title in lower case after
// it) stands right before it; rs is -1 when no such run ends at re (none,
// or more than three capitalised words).
func recipientRun25(text string, re int, lives bool) (rs, words int, firm, rec bool) {
	if re <= 0 || re > len(text) {
		return -1, 0, false, false
	}
	var buf [32]byte
	p := re
	for {
		k := p
		for k > 0 && text[k-1] != ' ' && text[k-1] != '\n' && text[k-1] != '\t' && p-k <= 32 {
			k--
		}
		if k == p || !upperAt(text, k) || !capWord25(text[k:p]) {
			break
		}
		if words > 0 && p-k <= len(buf) && sentenceStart25(text, k) && recipientWords25.has(lowerASCII(text[k:p], &buf)) {
			break // "Invite Taylor Quorn, …": the verb opens the sentence
		}
		if words == 3 {
			return -1, 0, false, false // a longer run: a firm's or a title's words
		}
		words++
		rs = k
		if k < 2 || text[k-1] != ' ' {
			break
		}
		p = k - 1
	}
	if words == 0 {
		return -1, 0, false, false
	}
	// the words before the run: a recipient's, maybe an article or a
	// lower-case title after it ("para la Sra.", "an Herrn", "à Mme")
	p = rs - 1
	for n := 0; n < 2 && p > 0 && text[p] == ' '; n++ {
		k := p
		for k > 0 && text[k-1] != ' ' && text[k-1] != '\n' && p-k <= 12 {
			k--
		}
		if k == p {
			break
		}
		w := text[k:p]
		if len(w) > len(buf) {
			break
		}
		w = strings.TrimSuffix(w, ":")
		lw := lowerASCII(w, &buf)
		if lw != w && !(n == 0 && sentenceStart25(text, k)) {
			break // a capital: no lower-case word (a sentence's first "For", a label's "Ship to:" count)
		}
		if recipientWords25.has(lw) {
			rec = !recipientWeak25.has(lw) || words >= 2 && recipientNameRun25(text, rs, re)
			break
		}
		if !recipientFillers25.has(lw) {
			break
		}
		p = k - 1
	}
	if rec || lives {
		firm = firmRun25(text[rs:re]) // only then: most runs have no recipient's word
	}
	return rs, words, firm, rec
}

// firmRun25 reports whether a word of run names a firm: a legal form, a
// brand in camel case, "&", a trade's, premises' or business's word that
// is no family name, or a compound ending in a shop's noun.
func firmRun25(run string) bool {
	var buf [32]byte
	for w := range strings.FieldsSeq(run) {
		if legalFormWord(w) || camelBrand(w) || strings.IndexByte(w, '&') >= 0 || firmCompound25(w) {
			return true
		}
		if len(w) <= len(buf) && nameFlagsOf(w)&nameFamily == 0 {
			b, pr := wordKinds(lowerASCII(strings.TrimRight(w, "."), &buf))
			if b&(bizTrade|bizCue|bizCapTrade) != 0 || pr&premNoun != 0 || businessWords.has(w) {
				return true
			}
		}
	}
	return false
}

// capWord25 reports whether w, which starts with a capital, is a word of
// a name: letters, and an inner hyphen or apostrophe, or a title's or an
// initial's final dot.
func capWord25(w string) bool {
	w = strings.TrimSuffix(w, ".")
	if w == "" {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' {
			return false
		}
	}
	return true
}

// recipientWords25 are the words, lower case, that send a text or a
// parcel to someone, in the prompts' languages (English, German, French,
// Spanish, Portuguese, Italian, Dutch, Polish, the Nordic languages,
// Czech and Slovak, the South Slavic languages, Romanian, Indonesian and
// Malay, Vietnamese, Tagalog, Afrikaans).
var recipientWords25 = boolTable(map[string]bool{
	"for": true, "to": true, "für": true, "an": true, "pour": true, "à": true, "para": true, "per": true,
	"voor": true, "aan": true, "dla": true, "för": true, "till": true, "til": true, "pro": true,
	"pre": true, "za": true, "untuk": true, "kepada": true, "buat": true, "cho": true, "gửi": true,
	"pentru": true, "kay": true, "vir": true, "fuer": true, "a": true, "al": true,
	"naar": true, "ke": true, "do": true, "åt": true, "για": true, "προς": true,
	// verbs whose object is the person the text goes to ("Invite Taylor
	// Quorn, 14 …, to our open day", "erinnere …", "rappelle …")
	"invite": true, "remind": true, "thank": true, "congratulate": true, "welcome": true, "email": true,
	"e-mail": true, "text": true, "message": true, "notify": true, "inform": true, "greet": true,
	"lade": true, "erinnere": true, "gratuliere": true, "invitez": true, "rappelle": true, "remercie": true,
	"invita": true, "recuerda": true, "felicita": true, "ricorda": true, "ringrazia": true, "convida": true,
	"nodig": true, "herinner": true, "zaproś": true, "przypomnij": true, "bjud": true, "påminn": true,
	"inviter": true, "minn": true, "påmind": true,
})

// sentenceStart25 reports whether the word at k opens the text, a line or
// a sentence (after ". ", "! ", "? " or ": ").
func sentenceStart25(text string, k int) bool {
	if k == 0 || text[k-1] == '\n' {
		return true
	}
	return k >= 2 && text[k-1] == ' ' && (text[k-2] == '.' || text[k-2] == '!' || text[k-2] == '?' || text[k-2] == ':')
}

// recipientWeak25 are recipientWords25 that are other words too (an
// English article, Spanish and Italian "a", "al" in street names): a run
// after them needs two words that read as a name (Portuguese "do" is
// "of the": "Sorriso do Porto").
var recipientWeak25 = boolTable(map[string]bool{"a": true, "al": true, "do": true})

// recipientFillers25 are the articles and lower-case titles between a
// recipient's word and a name.
var recipientFillers25 = boolTable(map[string]bool{
	"la": true, "le": true, "el": true, "il": true, "lo": true, "the": true, "our": true,
	"mr": true, "mrs": true, "ms": true, "dr": true, "mr.": true, "mrs.": true, "ms.": true, "dr.": true,
	"herrn": true, "herr": true, "frau": true, "m.": true, "mme": true, "mme.": true, "mlle": true,
	"sr.": true, "sra.": true, "sr": true, "sra": true, "don": true, "doña": true, "dona": true,
	"signor": true, "signora": true, "sig.": true, "sig.ra": true, "dhr.": true, "mevr.": true, "mevrouw": true,
	"meneer": true, "pani": true, "pana": true, "pan": true, "fru": true, "herr.": true, "hr.": true,
	"pak": true, "bu": true, "ibu": true, "bapak": true, "anh": true, "chị": true, "ông": true, "bà": true,
	"customer": true, "client": true, "cliente": true, "kunde": true, "kundin": true, "klant": true,
})

// livesPhrases25 say where a person lives, lower case, right before the
// address: English, German, French, Spanish, Portuguese, Italian, Dutch,
// Polish, Swedish, Danish, Norwegian, Czech, Slovak, Croatian, Romanian,
// Indonesian, Finnish.
var livesPhrases25 = func() *strTable {
	m := map[string]bool{}
	for _, ph := range livesPhraseList25 {
		m[ph] = true
	}
	return boolTable(m)
}()

// livesPhraseList25 is livesPhrases25 as a list.
var livesPhraseList25 = []string{
	"who lives at", "lives at", "living at", "who lives on", "lives on", "residing at",
	"who resides at", "resident at", "who lives in", "wohnhaft in", "wohnhaft", "wohnt in",
	"wohnhaft in der", "wohnt in der", "wohnt am", "wohnhaft am", "wohnhaft im", "domicilié au",
	"domiciliée au", "domicilié à", "domiciliée à", "qui habite au", "qui habite à", "habitant au",
	"demeurant au", "demeurant à", "habite au", "qui vit au", "residente en", "que vive en",
	"domiciliado en", "domiciliada en", "con domicilio en", "vive en", "que vive en la",
	"residente en la", "residente na", "residente em", "que mora na", "que mora em", "que mora no",
	"mora na", "morador da", "moradora da", "morador na", "moradora na", "residente in",
	"che abita in", "abitante in", "domiciliato in", "domiciliata in", "che vive in", "abita in",
	"woont op", "woont aan", "die woont op", "die woont aan", "wonende te", "wonend aan",
	"wonende aan", "wonend op", "zamieszkały przy", "zamieszkała przy", "zam.", "mieszka przy",
	"który mieszka przy", "która mieszka przy", "zamieszkały w", "zamieszkała w", "som bor på",
	"bor på", "boende på", "bosatt på", "bosat på", "som bor i", "bosatt i", "bor i", "bytem",
	"bydlící", "který bydlí v", "která bydlí v", "bydliskom", "s prebivalištem u", "koji živi u",
	"koja živi u", "stanuje u", "domiciliat în", "domiciliată în", "care locuiește pe",
	"cu domiciliul în", "yang tinggal di", "tinggal di", "beralamat di", "yang beralamat di",
	"joka asuu", "asuu", "osoitteessa",
}

// livesLast25 are the last words of livesPhrases25, and "at", as
// written before an address (lower case).
var livesLast25 = func() *strTable {
	m := map[string]bool{"at": true}
	for _, ph := range livesPhraseList25 {
		m[ph[strings.LastIndexByte(ph, ' ')+1:]] = true
	}
	return boolTable(m)
}()

// recipientNames25 appends a PERSON span for the recipient's run before
// each street of cands (recipientHolder25) that no PERSON span of cands
// at or over the threshold covers: two or three words, or one word the
// gazetteers know as a name (a lone capitalised word may be a firm's or
// a town's).
//
//go:noinline
func recipientNames25(text string, cands []Span) []Span {
	n := len(cands)
	var persons []Span
	var guard spanGuard
	for i := 0; i < n; i++ {
		switch cands[i].Type {
		case "STREET_ADDRESS":
		case "PHONE_NUMBER", "EMAIL_ADDRESS":
			if st := cands[i].Start; cands[i].Score < DefaultMinScore || st < 3 || text[st-1] != ' ' || text[st-2] != ',' {
				continue // a business's line or desk (business13_tollfree.go); or no ", " before it
			}
		default:
			continue
		}
		rs, re, ok := recipientHolder25(text, cands[i].Start)
		if !ok {
			continue
		}
		rs = skipTitles25(text, rs, re)
		if rs >= re || !recipientNameRun25(text, rs, re) {
			continue
		}
		if persons == nil { // the kept PERSON spans, read once: every run against every span was quadratic on a long line (linear25)
			persons = make([]Span, 0, 8)
			for j := range cands {
				if c := &cands[j]; c.Type == "PERSON" && c.Score >= DefaultMinScore {
					persons = append(persons, *c)
				}
			}
		}
		if !guard.overlaps(persons, len(text), rs, re) {
			sp := Span{Start: rs, End: re, Type: "PERSON", Score: 0.8, Reason: recipientReason}
			cands, persons = append(cands, sp), append(persons, sp)
		}
	}
	reportWork("recipientNames25", guard.work)
	return cands
}

// skipTitles25 returns the start of the run text[rs:re] past a title
// ("Frau", "Mrs", "Sra.").
func skipTitles25(text string, rs, re int) int {
	for rs < re {
		k := strings.IndexByte(text[rs:re], ' ')
		if k < 0 {
			return rs
		}
		w := text[rs : rs+k]
		if nameFlagsOf(strings.TrimSuffix(w, "."))&nameTitle == 0 && nameFlagsOf(w)&nameTitle == 0 {
			return rs
		}
		rs += k + 1
	}
	return rs
}

// houseWords25 open a house's name, which the address holds, not a
// person's.
var houseWords25 = boolTable(map[string]bool{
	"Casa": true, "Villa": true, "Maison": true, "Haus": true, "Chalet": true, "Quinta": true, "Finca": true,
	"Cascina": true, "Masseria": true, "Mas": true, "Domaine": true, "Château": true, "Hof": true, "Huis": true,
	"Cortijo": true, "Hacienda": true, "Rancho": true, "Cabaña": true, "Baita": true, "Podere": true,
	"Casale": true, "Villetta": true, "Residenza": true, "Résidence": true, "Residencial": true, "Tŷ": true,
})

// recipientNameRun25 reports whether text[rs:re], a recipient's run past
// its titles, reads as a name: two or three words none of which is a
// stop word only, or one word the gazetteers know as a given or family
// name and not as a stop word or a town.
func recipientNameRun25(text string, rs, re int) bool {
	run := text[rs:re]
	if strings.IndexByte(run, ' ') < 0 {
		f := nameFlagsOf(run)
		return f&(nameGiven|nameFamily) != 0 && f&(nameStop|nameCity) == 0
	}
	if houseWords25.has(run[:strings.IndexByte(run, ' ')]) {
		return false // a house's name: "Ship to: Casa Olmo, Via Roma 3"
	}
	if livesAfter25(text, re) {
		return true // a firm or a town does not live anywhere ("Sydney Brisbane who lives at …")
	}
	// a town is a given or a family name among other words ("Georgia
	// Lincoln", "Victoria Bristol", "Paz Barcelona"); a run of towns and
	// stop words alone is no name ("for London Bridge, …")
	for w := range strings.FieldsSeq(run) {
		f := nameFlagsOf(w)
		if f&(nameGiven|nameFamily) != 0 || f&(nameStop|nameCity) == 0 && !cityNames.has(w) {
			return true
		}
	}
	return false
}

// livesAfter25 reports whether a phrase of living somewhere
// (livesPhrases25) and an address's first byte (a digit or a capital)
// follow the name that ends at end: "Taylor Swift who lives at 14 Elm
// Street" is a customer's name, whatever the lists of public figures say.
func livesAfter25(text string, end int) bool {
	p := end
	if p < len(text) && text[p] == ',' {
		p++
	}
	if p >= len(text) || text[p] != ' ' {
		return false
	}
	p++
	var buf [48]byte
	b := buf[:0]
	q := p
	for n := 0; n < 4 && q < len(text); n++ {
		k := q
		for k < len(text) && text[k] != ' ' && text[k] != '\n' {
			k++
		}
		if k == q || k-p > len(buf)-4 || !lowerWord25(text[q:k]) {
			return false
		}
		if n > 0 {
			b = append(b, ' ')
		}
		for _, r := range text[q:k] {
			b = utf8.AppendRune(b, unicode.ToLower(r))
		}
		if k+1 < len(text) && text[k] == ' ' && (isDigit(text[k+1]) || upperAt(text, k+1)) && livesPhrases25.has(unsafe.String(unsafe.SliceData(b), len(b))) {
			return true
		}
		q = k + 1
	}
	return false
}

// firmCompound25 reports whether w, a capitalised word of eight bytes or
// more, ends with a trade's or a shop's noun of the compounding languages
// (German, Dutch, Swedish, Danish, Norwegian: "Gårdsbutiken",
// "Dorfbäckerei", "Bloemenwinkel", "Bilverkstad"); a rare test, on a
// recipient's run only.
func firmCompound25(w string) bool {
	if len(w) < 8 {
		return false
	}
	lw := strings.ToLower(w)
	for _, suf := range firmSuffixes25 {
		if len(lw) > len(suf)+2 && strings.HasSuffix(lw, suf) {
			return true
		}
	}
	return false
}

// firmSuffixes25 end a compound that names a trade or a shop, lower case.
var firmSuffixes25 = []string{
	"butik", "butiken", "butikk", "butikken", "bageri", "bageriet", "bakeri", "bakeriet", "konditori",
	"verkstad", "verkstaden", "verksted", "værksted", "handel", "handeln", "laden", "geschäft", "werkstatt",
	"bäckerei", "metzgerei", "gärtnerei", "brauerei", "druckerei", "schreinerei", "tischlerei", "praxis",
	"zentrum", "klinik", "kliniken", "klinikk", "salon", "studio", "winkel", "bakkerij", "slagerij",
	"brouwerij", "drukkerij", "kwekerij", "apotheek", "apotek", "apoteket", "apotheke", "bryggeri",
	"bryggeriet", "tryckeri", "snickeri", "gården", "gaarden", "hallen", "markt",
	"service", "services", "shop", "store", "market", "group", "gruppe", "gruppen", "consult",
}

// repeatReason is the reason of a street masked again where a demotion
// left a second mention of it: a fixed string.
const repeatReason = "the same street address as one masked elsewhere in the text"

// repeatStreets25 masks the other mentions of each street of out (Find's
// result, sorted and disjoint) that a recipient holds (recipientHolder25)
// and no span covers: a demotion that read one mention as a business's
// ("Flyer text: … for Rose Quorn, 14 Elm Street, … Address: 14 Elm
// Street") leaked the value masked above it. A street masked with no
// recipient before it may be a firm's that its footer rightly demotes
// ("… the branch (Av. 18 de Julio 1230) …\n--\nIdiomas …, Av. 18 de Julio
// 1230"): those are left. It reads the first eight streets of out, each
// of eight bytes or more.
//
//go:noinline
func repeatStreets25(text string, out []Span) []Span {
	n0, seen := len(out), 0
	var guard spanGuard // every mention against every span was quadratic on a long line (linear25)
	for i := 0; i < n0 && seen < 8; i++ {
		s := &out[i]
		if s.Type != "STREET_ADDRESS" || s.End-s.Start < 8 {
			continue
		}
		seen++
		if _, _, held := recipientHolder25(text, s.Start); !held {
			continue // a firm's address masked in its text and demoted in its footer: which is right is unknown
		}
		out, _ = appendMentions(text, out, i, &guard, repeatReason, len(text), nil) // person25_repeat.go
	}
	if len(out) > n0 {
		slices.SortFunc(out, func(a, b Span) int { return cmp.Compare(a.Start, b.Start) })
	}
	reportWork("repeatStreets25", guard.work)
	return out
}
