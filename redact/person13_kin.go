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
