package redact

import "strings"

// An unquoted CSV export whose address cell holds the address's own
// commas ("Rua Nova, 12, apto 3", "Flat 2, 9 Mill Lane") has more cells
// than its header and spaces after those commas, where the header has
// none: tableCells took such a row for prose after the table and read
// none of its cells, so a family-name column's unknown names ("dos
// Santos", "Okonkwo-Baptiste") went unmasked (person23b, issue 9). The
// cells before the first comma with a space after it still stand under
// their header's columns: csvOverflowCut returns where they end, and
// tableCells reads them alone.

// csvOverflowCut returns the end of the cells of the row text[rs:re]
// that come before the cell holding the first ", ", when the row is an
// unspaced CSV row with more cells than the header's ncols; ok is false
// otherwise, or when no whole cell comes first.
func csvOverflowCut(text string, rs, re int, sep byte, spaced bool, ncols int) (int, bool) {
	if sep != ',' || spaced || re-rs < 8 {
		return 0, false
	}
	row := text[rs:re]
	k := strings.Index(row, ", ")
	if k < 0 || cellCount(row, sep) <= ncols {
		return 0, false
	}
	cut := strings.LastIndexByte(row[:k], ',')
	if cut <= 0 {
		return 0, false
	}
	return rs + cut, true
}
