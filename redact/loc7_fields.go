package redact

// ageFieldAfter reports whether ", " and an age of one to three digits
// that ends its word follow the town that ends at te, in a list item:
// "Tóth Béla – Kecskemét, 51 éves, pék", "Ana Ruiz – Valencia, 34". The
// age itself is the birth-date detector's.
func ageFieldAfter(text string, te int) bool {
	if te+3 >= len(text) || text[te] != ',' || text[te+1] != ' ' || !isDigit(text[te+2]) {
		return false
	}
	e, ok := digitsAt(text, te+2, 1, 3)
	return ok && wordEndAt(text, e) && (e == len(text) || text[e] != '.' && text[e] != ',' || e+1 < len(text) && !isDigit(text[e+1]))
}
