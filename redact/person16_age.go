package redact

// Club and school news name a child or a player in prose with the age
// between commas and what they did after it: "Iosefa Lemalu, 11,
// scored twice", "Ngaio Te Rangi, 9, won the spelling bee". itemAgeAfter
// (person_theme.go) reads an adult's age after words that open a line or
// a list item; proseAgeAfter reads any age of one or two digits after two
// or three capitalised words that open a sentence, when a verb of what
// people do follows the age: a past tense in "-ed" or a verb of
// proseAgeVerbs. A firm's name before a number between commas rarely
// opens a sentence and is followed by such a verb.

// proseAgeVerbs are irregular verbs of what a child or a player did,
// and the present tenses that follow an age in club news.
var proseAgeVerbs = boolTable(map[string]bool{
	"took": true, "won": true, "made": true, "got": true, "ran": true, "swam": true, "came": true,
	"became": true, "is": true, "was": true, "has": true, "had": true, "joins": true, "joined": true,
	"plays": true, "played": true, "scored": true, "kept": true, "led": true, "set": true, "beat": true,
	"broke": true, "wrote": true, "drew": true, "sang": true, "caught": true, "hit": true, "threw": true,
})

// proseAgeAfter reports whether text[start:end], two or three capitalised
// words, open a sentence and ", N, " or ", NN, " and a verb of what
// people do follow them (see above).
//
//go:noinline
func proseAgeAfter(text string, start, end int) bool {
	j := end + 2
	n := j
	for n < len(text) && n-j < 3 && isDigit(text[n]) {
		n++
	}
	if n-j == 0 || n-j > 2 || text[j] == '0' || n+3 >= len(text) || text[n] != ',' || text[n+1] != ' ' || !isLower(text[n+2]) {
		return false
	}
	we := lowerWordEnd(text, n+2)
	v := text[n+2 : we]
	if we < len(text) && isAlpha(text[we]) || !proseAgeVerbs.has(v) && !(len(v) > 4 && v[len(v)-2:] == "ed") {
		return false
	}
	p := start
	for p > 0 && text[p-1] == ' ' {
		p--
	}
	return p == 0 || p < start && (text[p-1] == '.' || text[p-1] == '?' || text[p-1] == '!') || text[p-1] == '\n'
}
