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
