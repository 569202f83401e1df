package redact

// US streets in a chat's lower case (issue 9) that the preposition rule
// of loc13_lower.go missed, seen from several writers: the street after
// a copula rather than a preposition ("its 918 s oak ave apt 4 now", "the
// address is 2045 county road 42"), a numbered street after its
// direction ("7731 sw 8th st #12"), and a rural county or state road with
// its number ("county road 19", USPS Publication 28's "COUNTY ROAD 19").
// A copula stands before many a count ("it's 2 hours drive", "is 1 long
// way"), so it leads a street only before a house number of two digits or
// more, and the street still needs one or two name words that are no
// quantity or function word and a type word that ends it (lowerChatStreet).
// Cost: three more byte pairs in chatPair's tables, tested only where a
// lower-case word follows a number.

// copulaStreetLead reports whether w, the lower-case word right before a
// house number, is a copula that can introduce where one lives ("is",
// "its", "it's").
func copulaStreetLead(w string) bool {
	return w == "is" || w == "its" || w == "it's"
}

// ordinalWordEnd returns where a numbered street's ordinal that starts at
// s ends ("2nd", "14th", "101st"), or s when none starts there.
func ordinalWordEnd(text string, s int) int {
	j := s
	for j < len(text) && j-s < 3 && isDigit(text[j]) {
		j++
	}
	if j == s || j+2 > len(text) || j+2 < len(text) && (isAlnum(text[j+2]) || text[j+2] >= 0x80) {
		return s
	}
	switch text[j : j+2] {
	case "st", "nd", "rd", "th":
		return j + 2
	}
	return s
}

// ruralRoadOwners are the words before "road" that make it a numbered
// rural road.
var ruralRoadOwners = boolTable(map[string]bool{
	"county": true, "state": true, "township": true, "forest": true, "farm": true, "range": true,
})

// ruralRoadNumberEnd returns where a rural road's number after the type
// word typ (ending at j) ends when the name word before it, prev, owns
// such roads ("county road 19", "state rd 7"), or j.
func ruralRoadNumberEnd(text, prev, typ string, j int) int {
	if typ != "road" && typ != "rd" || !ruralRoadOwners.has(prev) || j+2 > len(text) || text[j] != ' ' {
		return j
	}
	k := j + 1
	for k < len(text) && k-j <= 4 && isDigit(text[k]) {
		k++
	}
	if k == j+1 || k-j > 4 || !wordEndAt(text, k) {
		return j
	}
	return k
}

// hashUnitEnd returns where a flat's number written with a number sign
// after a street that ends at j ends (" #3", " #12b"), or j.
func hashUnitEnd(text string, j int) int {
	if j+3 > len(text) || text[j] != ' ' || text[j+1] != '#' || !isDigit(text[j+2]) {
		return j
	}
	k := j + 2
	for k < len(text) && k-j <= 6 && isAlnum(text[k]) {
		k++
	}
	if k-j > 6 || !wordEndAt(text, k) {
		return j
	}
	return k
}
