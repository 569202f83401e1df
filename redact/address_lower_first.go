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
