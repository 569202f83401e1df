package redact

import (
	"math/bits"
	"strings"
)

// Rules of issue 9 that run on rare triggers (a lower-case title, a
// saint's name, the French "M.", a province's name): they are kept apart
// from the hot code of person.go and address.go, so that adding them does
// not move that code in the instruction cache.

// lowerTitleNear reports whether a lower-case title (lowerTitleBefore)
// comes before start, right before it or before lower-case name
// particles ("mevr. de Wit", "dhr. van den Berg", "sr. de la Fuente"), and
// may vouch for c: words no gazetteer knows are a name after every title
// but "sr", which English writes for "senior" ("our sr. Software
// Engineer").
//
// It returns the title and where the particles start (start when there
// are none), or "".
func lowerTitleNear(text string, start int, c *nameCounts) (string, int) {
	if start < 3 || text[start-1] != ' ' {
		return "", start
	}
	b := text[start-2]
	if b < 'a' && b != '.' || b > 'z' {
		return "", start
	}
	ps, t := start, ""
	if titleEnd(b) {
		t = lowerTitleBefore(text, start)
	}
	if t == "" && b != '.' {
		if ps = particlesBefore(text, start); ps == start || ps < 3 || !titleEnd(text[ps-2]) {
			return "", start
		}
		t = lowerTitleBefore(text, ps)
	}
	if t == "" || c.unknown == c.toks && t == "sr" && ps == start {
		return "", start
	}
	return t, ps
}

// titleEnd reports whether a lower-case title may end with b (see
// lowerTitles).
func titleEnd(b byte) bool { return b == '.' || b == 'a' || b == 'w' || b == 'r' }

// saintWords name a saint before a name ("St Mary's", "Sankt Georg",
// "São Paulo").
var saintWords = boolTable(map[string]bool{
	"St": true, "St.": true, "Ste": true, "Ste.": true, "Saint": true, "Sainte": true, "Sankt": true,
	"Sint": true, "San": true, "Santa": true, "Santo": true, "São": true, "Sta.": true, "Sto.": true,
})

// saintBefore reports whether one of saintWords ends right before start
// with one space between: the name after it is a saint's, which names a
// church, hospital, school, street, town or day, not a person.
//
//go:noinline
func saintBefore(text string, start int) bool {
	if start < 3 || text[start-1] != ' ' || !saintMaybe(text, start) {
		return false
	}
	b := start - 1
	for b > 0 && start-1-b < 6 && text[b-1] != ' ' && text[b-1] != '\n' && text[b-1] != '(' {
		b--
	}
	return text[b] == 'S' && saintWords.has(text[b:start-1])
}

// saintMaybe reports whether an 'S' stands where a word of saintWords
// would start before start (three to seven bytes before it): most words
// before a name are told apart with these byte tests.
func saintMaybe(text string, start int) bool {
	if start < 7 {
		for k := 3; k <= start; k++ {
			if text[start-k] == 'S' {
				return true
			}
		}
		return false
	}
	return text[start-3] == 'S' || text[start-4] == 'S' || text[start-5] == 'S' || text[start-6] == 'S' || text[start-7] == 'S'
}

// lowerTitleAt reports whether lowerTitleNear finds a title.
func lowerTitleAt(text string, start int, c *nameCounts) bool {
	t, _ := lowerTitleNear(text, start, c)
	return t != ""
}

// particlesBefore returns where the lower-case name particles (up to
// three, each after a space and followed by one space) that end right
// before start begin, or start when there are none. A particle has one,
// two, three or five letters (isParticle): the space before it is found
// by looking at those four places, not by walking over the word.
func particlesBefore(text string, start int) int {
	p := start
	for range 3 {
		e := p - 1 // the space after the particle
		if e < 2 || text[e] != ' ' {
			break
		}
		var b int
		switch {
		case text[e-2] == ' ':
			b = e - 1
		case e >= 3 && text[e-3] == ' ':
			b = e - 2
		case e >= 4 && text[e-4] == ' ':
			b = e - 3
		case e >= 6 && text[e-6] == ' ':
			b = e - 5
		default:
			return p
		}
		if !isParticle(text[b:e]) {
			break
		}
		p = b
	}
	return p
}

