package redact

import "strings"

// Dates in a list that the line before it calls a list of birthdays:
//
//	Birthday SMS for the December list below:
//	1. Rohan Malhotra – 02 Dec 1990 – Gurugram
//	2. Fatima Sheikh – 11 Dec 1985 – Hyderabad
//
// Each item's date is a DATE_OF_BIRTH though no birth word stands next to
// it, and a capitalised town set off after the date by a dash, a bar or a
// comma is the person's LOCATION. The list is read only for a date that
// the parsers found and no birth word was near: most texts have none.

// maxListLookBack bounds how far back, in bytes, the line that introduces
// the list may start.
const maxListLookBack = 800

// birthdayListItem reports whether the date that starts at start lies on
// an item of a list (a line opened by "1.", "2)", "-", "*" or "•") and the
// nearest line above the list's items (at most maxListLookBack bytes
// back) holds a birth word. It returns that word.
func birthdayListItem(text string, start int) string {
	// IndexByte first (vector code): most texts are one line, and a
	// date on the first line has no line above it; LastIndexByte walks
	// byte by byte.
	if strings.IndexByte(text[:start], '\n') < 0 {
		return ""
	}
	ls := lastNewlineIn(text[:start]) + 1 // engine24_lines.go: eight bytes at a time
	if !listItemAt(text, ls) {
		return ""
	}
	for e := ls - 1; e > 0 && start-e <= maxListLookBack; {
		s := lastNewlineIn(text[:e]) + 1
		if listItemAt(text, s) || s == e {
			e = s - 1 // another item, or a blank line between the intro and the list
			continue
		}
		return birthWordInLine(text, s, e)
	}
	return ""
}

// listItemAt reports whether the line at ls opens a list item: "1. ",
// "12) ", "- ", "* " or "• " after optional spaces.
func listItemAt(text string, ls int) bool {
	i := ls
	for i < len(text) && (text[i] == ' ' || text[i] == '\t') {
		i++
	}
	if i >= len(text) {
		return false
	}
	switch {
	case text[i] == '-' || text[i] == '*':
		return i+1 < len(text) && text[i+1] == ' '
	case strings.HasPrefix(text[i:], "• "):
		return true
	}
	j := i
	for j < len(text) && j-i < 3 && isDigit(text[j]) {
		j++
	}
	return j > i && j+1 < len(text) && (text[j] == '.' || text[j] == ')') && text[j+1] == ' '
}

// townAfterListDate reads a capitalised town set off after a list item's
// date that ends at e by " – ", " - ", " | " or ", ": "02 Dec 1990 –
// Gurugram". The town ends the item or comes before another separator or
// a bracket.
func townAfterListDate(text string, e int) (Span, bool) {
	p := e
	switch {
	case strings.HasPrefix(text[p:], " – "):
		p += len(" – ")
	case strings.HasPrefix(text[p:], " - "), strings.HasPrefix(text[p:], " | "):
		p += 3
	case strings.HasPrefix(text[p:], ", "):
		p += 2
	default:
		return Span{}, false
	}
	if !townUpperAt(text, p) {
		return Span{}, false
	}
	te, _ := readTown(text, p)
	if te <= p || te < len(text) && text[te] != '\n' && text[te] != ' ' && text[te] != ',' && text[te] != '\r' {
		return Span{}, false
	}
	if te < len(text) && text[te] == ' ' && !(te+1 < len(text) && (text[te+1] == '(' || text[te+1] == '-' || text[te+1] == '|' ||
		strings.HasPrefix(text[te+1:], "–"))) {
		return Span{}, false
	}
	return Span{Start: p, End: te, Type: "LOCATION", Rule: "builtin.location", Score: 0.8,
		Reason: "town after a birth date in a list of birthdays"}, true
}

// birthWordInLine returns the first birth word (ctxBirth or
// birthdayWords, with their plurals) of the line text[s:e], or "".
func birthWordInLine(text string, s, e int) string {
	var buf [32]byte
	for i := s; i < e; {
		for i < e && ctxByte[text[i]] != ctxWordByte {
			i++
		}
		j := i
		for j < e && ctxByte[text[j]] == ctxWordByte {
			j++
		}
		if j > i {
			if w, ok := lookupCtx(text[i:j], &buf, ctxBirth); ok {
				return w
			}
			if lw, ok := lowerWord(text, i, j, (*[16]byte)(buf[:16])); ok && birthdayWords.has(lw) {
				return "birthday"
			}
		}
		i = j
	}
	return ""
}
