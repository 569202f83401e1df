package redact

// Relation words that relationWordBefore's lower-case ASCII reading
// misses: the English in-law forms ("her brother-in-law Kosal"), whose
// hyphens end its word, and the German words for relatives, which German
// writes capitalised and often with an umlaut ("meine Schwägerin Derya",
// "ihre Enkelin Merve"). The German ones count only after a possessive or
// an article in lower case, so that a capitalised "Tante" or "Sohn" in a
// heading or a shop's name says nothing.

func init() {
	// The German words for relatives that no table held yet are never
	// part of a name: the run reader splits them off the name after them.
	for _, w := range germanKin.keyList() {
		if w != "" && w != "Cousin" && nameFlagsOf(w) == 0 {
			nameFlags.or(w, uint32(nameStop))
		}
	}
}

// relativeWordBefore is relationWordBefore's reading for the word that ends at e
// (the space before the name is at e): an in-law form, or a German word
// for a relative after a possessive. It returns the word and relation
// value 1, or "" and 0.
func relativeWordBefore(text string, e int) (string, uint32) {
	if e < 7 {
		return "", 0
	}
	if text[e-1] == 'w' {
		if e >= 10 && text[e-7:e] == "-in-law" {
			b := e - 7
			for b > 0 && isLower(text[b-1]) {
				b--
			}
			if b > 0 && isAlpha(text[b-1]) {
				return "", 0
			}
			if inLawHeads.has(text[b : e-7]) {
				return inLawHeads.key(text[b : e-7]), 1
			}
		}
		return "", 0
	}
	b := e
	for b > 0 && e-b < 24 && (isAlpha(text[b-1]) || text[b-1] >= 0x80) {
		b--
	}
	if e-b >= 4 && kinOpeners.has(text[b:e]) && kinOpensAt(text, b) {
		return kinOpeners.key(text[b:e]), 1 // read21a_kin.go: "Eşi Kerem", "Manžel Radomír"
	}
	if e-b < 4 || !isUpper(text[b]) || b < 4 || text[b-1] != ' ' || !germanKin.has(text[b:e]) {
		return "", 0
	}
	d := b - 1
	for d > 0 && isLower(text[d-1]) {
		d--
	}
	if d == b-1 || d > 0 && text[d-1] != ' ' && text[d-1] != '\n' && text[d-1] != '(' || !germanKinDeterminers.has(text[d:b-1]) {
		return "", 0
	}
	return germanKin.key(text[b:e]), 1
}

// inLawHeads are the relatives before "-in-law".
var inLawHeads = boolTable(map[string]bool{
	"brother": true, "sister": true, "mother": true, "father": true, "son": true, "daughter": true,
})

// germanKin are the German words for relatives, capitalised as German
// writes them. "Mann" and "Frau" are left out: "Mann" is a family name
// too, and "Frau" is a title that the title reader handles.
var germanKin = boolTable(map[string]bool{
	"Schwägerin": true, "Schwager": true, "Schwester": true, "Bruder": true, "Tochter": true,
	"Sohn": true, "Ehemann": true, "Ehefrau": true, "Enkelin": true, "Enkel": true, "Nichte": true,
	"Neffe": true, "Cousine": true, "Cousin": true, "Tante": true, "Onkel": true, "Oma": true, "Opa": true,
	"Mutter": true, "Vater": true, "Schwiegermutter": true, "Schwiegervater": true,
	"Schwiegersohn": true, "Schwiegertochter": true, "Lebensgefährtin": true, "Lebensgefährte": true,
	"Partnerin": true, "Nachbarin": true, "Nachbar": true, "Freundin": true, "Kollegin": true,
	"Kollege": true, "Stiefsohn": true, "Stieftochter": true, "Patenkind": true, "Großmutter": true,
	"Großvater": true,
})

// germanKinDeterminers are the possessives and articles before a German
// word for a relative.
var germanKinDeterminers = boolTable(map[string]bool{
	"mein": true, "meine": true, "meinem": true, "meinen": true, "meiner": true, "dein": true,
	"deine": true, "deinem": true, "deinen": true, "deiner": true, "sein": true, "seine": true,
	"seinem": true, "seinen": true, "seiner": true, "ihr": true, "ihre": true, "ihrem": true,
	"ihren": true, "ihrer": true, "unser": true, "unsere": true, "unserem": true, "unseren": true,
	"unserer": true, "euer": true, "eure": true, "der": true, "die": true, "den": true, "dem": true,
	"des": true,
})
