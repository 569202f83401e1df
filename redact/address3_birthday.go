package redact

// Birthdays next to an age written as an ordinal after a possessive
// ("it's his 40th on the 3rd of March", "ihr 60. am 14. Mai"), and the
// age in the German and Dutch order, after the day ("Sie wird am 14.
// Februar 50", "hij wordt op 3 mei 60"; only the age is a span there,
// as the labelled sets have it). Both are read only once birthdayAt has
// a day and a month.

// agePossessives are the possessives before an ordinal age.
var agePossessives = boolTable(map[string]bool{
	"his": true, "her": true, "my": true, "their": true, "your": true, "our": true, "ihr": true, "ihre": true,
	"sein": true, "seine": true, "mein": true, "meine": true, "son": true, "sa": true, "mon": true, "ma": true,
	"su": true, "suo": true, "sua": true, "seu": true, "zijn": true, "haar": true, "mijn": true, "hans": true,
	"hennes": true, "hendes": true, "min": true, "sin": true, "jej": true, "jego": true, "mój": true, "moja": true,
})

// ordinalDigits returns how many digits (one to three) open w when the
// rest of w is an ordinal ending ("40th", "21st", "60.", "40e", "60º",
// "60°"), else 0.
func ordinalDigits(w string) int {
	n := 0
	for n < len(w) && n < 4 && isDigit(w[n]) {
		n++
	}
	if n == 0 || n > 3 {
		return 0
	}
	switch w[n:] {
	case "th", "st", "nd", "rd", ".", "e", "er", "ème", "º", "°", "o", "mo":
		return n
	}
	return 0
}

// possessiveOrdinalAge reports whether w, the word at q before a
// birthday's linking words, is an ordinal age after a possessive and a
// space.
func possessiveOrdinalAge(text string, q int, w string) bool {
	if ordinalDigits(w) == 0 {
		return false
	}
	var buf [16]byte
	p, _, ok := wordBeforeSpace(text, q, &buf)
	return ok && agePossessives.has(p)
}

// turnAgeAfterDay reads the age after a birthday that a turning verb
// opens: "wird am 14. Februar 50 und", "wordt op 3 mei 60.", "fyller den
// 4 mars 70!". The day starts at start and ends at end; it returns the
// age's bounds.
func turnAgeAfterDay(text string, start, end int) (int, int, bool) {
	var buf [16]byte
	w, q, ok := wordBeforeSpace(text, start, &buf)
	if !ok || !birthdayLinks.has(w) {
		return 0, 0, false
	}
	if w, _, ok = wordBeforeSpace(text, q, &buf); !ok || !turnVerb(w) {
		return 0, 0, false
	}
	if end+2 > len(text) || text[end] != ' ' {
		return 0, 0, false
	}
	as := end + 1
	ae := as
	for ae < len(text) && ae-as < 3 && isDigit(text[ae]) {
		ae++
	}
	if ae == as || ae-as > 2 || ae < len(text) && isDigit(text[ae]) {
		return 0, 0, false
	}
	if !ageEndOK(text, ae) && !(ae+1 < len(text) && text[ae] == ' ' && ageUnitAt(text, ae+1)) {
		return 0, 0, false
	}
	return as, ae, true
}

// ageUnitAt reports whether an age unit ("Jahre", "jaar", "år") starts
// at i.
func ageUnitAt(text string, i int) bool {
	j := i
	for j < len(text) && j-i < 8 && isCtxWordByte(text[j]) {
		j++
	}
	var buf [16]byte
	w, ok := lowerWord(text, i, j, &buf)
	return ok && ageYearsWord(w)
}

// kinAfterPossessive reports whether w, the word at q before an ordinal
// birthday, is a family word after a possessive: "my son's 7th
// birthday", "her mum's 90th", "my sons 7th birthday" (the apostrophe
// left out), "our twins' 5th birthday".
func kinAfterPossessive(text string, q int, w string) bool {
	for _, suf := range [...]string{"'s", "’s", "'", "’"} {
		if len(w) > len(suf) && w[len(w)-len(suf):] == suf {
			w = w[:len(w)-len(suf)]
			break
		}
	}
	if !kinWords.has(w) && !kinPlurals.has(w) && !(len(w) > 3 && w[len(w)-1] == 's' && kinWords.has(w[:len(w)-1])) {
		return false
	}
	var buf [16]byte
	p, _, ok := wordBeforeSpace(text, q, &buf)
	return ok && personalPossessive(p)
}
