package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Towns written in capitals. Mailing labels, catalogue lists and CRM
// exports write a whole address in capitals ("3 CHURCHILL CLOSE,
// SWINDON"); the gazetteers hold towns in their usual case, so a town in
// capitals after a street address is looked up in title case.

// capsTownKnown reports whether city, one to three words in capitals
// ("SWINDON", "MILTON KEYNES", "STOKE-ON-TRENT"), is a known town once
// written in title case. Words of a connector stay in lower case
// ("STRATFORD UPON AVON" → "Stratford upon Avon").
func capsTownKnown(city string) bool {
	if len(city) < 3 || len(city) > 40 || !isUpper(city[0]) || !allCapsWords(city) {
		return false
	}
	t := titleCaseTown(city)
	return cityNames.has(t) || townNames.has(t)
}

// allCapsWords reports whether s has no lower-case letter and at least
// two upper-case ones.
func allCapsWords(s string) bool {
	upper := 0
	for _, r := range s {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsUpper(r):
			upper++
		}
	}
	return upper >= 2
}

// titleCaseTown writes a town in capitals in title case: the first letter
// of each word, and of each part after a hyphen or an apostrophe, stays
// upper case; a whole word that is a townConnector ("UPON", "AM", "DE")
// or an inner part of "-ON-", "-UPON-", "-LE-" and the like goes to lower
// case.
func titleCaseTown(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for wi, w := range strings.Split(s, " ") {
		if wi > 0 {
			b.WriteByte(' ')
		}
		lw := strings.ToLower(w)
		if wi > 0 && connectorAt(lw+" ", 0) == len(lw) {
			b.WriteString(lw)
			continue
		}
		titleParts(&b, w)
	}
	return b.String()
}

// titleParts writes w in title case, part by part between hyphens and
// apostrophes; an inner part that is a townConnector or "sous", "lès",
// "d" stays lower case ("Stoke-on-Trent", "Villeneuve-d'Ascq"), as does
// the "s" of a possessive ("Bishop's Stortford").
func titleParts(b *strings.Builder, w string) {
	for i := 0; i < len(w); {
		// The part from i to the next separator.
		j := i
		for j < len(w) && w[j] != '-' && w[j] != '\'' {
			j++
		}
		part := strings.ToLower(w[i:j])
		inner := i > 0 && j < len(w)
		possessive := i > 0 && w[i-1] == '\'' && j == len(w) && j-i == 1 // "BISHOP'S"
		if possessive || inner && (connectorAt(part+" ", 0) == len(part) || part == "sous" || part == "lès" || part == "d") {
			b.WriteString(part)
		} else if part != "" {
			r, size := utf8.DecodeRuneInString(part)
			b.WriteRune(unicode.ToUpper(r))
			b.WriteString(part[size:])
		}
		if j < len(w) {
			b.WriteByte(w[j])
		}
		i = j + 1
	}
}
