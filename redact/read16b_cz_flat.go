package redact

import "strings"

// A Czech or Slovak flat between the house number and the postcode
// (read16b, session 19).
//
// Class: Czech and Slovak writers put the flat ("byt", also "byt č.")
// in the slot where a Greek address has its floor ("Ermou 45, 3os orofos,
// 106 71 Athina", which namedStreetBeforeCode already reads): "Kollárova
// 17, byt 3, 301 00 Plzeň", "Hurbanova 14, byt č. 7, 010 01 Žilina". The
// flat broke the street-name, house-number, postcode (CZ, SK) reading,
// and the street, its flat and the postcode were all lost. With the flat
// read, the postcode "NNN NN" may also close the sentence, without its
// town ("…, byt 3, 301 00."): a street name, a number, the word "byt"
// and a three-and-two-digit code are an address's grammar on their own.
//
// Safe: "byt" must follow the house number's comma and be followed by
// one to four digits (and an optional letter) and a comma, then the
// postcode's exact "NNN NN" or "NN-NNN" shape; the street before is
// still namedStreetBeforeCode's capitalised name words.
// Cost: one byte test ('b' or 'B' after a house number's comma) on the
// path of namedStreetAt, which runs only for a number followed by a comma.

// bytPartEnd returns the end of a flat part "byt 3", "byt č. 3", "Byt
// 12a" at p, when a comma follows it, or 0.
func bytPartEnd(text string, p int) int {
	if p+5 > len(text) || text[p] != 'b' && text[p] != 'B' || text[p+1:p+4] != "yt " {
		return 0
	}
	q := p + 4
	if strings.HasPrefix(text[q:], "č.") {
		q += len("č.")
		if q < len(text) && text[q] == ' ' {
			q++
		}
	}
	d := q
	for q < len(text) && q-d < 4 && isDigit(text[q]) {
		q++
	}
	if q == d {
		return 0
	}
	if q < len(text) && isLower(text[q]) {
		q++ // "byt 12a"
	}
	if q >= len(text) || text[q] != ',' {
		return 0
	}
	return q
}

// codeEndsSentence reports whether the postcode ending at z closes a
// sentence or a list item instead of being followed by its town.
func codeEndsSentence(text string, z int) bool {
	if z >= len(text) {
		return true
	}
	switch text[z] {
	case '.', ',', ';', '\n', '\r', ')':
		return true
	}
	return false
}

// bytBefore reports whether a flat part ("byt 3", "byt č. 3") and its
// comma end right before position i, where a postcode starts.
func bytBefore(text string, i int) bool {
	if i < 8 || text[i-2:i] != ", " {
		return false
	}
	j := i - 2
	if isLower(text[j-1]) {
		j-- // "byt 12a"
	}
	d := j
	for j > 0 && d-j < 4 && isDigit(text[j-1]) {
		j--
	}
	if j == d || j < 1 || text[j-1] != ' ' {
		return false
	}
	j--
	if strings.HasSuffix(text[:j], "č.") {
		j -= len("č.")
		if j > 0 && text[j-1] == ' ' {
			j--
		}
	}
	return j >= 3 && text[j-2:j] == "yt" && text[j-3]|0x20 == 'b' && (j == 3 || !isAlnum(text[j-4]))
}
