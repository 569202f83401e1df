package redact

// In a casual text (one that starts in lower case, person_lower.go) a
// word for kin vouches for the lower-case word after it, as it does for a
// capitalised one ("her niece Savannah"): a given name no list knows or
// one written in an inflected form ("tochter zuzia wird sechs", "his
// cousin tavita said"), or a month that is a given name ("my wife april
// and i"). lowerKinName wants the possessive or article-free kin word of
// relationWords right before (kinTrigger, not a contact verb: "ask
// around"), no word of lowerNonNames, and the name's end after it: a
// punctuation mark, "and i", "and me", a verb people do or a personal
// pronoun (nameEndsAt, casualVerbAfter, personCueAfter).

// lowerKinName reports whether the lower-case word text[i:e] is a name
// after a kin word (see above), and returns its end, with a family name
// no list knows after it taken in when a name's end follows that.
func lowerKinName(text string, i, e int) (int, bool) {
	w := text[i:e]
	if !lowerKinBefore(text, i) || lowerNonNames.has(w) || kinAdverbs.has(w) || verbLike(w) || e < len(text) && (text[e] == '@' || text[e] == '.' && e+1 < len(text) && isAlpha(text[e+1])) {
		return 0, false
	}
	if e+2 < len(text) && text[e] == ' ' {
		if se := lowerSurnameAt(text, e+1); se > 0 && !verbLike(text[e+1:se]) && (punctEndAt(text, se) || personCueAfter(text, se) || casualVerbAfter(text, se)) {
			return se, true
		}
	}
	if punctEndAt(text, e) || personCueAfter(text, e) || casualVerbAfter(text, e) || andMeAfter(text, e) {
		return e, true
	}
	return 0, false
}

// lowerKinBefore reports whether a word of lowerKinWords ends right
// before i, one space between, at a word's start.
func lowerKinBefore(text string, i int) bool {
	if i < 4 || text[i-1] != ' ' {
		return false
	}
	b := i - 1
	for b > 0 && i-1-b < 14 && (isLower(text[b-1]) || text[b-1] >= 0x80) {
		b--
	}
	if b > 0 && isAlpha(text[b-1]) || !lowerKinWords.has(text[b:i-1]) {
		return false
	}
	// "son" is the French and Spanish possessive too ("dans son panier"):
	// an English possessive before it.
	return text[b:i-1] != "son" || englishPossessiveBefore(text, b)
}

// englishPossessiveBefore reports whether "my", "her", "his", "our",
// "their" or "your" (in any case) and one space end right before b.
func englishPossessiveBefore(text string, b int) bool {
	for _, p := range kinPossessives {
		if b >= len(p) && equalFoldASCIIPrefix(text[b-len(p):b], p) && (b == len(p) || !isAlpha(text[b-len(p)-1])) {
			return true
		}
	}
	return false
}

// lowerKinWords are the kin words of lowerKinBefore: kinSlotWords
// (person9_kin.go) and their forms in the other prompt languages.
var lowerKinWords = func() *strTable {
	t := newStrTable(64)
	for _, w := range kinSlotWords.keyList() {
		if w != "" {
			t.or(w, 1)
		}
	}
	for _, w := range []string{"tochter", "sohn", "enkelin", "enkel", "fille", "fils",
		"hija", "hijo", "esposa", "esposo", "marido", "figlia", "figlio", "moglie", "marito", "dochter",
		"zoon", "vrouw", "filha", "filho", "córka", "corka", "syn", "żona", "zona", "mąż", "dotter", "datter", "kone",
		// Session 21 (person21_lower.go): the kin words of lowerNameTriggers' other languages.
		"nieta", "nieto", "sobrina", "sobrino", "hermana", "hermano", "cuñada",
		"cuñado", "suegra", "suegro", "nipote", "cugina", "cugino", "sorella", "fratello", "irmã",
		"irmão", "sobrinha", "sobrinho", "avó", "avô", "nièce", "neveu", "cousine", "sœur", "soeur", "frère", "frere"} {
		t.or(w, 1)
	}
	return t
}()

// kinAdverbs are adverbs that follow a kin word ("my son always …")
// and that lowerNonNames lacks.
var kinAdverbs = boolTable(map[string]bool{
	"always": true, "never": true, "really": true, "usually": true, "often": true, "sometimes": true,
	"actually": true, "literally": true, "finally": true, "even": true, "totally": true, "probably": true,
	"basically": true, "definitely": true, "alone": true, "too": true, "who": true, "whose": true,
})

// punctEndAt reports whether the text ends at e or a punctuation mark or
// a line break follows.
func punctEndAt(text string, e int) bool {
	if e >= len(text) {
		return true
	}
	switch text[e] {
	case ',', '.', ';', ':', '!', '?', ')', '\n', '\r':
		return true
	}
	return false
}

// verbLike reports whether w ends as English verbs and adverbs do ("-ed",
// "-ing", "-ly"), which given names seldom do.
func verbLike(w string) bool {
	n := len(w)
	return n > 3 && (w[n-2:] == "ed" || w[n-2:] == "ly") || n > 4 && w[n-3:] == "ing"
}

// andMeAfter reports whether " and i " or " and me" follows e: the writer
// and the person named ("my wife april and i loved it").
func andMeAfter(text string, e int) bool {
	r := text[e:]
	return len(r) >= 7 && (r[:7] == " and i " || r[:7] == " and me") || r == " and i"
}

// lowerKinNameOK is lowerKinName for a switch's case: it sets *end.
func lowerKinNameOK(text string, i, e int, end *int) bool {
	n, ok := lowerKinName(text, i, e)
	*end = n
	return ok
}
