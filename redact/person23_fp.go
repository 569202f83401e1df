package redact

import (
	"cmp"
	"slices"
	"strings"
	"unsafe"
)

// Names that are nobody's personal data, left by person21Demote (issue 9,
// session 23: PERSON precision on the newest sets). person23Demote lowers
// a PERSON candidate under DefaultMinScore (premisesScore, a fixed
// reason) when
//   - the words right before it say the prompt names someone else than a
//     customer: a namesake ("no relation to", "aucun lien avec", "nicht
//     verwandt mit dem berühmten", "no confundir con"), a negated verb of
//     naming in the languages person21's cues leave out ("don't say",
//     "don't tag", "non mencionar a", "ne omenjaj"), a work's maker
//     ("attrib.", "in the style of" as "l'estil de", "l'héritage de"),
//     a statue's or a bust's subject, an elected office ("Senator",
//     "Rep.", "Congresswoman", also as the name's own first word; a
//     saint's title there names a church, a pharmacy, a town), or an
//     event's star ("Keynote:", "Headliners
//     this year are");
//   - or the words right after it do: "… quote", "a massive … fan",
//     "… once said", "…'s-style", or "(public figure" or "(fictional"
//     later on its line;
//     or a possessive and a business's words ("…'s Shoe Clinic", the
//     words orgWordIn reads as an organisation's);
//   - or it is a street's, a place's or an institution's name: a name in
//     quotes after a school's, a theatre's or a library's noun
//     (Shkolla "…", театър „…“), a street's word of the
//     languages that put it before the name it bears, with its particle
//     ("Calle de", "Rúa do", "Jalan", "Triq", "Rruga", Polish "im."), a
//     street type after it ("… Road", "… Hwy"), or an Australian state
//     and postcode after it (a suburb: "… Park QLD 4053");
//   - or it is a language's or a people's name ("Telugu", "Cree"), one
//     word that the name tables do not list, or a variety of one
//     ("Roman Urdu", "Swiss German").
// The cues are phrases, not single words: "mention Ana" names a customer
// (person21_public.go), and so does "our founder, Alex" in the sets.

// person23Reason, person23PlaceReason and person23LangReason are the
// reasons of the names person23Demote lowers: fixed strings.
const (
	person23Reason      = "a public figure or a namesake named in a brief, not a customer"
	person23PlaceReason = "a street's or a place's name that bears a person's, not a person"
	person23LangReason  = "a language's or a people's name, not a person's"
)

// person23Before are the phrases before a name, lower case as lowerASCII
// leaves them (a phrase that opens with a Greek, a Cyrillic or a
// Vietnamese capital is listed capitalised too; '_' stands for a space); each must end right before the
// name, after one space, and start after a space, a line's start or a
// bracket.
const person23Before = `
	no_relation_to no_relation_to_the not_related_to he's_related_to she's_related_to he’s_related_to she’s_related_to
	aucun_lien_avec
	nicht_verwandt_mit nicht_verwandt_mit_dem nicht_verwandt_mit_dem_berühmten
	no_confundir_con não_confundir_com nao_confundir_com sin_relación_con confuse_with
	don't_say do_not_say dont_say don’t_say don't_tag do_not_tag dont_tag don’t_tag never_tag
	non_mencionar non_mencionar_a no_mencionar_a ne_omenjaj ne_omenjajte não_mencione não_mencionem
	nezmiňuj nezmiňujte nespomínaj nespomínajte ne_spominji ne_spominjite ne_spominjati nu_menționa nu_menționați
	ne_említsd ne_említse älä_mainitse älkää_mainitko jangan_sebut jangan_menyebut huwag_banggitin
	không_nhắc_đến không_nhắc đừng_nhắc_đến đừng_nhắc μην_αναφέρεις μην_αναφέρετε
	не_споменавайте не_споменавай не_упоминайте не_упоминай не_згадуйте не_спомињите
	Не_споменавайте Не_споменавай Не_упоминайте Не_упоминай Не_згадуйте Не_спомињите
	Μην_αναφέρεις Μην_αναφέρετε Đừng_nhắc_đến Đừng_nhắc
	statue_of a_statue_of bust_of monument_to statue_de estatua_de estátua_de statua_di denkmal_für
	attrib. attributed_to l'estil_de l’estil_de estilo_de l'héritage_de
	senator sen. rep. congressman congresswoman senador senadora sénateur sénatrice senatore senatorin
	keynote: keynote_speaker: keynote_by guest_speaker: headliners_are headliners_this_year_are headliner:
`

