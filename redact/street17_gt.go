package redact

// Guatemalan street addresses on the national grid, as the capital and
// the departments' towns number them: an ordinal avenue or street, the
// cross street and the door ("4a. avenida 12-45, zona 1", "12 calle
// 4-60 zona 10"; Municipalidad de Guatemala's nomenclature), written in
// chats in lower case as often as not. The avenue's or street's number
// opens the read: it needs its ordinal mark ("4a", "4a.", "4ª") or the
// "zona" after the door, a dash between the cross street and the door,
// and "avenida" or "calle" between, so "2 calles 3-4" or "la 4a avenida"
// with no door reads nothing. Cost: a byte test after each run of one or
// two digits that a space or an 'a' follows.

// gtGridStreetAt reads a Guatemalan grid address whose avenue's or
// street's number is the run r and stores it in sp.
//
//go:noinline
func gtGridStreetAt(text string, r digitRun, sp *Span) bool {
	i, ordinal := r.end, false
	switch {
	case i+2 < len(text) && text[i] == 'a' && (text[i+1] == ' ' || text[i+1] == '.'):
		i, ordinal = i+1, true
		if text[i] == '.' {
			i++
		}
	case i+3 < len(text) && text[i] == 0xC2 && text[i+1] == 0xAA: // 'ª'
		i, ordinal = i+2, true
	}
	if i+12 > len(text) || text[i] != ' ' {
		return false
	}
	i++
	var w int
	switch {
	case equalFoldASCIIPrefix(text[i:], "avenida "):
		w = 8
	case equalFoldASCIIPrefix(text[i:], "calle "):
		w = 6
	default:
		return false
	}
	j := i + w
	k := j
	for k < len(text) && k-j < 3 && isDigit(text[k]) {
		k++
	}
	if k == j || k-j > 2 || k+2 > len(text) || text[k] != '-' {
		return false
	}
	d := k + 1
	for d < len(text) && d-k <= 3 && isDigit(text[d]) {
		d++
	}
	if d == k+1 || d-k > 3 || !wordEndAt(text, d) {
		return false
	}
	end := d
	if z := gtZoneEnd(text, d); z > d {
		end = z
	} else if !ordinal {
		return false
	}
	*sp = Span{Start: r.start, End: end, Type: "STREET_ADDRESS", Rule: "builtin.address", Score: 0.85,
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
