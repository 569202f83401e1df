package redact

import "strings"

// The tail of a Philippine block-and-lot address written without commas,
// as chats and forms often do ("Blk 7 Lot 12 Phase 3 Mabuhay Homes",
// "blk 4 lot 16 greenfield homes, bacoor"): lotStreetAt reads the block
// and lot, lotEstateTail the phase and the subdivision's name after them
// up to its estate word.

// lotEstateTail reads, after a space at e, an optional "Phase N" and one
// to four words (any case) whose last is an estate word ("Homes",
// "Subd.", "Village"), ending a part (partEndAt). It returns where they
// end, or e.
func lotEstateTail(text string, e int) int {
	if e+3 >= len(text) || text[e] != ' ' {
		return e
	}
	i := e + 1
	if w, ok := intlWordAt(text, i); ok && strings.EqualFold(w.str(text), "phase") && w.end+2 < len(text) &&
		text[w.end] == ' ' && isDigit(text[w.end+1]) {
		k := w.end + 1
		for k < len(text) && isDigit(text[k]) {
			k++
		}
		if partEndAt(text, k) {
			return k
		}
		if text[k] != ' ' {
			return e
		}
		i = k + 1
	}
	var buf [16]byte
	for n := 0; n < 4; n++ {
		w, ok := intlWordAt(text, i)
		if !ok || !letterWord(strings.TrimSuffix(w.str(text), ".")) {
			return e
		}
		t := w.str(text)
		if isLower(t[0]) {
			if l, ok := lowerWord(text, w.start, w.end, &buf); ok && len(l) > 0 {
				t = strings.ToUpper(l[:1]) + l[1:]
			}
		}
		if estateWords.has(t) && partEndAt(text, w.end) {
			return w.end
		}
		if w.end >= len(text) || text[w.end] != ' ' {
			return e
		}
		i = w.end + 1
	}
	return e
}