// person23Streets are the street phrases before a name (the same form).
const person23Streets = `
	rúa_do rúa_da rua_do rua_da carrer_de carrer_d' avinguda_de jalan jl. triq rruga im. ul._im.
`

// person23Titles are the elected offices that open a public figure's
// name, and the saints' titles that open a place's, lower case (the
// Greek ones capitalised too).
const person23Titles = `saint sainte sankt sveti sveta sv. são αγίου αγίας άγιος αγία Αγίου Αγίας Άγιος Αγία agios agia senator sen. rep. congressman congresswoman senador senadora sénateur sénatrice senatore senatorin`

// person23Langs are the languages and peoples read as one-word names,
// lower case; person23Varieties the words that make a variety of one.
const person23Langs = `
	afrikaans albanian amharic arabic armenian assamese azerbaijani azeri basque belarusian bengali bangla
	bosnian breton bulgarian burmese cantonese catalan cebuano chinese cornish corsican cree croatian czech
	danish dari dutch english estonian faroese farsi fijian filipino finnish flemish french frisian fula
	fulani gaelic galician georgian german greek guarani gujarati haitian hausa hawaiian hebrew hindi
	hinglish hmong hungarian icelandic igbo ilocano indonesian inuktitut irish italian japanese javanese
	kannada kazakh khmer kinyarwanda kirundi korean kurdish kyrgyz lao latin latvian lingala lithuanian
	luganda luxembourgish macedonian malagasy malay malayalam maltese mandarin manx maori marathi mongolian
	navajo nepali norwegian ojibwe odia oriya oromo pashto persian polish portuguese punjabi quechua
	romanian romansh russian samoan sanskrit serbian sesotho setswana shona sindhi sinhala sinhalese slovak
	slovenian somali spanish swahili swedish tagalog tajik tamil tatar telugu thai tibetan tigrinya tongan
	turkish turkmen twi ukrainian urdu uyghur uzbek vietnamese welsh wolof xhosa yiddish yoruba zulu
	konkani tulu bhojpuri maithili kashmiri patois creole inuit métis metis mohawk cherokee lakota dene
	haida anishinaabe wiradjuri yolngu noongar sikh hindu muslim jewish buddhist
`
const person23Varieties = `roman simplified traditional modern classical standard swiss brazilian european canadian mexican old middle`

// person23Road are street types after a name, as written.
const person23Road = `Road Rd Street Avenue Ave Highway Hwy Boulevard Blvd Drive Crescent`

// person23AUStates are Australia's states and territories before a postcode.
const person23AUStates = `NSW VIC QLD WA SA TAS NT ACT`

var (
	p23Before, p23Streets = publicTable(person23Before), publicTable(person23Streets)
	p23Titles, p23Langs   = publicTable(person23Titles), publicTable(person23Langs)
	p23Varieties          = publicTable(person23Varieties)
	p23Road, p23States    = publicTable(person23Road), publicTable(person23AUStates)
	// p23TitleBits, p23LangBits and p23RoadBits hold the words of
	// p23Titles, of p23Langs and p23Varieties, and of p23Road (wordBit):
	// a clear bit turns a word away before lowerASCII and the lookup.
	p23TitleBits, p23LangBits, p23RoadBits = wordBits(person23Titles), wordBits(person23Langs + person23Varieties),
		wordBits(person23Road)
	// p23Last holds the last word of every phrase before a name
	// (wordBit): a clear bit turns the word before a name away at once;
	// p23One the phrases of one word, and p23Two the last two words of
	// the others, joined by a space: the words before a name that end
	// with "of", "to", "de" pass p23Last, and p23Two turns most away.
	p23Last, p23One, p23Two = func() (last, one, two *wordFilter) {
		last, one, two = new(wordFilter), new(wordFilter), new(wordFilter)
		for _, l := range []string{person23Before, person23Streets} {
			for _, p := range strings.Fields(l) {
				ws := strings.Split(p, "_")
				last.add(ws[len(ws)-1])
				if len(ws) == 1 {
					one.add(p)
					continue
				}
				two.add(ws[len(ws)-2] + " " + ws[len(ws)-1])
			}
		}
		return last, one, two
	}()
)

