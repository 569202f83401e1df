package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A name found by the rules or the learned model often leaves a part of
// itself outside its span: the title before it ("paní", "Sig.ra", "κα",
// "dhr.", "Chief (Mrs)", "คุณ"), the post-nominal or honorific after it
// ("Jr.", ", CSc.", "様", "님"), the family names after a nickname in
// quotes ("Vasilios "Bill" Papadopoulos"), a particle and the family
// name after it ("ap Gruffydd", "de la Garza", "arap Sang") or a
// widow's and wife's marker ("ved. Palumbo", "Vda. de Ocampo"). Those
// bytes leak the name. personExtent, Find's last pass, widens each PERSON
// span over them; two PERSON spans it joins become one. It never widens
// a span into a span of another type.

// extentTitles are the titles and honorifics read before a name, in their
// lower-case form and with the dot they are written with; each is also
// taken capitalised, in capitals, and without or with a final dot.
// Single letters ("p.", "g.", "D.") are in extentInitials.
var extentTitles = []string{
	// English.
	"mr", "mrs", "ms", "miss", "mx", "mister", "dr", "prof", "sir", "dame", "madam", "madame", "mdm", "rev",
	"revd", "sgt", "cpl", "pte", "pvt", "lt.", "capt", "maj.", "col.", "cmdr", "det.", "insp", "supt", "sfc",
	"ssg", "cllr", "hon.", "engr", "op.", "gen.", "brig.", "adm.", "cpt",
	// Nigerian and Ghanaian professional and church titles (gen24).
	"barr.", "arc.", "pst.", "evang.", "dcn.", "oba",
	// West and East African, Ethiopian, South Asian and Malay titles.
	"alhaji", "alhaja", "hajiya", "hajia", "haji", "hj", "hjh", "mallam", "mzee", "bwana", "ato", "w/ro",
	"shri", "shree", "smt", "shrimati", "kumari", "encik", "puan", "tuan", "cikgu", "ustaz", "ustazah",
	"datuk", "dato", "datin", "ibu", "bapak", "bpk", "kak", "mbak", "khun", "drg.", "bi.", "bw.", "mwalimu",
	"thiru", "tmt", "thirumathi", "selvi", "ustad",
	// Malaysian and Bruneian honours, Indian, Persian and Arabic forms
	// of address (gen24).
	"dato'", "datoʼ", "datin", "tun", "toh", "yb", "sri", "sardar", "sardarni", "pandit", "pt.", "sayyid",
	"sayed", "agha", "aqa", "janab", "sayın",
	// Kin words used as honorifics before a given name (a possessive
	// before them makes them kin again: extentPossessives).
	"auntie", "aunty", "aunt", "uncle", "tantie", "tannie", "tant", "oom",
	// Clergy, in many of the prompt languages, with their abbreviations
	// (gen24): ksiądz, kunigas, părintele, mossèn, pfarrer, pater,
	// velebný pán, frei, fray, padre, père, abbé, father ("fra", the
	// Italian friar, is Norwegian and Swedish "from").
	"ks.", "ksiądz", "kun.", "kunigas", "părintele", "preot", "pr.", "mossèn", "mn.", "pfarrer", "pfr.",
	"pater", "vlč.", "frei", "fray", "padre", "père", "abbé", "fr.",
	// Lithuanian, Latvian, Estonian and Finnish forms of address.
	"ponas", "ponia", "panelė", "proua", "preili", "herra", "rouva", "neiti",
	// Entertainers' titles.
	"dj",
	// Spanish, Portuguese, Galician and Italian.
	"sr", "sra", "srta", "sr.ª", "sra.ª", "d.ª", "dª", "don", "doña", "dña", "dona", "dom", "seu",
	"señor", "señora", "señorita", "lic", "licda", "arq", "dra", "dr.ª", "eng", "sig", "sig.ra", "sig.na",
	"signor", "signore", "signora", "signorina", "dott", "dott.ssa", "dr.ssa", "prof.ssa", "avv", "ing",
	"arch", "geom", "rag", "licda", "eng.º", "maestra", "maestro",
	// French, German, Dutch, Afrikaans and Scandinavian.
	"mme", "mlle", "monsieur", "mademoiselle", "herr", "herrn", "frau", "mag", "dhr", "mevr", "mevrouw",
	"meneer", "mnr", "mw", "drs", "ir.", "fru", "hr", "frk",
	// Czech, Slovak, Polish, Ukrainian, Croatian, Bosnian, Serbian,
	// Romanian and Hungarian.
	"pan", "pani", "paní", "pana", "panem", "panu", "panią", "mgr", "inż", "bc", "judr", "mudr", "phdr",
	"rndr", "doc", "ga.", "znj.", "gđa", "gđica", "gosp", "gospodin", "gospođa", "dl", "dna", "domnul", "doamna",
	"domnului", "doamnei", "nea",
	"özv.", "ifj.", "id.", "пан", "пані", "пани", "господин", "госпођа", "госпожа", "г-дин", "г-ђа", "г-н",
	"г-жа",
	// Albanian and Maltese.
	"zonja", "zoti", "sur", "sinjura", "is-sinjura",
	// Greek: κύριος, κυρία and their short forms.
	"κ.", "κα", "κος", "κυρία", "κύριος", "κυρίας", "κυρίου",
	// Vietnamese and Filipino forms of address.
	"ông", "bà", "anh", "chị", "cô", "chú", "bác", "bs.", "gng.", "bb.",
}