// monsieurAt reports whether core, a run part with no title before it,
// opens with the French "M." (Monsieur) before a name: an initial "M."
// then a capitalised word that is no abbreviation of two letters and a
// dot ("M. Sc."). The words after it are a name as after "Mme" ("M.
// Karim Benali"), and an initial "M." before a name is one anyway.
//
//go:noinline
func monsieurAt(text string, core []nameTok) bool {
	m, n := core[0], core[1]
	if text[m.start] != 'M' || m.end-m.start != 2 || n.initial || n.particle || n.title {
		return false
	}
	return n.end-n.start > 2 || n.end >= len(text) || text[n.end] != '.'
}

// caProvinceNames are the provinces' names, in English and French, as
// addresses write them before the postal code ("Montréal (Québec) H2Z
// 1Z3", "Halifax, Nova Scotia B3H 1A1").
var caProvinceNames = boolTable(map[string]bool{
	"Québec": true, "Quebec": true, "Ontario": true, "Alberta": true, "Manitoba": true, "Saskatchewan": true,
	"Yukon": true, "Nunavut": true, "Scotia": true, "Nouvelle-Écosse": true, "Brunswick": true,
	"Nouveau-Brunswick": true, "Columbia": true, "Colombie-Britannique": true, "Labrador": true,
	"Terre-Neuve-et-Labrador": true, "Island": true, "Île-du-Prince-Édouard": true, "Territories": true,
})

// caProvinceNameBefore reports whether a province's name (its last word
// for names of several words), in parentheses or not, ends right before
// i with one space between.
//
//go:noinline
func caProvinceNameBefore(text string, i int) bool {
	e := i - 1
	if e < 4 || text[e] != ' ' {
		return false
	}
	if text[e-1] == ')' || text[e-1] == ',' {
		e--
	}
	b := e
	for b > 0 && e-b < 24 && text[b-1] != ' ' && text[b-1] != '(' && text[b-1] != ',' && text[b-1] != '\n' {
		b--
	}
	return b < e && caProvinceNames.has(text[b:e])
}