// pairFilter is a set of byte pairs, their bit 5 set (as wordBit folds
// case), one bit each.
type pairFilter [1 << 16 / 64]uint64

func pairBit(a, b byte) uint32 { return uint32(a|0x20)<<8 | uint32(b|0x20) }

func (f *pairFilter) add(a, b byte) { k := pairBit(a, b); f[k>>6] |= 1 << (k & 63) }

func (f *pairFilter) has(a, b byte) bool { k := pairBit(a, b); return f[k>>6]&(1<<(k&63)) != 0 }

// tripleBit is the bit of three bytes, their bit 5 set, in a pairFilter
// used as a filter of triples (a hash: a set bit may be another's).
func tripleBit(a, b, c byte) uint32 {
	return (uint32(a|0x20)<<16 | uint32(b|0x20)<<8 | uint32(c|0x20)) * 0x9E3779B1 >> 16
}

func (f *pairFilter) addTriple(a, b, c byte) { k := tripleBit(a, b, c); f[k>>6] |= 1 << (k & 63) }

func (f *pairFilter) hasTriple(a, b, c byte) bool {
	k := tripleBit(a, b, c)
	return f[k>>6]&(1<<(k&63)) != 0
}

// p23Ends holds the last three bytes of every phrase of person23Before
// and person23Streets (each has three or more): a phrase that ends right
// before a name ends with a triple of it, in either case.
var p23Ends = func() *pairFilter {
	f := new(pairFilter)
	for _, p := range strings.Fields(person23Before + person23Streets) {
		p = strings.ReplaceAll(p, "_", " ") // "no_mencionar_a" ends with "r a"
		f.addTriple(p[len(p)-3], p[len(p)-2], p[len(p)-1])
	}
	return f
}()

// wordBits returns a wordFilter of the words of ws.
func wordBits(ws string) *wordFilter {
	f := new(wordFilter)
	for _, w := range strings.Fields(ws) {
		f.add(w)
	}
	return f
}

// person23Demote lowers the PERSON candidates of cands, at or over
// DefaultMinScore, that name no customer (see above), with the shorter
// names read inside them.
func person23Demote(text string, cands []Span) {
	var byStart []int32 // PERSON candidates by start, once a long text lowers one
	for i := range cands {
		s := &cands[i]
		if s.Type != "PERSON" || s.Score < DefaultMinScore || s.Reason == recipientReason {
			continue // (a recipient's name before their address: biz25_recipient.go)
		}
		reason := person23Why(text, s.Start, s.End)
		if reason == "" {
			continue
		}
		if len(cands) <= guardLinear {
			for k := range cands {
				demoteInside23(&cands[k], s.Start, s.End, reason)
			}
			continue
		}
		// A long text: only the candidates that start inside s, not
		// every candidate for every name lowered.
		if byStart == nil {
			byStart = personsByStart(cands)
		}
		st, end := s.Start, s.End
		k, _ := slices.BinarySearchFunc(byStart, st, func(j int32, p int) int { return cmp.Compare(cands[j].Start, p) })
		for ; k < len(byStart) && cands[byStart[k]].Start <= end; k++ {
			demoteInside23(&cands[byStart[k]], st, end, reason)
		}
	}
}

