package redact

// (loc23) The French first of the month, "1er" (premier): "née le 1er mai
// 1976", the one day French writes as an ordinal.

// frenchFirstAt reports whether text[i:j] is the day "1" and "er" follows
// it (j is the day's end).
func frenchFirstAt(text string, i, j int) bool {
	return j-i == 1 && text[i] == '1' && j+2 <= len(text) && text[j] == 'e' && text[j+1] == 'r'
}

// huDaySuffixEnd returns the end of a Hungarian case ending after a day
// that ends at d ("3-án", "5-én", "1-jén", "12-i"; the hyphen at d), or
// 0. Hungarian writes "1951. március 3-án született" (born on 3 March
// 1951) and "született 1951. március 3-án": the date's span leaves the
// ending out.
func huDaySuffixEnd(text string, d int) int {
	if d+2 >= len(text) || text[d] != '-' {
		return 0
	}
	for _, suf := range [...]string{"án", "én", "ján", "jén", "ai", "ei", "i"} {
		if e := d + 1 + len(suf); e <= len(text) && text[d+1:e] == suf && (e == len(text) || !isLetterAt(text, e)) {
			return e
		}
	}
	return 0
}
