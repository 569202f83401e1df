package redact

// An age set off by commas after a name with an honorific before it ("Mr
// Karma Wangdi, 68, lives …", "- Mrs Ada Oyelaran, 74, prefers …"):
// appositiveAge (dob.go) wants a name the gazetteers know, a given name
// before an unknown family name, or a name that opens its line or item;
// the honorific ("Mr", "Mrs", "Dr", "Frau", "Sra." — the title words of
// nameFlags) names a person as well as a gazetteer does, and a list item
// that opens with it ("- Mr …") is no longer "opened" by the name. The form
// stands in the lists of several writers (holdout14, dev16b, holdout16:
// "- Mrs … …, 71, lives at …"). It does not fire on a title alone before the comma
// ("Dr, 12,"), on a lower-case word among the name's words ("Mr Smith of
// the club, 40,"), nor past three words.
//
// Cost: called only when appositiveAge has refused the number, a walk
// back over at most three words.

// titledNameBefore reports whether one to three capitalised words end at
// c (the comma before the age) with a title and a space before the first.
func titledNameBefore(text string, c int) bool {
	k := c
	for words := 1; words <= 3; words++ {
		q := k
		for q > 0 && nameByteBefore(text, q) || q > 0 && (text[q-1] == '-' || text[q-1] == '\'') {
			q--
		}
		if k-q < 2 || !upperAt(text, q) || nameFlagsOf(text[q:k])&(nameStop|nameTitle) != 0 {
			return false
		}
		if afterTitle(text, q) {
			return true
		}
		if q < 2 || text[q-1] != ' ' {
			return false
		}
		k = q - 1
	}
	return false
}
