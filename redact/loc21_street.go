package redact

// A town no gazetteer knows after a person's street address, in running
// text: "lives at 12 Acacia Close, Kleinfontein with her twins", "at 41
// Oxford Road, Upper Marsh for collection", "Mr Ola Bello at Plot 9, Kira
// Road, Kasubi wants a tray". streetFieldTowns (locdob9_loc.go) takes an
// unknown district only before a known town or a postcode; this lets one
// stand where the sentence or the line goes on without it: the text's or
// the line's end, a full stop after five letters or more, a semicolon, a closing bracket, a comma and
// a lower-case word, or a space and a lower-case word. The town is one or
// two capitalised words that no name, stop, country, region or building
// list knows, after a street that is no business's (streetFieldTowns
// checks that as for any district).

// proseTownEnd reports whether the unknown town text[cs:ce] after a
// person's street closes its field in running text (see above).
//
//go:noinline
func proseTownEnd(text string, cs, ce int) bool {
	if ce-cs > 30 || !plausibleTown(text[cs:ce]) {
		return false
	}
	words := 1
	for i := cs; i < ce; i++ {
		if text[i] == ' ' {
			words++
			if f := nameFlagsOf(text[cs:i]); f&(nameGiven|nameTitle|nameGreeting) != 0 && f&nameStop == 0 {
				return false // "Maria Lopez said"; not "Upper Marsh"
			}
		}
	}
	if words > 2 || nameFlagsOf(text[cs:ce]) != 0 {
		return false
	}
	if ce >= len(text) {
		return true
	}
	switch text[ce] {
	case '\n', '\r', ';', ')':
		return true
	case '.':
		return ce-cs > 4 // not an abbreviation: "Col. Centro", "Bldg. 4"
	case ',':
		return ce+2 < len(text) && text[ce+1] == ' ' && isLower(text[ce+2])
	case ' ':
		return ce+2 < len(text) && isLower(text[ce+1]) && isLower(text[ce+2])
	}
	return false
}
