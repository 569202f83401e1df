package redact

// Streets in lower case with the house number first, as French chats
// write them ("18 boulevard dupont, 20200 bastia"): lowerStreetBefore
// reads them before a postcode and a lower-case town, as it reads "via
// dante 7, 20121 milano".

// lowerNumberFirstStart returns where a lower-case street that ends at e
// (its comma) starts when it is a house number, one of lowerLeadsChat and
// one to three lower-case words ("18 boulevard dupont"), or -1.
func lowerNumberFirstStart(text string, e int) int {
	i := e
	for k := 0; k < 4 && i > 0; k++ {
		w, ok := wordBack(text, i)
		if !ok || w.end != i {
			return -1
		}
		t := w.str(text)
		if lowerLeadsChat.has(t) {
			if k == 0 || w.start < 2 || text[w.start-1] != ' ' {
				return -1
			}
			n, ok := wordBack(text, w.start-1)
			if !ok || n.end != w.start-1 || n.end-n.start > 4 || !allDigits(n.str(text)) {
				return -1
			}
			return n.start
		}
		if !isLower(t[0]) && t[0] < 0xC0 || !nameLike(t) {
			return -1
		}
		i = w.start - 1
		if i <= 0 || text[i] != ' ' {
			return -1
		}
	}
	return -1
}

// inVia reports whether the Italian preposition "in" (or "In") and a space
// come right before the lower-case "via" at i, and the house number at n
// ends its clause (a comma, a stop, a bracket or the line's end after it):
// Italian prose writes "abita in via dei Mille 21, scala B", where "via"
// leads a street even with no postcode after it, as "logged in via Google
// 2 times" does not.
func inVia(text string, i, n int) bool {
	if i < 3 || text[i-1] != ' ' || text[i-2] != 'n' || text[i-3] != 'i' && text[i-3] != 'I' ||
		i > 3 && isLetterAt(text, i-4) {
		return false
	}
	for n < len(text) && isDigit(text[n]) {
		n++
	}
	if n < len(text) && isAlpha(text[n]) {
		n++ // "21b"
	}
	if n >= len(text) {
		return true
	}
	switch text[n] {
	case ',', '.', ';', ')', '\n', '\r', '/':
		return true
	}
	return false
}