// extentRoleTitles are titles that are nouns for a role too ("the nurse
// on duty"): read capitalised only ("Nurse Bridget Okafor", "Officer
// …", "Chief (Mrs) …").
var extentRoleTitles = []string{
	"Doctor", "Professor", "Reverend", "Pastor", "Rabbi", "Imam", "Sheikh", "Sheikha", "Nurse", "Officer",
	"Sergeant", "Corporal", "Captain", "Detective", "Inspector", "Councillor", "Judge", "Chief", "Deacon",
	"Deaconess", "Brother", "Sister",
	// Abbreviated given names that open a name ("Mª del Rocío", "Ma.
	// Cristina", "Mohd. Arshad").
	"Mª", "Ma.", "Mohd.", "Mohd", "Muhd.", "Md.",
}

// extentHonorsAfter are honorifics written after a name in lower case
// ("sevgül hanım", "szalai margit néni", "lakshmi garu"): a name ends
// with them.
var extentHonorsAfter = boolTable(map[string]bool{
	"hanım": true, "bey": true, "teyze": true, "abla": true, "abi": true, "efendi": true, "usta": true,
	"néni": true, "bácsi": true, "ji": true, "garu": true, "sahib": true, "saab": true, "san": true,
	"jan": true, "aunty": true, "auntie": true, "uncle": true,
})

// extentAfterTitle are the words read between a title and a name only
// ("Dr. med.", "dr n. med.").
var extentAfterTitle = boolTable(map[string]bool{"med.": true, "n.": true, "med": true, "h.c.": true})

// extentPossessives are the possessives after which a title is a word
// for kin ("hans fru Kerstin", "his Sister Anna").
var extentPossessives = boolTable(map[string]bool{
	"my": true, "his": true, "her": true, "our": true, "their": true, "your": true, "mi": true, "su": true,
	"tu": true, "mia": true, "mio": true, "sua": true, "suo": true, "hans": true, "hennes": true, "min": true,
	"sin": true, "mein": true, "meine": true, "sein": true, "seine": true, "ihr": true, "ihre": true,
	"mon": true, "ma": true, "son": true, "sa": true, "ta": true, "zijn": true, "haar": true, "mijn": true,
})

// extentInitials are the single letters read before a name with their
// dot: an initial of the name, or a short title ("p." for pan or paní,
// "g." for gospodin, "D." for Dona or Don).
const extentUpperInitial, extentLowerInitials = true, "pgz" // z.: the Albanian zoti

// extentParen are the words read in brackets between a title and a name
// ("Chief (Mrs) …", "SFC (ret.) …").
var extentParen = []string{"mrs", "mr", "ms", "miss", "dr", "ret", "ret.", "retd", "retd.", "rtd", "rtd."}

// extentSuffixes are the post-nominals read after a space ("Jr.",
// "Sr.", "II") and, for the academic ones of Central Europe, after a
// comma too (", CSc.").
var extentSuffixes = []string{"Jr.", "Jr", "Sr.", "Sr", "II", "III", "ml.", "st."}

var extentAcademic = []string{"CSc.", "DrSc.", "PhD.", "Ph.D.", "PhD", "DiS.", "MBA",
	// Indonesian and Malaysian degrees written after a name and a comma
	// ("…, S.H.", "…, M.Kom."), and English ones (gen24).
	"S.H.", "S.E.", "S.T.", "S.Pd.", "S.Kom.", "S.Sos.", "S.Ag.", "S.Psi.", "S.Ked.", "S.Farm.", "S.Si.", "S.IP.",
	"M.M.", "M.Si.", "M.Pd.", "M.Kom.", "M.H.", "M.T.", "M.Kes.", "M.Sc.", "M.A.", "MSc", "Esq.", "B.Sc.", "BSc",
	"Lc.", "Sp.A.", "Sp.PD.",
}