// demoteInside23 lowers c, a live PERSON candidate inside [start, end),
// for reason (person23Demote).
func demoteInside23(c *Span, start, end int, reason string) {
	if c.Type == "PERSON" && c.Score >= DefaultMinScore && c.Start >= start && c.End <= end {
		c.Score = premisesScore
		c.Reason = reason
	}
}

// personsByStart returns the indexes of the PERSON spans of cands sorted
// by start.
func personsByStart(cands []Span) []int32 {
	var idx []int32
	for k := range cands {
		if cands[k].Type == "PERSON" {
			idx = append(idx, int32(k))
		}
	}
	slices.SortFunc(idx, func(a, b int32) int { return cmp.Compare(cands[a].Start, cands[b].Start) })
	return idx
}

// person23Why returns the reason to lower the name text[start:end], or "".
func person23Why(text string, start, end int) string {
	name := text[start:end]
	sp := strings.IndexByte(name, ' ')
	if sp > 0 && sp < 32 && p23TitleBits.hasBit(wordBit(name[:sp])) && p23TitleWord(name[:sp]) {
		return person23Reason // "Senator …"
	}
	if r := person23BeforeWhy(text, start); r != "" {
		return r
	}
	if k := start - 1; k > 0 && (text[k] == '"' || text[k] == 0x9e || text[k] == 0x9c || text[k] == 0xab) &&
		quotedInstitution(text, start, end) {
		return person23PlaceReason // Shkolla "…", театър „…“: a school or a theatre that bears a name
	}
	if r := person23AfterWhy(text, start, end); r != "" && (r != person23Reason || !personLabelBefore(text, start)) {
		return r // "my daughter Maria once said …" is a customer's daughter
	}
	if publicFigureOnLine(text, end) {
		return person23Reason // the writer's own words, whatever comes before
	}
	// person23Lang's first tests in line: most names leave there
	if len(name) <= 30 && isUpper(name[0]) && p23LangBits.hasBit(wordBit(name[sp+1:])) && person23Lang(name, sp) {
		return person23LangReason
	}
	return ""
}

// p23TitleWord reports whether w, of fewer than 32 bytes, is a title of
// p23Titles in either case (its buffer zeroed only for the words that
// pass p23TitleBits).
func p23TitleWord(w string) bool {
	var buf [32]byte
	return p23Titles.has(lowerASCII(w, &buf))
}

// person23BeforeWhy reads the words right before a name that starts at
// start for a phrase of person23Before or person23Streets.
func person23BeforeWhy(text string, start int) string {
	k := start
	if k > 0 && (text[k-1] == '"' || text[k-1] == '\'' || text[k-1] == '(') {
		k--
	}
	if k < 2 || text[k-1] != ' ' {
		return ""
	}
	e := k - 1
	if e < 3 || !p23Ends.hasTriple(text[e-3], text[e-2], text[e-1]) {
		return "" // no phrase ends with the three bytes before the space
	}
	b := e
	for b > 0 && e-b < 24 && text[b-1] != ' ' && text[b-1] != '\n' && text[b-1] != '\t' {
		b--
	}
	for b < e && (text[b] == '(' || text[b] == '"') {
		b++
	}
	if b == e || !p23Last.hasBit(wordBit(text[b:e])) {
		return "" // the common case: no phrase ends with the word before
	}
	if !p23One.hasBit(wordBit(text[b:e])) {
		// a phrase of two words or more: the word before, one space
		// between, must pass p23Two
		b2 := b - 1
		if b2 < 1 || text[b2] != ' ' {
			return ""
		}
		for b2 > 0 && b-b2 < 24 && text[b2-1] != ' ' && text[b2-1] != '\n' && text[b2-1] != '\t' {
			b2--
		}
		for b2 < b && (text[b2] == '(' || text[b2] == '"') {
			b2++
		}
		if b2 >= b-1 || !p23Two.hasBit(wordBit(text[b2:e])) {
			return ""
		}
	}
	// the line's last 60 bytes before the space, lower case, in buf
	var buf [60]byte
	lo, cut := max(0, e-len(buf)), false
	if nl := lastNewlineIn(text[lo:e]); nl >= 0 {
		lo += nl + 1
	} else {
		cut = lo > 0
	}
	p := buf[:0]
	for i := lo; i < e; i++ {
		c := text[i]
		if c >= 'A' && c <= 'Z' {
			c |= 0x20
		}
		p = append(p, c)
	}
	// each suffix of p that starts a word (after a space, a bracket or a
	// quote), longest first
	for i := 0; i < len(p); i++ {
		if i == 0 && cut || i > 0 && p[i-1] != ' ' && p[i-1] != '(' && p[i-1] != '"' {
			continue
		}
		w := unsafe.String(&p[i], len(p)-i) // valid while buf is
		if p23Before.has(w) {
			return person23Reason
		}
		if p23Streets.has(w) {
			return person23PlaceReason
		}
	}
	return ""
}

