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
	if i < 3 || text[i-1] != ' ' || !itViaPrep(text[i-3], text[i-2]) || i > 3 && isLetterAt(text, i-4) {
		return false // "in via", "da via" (street17_it.go)
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
	return itTownAfter(text, n) // "… 14 a Sacile" (street17_it.go)
}

// dashPartAfter reports whether a dash between spaces follows the house
// number that ends at e, as Portuguese and Spanish lines set off the floor
// or the town ("Rua Ricardo Jorge, 45 – 1.º Esq.", "Calle Mayor, 3 -
// Madrid"): the number ends the street's part.
func dashPartAfter(text string, e int) bool {
	return e+3 < len(text) && text[e] == ' ' && (text[e+1] == '-' && text[e+2] == ' ' ||
		e+4 < len(text) && text[e+1] == 0xE2 && text[e+2] == 0x80 && (text[e+3] == 0x93 || text[e+3] == 0x94) && text[e+4] == ' ')
}

// titleAbbrev reports whether t is a capitalised abbreviation of two to
// four letters and a dot, as the titles in streets named for people are
// written ("Rua Dr. Ricardo Jorge", "Calle Gral. Díaz", "Via Prof. Rossi").
func titleAbbrev(t string) bool {
	n := len(t)
	if n < 3 || n > 5 || t[n-1] != '.' || !isUpper(t[0]) {
		return false
	}
	for k := 1; k < n-1; k++ {
		if !isLower(t[k]) {
			return false
		}
	}
	return true
}

// titleInside reports whether a word of text[s:e] after the first is a
// titleAbbrev ("Rua Dr. Ricardo Jorge").
func titleInside(text string, s, e int) bool {
	for k := s + 1; k+1 < e; k++ {
		if text[k] == '.' && text[k+1] == ' ' {
			j := k
			for j > s && text[j-1] != ' ' {
				j--
			}
			if j > s && titleAbbrev(text[j:k+1]) {
				return true
			}
		}
	}
	return false
}