// lowerNameTriggers are the words after which a lower-case given name (or,
// after a title, any name of the gazetteers) is a name in a text written
// all in lower case ("my client anita", "his wife sarah", "mrs patel").
// The value is 2 for titles.
var lowerNameTriggers = wordTableOf(map[string]int{
	"customer": 1, "customers": 1, "client": 1, "clients": 1, "member": 1, "guest": 1, "dear": 1,
	"hi": 1, "hey": 1, "hello": 1, "wife": 1, "husband": 1, "son": 1, "daughter": 1, "friend": 1,
	"colleague": 1, "boss": 1, "mom": 1, "mum": 1, "dad": 1, "sister": 1, "brother": 1, "grandma": 1,
	"grandpa": 1, "neighbour": 1, "neighbor": 1, "partner": 1, "fiancé": 1, "fiance": 1,
	"ask": 1, "tell": 1, "remind": 1, "thank": 1, "thanks": 1, "thx": 1, "congrats": 1, "congratulate": 1,
	"sorry": 1, "cc": 1, "attn": 1, "cousin": 1, "aunt": 1, "uncle": 1, "niece": 1, "nephew": 1,
	"grandson": 1, "granddaughter": 1, "stylist": 1,
	// Relation words of the other prompt languages (DE, FR, ES, IT, NL, PT).
	"tochter": 1, "sohn": 1, "kollege": 1, "kollegin": 1, "fille": 1, "fils": 1, "mari": 1, "hija": 1,
	"hijo": 1, "esposa": 1, "esposo": 1, "marido": 1, "figlia": 1, "figlio": 1, "moglie": 1, "marito": 1,
	"dochter": 1, "zoon": 1, "collega": 1, "filha": 1, "filho": 1,
	// Session 21: the other kin words of those languages ("con mi nieta
	// flor", "mia sorella giulia", "ma nièce lou") (person21_lower.go); abuela,
	// tía, nonna… are honorifics (person15_honor.go).
	"nieta": 1, "nieto": 1, "sobrina": 1, "sobrino": 1,
	"hermana": 1, "hermano": 1, "cuñada": 1, "cuñado": 1, "suegra": 1, "suegro": 1, "nipote": 1,
	"cugina": 1, "cugino": 1, "sorella": 1, "fratello": 1, "irmã": 1,
	"irmão": 1, "sobrinha": 1, "sobrinho": 1, "avó": 1, "avô": 1, "nièce": 1, "neveu": 1,
	"cousine": 1, "sœur": 1, "soeur": 1, "frère": 1, "frere": 1,
	// Words before a name: naming ("a guy named tom", NL "ze heet", IT "si
	// chiama", ES "se llama", PT "se chama") and signing off ("cheers
	// kate", "firmato salvo", "groetjes sanne", "podpisz ola").
	"named": 1, "heet": 1, "chiama": 1, "llama": 1, "chama": 1, "signed": 1, "regards": 1, "cheers": 1,
	"firmato": 1, "groetjes": 1, "groeten": 1, "podpisz": 1, "saludos": 1, "saluti": 1, "pozdrawiam": 1, "mvh": 1,
	// Session 11: naming verbs, signing words, closings and role labels of
	// the other prompt languages ("frau heißt agnieszka", "hilsen mette").
	"heißt": 1, "heisst": 1, "heter": 1, "hedder": 1, "appelle": 1, "underskrevet": 1, "hilsen": 1,
	"hälsningar": 1, "groet": 1, "grüße": 1, "gruß": 1, "cordialement": 1, "bisous": 1, "besos": 1,
	"abrazos": 1, "beijos": 1, "abraços": 1, "baci": 1, "kram": 1, "signé": 1, "assinado": 1,
	"firmado": 1, "atendente": 1, "agent": 1, "advisor": 1,
	"mr": 2, "mrs": 2, "ms": 2, "miss": 2, "dr": 2,
	"mevrouw": 2, "meneer": 2, "frau": 2, "herr": 2, "signora": 2, "signor": 2, "senhora": 2, "senhor": 2,
	"madame": 2, "monsieur": 2, "mme": 2,
	// Session 13: prepositions of a message's addressee ("a quick msg for
	// marcus?", "un whatsapp per mamadou?", "un mot pour julien ?"): a
	// given name after them counts only where its clause ends
	// (clauseEndAfter, person7_lower.go).
	"for": 3, "to": 3, "per": 3, "para": 3, "pour": 3, "für": 3, "voor": 3, "dla": 3, "do": 3, "till": 3,
	"til": 3,
})

// lowerGivenVeto are given names of the gazetteer that are ordinary words
// in lower case (English "bob", "will", "as a christian"; Dutch "ben", "ik
// ben"; French "jean"); the ambiguous ones (mark, grace, june…) are vetoed by their
// flag.
var lowerGivenVeto = boolTable(map[string]bool{
	"Ben": true, "Bob": true, "Jean": true, "Eve": true, "Ed": true, "Ida": true, "Will": true, "Lea": true,
	"Lia": true, "Per": true, "Van": true, "Christian": true,
})

// lowerGivenFamilyReason is lowerCaseNames's reason for a given and a
// family name with no cue (lowerLineNames tells them by it).
const lowerGivenFamilyReason = "given name and family name from gazetteers in lower-case text"

