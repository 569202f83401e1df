package redact

import (
	"unicode/utf8"
)

// nick26 (session 26): a service worker or a relative named by a lone
// given name after the word for their role, in running prose: "Your
// installer Brandon said …", "the crew leader Andel was excellent", "her
// second shooter Trey", "A dependenta, Uxía, explicoume …", "Pozdrav
// vašem majstoru Anti", "Aptarnavo padavėja Gintarė", "Mannen min,
// Halvard, er hjemme", "Kodus tema ema Malle". roleLabelNames
// (first22_roles.go) reads a role key before a colon and roleBareNames
// (person23b_roles.go) one that opens a sentence a full stop ends;
// kinNames23b (person23b_kin.go) reads kin words without a possessive
// around them. Here a role noun of roleProse26 (one or two words, the
// inflected forms a preposition or a verb asks for too) or a kin word
// with its possessive stands right before one capitalised word, or
// before it and a comma ("X, Name, …"), or before "named"/"called" and
// it; the word is a given name of the gazetteers (one no gazetteer
// knows only between commas, spelt like a name as after a kin word:
// inside a sentence "the driver Oskarine" may be a van's or a firm's
// name, TestRoleKeys23b), or in Greek or Cyrillic a word of a name's
// shape; and no capitalised word follows it
// (a full name is the other rules'; "photographer Annie Leibovitz", a
// notable's, their filter's). A role word alone ("our installer will
// call") names no one.

