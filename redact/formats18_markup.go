package redact

import "strings"

// XML elements and HTML tables (formats18): "<key>value</key>" is a
// key's value as a JSON member's is, and a <th> cell labels its column
// as a CSV header does (table.go), read by formatFields
// (formats18_fields.go).

// markupFields reads the XML elements of text from the first "</" at i,
// "<key>value</key>" without attributes, into pend (for the record test)
// and returns how many it holds; it appends the cells of the HTML tables
// of text to dst.
func markupFields(text string, i int, pend []pendingField, k formatKinds, dst []Span) ([]Span, int) {
	if strings.Contains(text, "<th") {
		dst = htmlTables(text, k, dst)
	}
	n := 0
	for i >= 0 {
		j := i + 2
		for j < len(text) && j-i < 42 && (isAlpha(text[j]) || isDigit(text[j]) || text[j] == '_' || text[j] == '-') {
			j++
		}
		if j < len(text) && text[j] == '>' && j > i+2 && n < len(pend) {
			name := text[i+2 : j]
			vs := strings.LastIndexByte(text[:i], '>') + 1
			open := vs - len(name) - 2
			if open >= 0 && text[open] == '<' && text[open+1:vs-1] == name && strings.IndexByte(text[vs:i], '<') < 0 {
				if col, _ := keyColumn(name); col != colOther {
					if s, e := trimCell(text, vs, i); s < e && col == colPerson && thingName(name, xmlParentTag(text, open)) {
						dropPersons(dst, s, e) // <product><name>… (formats19_markup.go)
					} else if s < e {
						pend[n] = pendingField{col, s, e}
						n++
					}
				}
			}
		}
		next := strings.Index(text[i+2:], "</")
		if next < 0 {
			break
		}
		i += 2 + next
	}
	return dst, n
}

// htmlTables appends the spans of the data cells of the HTML tables of
// text under header cells (<th>) whose labels tableLabels knows.
func htmlTables(text string, k formatKinds, dst []Span) []Span {
	var cols [maxTableColumns]tableColumn
	have := false
	for i := strings.Index(text, "<t"); i >= 0 && i+3 < len(text); {
		tag := text[i+2]
		gt := strings.IndexByte(text[i:], '>')
		if gt < 0 {
			break
		}
		switch {
		case tag == 'r' && (text[i+3] == '>' || text[i+3] == ' '):
			row := strings.Index(text[i:], "</tr")
			if row < 0 {
				row = len(text) - i
			}
			if gt < row {
				dst, have = htmlRow(text, i+gt+1, i+row, &cols, have, k, dst)
			}
			i += row
		case tag == 'a' && strings.HasPrefix(text[i:], "<table"):
			have = false
		}
		next := indexIn(text, i+2, len(text), "<t")
		if next < 0 {
			break
		}
		i = next
	}
	return dst
}

// htmlRow reads the cells of the HTML table row text[rs:re]: a row of
// header cells sets cols (and have, when a label is known), a row of
// data cells under known labels appends their spans.
func htmlRow(text string, rs, re int, cols *[maxTableColumns]tableColumn, have bool, k formatKinds, dst []Span) ([]Span, bool) {
	c, header := 0, false
	var row [maxTableColumns]tableColumn
	for i := indexIn(text, rs, re, "<t"); i >= 0 && c < maxTableColumns; c++ {
		if i+3 >= re || text[i+2] != 'h' && text[i+2] != 'd' || text[i+3] != '>' && text[i+3] != ' ' {
			break
		}
		vs := indexIn(text, i, re, ">") + 1
		ve := indexIn(text, vs, re, "<")
		if vs <= 0 || ve < 0 {
			break
		}
		if text[i+2] == 'h' {
			header = true
			if l, ok := labelOf(text[vs:ve]); ok {
				if col, ok := tableLabels[l]; ok && !weakPlaceLabels[l] {
					row[c] = col
				}
			}
		} else if have && cols[c] != colOther {
			dst = fieldSpan(text, cols[c], vs, ve, fmtHTML, k, dst)
		}
		i = indexIn(text, ve, re, "<t")
	}
	if header {
		*cols = row
		have = false
		for _, col := range row {
			have = have || col != colOther
		}
	}
	return dst, have
}

// indexIn returns the index in text of the first sub in text[from:to],
// or -1.
func indexIn(text string, from, to int, sub string) int {
	if from < 0 || from > to {
		return -1
	}
	if i := strings.Index(text[from:to], sub); i >= 0 {
		return from + i
	}
	return -1
}
