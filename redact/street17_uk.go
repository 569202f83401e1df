package redact

// British house names in running text (seen from several writers): "my
// mum's, which is The Old Barn, Mill Lane, Great Hockham, Thetford
// IP24 1NX", "she's moving from The Old Rectory, Mill Lane, …". The
// Royal Mail's form puts the house's name before the street; ukLinesBefore
// took it only where it opens the line. In a clause it is taken when its
// capitalised words end with a house's word (houseNameWords: "Forge",
// "Rectory", "Cottage", "Barn") after a lower-case word, and the street
// and a UK postcode follow it, as ukLinesBefore reads them. And a street
// named after a building ("Church Lane", "Mill Road", "Station Road",
// "School Lane") is no business's premises: its first word names the
// street, so premisesOpening takes no cue from it. Cost: only where a UK
// postcode has a street part before it, or a street span opens with a
// premises word.

// houseNameInClause returns where a house's name before the street part
// that starts at s begins ("…, which is The Old Barn, Mill Lane"), or
// -1: ", " before s, one to four capitalised words before that, the last
// one of houseNameWords, and a lower-case word (or "The") before them.
func houseNameInClause(text string, s int) int {
	if s < 6 || text[s-1] != ' ' || text[s-2] != ',' {
		return -1
	}
	e := s - 2
	w, ok := wordBack(text, e)
	if !ok || w.end != e || !houseNameWords.has(w.str(text)) {
		return -1
	}
	start := w.start
	for range 3 {
		if start < 2 || text[start-1] != ' ' {
			break
		}
		v, ok := wordBack(text, start-1)
		if !ok || v.end != start-1 || !upperAt(text, v.start) {
			break
		}
		start = v.start
	}
	if start < 2 || text[start-1] != ' ' {
		return -1
	}
	v, ok := wordBack(text, start-1)
	if !ok || v.end != start-1 || !isLower(text[v.start]) {
		return -1
	}
	return start
}

// streetNamedAfterPremises reports whether the word after a street
// span's first word (from e, its space, to end) is a street type that
// ends the span or its part ("Church Lane", "Mill Road, …").
func streetNamedAfterPremises(text string, e, end int) bool {
	j := e + 1
	k := j
	for k < end && text[k] != ' ' && text[k] != ',' {
		k++
	}
	return k > j && (k == end || text[k] == ',') && streetTypeSet.has(text[j:k])
}
