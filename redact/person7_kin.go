package redact

// Aunts and uncles are named with a title word ("Uncle Okonkwo", "Tía
// Marisol", titleWords). In a headline written in title case the word
// after such a title is any word ("Her Aunt Took Her To The Fair"): a kin
// title (kinTitles, person3_slots.go) before one word that another
// capitalised word follows is no name.

// kinTitleHeadline reports whether title is a kin title and a capitalised
// word follows the one-word name that ends at end.
func kinTitleHeadline(text, title string, end int) bool {
	return end+1 < len(text) && text[end] == ' ' && isUpper(text[end+1]) && kinTitles.has(title)
}

// kinValue reports whether the capitalised word text[start:end] is a word
// of kinNouns: a relation given as a field's value ("Carer: Son, Harjit"),
// no name.
func kinValue(text string, start, end int) bool {
	var buf [16]byte
	n := lowerWordAt(text, start, &buf)
	_, _, ok := kinNouns.getBytes(buf[:n])
	return n == end-start && ok
}

// partnerBefore reports whether a personal possessive and a space come
// before the word "partner" at b ("my partner Olamide", "her partner
// Sam"): a person's partner; "our partner Stripe" is a business's. It
// returns "partner" and relation value 1, or "" and 0.
func partnerBefore(text string, b int) (string, uint32) {
	for _, p := range [...]string{"my ", "her ", "his ", "their ", "your "} {
		if k := b - len(p); k >= 0 && text[k]|0x20 == p[0] && text[k+1:b] == p[1:] && (k == 0 || !isAlpha(text[k-1])) {
			return "partner", 1
		}
	}
	return "", 0
}
