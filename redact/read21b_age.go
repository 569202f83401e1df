package redact

// Ages of the twenty-first session's development sets, by class (issue 9).
//
// An age label spelled in another script is longer than ten bytes: Greek
// "Ηλικία" has twelve, Russian "Возраст" and Bulgarian "Възраст" fourteen,
// Romanian "împlinește" twelve. ageAt (and its exact gate, ageMayMatch)
// read the word before a number up to ageWordMax bytes back, as long as
// lowerWord's buffer, so that those labels and verbs of ageWords are read
// whole ("Ηλικία: 41", "Возраст: 38") instead of by their last ten bytes.

// ageWordMax bounds the bytes of the word before an age's number that
// ageAt and ageMayMatch read (lowerWord's buffer).
const ageWordMax = 16

// polishLatAge reports whether "lat" at k and the number ending at e are a
// Polish age set off in a person's record: "(lat 67)" as before, and
// also "(lat 67, prosi o list)" and "Pani Anna Nowak, lat 74, tel. …",
// where a comma or a bracket opens "lat" and a comma, a bracket, a stop
// or the line's end closes the number. "Dzieci do lat 12" (children up to
// twelve) and "od 5 lat" stay no age.
func polishLatAge(text string, k, e int) bool {
	open := k > 0 && text[k-1] == '(' || k > 1 && text[k-1] == ' ' && text[k-2] == ','
	if !open {
		return false
	}
	if e >= len(text) {
		return true
	}
	switch text[e] {
	case ')', ',', ';', '\n':
		return true
	case '.':
		return e+1 >= len(text) || !isDigit(text[e+1])
	}
	return false
}

// moreTurnTime reports whether, after the number of a turning verb that
// ends at e (a space after it), the clause goes on with a time or an
// occasion that turnTimeAfter's list lacks: Nordic "samme"/"samma" ("han
// fyller 50 samme helg", "fyller 50 samma dag"), "ombord" (on board),
// "i næste uge" and its Norwegian and Swedish forms; Spanish "ese"/"esa"
// ("cumple 30 ese mismo fin"); English "same"
// ("turning 90 same week"); an emoji that ends a chat line ("she turning
// 25 🎉"); and Finnish "vuotta" (years) between the number and the time
// or the clause's end ("täyttää 30 vuotta ensi viikolla", "täyttää 10
// vuotta 7.12."). The callers hold the subject to a person.
func moreTurnTime(text string, e int) bool {
	rest := text[e+1:]
	if rest == "" {
		return false
	}
	if rest[0] >= 0xF0 {
		return true // an emoji: the chat line's clause ends
	}
	for _, p := range [...]string{"samme ", "samma ", "same ", "ombord", "i n\u00e6ste ", "i neste ", "i n\u00e4sta ", "ese ", "esa "} {
		if hasPrefixFoldASCII(rest, p) {
			return true
		}
	}
	if !hasPrefixFoldASCII(rest, "vuotta") {
		return false
	}
	v := e + 1 + len("vuotta")
	if ageEndOK(text, v) {
		return true
	}
	return v+1 < len(text) && text[v] == ' ' && (isDigit(text[v+1]) || hasPrefixFoldASCII(text[v+1:], "ensi "))
}

// qualifiedAgeReason is the reason of an age after a qualified age label.
const qualifiedAgeReason = "number after an age label with a qualifier"

// ageQualifiers are the openings of a form's age label that names the
// moment of the age, lower case: "Age on departure:", "Age at enrolment:",
// "Age as of 1 May:", "Alter bei Reisebeginn:", "Âge au départ:", "Edad al
// inicio:". ageAt reads "Age:" itself; the word before the colon is the
// qualifier's.
var ageQualifiers = [...]string{"age at ", "age on ", "age as of ", "age as at ", "age in ", "age upon ", "age when ",
	"alter bei ", "alter am ", "alter zum ", "\u00e2ge \u00e0 ", "\u00e2ge au ", "\u00e2ge le ", "edad al ", "edad a ", "edad en ",
	"et\u00e0 al ", "et\u00e0 a ", "leeftijd bij ", "leeftijd op ", "idade em ", "idade na ", "idade no ", "idade \u00e0 "}

// qualifiedAgeLabel reports whether the colon at i ends a qualified age
// label that opens its line (after spaces or a bullet), of at most 40
// bytes and no digit, and the number after it (ending at e) ends its
// clause.
func qualifiedAgeLabel(text string, i, e int) bool {
	if !ageEndOK(text, e) {
		return false
	}
	ls := i
	for ls > 0 && i-ls <= 40 && text[ls-1] != '\n' {
		if isDigit(text[ls-1]) {
			return false
		}
		ls--
	}
	if ls > 0 && text[ls-1] != '\n' {
		return false
	}
	label := text[ls:i]
	for len(label) > 0 && (label[0] == ' ' || label[0] == '-' || label[0] == '*' || label[0] == '|') {
		label = label[1:]
	}
	for _, q := range ageQualifiers {
		if len(label) > len(q) && hasPrefixFoldASCII(label, q) {
			return true
		}
	}
	return false
}

// (ageEndOK, dob.go: a line break ends an age's clause whatever follows
// it; a digit after it opens the next line's item, "… cumple 85\n2. …",
// where before only a dot's or a comma's digit meant a decimal.)
