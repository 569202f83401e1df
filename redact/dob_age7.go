package redact

// Ages in the languages of the month names of dob_months7.go: the units
// after the number (ageUnits, dob.go: "45 éves", "67 godina", "34 let",
// "34 χρονών", "34 года", "are 85 de ani"), hyphenated ages ("80-vuotias",
// "34-letni", "34-летний", "67-godišnji", "34-ročný"), the Finnish and
// Romanian turning verbs and the age labels of more languages (ageWords).

// hyphenAges7 are the hyphenated age adjectives after a number, lower
// case from the hyphen: FI, PL/CS/SK/SL, RU/UK/BG, HR/SR/BS, SK, HU.
var hyphenAges7 = []string{
	"-vuotia", "-letni", "-letn", "-letý", "-letá", "-lety", "-ročn", "-roční", "-godišnj", "-godisnj",
	"-\u043b\u0435\u0442\u043d",       // "-летн"
	"-\u0433\u043e\u0434\u0438\u0448", // "-годиш"
	"-\u0440\u0456\u0447\u043d",       // "-річн"
	"-éves", "-\u00e1ra",              // HU "-éves", IS "-ára"
}

// hyphenAge7 reports whether s, from the hyphen after a number, starts
// one of hyphenAges7.
func hyphenAge7(s string) bool {
	for _, p := range hyphenAges7 {
		if hasPrefixFoldASCII(s, p) {
			return true
		}
	}
	return false
}

// romanianYears reports whether " ani" and a word end follow j: "85 de
// ani", the Romanian age of twenty and more.
func romanianYears(text string, j int) bool {
	return hasPrefixFoldASCII(text[j:], " ani") && wordEndAt(text, j+4)
}

// monthAfterPrep reports whether rest starts with "in", "i", "im", "en",
// "a", "w" or "v", a space and a month name: the month a person turns an
// age in ("fyller 75 i december", "turns 40 in May", "wird 60 im Juli").
func monthAfterPrep(rest string) bool {
	i := 0
	for i < len(rest) && i < 3 && isAlpha(rest[i]) {
		i++
	}
	if i == 0 || i >= len(rest) || rest[i] != ' ' {
		return false
	}
	switch rest[:i] {
	case "in", "i", "im", "en", "a", "w", "v", "In", "I", "Im", "En":
	default:
		return false
	}
	_, ok := monthAt(rest, i+1)
	return ok
}

// sexLetters are the letters for a sex next to an age: M, F, m, f.
var sexLetters = [256]bool{'M': true, 'F': true, 'm': true, 'f': true}

// sexAge reports whether the run r is an age in brackets with a sex
// letter after a name or a person word, as profiles and chats write it:
// "Zawadi (F, 34)", "my bf (31M)"; not "grew (34M)" or "chart (F, 34)".
func sexAge(text string, r digitRun) bool {
	s, e := r.start, r.end
	open := 0
	switch {
	case s >= 1 && text[s-1] == '(' && e+1 < len(text) && sexLetters[text[e]] && text[e+1] == ')':
		open = s - 1 // "(34M)"
	case s >= 4 && text[s-1] == ' ' && text[s-2] == ',' && sexLetters[text[s-3]] && text[s-4] == '(' &&
		e < len(text) && text[e] == ')':
		open = s - 4 // "(F, 34)"
	default:
		return false
	}
	if open < 2 || text[open-1] != ' ' {
		return false
	}
	q := open - 1
	for q > 0 && isCtxWordByte(text[q-1]) {
		q--
	}
	if q == open-1 {
		return false
	}
	if upperAt(text, q) && !isUpper(text[q+1]) {
		return true // a name ("Zawadi (F, 34)"; not "USA (34M)")
	}
	var buf [16]byte
	w, ok := lowerWord(text, q, open-1, &buf)
	return ok && (kinWords.has(w) || sexAgeSubjects[w])
}

// sexAgeSubjects are the words for a person before "(34M)" that kinWords
// lacks.
var sexAgeSubjects = map[string]bool{"bf": true, "gf": true, "me": true, "myself": true, "hubby": true, "boyfriend": true,
	"girlfriend": true, "fiance": true, "fiancé": true, "fiancée": true, "friend": true, "colleague": true}