// institutionHeads holds the words for institutions named after a person
// (a school, a theatre, a hospital, a university), in two slots read by
// two rules: instQuoted, the nouns before a person's name in quotes, as
// written or in lower case ("ОШ", "СУ": a primary school's and a
// secondary school's abbreviations; quotedInstitution), and instLead, the
// capitalised head words that Greek, Balkan and Romance languages write
// before the name of the person or saint they are named after
// (learnedAfterLead, learned_guard.go). A word in one slot is not read by
// the other rule.
var institutionHeads = func() *strTable {
	quoted := strings.Fields(`ОШ СУ OŠ SOU
		school shkolla shkolle shkollës училище училището школа škola szkoła escola escuela scuola école schule
		școala școala scoala iskola okul gimnazija gimnazjum гимназия гимназија gymnasium gymnázium lyceum liceu
		liceo lycée licej лицей liceul theatre theater teatri teatër театър театр театар teatro théâtre teatr
		divadlo színház library biblioteka библиотека библиотеката bibliothèque biblioteca bibliothek knihovna
		hospital bolnica болница spitali spitalul szpital nemocnice kórház читалище читалището dom дом
		университет universitet universiteti univerzitet uniwersytet universidad università université
		college kolegji колеж stadion стадион stadium stadiumi stadionul festival фестивал
	`)
	lead := strings.Fields(`
		Νοσοκομείο Κλινική Σχολείο Πανεπιστήμιο Ίδρυμα
		Bolnica Klinika Škola Gimnazija Sveučilište Univerzitet
		Hospital Hôpital Ospedale Clínica Clinica Colegio Escuela Escola Liceo Lycée Instituto Istituto
		Universidad Università Universidade Fundación Fundação Fondazione Teatro Museo Museu Musée Estadio
		Stadio Aeropuerto Aeroporto
	`)
	t := newStrTable(len(quoted) + len(lead))
	for _, w := range quoted {
		t.or(w, instQuoted)
	}
	for _, w := range lead {
		t.or(w, instLead)
	}
	return t
}()

// The slots of institutionHeads.
const (
	instQuoted = 1 << iota // a noun before a name in quotes (quotedInstitution)
	instLead               // a capitalised head before a name (learnedAfterLead)
)

// institutionHead reports whether w is a word of institutionHeads' slot.
func institutionHead(w string, slot uint32) bool {
	v, _ := institutionHeads.get(w)
	return v&slot != 0
}

