package redact

import "strings"

// Phone numbers of contact records (read15a): the value of a vCard TEL
// property, whose name and parameters are glued to the number by a colon
// ("TEL;TYPE=CELL:+44 …", RFC 6350), and the eight-digit numbers of +65
// written without +65 ("9240 6613") where a record gives them: at the end
// of an item after a dash, or after a Chinese phone word ("我的电话 …").

// reasonSG8 is the reason of a +65 number found by its place.
const reasonSG8 = "eight digits in 4-4 groups of the +65 plan in a contact slot"

func init() {
	phoneReasons = append(phoneReasons, phoneReasonVariants(reasonSG8))
}

// vcardTelValue reports whether the ':' at text[p-1] ends the name and
// parameters of a vCard TEL property on its line: "TEL;TYPE=CELL:",
// "item1.TEL;type=pref:" (a group prefix before the dot). Only the first
// colon of the line counts, so a value's own colons do not.
func vcardTelValue(text string, p int) bool {
	ls := lastNewlineIn(text[:p-1]) + 1
	line := text[ls : p-1]
	if len(line) > 64 {
		return false
	}
	semi := strings.IndexByte(line, ';')
	if semi < 0 {
		semi = len(line)
	}
	if dot := strings.IndexByte(line[:semi], '.'); dot >= 0 {
		line, semi = line[dot+1:], semi-dot-1
	}
	return semi == 3 && keyLabelFold(line, "tel") && strings.IndexByte(line, ':') < 0
}

// sgPhoneSlot reports whether the 4-4 candidate of runs, starting at
// start, is a +65 number by its digits and place: its first digit
// is 6 (fixed), 8 or 9 (mobile), its groups are one space apart, it ends
// its line or is followed by a space, a bracket or a punctuation mark,
// and it stands after a dash that closes an item ("Name – service –
// 9240 6613") or after a Chinese phone word (电话, 電話, 手机, 手機).
func sgPhoneSlot(text string, runs []digitRun, start int) bool {
	c := text[runs[0].start]
	if c != '6' && c != '8' && c != '9' || runs[1].start != runs[0].end+1 || text[runs[0].end] != ' ' {
		return false
	}
	if e := runs[1].end; e < len(text) {
		switch text[e] {
		case '\n', '\r', ' ', ')', ',', ';', '.':
		default:
			return false
		}
	}
	p := start
	for p > 0 && (text[p-1] == ' ' || text[p-1] == ':') {
		p--
	}
	b := strings.TrimSuffix(text[:p], "：")
	if strings.HasSuffix(b, "电话") || strings.HasSuffix(b, "電話") || strings.HasSuffix(b, "手机") || strings.HasSuffix(b, "手機") {
		return true
	}
	// a dash between spaces, after an item's word: "facial – 9234 5567"
	for _, w := range [...]string{"–", "-"} {
		if p < start && strings.HasSuffix(b, w) {
			n := len(b) - len(w)
			return n > 1 && b[n-1] == ' ' && isAlpha(b[n-2])
		}
	}
	return false
}