// lowerCaseNames finds names in a text written all in lower case ASCII, as
// quick requests are ("can u write a msg for my customers tom and linda
// baker"; the engine's capital marks found none): a given name of the
// gazetteers followed by a family name of them ("linda baker", "james
// o'brien"), or a given name right after a trigger word ("my client
// anita", "his wife sarah"), or any name of them after a title ("mrs
// patel"). The name's words must be no stop word, city or ambiguous word
// ("mark", "grace") when capitalised.
//
//go:noinline
func lowerCaseNames(text string, dst []Span) []Span {
	prevStart, prevEnd := -1, -1 // the word before, when one space or ", " separates them
	prevPlain := false           // the word before is letters a-z only, after no byte beyond ASCII
	for i := 0; i < len(text); {
		// A word starts after no letter: "diğeri" holds no "eri".
		if text[i] < 'a' || text[i] > 'z' || i > 0 && (isAlpha(text[i-1]) || text[i-1] >= 0x80 && wordBefore(text, i)) {
			i++
			continue
		}
		e, plain := lowerWordEndPlain(text, i)
		ps, pe, pp := prevStart, prevEnd, prevPlain && prevEnd == i-1
		prevStart, prevEnd, prevPlain = i, e, plain && (i == 0 || text[i-1] < 0x80)
		if i >= 3 && text[i-1] == ' ' {
			// person15_honor.go: "tell tita nena", "pak budi"
			if s, en, ok := honorNameAtPrev(text, i, ps, pe, pp); ok {
				dst = append(dst, honorSpan(s, en))
				i, prevStart = en, -1
				continue
			}
		}
		f := lowerNameFlagsOf(text[i:e], plain)
		given := f&nameGiven != 0 && f&(nameStop|nameCity|nameAmbiguous) == 0 && !lowerGivenVeto.has(capitalised(text[i:e]))
		trig := uint32(0)
		if ps >= 0 && e-i >= 2 && lowerNameTriggers.maybe(text[ps:pe]) {
			trig, _ = lowerNameTriggers.get(text[ps:pe])
		}
		if given && trig>>1 != 2 && e+2 < len(text) && text[e] == ' ' {
			if fe := lowerFamilyAt(text, e+1); fe > 0 && lowerNotable(text, i, fe) {
				i, prevStart = fe, -1 // "signed nigella lawson cookbook" (public16_public.go)
				continue
			}
		}
		var start, end int
		var score float64
		var reason string
		switch {
		case given && e+2 < len(text) && text[e] == ' ' && lowerFamilyAt(text, e+1) > 0:
			start, end = i, lowerFamilyAt(text, e+1)
			score, reason = 0.75, lowerGivenFamilyReason
			if trig>>1 == 2 {
				start = ps
			} else {
				start = lowerGivenBefore(text, ps, pe, start) // "maria elena delgado" (fp25_lower.go)
			}
			end = lowerNameTail(text, end) // "gurpreet kaur sandhu", "jamal whitaker jr"
		case given && trig != 0 && (trig>>1 != 3 || clauseEndAfter(text, e)):
			start, end, score, reason = i, e, 0.7, "given name from gazetteer after a trigger word in lower-case text"
			if trig>>1 == 2 {
				start = ps
			}
		case given && e-i >= 3 && personCueAfter(text, e):
			start, end, score, reason = i, e, 0.7, "given name from gazetteer before an age, a pronoun or a personal verb in lower-case text"
		case trig>>1 == 2 && f&(nameGiven|nameFamily) != 0 && f&(nameStop|nameCity|nameAmbiguous) == 0:
			start, end, score, reason = ps, e, 0.75, "title and name from gazetteers in lower-case text"
		case f == 0 && e-i >= 3 && i >= 4 && text[i-1] == ' ' && (ps < 0 || !pp || pe-ps <= 4 && lowerPlainTitles.maybe(text[ps:pe])) &&
			lowerTitleNameOK(text, i, &start, &end):
			// "mrs petrakis rang" (person21_lower.go)
			score, reason = 0.7, "title and a name no gazetteer knows in lower-case text"
		case trig>>1 == 1 && !given && e-i >= 3 && (f == 0 || f&nameStop != 0 && monthGivenNames.has(capitalised(text[i:e]))) && lowerKinNameOK(text, i, e, &end):
			// "my wife april and i", "tochter zuzia wird sechs" (person9_lower.go).
			start, score, reason = i, 0.7, "word after a relation word, before a name's end, in lower-case text"
		default:
			i = e
			if e+2 < len(text) && text[e] == ',' && text[e+1] == ' ' {
				continue
			}
			if e >= len(text) || text[e] != ' ' {
				prevStart = -1
			}
			continue
		}
		if end < len(text) && text[end] >= 0x80 {
			end = nameWordEnd(text, end) // "mi hija lucía": not "luc" (person21_lower.go)
		}
		dst = append(dst, Span{Start: start, End: end, Type: "PERSON", Rule: "builtin.person", Score: score, Reason: reason})
		i, prevStart = end, -1
	}
	return dst
}