// academicFirst reports whether c opens a post-nominal of extentAcademic.
func academicFirst(c byte) bool {
	return c == 'C' || c == 'D' || c == 'P' || c == 'M' || c == 'S' || c == 'E' || c == 'B' || c == 'L'
}

// extentHonorAfter are the honorifics written after a name in Japanese
// and Korean, with a space or none.
var extentHonorAfter = []string{
	"様", "さま", "さん", "ちゃん", "くん", "君", "殿", "先生", "고객님", "선생님", "님", "씨", "여사",
	// Chinese Ms, Miss and Mrs (先生, Mr, is above).
	"女士", "小姐", "太太",
}

// extentHonorPairs holds the first two bytes of extentHonorAfter's
// honorifics: most text after a CJK name opens with none.
var extentHonorPairs = func() *pairFilter {
	f := new(pairFilter)
	for _, h := range extentHonorAfter {
		f.add(h[0], h[1])
	}
	return f
}()

// extentOpenPunct holds the bytes titlesBefore strips from a title's
// start: "(Mrs", "*Dr", and each byte of "•".
var extentOpenPunct = func() (t [256]bool) {
	for _, c := range []byte("([\"*>•-") {
		t[c] = true
	}
	return t
}()

// extentParticles are the lower-case words inside a name before a family
// name ("ap Gruffydd", "de la Garza", "arap Sang", "á Lakjuni").
var extentParticles = boolTable(map[string]bool{
	"de": true, "del": true, "della": true, "la": true, "las": true, "los": true, "da": true, "das": true,
	"do": true, "dos": true, "van": true, "von": true, "der": true, "den": true, "ter": true, "ten": true,
	"di": true, "du": true, "des": true, "le": true, "ap": true, "ab": true, "ferch": true, "arap": true,
	"á": true, "í": true, "bin": true, "binti": true, "bint": true, "ibn": true, "al": true, "el": true,
	"zu": true, "af": true, "'t": true, "dela": true, "binte": true, "bte": true,
	// Malaysian and Singaporean Indian "son of", "daughter of" ("s/o
	// Rajoo", "a/l Muthu").
	"s/o": true, "d/o": true, "a/l": true, "a/p": true,
})

// extentMarkers are the widow's and wife's markers that run on inside a
// name, before the husband's family name ("ved. Palumbo", "Vda. de
// Ocampo", "épouse Ferhat").
var extentMarkers = []string{"ved.", "vda.", "Vda.", "viuda", "épouse", "ép.", "wed.", "weduwe"}

var extentTitleSet, extentParenSet *strTable

// extentMarkerFirst holds the first bytes of extentMarkers.
var extentMarkerFirst = func() (t [256]bool) {
	for _, m := range extentMarkers {
		t[m[0]] = true
	}
	return t
}()

func init() {
	titles := make(map[string]bool, len(extentTitles)*6)
	// A title listed with its dot wants it ("id.", "col."); the others
	// are taken with or without one.
	for _, w := range extentTitles {
		base := strings.TrimSuffix(w, ".")
		for _, f := range []string{base, capitalise(base), strings.ToUpper(base)} {
			titles[f+"."] = true
			if base == w {
				titles[f] = true
			}
		}
	}
	for _, w := range extentRoleTitles {
		titles[w] = true
	}
	// The Dutch "heer" (de heer …, Mr) in lower case only: "de Heer" is
	// the Lord.
	titles["heer"] = true
	paren := make(map[string]bool, len(extentParen)*3)
	for _, w := range extentParen {
		paren[w] = true
		paren[capitalise(w)] = true
		paren[strings.ToUpper(w)] = true
	}
	extentTitleSet, extentParenSet = boolTable(titles), boolTable(paren)
}

// capitalise returns w with its first letter in upper case.
func capitalise(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[n:]
}

