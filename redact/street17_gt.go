package redact

// Guatemalan street addresses on the national grid, as the capital and
// the departments' towns number them: an ordinal avenue or street, the
// cross street and the door ("4a. avenida 12-45, zona 1", "12 calle
// 4-60 zona 10"; Municipalidad de Guatemala's nomenclature), written in
// chats in lower case as often as not. The avenue's or street's number
// opens the read: it needs its ordinal mark ("4a", "4a.", "4ª") or the
// "zona" after the door, a dash between the cross street and the door,
// and "avenida" or "calle" between, so "2 calles 3-4" or "la 4a avenida"
// with no door reads nothing. Cost: read from the cross street's run of
// one or two digits with a dash and a digit after it, where the Japanese
// block's read already stands (a call when that one fails).

// gtGridStreetAt reads a Guatemalan grid address whose cross street's
// number is the run r (a dash and the door after it) and stores it in
// sp: "avenida" or "calle" before r, and the avenue's or street's number
// before that, with its ordinal mark or the zone after the door.
//
//go:noinline
func gtGridStreetAt(text string, r digitRun, sp *Span) bool {
	if r.start < 10 || text[r.end] != '-' || text[r.start-2] != 'a' && text[r.start-2] != 'e' {
		return false
	}
	// the door: a dash and one to three digits
	d := r.end + 1
	for d < len(text) && d-r.end <= 4 && isDigit(text[d]) {
		d++
	}
	if d == r.end+1 || d-r.end > 4 || !wordEndAt(text, d) || text[r.start-1] != ' ' {
		return false
	}
	// the type word
	i := r.start - 1
	switch {
	case i >= 8 && equalFoldASCIIPrefix(text[i-7:], "avenida "):
		i -= 7
	case i >= 6 && equalFoldASCIIPrefix(text[i-5:], "calle "):
		i -= 5
	default:
		return false
	}
	// the avenue's or street's number and its ordinal mark
	if i < 2 || text[i-1] != ' ' {
		return false
	}
	j, ordinal := i-1, false
	switch {
	case text[j-1] == '.' && j >= 3 && text[j-2] == 'a':
		j, ordinal = j-2, true
	case text[j-1] == 'a':
		j, ordinal = j-1, true
	case j >= 3 && text[j-2] == 0xC2 && text[j-1] == 0xAA: // 'ª'
		j, ordinal = j-2, true
	}
	s := j
	for s > 0 && j-s < 3 && isDigit(text[s-1]) {
		s--
	}
	if s == j || j-s > 2 || !startOKAddr(text, s) {
		return false
	}
	end := d
	if z := gtZoneEnd(text, d); z > d {
		end = z
	} else if !ordinal {
		return false
	}
	*sp = Span{Start: s, End: end, Type: "STREET_ADDRESS", Rule: "builtin.address", Score: 0.85,
		Reason: "Guatemalan grid address: ordinal avenue or street, cross street and door, zone"}
	return true
}

// gtZoneEnd returns where " zona 1" or ", Zona 10" after d ends, or d.
func gtZoneEnd(text string, d int) int {
	i := d
	if i < len(text) && text[i] == ',' {
		i++
	}
	if i+7 > len(text) || text[i] != ' ' || !equalFoldASCIIPrefix(text[i+1:], "zona ") {
		return d
	}
	j := i + 6
	k := j
	for k < len(text) && k-j < 3 && isDigit(text[k]) {
		k++
	}
	if k == j || k-j > 2 || !wordEndAt(text, k) {
		return d
	}
	return k
}
