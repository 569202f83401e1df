package redact

// clauseEndAfter reports whether the lower-case name ending at e ends its
// clause: the text's end, a line break, or a punctuation mark ('?', '!',
// '.', ',', ';', ':') or a spaced dash and then a space, a line break or
// the end ("for marcus?", "pour julien ?", "per mamadou, è …").
func clauseEndAfter(text string, e int) bool {
	if e >= len(text) {
		return true
	}
	c := text[e]
	if c == ' ' && e+1 < len(text) {
		e++
		c = text[e]
		if c != '?' && c != '!' && c != '-' && c != 0xE2 {
			return false // "for christian families", "pour julien de la part"
		}
	}
	switch c {
	case '\n', '\r':
		return true
	case '?', '!', '.', ',', ';', ':', '-':
	case 0xE2: // "—", "–"
		if e+2 >= len(text) || text[e+1] != 0x80 || text[e+2] != 0x94 && text[e+2] != 0x93 {
			return false
		}
		e += 2
	default:
		return false
	}
	return e+1 >= len(text) || text[e+1] == ' ' || text[e+1] == '\n' || text[e+1] == '\r'
}