// personCueAfter reports whether what follows a lower-case given name
// ending at e says it is a person: ", " and an age ("julien, 27 ans"), ", "
// and a personal pronoun ("jess, she's 29") or one space and a verb people
// do ("priya said", "tom wants"). Only lowerCaseNames calls it, for words
// of the given-name gazetteer.
//
//go:noinline
func personCueAfter(text string, e int) bool {
	if e+3 >= len(text) {
		return false
	}
	if text[e] == ',' && text[e+1] == ' ' {
		j := e + 2
		if isDigit(text[j]) {
			n := 1
			for j+n < len(text) && isDigit(text[j+n]) {
				n++
			}
			return n <= 2 && text[j] != '0'
		}
		k := lowerWordEnd(text, j)
		v, _ := lowerPersonCues.get(text[j:k])
		return v == 1 && (k == len(text) || !isAlpha(text[k]))
	}
	if text[e] != ' ' {
		return false
	}
	k := lowerWordEnd(text, e+1)
	v, _ := lowerPersonCues.get(text[e+1 : k])
	return v == 2
}

// lowerPersonCues are the words of personCueAfter: personal pronouns
// after a comma (1) and verbs people do after a name (2), in
// EN/FR/ES/IT/DE/NL/PT.
var lowerPersonCues = func() *strTable {
	t := newStrTable(64)
	for _, w := range strings.Fields("she he she's he's shes hes who il elle ella lei lui sie er hij zij ela ele qui") {
		t.put(w, 1)
	}
	for _, w := range strings.Fields("said says wants wanted called calls asked asks emailed texted rang bought ordered booked " +
		"loves likes turns turned needs moved lives dit veut a habite dice quiere quiero vuole ha sagt will möchte wohnt zegt wil woont") {
		t.put(w, 2)
	}
	return t
}()

// lowerWordEnd returns the end of the lower-case word at i: letters, and
// an apostrophe between letters ("o'brien").
func lowerWordEnd(text string, i int) int {
	j := i
	for j < len(text) && (text[j] >= 'a' && text[j] <= 'z' || text[j] == '\'' && j > i && j+1 < len(text) && isLower(text[j+1])) {
		j++
	}
	return j
}

// lowerWordEndPlain is lowerWordEnd that also reports whether the word is
// letters a-z only (no apostrophe), for the lower-case readers' loops,
// which read each word's ending and plainness once.
func lowerWordEndPlain(text string, i int) (int, bool) {
	j := i
	for j+8 <= len(text) {
		// Eight bytes at a time: a byte's high bit is left set where it
		// is below 0x80, at least 'a' (adding 0x1f reaches the high bit)
		// and below '{' (adding 0x05 does not). A byte of 0x80 or more
		// may carry into the bytes after it, but the first byte that is
		// no letter, the one sought, has only letters before it.
		x := load64(text, j)
		m := (x + 0x1f1f1f1f1f1f1f1f) &^ (x + 0x0505050505050505) &^ x & 0x8080808080808080
		if m != 0x8080808080808080 {
			j += bits.TrailingZeros64(^m&0x8080808080808080) >> 3
			goto end
		}
		j += 8
	}
	for j < len(text) && text[j]-'a' < 26 {
		j++
	}
end:
	if j > i && j+1 < len(text) && text[j] == '\'' && isLower(text[j+1]) {
		return lowerWordEnd(text, j-1), false // "o'brien": lowerWordEnd goes on from its last letter
	}
	return j, true
}

