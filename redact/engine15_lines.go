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
// (i at most the text's length), from the newline marks of the blocks up
// to i's.
func (sc *textScan) newlineBefore(i int) bool {
	b := i >> 6
	for k := 0; k < b; k++ {
		if sc.marks[k][mkNewline] != 0 {
			return true
		}
	}
	return b < len(sc.marks) && sc.marks[b][mkNewline]&(1<<(i&63)-1) != 0
}