// quotedInstitution reports whether the name text[start:end] stands in
// quotes after an institution's noun (institutionHeads), itself at most
// one word before the opening quote: a school, a theatre, a library that
// bears a person's name, not a person.
func quotedInstitution(text string, start, end int) bool {
	// (start 0: no opening quote can come before the name)
	if start < 1 || end >= len(text) || !(text[end] == '"' || strings.HasPrefix(text[end:], "“") ||
		strings.HasPrefix(text[end:], "”") || strings.HasPrefix(text[end:], "»")) {
		return false
	}
	k := start - 1
	for k > 0 && text[k-1] >= 0x80 && text[k] >= 0x80 && text[k] < 0xc0 {
		k-- // the opening quote's first byte
	}
	line := text[max(0, k-48):k]
	if nl := lastNewlineIn(line); nl >= 0 {
		line = line[nl+1:]
	}
	ws := strings.Fields(line)
	for n := 1; n <= 2 && n <= len(ws); n++ {
		w := strings.Trim(ws[len(ws)-n], ",.:;()")
		if institutionHead(w, instQuoted) || institutionHead(strings.ToLower(w), instQuoted) {
			return true
		}
	}
	return false
}

// person23AfterWhy reads what follows a name that ends at end: a quote,
// a fan, a style, "once said", a possessive and a business's words, a
// street type, an Australian state and postcode.
func person23AfterWhy(text string, start, end int) string {
	i := end
	if i+3 <= len(text) && (text[i] == '\'' && text[i+1] == 's') {
		i += 2
	} else if i < len(text) && text[i] == 0xE2 && strings.HasPrefix(text[i:], "’s") {
		i += len("’s")
	}
	if i >= len(text) {
		return ""
	}
	switch text[i] {
	case '-':
		if hasWordPrefixFold(text[i+1:], "style") {
			return person23Reason // "…'s-style"
		}
		return ""
	case ',':
		if i == end && i+1 < len(text) && text[i+1] == ' ' && auStateAt(text, i+2) {
			return person23PlaceReason
		}
	case ' ':
		r := text[i+1:]
		if i > end && len(r) > 0 && isUpper(r[0]) && possessiveBusiness(r) {
			return orgNameReason // "…'s Shoe Clinic"
		}
		switch {
		case len(r) == 0 || r[0]|0x20 != 'q' && r[0]|0x20 != 'f' && r[0] != 'o':
			// no cue below opens with the byte: most words
		case hasWordPrefixFold(r, "quote"), hasWordPrefixFold(r, "quotes"):
			if !sendVerbBefore(text, start) {
				return person23Reason // not "send Daniel quotes for …"
			}
		case hasWordPrefixFold(r, "fan"), hasWordPrefixFold(r, "fans"), strings.HasPrefix(r, "once said"):
			return person23Reason
		}
		if i == end && len(r) > 0 && isUpper(r[0]) {
			if auStateAt(text, i+1) {
				return person23PlaceReason
			}
			j := 0
			for j < len(r) && j < 12 && (isLower(r[j]) || isUpper(r[j])) {
				j++
			}
			if (j == len(r) || !isLower(r[j]) && !isUpper(r[j]) && r[j] < 0x80) && p23RoadBits.hasBit(wordBit(r[:j])) &&
				p23Road.has(r[:j]) {
				return person23PlaceReason
			}
		}
	}
	return ""
}

// possessiveBusiness reports whether the capitalised words that open r
// (up to three, after a name's possessive) hold an organisation's word
// as orgWordIn reads them: a trade's, a premises or a service's word, or
// a legal form ("Shoe Clinic", "Pies Ltd").
func possessiveBusiness(r string) bool {
	j, n := 0, 0
	for n < 3 && j < len(r) && isUpper(r[j]) {
		for j < len(r) && r[j] != ' ' && r[j] != '\n' && r[j] != ',' && r[j] != '.' && r[j] != ')' {
			j++
		}
		n++
		if j+1 < len(r) && r[j] == ' ' && isUpper(r[j+1]) && n < 3 {
			j++
		} else {
			break
		}
	}
	if n == 0 {
		return false
	}
	strong, weak, _ := orgWordIn(r[:j])
	return strong || weak
}

// sendVerbBefore reports whether a verb that sends something to someone
// ends right before start, after one space ("send Daniel quotes").
func sendVerbBefore(text string, start int) bool {
	if start < 2 || text[start-1] != ' ' {
		return false
	}
	b := start - 1
	for b > 0 && start-1-b < 8 && text[b-1] != ' ' && text[b-1] != '\n' {
		b--
	}
	var buf [32]byte
	switch lowerASCII(text[b:start-1], &buf) {
	case "send", "sent", "email", "e-mail", "text", "give", "gave", "get", "got", "owe", "forward", "mail", "quote":
		return true
	}
	return false
}