// personExtent widens the PERSON spans of out, sorted and disjoint, over
// the titles, post-nominals and name parts next to them (see above), and
// joins the parts personJoin24 reads; lines tells whether text has a line
// break.
func personExtent(text string, out []Span, lines bool) []Span {
	// out[:n] are the spans kept so far; a join skips the spans it
	// takes, not moves the rest of a long text's spans back.
	n := 0
	for k := 0; k < len(out); k++ {
		if n != k {
			out[n] = out[k]
		}
		n++
		if out[n-1].Type != "PERSON" {
			continue
		}
		lo := 0
		if n > 1 {
			lo = out[n-2].End
		}
		n, k = personJoin24(text, out, n, k, lo, lines) // script24_join.go: "Bw. | Juma Mwangi", "Okafor, | Chinedu"
		s := &out[n-1]
		lo = 0
		if n > 1 {
			lo = out[n-2].End
		}
		if st := titlesBefore(text, s.Start, lo); st < s.Start {
			s.Start = st
		}
		end := titleParenAfter24(text, nameTailAfter(text, s.Start, s.End)) // script24_more.go: "… (Ms)"
		if end == s.End {
			continue
		}
		// A span of another type inside the widened part stops it; a
		// PERSON span there is joined.
		j := k + 1
		for j < len(out) && out[j].Start < end {
			if out[j].Type != "PERSON" {
				break
			}
			end = max(end, out[j].End)
			j++
		}
		if j < len(out) && out[j].Start < end {
			continue
		}
		s.End = end
		k = j - 1
	}
	return out[:n]
}

// titlesBefore returns where the titles before the name at start begin
// (start when there is none), not before lo: up to three titles, each
// one space before the next, and a word in brackets between two.
func titlesBefore(text string, start, lo int) int {
	if start > lo && text[start-1] == 0x93 && strings.HasSuffix(text[lo:start], "คุณ") { // 0x93: ณ's last byte
		return start - len("คุณ")
	}
	st := start
	// The first part of a hyphenated word ("Bao-Yu").
	for st-2 >= lo && text[st-1] == '-' && letterAt(text, st) && isLetterAt(text, st-2) {
		b := wordStartBefore(text, st-1)
		if b < lo || strings.ContainsAny(text[b:st-1], ".,;:()\"'|/") {
			break
		}
		st = b
	}
	titled := false
	for n := 0; n < 4; n++ {
		if st-2 < lo || text[st-1] != ' ' {
			break
		}
		ws := st - 1
		for ws > lo && !spaceByte(text[ws-1]) {
			ws--
		}
		w := text[ws : st-1]
		if len(w) > 2 && w[0] == '(' && w[len(w)-1] == ')' && extentParenSet.has(w[1:len(w)-1]) {
			// "Chief (Mrs)": the title must come before the brackets.
			if t := titlesBefore(text, ws, lo); t < ws {
				return t
			}
			break
		}
		// Opening punctuation before the title: "(Mrs", "*Dr".
		for len(w) > 0 && extentOpenPunct[w[0]] {
			w = w[1:]
			ws++
		}
		if w == "" {
			break
		}
		if extentAfterTitle.has(w) {
			// "Dr. med. …": only with a title before it.
			if t := titlesBefore(text, ws, lo); t < ws {
				return t
			}
			break
		}
		if !extentTitleAt(text, ws, w) && (titled || !givenBefore(text, ws, w)) {
			break
		}
		if extentTitleSet.has(w) && extentPossessiveBefore(text, ws, lo) {
			break // "hans fru Kerstin": his wife
		}
		titled = titled || extentTitleSet.has(w) || len(w) == 2 && w[1] == '.'
		st = ws
	}
	return st
}

// extentPossessiveBefore reports whether a possessive of extentPossessives
// ends one space before ws.
func extentPossessiveBefore(text string, ws, lo int) bool {
	if ws-2 < lo || text[ws-1] != ' ' {
		return false
	}
	b := wordStartBefore(text, ws-1)
	if b < lo || ws-1-b > 6 {
		return false
	}
	var buf [32]byte
	return extentPossessives.has(lowerASCII(text[b:ws-1], &buf))
}

// givenBefore reports whether w, the word at ws right before a name, is
// a given name of the gazetteers, or a family name in capitals at a
// line's or item's start ("TAKAHASHI Michiko"): the word before it is
// none of a name's. A given name that is a word too ("Will", "June",
// "Bill") counts at a line's or item's start only.
func givenBefore(text string, ws int, w string) bool {
	if len(w) < 2 || !upperRuneAt(w, 0) || strings.ContainsAny(w, ".,;:()\"'’") {
		return false
	}
	f := nameFlagsOf(w)
	start := extentItemStart(text, ws)
	if f == 0 && start && len(w) >= 3 && allUpperASCII(w) {
		var buf [24]byte
		if len(w) <= len(buf) {
			b := buf[:len(w)]
			copy(b, w)
			for i := 1; i < len(b); i++ {
				b[i] += 'a' - 'A'
			}
			return nameFlagsOf(string(b))&nameFamily != 0
		}
		return false
	}
	if f&nameGiven == 0 || f&(nameTitle|nameGreeting|nameCity|nameCityHead) != 0 {
		return false
	}
	if f&(nameStop|nameAmbiguous) != 0 && !start {
		return false
	}
	if start {
		return true
	}
	// Mid-line, the word before must be no capitalised word: "Likkle
	// Tiana", "with Sgt Bhim …" are read from their title or start.
	i := ws - 1
	for i > 0 && text[i] == ' ' {
		i--
	}
	return i <= 0 || !upperAt(text, wordStartBefore(text, i+1))
}

