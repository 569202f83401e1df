package redact

// Eight-digit numbers in 4-4 groups without a phone word (struct23): the
// plans of Singapore, Latvia, Malta, Denmark, Estonia, Qatar and more
// write their whole number so ("9123 4470", "2633 0918", "7942 1183").
// Alone such a number is as often an order or a reference, so it is read
// only as an item of a record in a list or a table row: the line opens
// with a list marker ("- ", "3. ", "• ") or a table's '|', the number
// stands between the item separators of such a line (", ", " | ", " – ")
// and ends its item, and its groups are no pair of years ("2019 2020").
// An order or reference word before it still takes the score
// (notPhoneContext, detect_phone.go).

// reasonList8 is the reason of a 4-4 number found as a record's item.
const reasonList8 = "eight digits in 4-4 groups as an item of a list or table row of records"

func init() {
	phoneReasons = append(phoneReasons, phoneReasonVariants(reasonList8))
}

// listPhoneSlot reports whether the 4-4 candidate of runs, starting at
// start, stands as an item of a record's line (see above).
func listPhoneSlot(text string, runs []digitRun, start int, lines *lineMemo) bool {
	a, b := runs[0], runs[1]
	if b.start != a.end+1 || text[a.end] != ' ' || text[a.start] < '2' || yearPair(text, a, b) {
		return false
	}
	// the item ends: a line's or the text's end, a separator, a cell's bar
	if e := b.end; e < len(text) {
		switch text[e] {
		case '\n', '\r', ',', ';', '|':
		case ' ':
			if e+1 < len(text) && text[e+1] != '|' && text[e+1] != '\n' {
				return false
			}
		default:
			return false
		}
	}
	// the item starts after ", ", "| " or a dash between spaces
	p := start
	for p > 0 && text[p-1] == ' ' {
		p--
	}
	if p == start || p == 0 {
		return false
	}
	switch c := text[p-1]; {
	case c == ',' || c == '|':
	case c == '-' || p >= 3 && text[p-3:p] == "–":
	default:
		return false
	}
	// the line's start through lines: not back over a long line for
	// every phone number on it
	return listLineStart(text, lines.lineStart(text, p-1), p-1)
}

// listLineStart reports whether the line at ls opens a list item or a
// table row: '|', '-', '*', '•' or a number with '.' or ')' then a space.
func listLineStart(text string, ls, lim int) bool {
	for ls < lim && (text[ls] == ' ' || text[ls] == '\t') {
		ls++
	}
	if ls >= lim {
		return false
	}
	switch text[ls] {
	case '|':
		return true
	case '-', '*':
		return ls+1 < lim && text[ls+1] == ' '
	}
	if ls+3 <= lim && text[ls:ls+3] == "•" {
		return true
	}
	k := ls
	for k < lim && k-ls < 3 && isDigit(text[k]) {
		k++
	}
	return k > ls && k+1 < lim && (text[k] == '.' || text[k] == ')') && text[k+1] == ' '
}

// yearPair reports whether both four-digit groups a and b read as years
// from 1900 to 2099.
func yearPair(text string, a, b digitRun) bool {
	year := func(r digitRun) bool {
		return r.end-r.start == 4 && (text[r.start] == '1' && text[r.start+1] == '9' || text[r.start] == '2' && text[r.start+1] == '0')
	}
	return year(a) && year(b)
}