// hasWordPrefixFold reports whether s opens with the lower-case word w,
// its first letter in either case, and no letter after it.
func hasWordPrefixFold(s, w string) bool {
	if len(s) < len(w) || s[0]|0x20 != w[0] || s[1:len(w)] != w[1:] {
		return false
	}
	return len(s) == len(w) || !isLower(s[len(w)]) && !isUpper(s[len(w)]) && s[len(w)] < 0x80
}

// auStateAt reports whether an Australian state's abbreviation, one space
// and a postcode of four digits start at i.
func auStateAt(text string, i int) bool {
	j := i
	for j < len(text) && j-i < 3 && isUpper(text[j]) {
		j++
	}
	if j == i || j+5 > len(text) || text[j] != ' ' || !p23States.has(text[i:j]) {
		return false
	}
	for k := j + 1; k < j+5; k++ {
		if !isDigit(text[k]) {
			return false
		}
	}
	return j+5 == len(text) || !isDigit(text[j+5])
}

// publicFigureOnLine reports whether "(public figure" or "(fictional"
// follows end on its line within 80 bytes, with only a list of names
// between (nameListOnly): the note is about the name, or the names listed
// with it ("Maria Lopez and David Brown (public figures …)"), not about a
// product or a brand named after a customer ("Refund for Ana Ruiz, who
// bought the Zephyr kit (fictional brand …)").
func publicFigureOnLine(text string, end int) bool {
	r := text[end:min(len(text), end+80)]
	for off := 0; ; {
		k := strings.IndexByte(r[off:], '(') // most names have none after them
		if k < 0 {
			return false
		}
		k += off
		if strings.IndexByte(r[off:k], '\n') >= 0 {
			return false
		}
		off = k + 1
		if strings.HasPrefix(r[off:], "public figure") || strings.HasPrefix(r[off:], "fictional") {
			return nameListOnly(r[:k])
		}
	}
}

// nameListOnly reports whether s holds only capitalised words, the words
// that join names in a list ("and", "und", "y", "et", "&" …), quotes,
// commas and brackets.
func nameListOnly(s string) bool {
	for i := 0; i < len(s); {
		for i < len(s) && strings.IndexByte(" ,\"'()", s[i]) >= 0 {
			i++
		}
		j := i
		for j < len(s) && s[j] != ' ' && s[j] != ',' {
			j++
		}
		if j == i {
			break
		}
		w := strings.Trim(s[i:j], "\"'()“”„«»‘’")
		i = j
		if w == "" || upperRuneAt(w, 0) {
			continue
		}
		switch w {
		case "and", "&", "und", "y", "e", "et", "en", "og", "och", "i", "a", "és", "ve", "и", "και":
			continue
		}
		return false
	}
	return true
}

// person23Lang reports whether name (sp: its first space, or -1) is a
// language's or a people's name: one word of person23Langs that the name
// tables list as nobody's name, or a variety word and one.
func person23Lang(name string, sp int) bool {
	if !isUpper(name[0]) {
		return false // "shona" in a chat written in lower case is a girl's name
	}
	if !p23LangBits.hasBit(wordBit(name[sp+1:])) { // sp+1: 0 for one word
		return false // no language's word ends the name: most names
	}
	var buf [32]byte
	if sp < 0 {
		return p23Langs.has(lowerASCII(name, &buf)) && nameFlagsOf(name)&(nameGiven|nameFamily) == 0
	}
	rest := name[sp+1:]
	if strings.IndexByte(rest, ' ') >= 0 || !p23Varieties.has(lowerASCII(name[:sp], &buf)) {
		return false
	}
	return p23Langs.has(lowerASCII(rest, &buf))
}