// wordStartBefore returns the start of the word that ends at e.
func wordStartBefore(text string, e int) int {
	for e > 0 && !spaceByte(text[e-1]) {
		e--
	}
	return e
}

// extentItemStart reports whether ws opens a line, a list item ("3) ",
// "- ", "1. ") or a field ("Name: ", "| ").
func extentItemStart(text string, ws int) bool {
	i := ws
	for i > 0 && (text[i-1] == ' ' || text[i-1] == '\t') {
		i--
	}
	if i == 0 || text[i-1] == '\n' {
		return true
	}
	c := text[i-1]
	if c == ':' || c == '|' || c == '-' || c == '(' || c == '/' {
		return true
	}
	if strings.HasSuffix(text[:i], "•") || strings.HasSuffix(text[:i], "—") || strings.HasSuffix(text[:i], "–") {
		return true
	}
	if c == ')' || c == '.' {
		// "3) ", "1. " at a line's start.
		j := i - 1
		for j > 0 && isDigit(text[j-1]) {
			j--
		}
		return j < i-1 && (j == 0 || text[j-1] == '\n' || text[j-1] == ' ')
	}
	return false
}

// extentTitleAt reports whether w, the word at ws, is a title or a
// single letter with its dot (an initial or a short title).
func extentTitleAt(text string, ws int, w string) bool {
	if extentTitleSet.has(w) {
		return true
	}
	if len(w) != 2 || w[1] != '.' {
		return false
	}
	c := w[0]
	if c >= 'A' && c <= 'Z' {
		// After a capitalised word, "B." may end a sentence ("Plan B.
		// John said"): an initial comes at a line's or item's start or
		// after a lower-case word.
		return extentInitialPlace(text, ws)
	}
	return strings.IndexByte(extentLowerInitials, c) >= 0 && extentInitialPlace(text, ws)
}

// extentInitialPlace reports whether ws opens a line, an item or a field,
// or follows a lower-case word.
func extentInitialPlace(text string, ws int) bool {
	i := ws
	for i > 0 && (text[i-1] == ' ' || text[i-1] == '\t') {
		i--
	}
	if i == 0 {
		return true
	}
	switch c := text[i-1]; {
	case c == '\n' || c == ',' || c == ':' || c == ';' || c == '|' || c == '(' || c == '-' || c == ')':
		return true
	case c >= 'a' && c <= 'z':
		return isLower(text[wordStartBefore(text, i)]) // "with B. …", not "Plan B. …"
	}
	return strings.HasSuffix(text[:i], "•") || strings.HasSuffix(text[:i], "—")
}

// letterAt reports whether s has a letter at i.
func letterAt(s string, i int) bool { return i < len(s) && isLetterAt(s, i) }

func spaceByte(c byte) bool {
	// one comparison for a letter, the bytes of the words it is
	// called for, where four cost twice the instructions
	return c <= ' ' && uint64(1)<<(c&63)&(1<<' '|1<<'\n'|1<<'\t'|1<<'\r') != 0
}

// nameTailAfter returns where the name whose span is text[start:end]
// ends, over what follows it (see above): end when nothing does.
func nameTailAfter(text string, start, end int) int {
	for n := 0; n < 6; n++ {
		e := nameTailStep(text, start, end)
		if e <= end {
			break
		}
		end = e
	}
	return end
}

