package redact

// Phone numbers of the twenty-first session's development sets, by class
// (issue 9).
//
// Two numbers of one person joined by " / " ("Tel. 020-614 5521 / 06 2345
// 6789", "Tel. 987 41 22 73 / 623 190 448"): the group walk of
// detectScan took " / " as the gap after an area code ("0171 / 123456")
// and ran on into the second number, past fifteen digits, and lost the
// first. It stops at " / " once seven digits are joined: no area code is
// that long.
//
// A North American number written the French-Canadian way ("514 555-0123",
// loc13_phone.go) scores under the threshold alone, as businesses print
// theirs so in footers. On a line that opens as a list item or with a
// customer's label ("- Marie Roy, 418 555-0100, née le …", "Client : M.
// …, 514 555-0101") it is a customer's record, not a footer, and scores
// spaceDashRecordScore.

// spaceDashRecordScore is the score of the French-Canadian shape on a
// customer's record line.
const spaceDashRecordScore = 0.6

// recordLabels are the customer labels that open a record's line, lower
// case, before a colon.
var recordLabels = [...]string{"client", "cliente", "customer", "klient", "kunde", "patient", "patiente", "membre", "member"}

// spaceDashRecord reports whether the line of the number that starts at
// start opens as a list item ("- ", "• ", "* ", "– ", "1. ", "2) ") or with
// a customer's label and a colon ("Client : ", "Customer: ").
func spaceDashRecord(text string, start int) bool {
	ls := start
	for ls > 0 && text[ls-1] != '\n' && start-ls < 200 {
		ls--
	}
	if ls > 0 && text[ls-1] != '\n' {
		return false
	}
	line := text[ls:start]
	for len(line) > 0 && line[0] == ' ' {
		line = line[1:]
	}
	for _, m := range [...]string{"- ", "* ", "\u2022 ", "\u2013 "} {
		if len(line) > len(m) && line[:len(m)] == m {
			return true
		}
	}
	if d := 0; len(line) > 3 {
		for d < len(line) && d < 2 && isDigit(line[d]) {
			d++
		}
		if d > 0 && d+1 < len(line) && (line[d] == '.' || line[d] == ')') && line[d+1] == ' ' {
			return true
		}
	}
	for _, l := range recordLabels {
		if len(line) > len(l) && hasPrefixFoldASCII(line, l) {
			rest := line[len(l):]
			for len(rest) > 0 && rest[0] == ' ' {
				rest = rest[1:]
			}
			if len(rest) > 0 && rest[0] == ':' {
				return true
			}
		}
	}
	return false
}
