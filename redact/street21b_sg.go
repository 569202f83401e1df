package redact

// SG numbered streets with the unit after them: "Blk 218
// Orchidvale St 21 #11-402", "52 Serangoon Ave 4, #07-311". The address
// detector ends such a street at its type word; the street's number is
// read here only with the "#floor-unit" after it, as "Oak Ave 4" alone
// may run on into prose ("… Ave 4 times").

// sgNumberedStreetEnd returns the end of a street's number and its unit
// ("21 #11-402", "4, #07-311") at e, where a street ending in a letter
// ends, at most limit; else e.
func sgNumberedStreetEnd(text string, e, limit int) int {
	if e+4 >= limit || text[e] != ' ' || !isDigit(text[e+1]) || !isAlpha(text[e-1]) {
		return e
	}
	k := e + 1
	for k < limit && isDigit(text[k]) && k-e <= 3 {
		k++
	}
	if k-e-1 > 2 {
		return e
	}
	if k+1 < limit && text[k] == ',' {
		k++
	}
	if k+1 >= limit || text[k] != ' ' || text[k+1] != '#' {
		return e
	}
	if u := sgUnitEnd(text, k+2, limit); u > 0 {
		return u
	}
	return e
}

// sgUnitEnd returns the end of a floor and unit at p ("11-402", "07-311A"),
// at most limit, or 0 when there is none.
func sgUnitEnd(text string, p, limit int) int {
	k := p
	for k < limit && isDigit(text[k]) && k-p <= 3 {
		k++
	}
	if k-p < 1 || k-p > 3 || k+1 >= limit || text[k] != '-' || !isDigit(text[k+1]) {
		return 0
	}
	m := k + 1
	for m < limit && isDigit(text[m]) && m-k <= 5 {
		m++
	}
	if m-k-1 > 5 {
		return 0
	}
	if m < limit && isAlpha(text[m]) && (m+1 == len(text) || !isAlnum(text[m+1])) {
		m++
	}
	if m < len(text) && isAlnum(text[m]) {
		return 0
	}
	return m
}
