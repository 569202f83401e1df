package redact

import "strings"

// Identifiers in the cells of a Markdown or pipe table ("| Name | Passport
// |" above "| … | Z1234567 |") or of a tab-separated one pasted from a
// spreadsheet ("Seat\tName\tPassport" above "2\tAna Lima\t123456789") have
// their context word in the column's header, lines above them, not on
// their own line.

// tableMaxRows bounds how many lines above a cell tableHeaderWord reads
// to find its table's first line.
const tableMaxRows = 64

// tableHeaderWord returns a context word of kind in the header of the
// table column that holds text[start:] (a cell of a line with '|' or a
// tab, ls the start of that line), or "": the header is the first of the
// lines with that separator that run up to the cell's line, and the
// column is the cell's count of separators before it on its line.
func tableHeaderWord(text string, ls, start int, kind ctxKind) string {
	if ls == 0 {
		return "" // no line above: no header (and no count of a long line's separators)
	}
	sep := byte('|')
	col := strings.Count(text[ls:start], "|")
	if col == 0 {
		sep, col = '\t', strings.Count(text[ls:start], "\t")
	}
	if col == 0 {
		return ""
	}
	hs := ls // the start of the table's first line
	for range tableMaxRows {
		if hs == 0 {
			break
		}
		pe := hs - 1
		ps := lastNewlineIn(text[:pe]) + 1
		if strings.IndexByte(text[ps:pe], sep) < 0 {
			break
		}
		hs = ps
	}
	if hs == ls {
		return ""
	}
	he := hs + strings.IndexByte(text[hs:], '\n') // a line above the cell's ends with '\n'
	h := text[hs:he]
	cs := 0 // the start of the column's cell in h
	for range col {
		i := strings.IndexByte(h[cs:], sep)
		if i < 0 {
			return ""
		}
		cs += i + 1
	}
	ce := len(h)
	if i := strings.IndexByte(h[cs:], sep); i >= 0 {
		ce = cs + i
	}
	if w := contextBefore(text, hs+ce, ce-cs, kind); w != "" {
		return w
	}
	if kind&ctxPassport != 0 {
		return cjkPassportIn(h[cs:ce])
	}
	return ""
}