// nameTailStep returns the end of one part of a name after end, or end.
func nameTailStep(text string, start, end int) int {
	rest := text[end:]
	if rest == "" {
		return end
	}
	// The dot of an initial or a post-nominal the span left out.
	if rest[0] == '.' && dotWanted(text, start, end) {
		return end + 1
	}
	// Japanese and Korean honorifics, with a space or none.
	r := strings.TrimPrefix(rest, " ")
	if len(r) > 1 && r[0] >= 0xE3 && extentHonorPairs.has(r[0], r[1]) { // a kana's, a hangul's or a han's lead byte
		for _, h := range extentHonorAfter {
			if strings.HasPrefix(r, h) {
				return end + len(rest) - len(r) + len(h)
			}
		}
	}
	// The apostrophe that ends Luo and Kalenjin names ("Ochieng'").
	if (rest[0] == '\'' || rest[0] == 0xE2 && strings.HasPrefix(rest, "’")) && strings.HasSuffix(text[start:end], "ng") {
		a := 1
		if rest[0] != '\'' {
			a = len("’")
		}
		if len(rest) == a || !isLetterAt(rest, a) {
			if !strings.ContainsAny(text[max(start-1, 0):end], "'’") {
				return end + a
			}
		}
	}
	if rest[0] == ',' {
		if r := strings.TrimPrefix(rest, ", "); len(r) < len(rest) && r != "" && academicFirst(r[0]) {
			for _, a := range extentAcademic {
				if strings.HasPrefix(r, a) && !letterAt(r, len(a)) {
					return end + len(rest) - len(r) + len(a)
				}
			}
		}
		return end
	}
	if rest[0] != ' ' && rest[0] != '-' {
		return end
	}
	if rest[0] == '-' && letterAt(rest, 1) && letterAt(text, end-1) {
		// The rest of a hyphenated word ("adeyemi-cole", "Santos-Ramos").
		j := 1
		for j < len(rest) && (isLetterAt(rest, j) || rest[j] == '-' && letterAt(rest, j+1)) {
			_, n := utf8.DecodeRuneInString(rest[j:])
			j += n
		}
		if p := particleAt(rest, 1); p == 0 || p < j {
			return end + j
		}
	}
	if rest[0] == '-' {
		// "Öztürk-de Vries": a particle after a hyphen, before a name.
		if p := particleAt(rest, 1); p > 0 && p < len(rest) && rest[p] == ' ' {
			if e := capNameWord(rest, p+1); e > 0 {
				return end + e
			}
		}
		return end
	}
	r = rest[1:]
	if r == "" {
		return end
	}
	// Each list is read only after the bytes its words open with.
	switch r[0] {
	case 'J', 'S', 'I', 'm', 's':
		for _, a := range extentSuffixes {
			if strings.HasPrefix(r, a) && !letterAt(r, len(a)) && (a[len(a)-1] == '.' || len(r) == len(a) || r[len(a)] != '.') {
				return end + 1 + len(a)
			}
		}
	case 'C', 'D', 'P', 'M': // academicFirst
		for _, a := range extentAcademic {
			if strings.HasPrefix(r, a) && !letterAt(r, len(a)) {
				return end + 1 + len(a)
			}
		}
	case '"', '\'', 0xE2, 0xC2: // '"', '\'', '“', '«'
		// A nickname in quotes and the family name after it.
		if q := nicknameAt(r); q > 0 && q < len(r) && r[q] == ' ' {
			if e := familyAfter(r, q+1); e > 0 {
				return end + 1 + e
			}
		}
		return end
	}
	// A widow's or wife's marker, maybe a particle, a family name: read
	// after the bytes the markers open with.
	for _, m := range extentMarkers {
		if !extentMarkerFirst[r[0]] {
			break
		}
		if r[0] != m[0] {
			continue
		}
		if strings.HasPrefix(r, m) && len(r) > len(m) && r[len(m)] == ' ' {
			p := len(m) + 1
			if q := particleAt(r, p); q > 0 && q < len(r) && r[q] == ' ' {
				p = q + 1
			}
			if e := capNameWord(r, p); e > 0 {
				return end + 1 + e
			}
			return end
		}
	}
	// Particles and the family name after them ("ap Gruffydd", "de la
	// Garza", "De los Santos").
	p := 0
	if isUpper(r[0]) {
		p = capParticleAt(r)
	} else {
		p = particleAt(r, 0)
	}
	if p > 0 {
		for n := 0; n < 2 && p < len(r) && r[p] == ' '; n++ {
			if e := capNameWord(r, p+1); e > 0 {
				return end + 1 + e
			}
			q := particleAt(r, p+1)
			if q == 0 {
				break
			}
			p = q
		}
		return end
	}
	if c := r[0]; c < 0x80 && !isLower(c) && !isUpper(c) && c != '-' && c != '\'' {
		// A digit or punctuation: no name word below opens with it
		// (lowerNameWord's neither), whatever the name's last word.
		return end
	}
	if lw := text[wordStartBefore(text, end):end]; isLower(lw[0]) && !extentHonorsAfter.has(lw) {
		// A name written in lower case: its next word, when a name's
		// end follows it ("aroha ngata btw").
		if e := lowerNameWord(r); e > 0 {
			return end + 1 + e
		}
		return end
	}
	if r[0] < 0x80 && !isUpper(r[0]) {
		return end // the common case: a word in lower case, a digit
	}
	// A family or given name of the gazetteers, or two names joined by a
	// hyphen, before a name's end ("Tiana Reid born …", "Áile
	// Nutti-Labba,").
	if e := capNameWord(r, 0); e > 0 && nameEndAfter(r, e) {
		if knownNameWord(r[:e]) {
			return end + 1 + e
		}
	}
	if tokenFlags(text[wordStartBefore(text, end):end])&nameGiven != 0 {
		// After a given name: up to three words no gazetteer knows
		// before a field's end ("Xosé Manuel Outeiral, de …", "Itzel
		// Yuridia Canché Pool —"), or an initial ("Selamawit G. from").
		if e := unknownNamesAt(r); e > 0 {
			return end + 1 + e
		}
		if len(r) >= 2 && isUpper(r[0]) && r[1] == '.' && (len(r) == 2 || r[2] == ' ' || r[2] == '\n' || r[2] == ',') &&
			(len(r) < 4 || !isUpper(r[3])) {
			return end + 3
		}
	}
	return end
}

