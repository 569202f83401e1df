package redact

import (
	"encoding/binary"
	"strings"
)

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

// Eight digits in 2-3-3 groups ("26 123 456"), the way Latvian, Cypriot
// and Greek mobiles are written, are a phone number after a phone word
// (phone2Score's context-only shapes): "tel. 26 123 456", and the Latvian
// label "tālr." (tālrunis) added to the phone words. Without one they are
// an amount with spaces between its thousands.

func init() {
	phoneContext.add("t\u0101lr")
	phone2Strong.add("t\u0101lr")
}

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

// A round number: a run of four zeros or more in the last eight digits
// ("0161 496 0000", "04 73 00 00 00", "801 000 000", "03-0000-0000"). A
// business buys such a number for its switchboard or service line, and a
// template or a flyer fills a number in with zeros; a person's own number
// has four zeros in a row by chance about once in two thousand. The
// number is reported under the threshold (roundScore) with roundReason: a
// phone label's context does not lift it, as a business's line carries
// one as often as a person's. No labelled person's number of the
// development and holdout sets has such a run; most false alarms of
// dev21a have it.

// roundScore and roundReason are the score and the reason of a round
// number.
const (
	roundScore  = 0.3
	roundReason = "phone number with four zeros or more in a row: a switchboard's or a placeholder"
)

func init() {
	phoneReasons = append(phoneReasons, phoneReasonVariants(roundReason))
}

// roundNumber reports whether the eight digits d (ASCII) hold four zeros
// in a row: one load and a zero-byte test.
func roundNumber(d []byte) bool {
	x := binary.LittleEndian.Uint64(d) ^ 0x3030303030303030 // '0' bytes become zero bytes
	// (digits are 0x30 to 0x39, so each byte of x is 0 to 9: adding 0x7F
	// sets a byte's high bit unless it is zero)
	z := ^(x + 0x7F7F7F7F7F7F7F7F) & 0x8080808080808080
	return z&(z>>8)&(z>>16)&(z>>24) != 0
}

// zeroRun4 reports whether the digits c hold four zeros in a row. A round
// number that passes an ID's checksum (zeros weigh nothing in a weighted
// sum: "801 000 000" is a valid TFN) is a phone line's without the ID's
// own word: match9 and the NHS reading drop it then, as roundNumber drops
// it as a phone number.
func zeroRun4(c string) bool {
	return strings.Contains(c, "0000")
}

// roundCell reports whether v, the number of a phone column's cell, is a
// round number in a national form (no '+'): a table cell of a business's
// switchboard ("Stables (business) | … | 02 3539 0000") is no customer's
// phone either.
func roundCell(v string) bool {
	if strings.IndexByte(v, '+') >= 0 {
		return false
	}
	var d [8]byte
	n := 0
	for i := len(v) - 1; i >= 0 && n < len(d); i-- {
		if isDigit(v[i]) {
			n++
			d[len(d)-n] = v[i]
		}
	}
	return n == len(d) && roundNumber(d[:])
}
