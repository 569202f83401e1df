package redact

// Towns a person comes from, named later on the person's line: "- Mia
// Novak, 31, drove up from Kranj", "Applicant 4: Ravi Iyer, DOB …, from
// Madurai", "Signe Dahl kommer fra Tromsø". fromWords make a town where
// a person lives right after the name; on a list item's or a chat line's
// person the same words further on say it too. Only the from-words that
// mean "from" (not "de", "di", "da", "of", "i", "in", "en", which open
// too many other phrases), before a known town (or a town a state code
// vouches for), with the name earlier on the line and no sentence ending
// between.

// lineFromMax bounds how far back on its line a person's name may end
// before the from-word.
const lineFromMax = 160

// lineFromWord reports whether p, a phrase of fromWords, means "from" and
// may follow a person's name further on the name's line.
func lineFromWord(p string) bool {
	switch p {
	case "from ", "fra ", "från ", "aus ", "uit ", "iz ", "din ", "iš ", "z ", "ze ":
		return true
	}
	return false
}

// personEarlierOnLine reports whether a PERSON span of dst ends before w
// (the from-word's start) on w's line, at most lineFromMax bytes back,
// with no full stop, question or exclamation mark and space between, and
// the word before w names no return from a trip. The spans first (a text
// has few), then the bytes between the nearest name and w.
//
//go:noinline
func personEarlierOnLine(text string, dst []Span, w int) bool {
	return personEarlierOnLineG(text, dst, w, nil)
}

// personEarlierOnLineG is personEarlierOnLine through g, a guard of the
// PERSON spans' ends of dst (posGuard{typ: "PERSON"}), when not nil: a
// long text's many from-words each read a few bitmap words, not every
// span.
func personEarlierOnLineG(text string, dst []Span, w int, g *posGuard) bool {
	pe := -1
	if g != nil {
		pe = g.lastBefore(dst, len(text), w-lineFromMax, w)
	} else {
		for i := range dst {
			if e := dst[i].End; e < w && e > pe && w-e <= lineFromMax && dst[i].Type == "PERSON" {
				pe = e
			}
		}
	}
	if pe < 0 {
		return false
	}
	for k := pe; k < w; k++ {
		if c := text[k]; c == '\n' || (c == '.' || c == '!' || c == '?') && text[k+1] == ' ' {
			return false
		}
	}
	var buf [16]byte
	if bw, _, ok := wordBeforeSpace(text, w, &buf); ok && tripWordBeforeFrom(bw) {
		return false // "is back from Tralee on Monday": a trip
	}
	return true
}

// slashTowns reads the word w after a street address as a district and
// its town joined by a slash, as Turkish and Latin American addresses
// write them ("…No: 14/3, Kadıköy/İstanbul", "Av. Central 45, Escazú/San
// José"): two capitalised parts, one of them a known town. It returns
// their spans.
func slashTowns(text string, w word) (Span, Span, bool) {
	sl := -1
	for k := w.start + 1; k < w.end; k++ {
		if text[k] == '/' {
			sl = k
			break
		}
	}
	if sl < 0 || sl+1 >= len(text) || !townUpperAt(text, w.start) || !townUpperAt(text, sl+1) {
		return Span{}, Span{}, false
	}
	de, k1 := readTown(text, w.start)
	te, k2 := readTown(text, sl+1)
	if de != sl || !k1 && !k2 || countryNames.has(text[sl+1:te]) || !wordEndAt(text, te) {
		return Span{}, Span{}, false
	}
	return locationSpan(w.start, de, 0.8, "district before a slash after a street address"),
		locationSpan(sl+1, te, 0.8, "town after a district and a slash after a street address"), true
}

// tripWordBeforeFrom reports whether w, lower case, the word before
// "from", makes the town one a person returns from ("back from",
// "returned from", "zurück aus").
func tripWordBeforeFrom(w string) bool {
	switch w {
	case "back", "returned", "returning", "returns", "zurück", "terug", "tilbake", "tillbaka", "tilbage":
		return true
	}
	return false
}

// cityWordAfter returns where " City" after a known town that ends at e
// ends, the town's full name ("Cebu City", "Quezon City", "Ho Chi Minh
// City"), or e.
func cityWordAfter(text string, e int) int {
	if e+5 <= len(text) && text[e] == ' ' && text[e+1] == 'C' && text[e+2:e+5] == "ity" && wordEndAt(text, e+5) {
		return e + 5
	}
	return e
}

// townAfterBracketAge appends a known town that fills the list field
// after a name and an age in brackets ("- Niilo Aho (46), Inari – …",
// "Ana Ruiz (34), Elche"): c is the byte after the bracket.
func townAfterBracketAge(text string, dst []Span, c int, g *spanGuard) []Span {
	if c+3 >= len(text) || text[c] != ',' || text[c+1] != ' ' || !townUpperAt(text, c+2) {
		return dst
	}
	cs := c + 2
	ce, known := readTown(text, cs)
	if !known || countryNames.has(text[cs:ce]) || g.townOverlaps(dst, len(text), cs, ce) ||
		!(itemEndsAt(text, ce) || listSepAfter(text, ce) >= 0 || fieldNoteAfter(text, ce)) {
		return dst
	}
	return append(dst, locationSpan(cs, ce, 0.75, "known town after a name and an age in brackets"))
}
