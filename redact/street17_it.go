package redact

// Italian streets in prose after "da" as after "in" ("la famiglia arriva
// da via Garibaldi 21 a Sacile"), and a house number followed by the
// town after "a" ("in via Cavour 40 a Pordenone"): the Italian preposition
// before a lower-case "via" makes it a street's type ("pay via PayPal 3
// times" has none), and "a" and a capitalised word after the number end
// its clause as a comma does. Cost: only where inVia is already asked.

// itViaPrep reports whether the two bytes a, b before the space before
// "via" are the preposition "in" or "da" (either capitalised).
func itViaPrep(a, b byte) bool {
	return b == 'n' && (a == 'i' || a == 'I') || b == 'a' && (a == 'd' || a == 'D')
}

// itTownAfter reports whether " a " and a capitalised word follow the
// house number that ends at n ("… 21 a Sacile").
func itTownAfter(text string, n int) bool {
	return n+4 < len(text) && text[n] == ' ' && text[n+1] == 'a' && text[n+2] == ' ' && upperAt(text, n+3)
}
