package redact

// birthdayListItemAt is birthdayListItem for the scan's text: a date with
// no line break before it (every one-line prompt's) has no list above it,
// which the marks tell without its search of the bytes before the date.
func birthdayListItemAt(sc *textScan, start int) string {
	if !sc.newlineBefore(start) {
		return ""
	}
	return birthdayListItem(sc.text, start)
}

// newlineBefore reports whether the text has a line break before byte i
// (i at most the text's length), from the newline marks: the first block
// that has one (found once a text, not for every date of a long line),
// then i's block.
func (sc *textScan) newlineBefore(i int) bool {
	if sc.nl1 == 0 {
		sc.nl1 = len(sc.marks) + 1
		for k := range sc.marks {
			if sc.marks[k][mkNewline] != 0 {
				sc.nl1 = k + 1
				break
			}
		}
	}
	b, first := i>>6, sc.nl1-1
	if first != b {
		return first < b
	}
	return b < len(sc.marks) && sc.marks[b][mkNewline]&(1<<(i&63)-1) != 0
}