// unknownNamesAt returns the end of one to three capitalised words at the
// start of s, each a name of the gazetteers or a word none knows, one
// space between them, when a field ends after them; or 0.
func unknownNamesAt(s string) int {
	i := 0
	for n := 0; n < 3; n++ {
		e := capNameWord(s, i)
		if e == 0 || tokenFlags(s[i:e]) != 0 && !knownNameWord(s[i:e]) {
			return 0
		}
		if fieldEndAfter(s, e) {
			return e
		}
		if e >= len(s) || s[e] != ' ' {
			return 0
		}
		i = e + 1
	}
	return 0
}

func notLowerOrHyphen(r rune) bool { return r != '-' && !unicode.IsLower(r) }

// fieldEndAfter reports whether a field ends at e in s: its end, a line's
// end, a comma, a tab, a bracket or a cell's or clause's separator.
func fieldEndAfter(s string, e int) bool {
	if e >= len(s) {
		return true
	}
	switch s[e] {
	case '\n', ',', ';', '\t', ')', '|':
		return true
	}
	r := s[e:]
	return strings.HasPrefix(r, " |") || strings.HasPrefix(r, " —") || strings.HasPrefix(r, " –") ||
		strings.HasPrefix(r, " (") || strings.HasPrefix(r, " - ")
}

// knownNameWord reports whether w is a given or family name of the
// gazetteers that is no common word, or two capitalised parts joined by
// a hyphen.
func knownNameWord(w string) bool {
	f := tokenFlags(w)
	if f&(nameGiven|nameFamily) != 0 && f&(nameStop|nameCity|nameCityHead|nameAmbiguous) == 0 {
		return true
	}
	if h := strings.IndexByte(w, '-'); h > 0 && h+1 < len(w) && upperRuneAt(w, h+1) {
		return true
	}
	return false
}

// nameEndAfter reports whether a name may end at e in s: the end of s, a
// line's end, punctuation, or a word in lower case.
func nameEndAfter(s string, e int) bool {
	if e >= len(s) {
		return true
	}
	switch c := s[e]; c {
	case '\n', ',', ';', ':', ')', '(', '.', '!', '?', '|', '\t', ']':
		return true
	case ' ':
		return e+1 >= len(s) || !upperRuneAt(s, e+1) && s[e+1] != '"'
	}
	return false
}

// capParticleAt returns the end of a capitalised particle at the start of
// s ("De", "Del", "Van") before another particle or a name, or 0.
func capParticleAt(s string) int {
	j := 0
	for j < len(s) && isAlpha(s[j]) {
		j++
	}
	if j < 2 || j > 4 || j >= len(s) || s[j] != ' ' || !isUpper(s[0]) {
		return 0
	}
	var buf [4]byte
	b := buf[:j]
	copy(b, s[:j])
	b[0] += 'a' - 'A'
	if !extentParticles.has(string(b)) {
		return 0
	}
	if particleAt(s, j+1) > 0 || capNameWord(s, j+1) > 0 {
		return j
	}
	return 0
}

