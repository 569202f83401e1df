package redact

// Words for kin in the prompt languages besides English, written in lower
// case before a name as English writes "his mother Sigrun": "hans mor
// Rakul", "pentru fiica lor Dorina", "a sobrinha, Catarina", "mi prima
// Lupita". relationWords held the English ones only (and the German ones
// relativeWordBefore reads capitalised). Words that are common words of
// another prompt language right before a capitalised word are left out:
// "far" (English), "man", "mann", "brat", "femme", "prima" and "primo"
// (Italian "before", "first"), "neto" ("net"), "nicht" ("not"), "mama",
// "tata" (a brand).
var relationWordsMore = []string{
	// Danish, Norwegian, Swedish.
	"datter", "dotter", "mor", "bror", "kone", "hustru", "mormor", "farmor", "morfar", "farfar", "kusine",
	"fetter", "syster", "sonen", "dottern", "datteren", "barnebarn",
	// Spanish.
	"hija", "hijo", "hermana", "hermano", "sobrina", "sobrino", "nieta", "nieto", "esposa", "esposo",
	"novia", "novio", "abuela", "abuelo", "amiga", "amigo", "cuñada", "cuñado",
	// Portuguese.
	"filha", "filho", "sobrinha", "sobrinho", "neta", "marido", "namorada", "namorado", "tia", "tio",
	// Italian.
	"figlia", "figlio", "nipote", "cugina", "cugino", "moglie", "marito", "sorella", "fratello",
	// French.
	"fille", "fils", "cousine", "mari", "soeur", "copine", "copain", "neveu",
	// Dutch.
	"dochter", "zoon", "zus", "zusje", "broer", "vrouw", "moeder", "vader", "neef", "nichtje",
	// Romanian and Polish.
	"fiica", "fiul", "sora", "fratele", "sotia", "sotul", "nepoata", "nepotul", "syn", "siostra",
	"wnuczka", "wnuk",
}

func init() {
	for _, w := range relationWordsMore {
		relationWords.or(w, 1)
	}
}

// Care logs and call notes open a sentence with the relation and the name
// ("Son Rahim visits Sundays.", "Daughter Ngozi rang at 9."): a kin noun
// written as a title, capitalised as a sentence's first word.
// kinNounTitleAt reads it in scoreNameParts as it reads the titles of a
// community (communityTitleAt, person10_title.go).

// kinNounTitles are the kin nouns that kinNounTitleAt reads as titles.
var kinNounTitles = boolTable(map[string]bool{
	"Son": true, "Daughter": true, "Wife": true, "Husband": true, "Grandson": true, "Granddaughter": true,
	"Niece": true, "Nephew": true, "Stepson": true, "Stepdaughter": true, "Fiancé": true, "Fiancée": true,
})

// kinNounTitleAt reports whether core is a kin noun of kinNounTitles that
// opens a line or a sentence, then one or two name words (no stop word,
// city, title or greeting; each a name of the gazetteers or spelt like
// one), then a lower-case word or punctuation: not a headline in title
// case ("Son Of A Preacher Man"), not the Korean family name Son before a
// hyphenated given name.
//
//go:noinline
func kinNounTitleAt(text string, core []nameTok) bool {
	t := core[0]
	if len(core) > 3 || t.initial || t.particle || !kinNounTitles.has(text[t.start:t.end]) || !sentenceOpensAt(text, t.start) {
		return false
	}
	for _, n := range core[1:] {
		if n.initial || n.particle || n.flags&(nameStop|nameCity|nameCityHead|nameTitle|nameGreeting) != 0 {
			return false
		}
		if n.flags&(nameGiven|nameFamily|nameAmbiguous) == 0 && !nickSpell(text[n.start:n.end]) {
			return false
		}
	}
	end := core[len(core)-1].end
	if end >= len(text) {
		return true
	}
	switch text[end] {
	case ' ':
		return end+1 < len(text) && isLower(text[end+1])
	case '.', ',', ';', ':', '!', '?', ')', '\n':
		return true
	}
	return false // "Son Heung-min": a Korean family name before a given name
}

// sentenceOpensAt reports whether i opens the text, a line, or a sentence
// or clause after ". ", ": ", "; " or "- ".
func sentenceOpensAt(text string, i int) bool {
	if i == 0 || text[i-1] == '\n' {
		return true
	}
	if i < 2 || text[i-1] != ' ' {
		return false
	}
	switch text[i-2] {
	case '.', ':', ';', '-', '!', '?':
		return true
	}
	return false
}

// kinIsBefore returns the word for kin of kinSlotWords (person9_kin.go)
// that ends before " is " right before start ("mom is Tuyet Ly", "her
// husband is Kwame"), or "".
func kinIsBefore(text string, start int) string {
	if w, v := relationWordBefore(text, start-3); v&1 != 0 && kinSlotWords.has(w) {
		return w
	}
	return ""
}
