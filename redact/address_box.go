package redact

// Route boxes: a rural route or roadside mail box ("RR 3, Site 2, Box 9",
// "RMB 4521, Nowra", New Zealand's "RD 2, Kerikeri"), a US highway
// contract or rural route with its box ("HC 74 Box 12", "Rt. 2 Box 45"), written
// by the US Postal Service as the route's number then the box's, and a US
// military post office's unit ("PSC 1234, Box 5678, APO AE 09204", "CMR
// 402 Box 77"). poBoxBefore finds the route word; routeBox tells what it
// is and whether the address goes on.

// routeBox returns the reason for the route word text[st:we] whose number
// (and its parts, poBoxNumberEnd) ends at e, or "" when the word is a post
// office box's; ok reports whether the route goes on as an address does:
// a rural route's town after a comma; a highway contract's or a military
// unit's box ("HC 74 Box 12"), which a score or a product code ("PSC 2")
// does not have.
func routeBox(text string, st, we, e int) (reason string, ok bool) {
	switch text[st:we] {
	case "RR", "R.R.", "RMB", "RD":
		// (New Zealand's rural delivery: "RD 2, Kerikeri 0295")
		reason = "rural route or roadside mail box number"
	case "HC", "Rt.", "Rte.":
		reason = "highway contract route and box number"
	case "PSC", "CMR":
		reason = "military postal unit and box number"
	default:
		return "", false
	}
	if reason[0] != 'r' {
		return reason, boxWordIn(text, we, e)
	}
	return reason, e+2 < len(text) && text[e] == ',' && text[e+1] == ' ' && upperAt(text, e+2)
}

// boxWordIn reports whether text[s:e] holds the word "Box" (a route's box
// after its number).
func boxWordIn(text string, s, e int) bool {
	for k := s; k+4 <= e; k++ {
		if text[k] == ' ' && (text[k+1] == 'B' || text[k+1] == 'b') && equalFoldASCII(text[k+1:k+4], "box") {
			return true
		}
	}
	return false
}

// boxAfterRoute reports whether a route's box follows its number at j
// without a comma ("RR 2 Box 14", "HC 74 Box 12").
func boxAfterRoute(text string, j int) bool {
	return j+5 < len(text) && text[j] == ' ' && (text[j+1] == 'B' || text[j+1] == 'b') &&
		equalFoldASCII(text[j+1:j+4], "box") && text[j+4] == ' '
}

// givenNameStreet reports whether the street after a house number that
// ends at e (a space after it) and runs to end opens with a given name of
// the gazetteers ("9 Grace Wharf", "12 Emma Mews"): the person
// detector reads the name and the type word as a person, which the house
// number before them belies, so numberFirstStreet outscores it as it does
// for "12 rue Victor Hugo".
func givenNameStreet(text string, e, end int) bool {
	if e+1 >= end || text[e] != ' ' {
		return false
	}
	k := e + 1
	for k < end && text[k] != ' ' && text[k] != ',' {
		k++
	}
	return k > e+1 && nameFlagsOf(text[e+1:k])&nameGiven != 0
}

// streetFollows reports whether capitalised words and a street type follow
// the house number that ends at e ("123 Rizal St."), so that the number is
// no three-digit postcode.
func streetFollows(text string, e int) bool {
	_, _, ok := streetAfterNumber(text, e)
	return ok
}