// roleProse26 are the role nouns and possessive kin phrases, lower case,
// after which a lone capitalised word is a person's name.
var roleProse26 = boolTable(map[string]bool{
	// English
	"installer": true, "fitter": true, "technician": true, "engineer": true, "driver": true,
	"crew leader": true, "crew lead": true, "team leader": true, "foreman": true, "photographer": true,
	"second shooter": true, "videographer": true, "sales assistant": true, "shop assistant": true, "sales rep": true,
	"salesperson": true, "instructor": true, "trainer": true, "stylist": true, "hairdresser": true,
	"barber": true, "mechanic": true, "plumber": true, "electrician": true,
	"locksmith": true, "gardener": true, "cleaner": true, "decorator": true, "groomer": true,
	"therapist": true, "physio": true, "tutor": true, "nanny": true, "carer": true, "waiter": true,
	"waitress": true, "bartender": true, "receptionist": true, "florist": true, "chimney sweep": true,
	"surveyor": true, "handyman": true, "tradesman": true, "estimator": true,
	"rep": true, "consultant": true, "advisor": true, "adviser": true, "coordinator": true,
	"caterer": true, "mentor": true, "apprentice": true,
	// German, Dutch
	"monteur": true, "techniker": true, "fahrer": true, "fotograf": true, "fotografin": true,
	"friseurin": true, "friseur": true, "verkäuferin": true, "verkäufer": true, "trainerin": true,
	"installateur": true, "handwerker": true, "elektriker": true, "gärtner": true,
	"chauffeur": true, "fotograaf": true, "kapper": true, "kapster": true, "verkoper": true,
	"verkoopster": true, "stukadoor": true, "loodgieter": true, "hovenier": true,
	// French, Spanish, Catalan, Galician, Portuguese, Italian
	"technicien": true, "technicienne": true, "installateur chauffagiste": true,
	"photographe": true, "coiffeuse": true, "coiffeur": true, "vendeuse": true, "vendeur": true,
	"moniteur": true, "monitrice": true, "plombier": true, "jardinier": true, "ramoneur": true,
	"técnico": true, "técnica": true, "instalador": true, "fontanero": true,
	"fotógrafo": true, "fotógrafa": true, "peluquera": true, "peluquero": true, "dependienta": true,
	"dependiente": true, "vendedora": true, "vendedor": true, "monitora": true,
	"jardinero": true, "dependenta": true, "dependente": true, "perruquera": true, "venedora": true,
	"fotògraf": true, "fotògrafa": true, "canalizador": true, "cabeleireira": true,
	"cabeleireiro": true, "atendente": true, "tecnico": true, "installatore": true,
	"idraulico": true, "fotografo": true, "fotografa": true, "parrucchiera": true, "commessa": true,
	"commesso": true, "giardiniere": true, "spazzacamino": true, "istruttrice": true,
	"istruttore": true,
	// Nordic, Finnish, Estonian, Icelandic
	"montør": true, "montör": true, "tekniker": true, "sjåfør": true, "fotografen": true,
	"frisør": true, "frisör": true, "selger": true, "säljare": true, "sælger": true,
	"rørlegger": true, "rörmokare": true, "vvs-montør": true, "feier": true, "sotare": true,
	"asentaja": true, "kuljettaja": true, "valokuvaaja": true, "kampaaja": true, "myyjä": true,
	"nuohooja": true, "paigaldaja": true, "tehnik": true, "autojuht": true,
	"juuksur": true, "müüja": true, "õpetaja": true, "külalisõpetaja": true, "korstnapühkija": true,
	"ljósmyndari": true, "pípari": true, "rafvirki": true,
	// Baltic, Slavic (Latin script), Romanian, Hungarian
	"padavėja": true, "padavėjas": true, "pardavėja": true, "pardavėjas": true, "meistras": true,
	"fotografas": true, "fotografė": true, "kirpėja": true, "montuotojas": true, "pārdevēja": true,
	"pārdevējs": true, "meistars": true, "frizieris": true, "frizierē": true, "fotogrāfs": true,
	"monter": true, "instalator": true, "technik": true, "kierowca": true,
	"fryzjerka": true, "sprzedawczyni": true, "hydraulik": true, "kominiarz": true, "montér": true,
	"technička": true, "řidič": true, "fotografka": true, "kadeřnice": true, "prodavačka": true,
	"lektorka": true, "lektorky": true, "lektor": true, "majstor": true, "majstoru": true,
	"majstora": true, "majstorom": true, "serviser": true, "vozač": true, "frizerka": true,
	"prodavačica": true, "dimnjačar": true, "vodoinstalater": true, "montator": true,
	"tehnician": true, "șofer": true, "fotograful": true, "coafeza": true, "vânzătoarea": true,
	"szerelő": true, "sofőr": true, "fodrász": true, "eladó": true, "kéményseprő": true,
	// Maltese, Albanian, Turkish, Greek, Cyrillic
	"tekniku": true, "fotografu": true, "xufier": true, "montues": true, "fotografi": true,
	"shoferi": true, "teknisyen": true, "usta": true, "fotoğrafçı": true, "kuaför": true,
	"τεχνικός": true, "φωτογράφος": true, "οδηγός": true, "κομμώτρια": true, "πωλήτρια": true,
	"мајстор": true, "майстор": true, "мастер": true, "монтер": true, "монтажник": true,
	"техник": true, "фотограф": true, "шофьор": true, "водитель": true, "продавачка": true,
	"продавщица": true, "фризьорка": true, "парикмахер": true,
	// Indonesian, Malay, Tagalog, Swahili
	"teknisi": true, "juruteknik": true, "fotografer": true, "jurugambar": true, "sopir": true,
	"pemasang": true, "tekniko": true, "fundi": true,
})

// kinProse26 are kin words with their possessive, lower case ("my
// wife", "her mother"), after which a lone capitalised word is a
// relative's name: a kin word vouches for a word no gazetteer knows, as
// in kinNames23b (kinSpellFloor23b).
var kinProse26 = boolTable(map[string]bool{
	"mannen min": true, "kona mi": true, "kona mín": true, "kona min": true, "konen min": true,
	"frua mi": true, "maken min": true, "frun min": true, "maken mi": true,
	"tema ema": true, "minu ema": true, "mu ema": true, "tema isa": true, "minu isa": true,
	"tema poeg": true, "tema tütar": true, "minu poeg": true, "minu tütar": true, "tema abikaasa": true,
	"дядо": true, "баба": true, "внучката ѝ": true, "внукът ѝ": true,
})

// roleProseMax is the most bytes of a phrase of roleProse26.
const roleProseMax = 32

