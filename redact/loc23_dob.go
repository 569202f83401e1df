package redact

// (loc23) The French first of the month, "1er" (premier): "née le 1er mai
// 1976", the one day French writes as an ordinal.

// frenchFirstAt reports whether text[i:j] is the day "1" and "er" follows
// it (j is the day's end).
func frenchFirstAt(text string, i, j int) bool {
	return j-i == 1 && text[i] == '1' && j+2 <= len(text) && text[j] == 'e' && text[j+1] == 'r'
}