// lowerNameWord returns the end of a lower-case word at the start of s
// that may end a name written in lower case, particles before it, or 0:
// no word of lowerNonNames nor a stop word or city of the gazetteers, and
// a name's end after it.
func lowerNameWord(s string) int {
	p := 0
	for n := 0; n < 2; n++ {
		if q := particleAt(s, p); q > 0 && q < len(s) && s[q] == ' ' {
			p = q + 1
		}
	}
	// Lower-case letters and the hyphens between them ("pérez-batista").
	e := len(s)
	if k := strings.IndexFunc(s[p:], notLowerOrHyphen); k >= 0 {
		e = p + k
	}
	for e > p && s[e-1] == '-' {
		e--
	}
	if e-p < 3 || e-p > 20 {
		return 0
	}
	w := s[p:e]
	if lowerNonNames.has(w) || extentParticles.has(w) || verbLike(w) {
		return 0
	}
	// A family name of the gazetteers may have a function word after it
	// ("aroha ngata btw"); a word no gazetteer knows wants punctuation
	// ("yolanda pérez-batista,").
	known := false
	if isAlpha(w[0]) {
		f := lowerNameFlags(w)
		if f&(nameStop|nameCity|nameCityHead|nameTitle|nameGreeting|nameAmbiguous) != 0 {
			return 0
		}
		known = f&nameFamily != 0
	}
	if e == len(s) && !known {
		return 0 // "consuelo garmendia mañana"
	}
	if e < len(s) {
		switch s[e] {
		case ',', ')':
		case '\n', ']', ';':
			if !known {
				return 0 // a chat line's last word is a verb as often ("sevgül hanım geliyor")
			}
		case ' ':
			if !known {
				return 0
			}
			k := e + 1
			for k < len(s) && isLower(s[k]) {
				k++
			}
			if k == e+1 || !lowerNonNames.has(s[e+1:k]) {
				return 0
			}
		default:
			return 0
		}
	}
	return e
}

// dotWanted reports whether the name text[start:end] ends with an initial
// or with a post-nominal written with a dot ("Jr", "Sr").
func dotWanted(text string, start, end int) bool {
	w := text[start:end]
	if i := strings.LastIndexByte(w, ' '); i >= 0 {
		w = w[i+1:]
	} else {
		return false
	}
	switch w {
	case "Jr", "Sr", "Vda", "vda", "ved":
		return true
	}
	return len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z'
}

// particleAt returns the end of the particle of extentParticles at i in
// s, or 0.
func particleAt(s string, i int) int {
	if i >= len(s) || !extentParticles.hasFirst(s[i]) {
		return 0 // no particle opens with the byte: the lookup would fail
	}
	j := i
	for j < len(s) && s[j] != ' ' && s[j] != '\n' && j-i <= 6 {
		j++
	}
	if j > i && j-i <= 6 && extentParticles.has(s[i:j]) {
		return j
	}
	return 0
}

// nicknameAt returns the end of a nickname in quotes or guillemets at the
// start of s (one or two words, ten bytes or fewer each), or 0.
func nicknameAt(s string) int {
	var close string
	var n int
	switch {
	case strings.HasPrefix(s, "\""):
		close, n = "\"", 1
	case strings.HasPrefix(s, "“"):
		close, n = "”", len("“")
	case strings.HasPrefix(s, "« "):
		close, n = " »", len("« ")
	case strings.HasPrefix(s, "«"):
		close, n = "»", len("«")
	case strings.HasPrefix(s, "'"):
		close, n = "'", 1
	default:
		return 0
	}
	c := strings.Index(s[n:], close)
	if c <= 0 || c > 24 || !upperRuneAt(s, n) || strings.ContainsAny(s[n:n+c], "\n\"“”«».,;:") && !initialsNick24(s[n:n+c]) ||
		strings.Count(s[n:n+c], " ") > 1 {
		return 0
	}
	return n + c + len(close)
}

// familyAfter returns the end of one to three capitalised name words,
// with particles between them, from i in s, or 0.
func familyAfter(s string, i int) int {
	end := 0
	for n := 0; n < 3; n++ {
		p := i
		for m := 0; m < 2; m++ {
			if q := particleAt(s, p); q > 0 && q < len(s) && s[q] == ' ' {
				p = q + 1
			}
		}
		e := capNameWord(s, p)
		if e == 0 {
			break
		}
		end = e
		if e >= len(s) || s[e] != ' ' {
			break
		}
		i = e + 1
	}
	return end
}

// capNameWord returns the end of the capitalised name word at i in s
// (letters, with hyphens and apostrophes between them), or 0: a stop
// word, title or city that no name table knows as a name is none.
func capNameWord(s string, i int) int {
	if i >= len(s) || !upperRuneAt(s, i) {
		return 0
	}
	j := capWordEnd(s, i) // location_residence.go
	if j-i < 2 {
		return 0
	}
	f := nameFlagsOf(s[i:j])
	if f&(nameStop|nameTitle|nameCity|nameCityHead|nameGreeting) != 0 && f&(nameGiven|nameFamily) == 0 {
		return 0
	}
	if f&(nameGiven|nameFamily) == 0 {
		if strong, weak, _ := orgWordIn(s[i:j]); strong || weak {
			return 0 // "Joana da Clínica"
		}
	}
	return j
}