// roleProseNames26 appends the lone names after role nouns and kin
// phrases (see above) that no span of dst covers. It reads the capitals
// of the text that follow a space and looks the word or two before one
// up only when a key's first byte and length allow (roleProseKey);
// personSpans calls it for a text with a line break only, as kinNames23b.
//
//go:noinline
func roleProseNames26(sc *textScan, dst []Span) []Span {
	lg := spanGuard{live: true}
	text := sc.text
	for i := sc.next(mkCapital, 2); i >= 0; i = sc.next(mkCapital, i+1) {
		if text[i-1] != ' ' || !upperRuneAt(text, i) {
			continue
		}
		appos := text[i-2] == ','
		kin, found := roleProseBefore(text, i, appos)
		if !found {
			continue
		}
		e, ok := roleProseValue(text, i, appos || kin)
		if !ok || appos && e < len(text) && text[e] != ',' && text[e] != '.' && text[e] != '\n' {
			continue // "Dear installer, Brandon Ltd …": the name closes its clause
		}
		if lg.overlaps(dst, len(text), i, e) {
			continue
		}
		dst = append(dst, Span{Start: i, End: e, Type: "PERSON", Rule: "builtin.person", Score: 0.75,
			Reason: "lone given name after a role noun or a kin word"})
		i = e
	}
	reportWork("roleProseNames26", lg.work)
	return dst
}

// roleProseValue returns the end of the lone capitalised word at i, and
// whether it may be a given name (see above). After a kin phrase, or
// between commas after a role ("A dependenta, Antía, …"), a word no
// gazetteer knows is taken when it is spelt like a name as after a kin
// word (kinSpellFloor23b); after a role inside a sentence only a given
// name of the gazetteers is ("We thank the driver Oskarine.": a van's or
// a firm's name as often, TestRoleKeys23b).
func roleProseValue(text string, i int, vouched bool) (int, bool) {
	e, words, ok := capRunEnd(text, i)
	if !ok || words != 1 {
		return 0, false
	}
	if e < len(text) && (isDigit(text[e]) || text[e] == '@' || text[e] == '-' || text[e] == '\'' && e+1 < len(text) && isAlpha(text[e+1])) {
		return 0, false
	}
	w := text[i:e]
	if text[i] >= 0xCE && text[i] <= 0xD3 {
		return e, roleNonLatinNameLike(w)
	}
	if roleNobody.has(w) {
		return 0, false
	}
	if f := nameFlagsOf(w); f != 0 {
		return e, f&nameGiven != 0 && f&(nameStop|nameCity|nameTitle|nameGreeting) == 0
	}
	if _, ok := monthAt(w, 0); ok || !vouched {
		return 0, false
	}
	sum, _, parts := spellScores(w)
	return e, parts == 1 && sum >= kinSpellFloor23b
}

// roleProseBefore reports whether a phrase of roleProse26 or kinProse26
// ends right before the word at i, and whether it is a kin phrase: one
// space before the word, or ", " (appos), or " named "/" called ".
func roleProseBefore(text string, i int, appos bool) (kin, found bool) {
	k := i - 1 // the space before the word
	if appos {
		k--
	}
	for _, p := range [...]string{" named", " called"} {
		if k >= len(p) && text[k-len(p):k] == p {
			k -= len(p)
			break
		}
	}
	// the word before k, then the two words before k
	b1, _ := wordBefore23b(text, k)
	if b1 == k || k-b1 > roleProseMax {
		return false, false
	}
	if kin, found = roleProseKey(text, b1, k); found {
		return kin, found
	}
	if b1 < 2 || text[b1-1] != ' ' {
		return false, false
	}
	b2, _ := wordBefore23b(text, b1-1)
	if b2 == b1-1 || k-b2 > roleProseMax {
		return false, false
	}
	return roleProseKey(text, b2, k)
}

// roleProseKey reports whether text[b:e], in lower case, is a phrase of
// roleProse26 or of kinProse26 (kin), its first byte and length checked
// before any hashing.
func roleProseKey(text string, b, e int) (kin, found bool) {
	c := text[b]
	if isUpper(c) {
		c += 'a' - 'A'
	}
	role, kinMaybe := true, true
	if c < utf8.RuneSelf {
		role, kinMaybe = roleProse26.maybeBytes(c, e-b), kinProse26.maybeBytes(c, e-b)
		if !role && !kinMaybe {
			return false, false
		}
	}
	var buf [roleProseMax]byte
	key := roleKeyLower(buf[:0], text[b:e])
	if _, _, ok := roleProse26.getBytes(key); role && ok {
		return false, true
	}
	_, _, ok := kinProse26.getBytes(key)
	return ok && kinMaybe, ok && kinMaybe
}