// lowerFamilyAt returns the end of a family name of the gazetteers written
// in lower case at i, or 0.
func lowerFamilyAt(text string, i int) int {
	if !isLower(text[i]) {
		return 0
	}
	e := lowerWordEnd(text, i)
	if f := lowerNameFlags(text[i:e]); f&nameFamily == 0 || f&(nameStop|nameCity) != 0 {
		return 0
	}
	if v, _ := lowerPersonCues.get(text[i:e]); v == 2 {
		return 0 // "priya said": a verb, though "Said" is a family name too
	}
	return e
}

// lowerNameFlags returns the flags of a lower-case word when capitalised,
// as the gazetteers write it ("o'brien" as "O'Brien" is a family name by
// its apostrophe; "o'clock" is none).
func lowerNameFlags(w string) uint8 {
	return lowerNameFlagsOf(w, plainLowerWord(w))
}

// lowerNameFlagsOf is lowerNameFlags for a caller that knows whether w is
// letters a-z only (plain).
func lowerNameFlagsOf(w string, plain bool) uint8 {
	if len(w) < 2 || len(w) > 20 || w == "o'clock" {
		return 0
	}
	if plain && len(w) <= 8 {
		// Letters a-z only: tokenFlags' hyphen, apostrophe, "Mc" and
		// folding tests find nothing in them, so the gazetteer's value is
		// the answer; the word is packed as the table packs it, its first
		// letter made a capital in place, with no copy.
		v, _ := nameFlags.getWord(packWord(w)-('a'-'A'), len(w))
		return uint8(v)
	}
	var buf [20]byte
	copy(buf[:], w)
	buf[0] -= 'a' - 'A'
	if len(w) > 3 && buf[1] == '\'' {
		buf[2] -= 'a' - 'A' // "O'Brien"
	}
	return tokenFlags(string(buf[:len(w)]))
}

// capitalised returns w with its first letter in upper case.
func capitalised(w string) string {
	return string(w[0]-('a'-'A')) + w[1:]
}

// donAt reports whether core, a run part with no title before it, opens
// with "D." before a given name of the gazetteers: the Spanish and
// Portuguese "Don", "Dom" and "Dona", written before long names ("D.
// Jordi Puig i Vila", "D. Maria da Conceição Ferreira dos Santos"). An
// initial "D." before a family name ("D. Smith") stays an initial.
//
//go:noinline
func donAt(text string, core []nameTok) bool {
	m, n := core[0], core[1]
	if text[m.start] != 'D' || m.end-m.start != 2 || n.initial || n.particle || n.title {
		return false
	}
	return n.flags&nameGiven != 0 && n.flags&(nameStop|nameCity) == 0
}

// catalanPairEnd returns where a name with a title that ends at end ends
// when a Catalan pair of family names joined by "i" follows ("Puig i
// Vila", "Ferrer i Soler"): " i " and a capitalised word that is no stop
// word, city, title or greeting. Only after the Spanish titles (D., Don,
// Doña, Dña., Sr., Sra., Srta.): elsewhere " i " is a Swedish, Polish or
// Italian word after the name ("Fru Karin Lund i Uppsala").
//
//go:noinline
func catalanPairEnd(text, title string, end int) int {
	if !spanishTitles.has(strings.TrimSuffix(title, ".")) {
		return end
	}
	if !strings.HasPrefix(text[end:], " i ") || end+3 >= len(text) {
		return end
	}
	e, lower, ok := readCapToken(text, end+3)
	if !ok || !lower {
		return end
	}
	if tokenFlags(text[end+3:e])&(nameStop|nameCity|nameTitle|nameGreeting) != 0 {
		return end
	}
	return e
}

// spanishTitles are the titles, without their dot, after which
// catalanPairEnd reads a Catalan pair of family names.
var spanishTitles = boolTable(map[string]bool{
	"D": true, "Don": true, "Doña": true, "Dña": true, "Sr": true, "Sra": true, "Srta": true, "Señor": true,
	"Señora": true,
})
