package redact

// Towns after a person's age. Customer lists and briefs give a person's
// name, age and town in one breath: "Lena Schwarz, 24, Freiburg im
// Breisgau", "Jürgen Albrecht, 58, aus Bielefeld", "Tomasz Zieliński, 38
// lat, Gdańsk", "Tahnee (41) from Ballarat", "Lucas, 31 anos, de Recife".
// The age says the sentence is about a person, so the town after it is
// where they live. It runs only after an AGE was found.

// ageTownFrom are the words for "from" or "in" that may stand between the
// age and the town.
var ageTownFrom = []string{"from", "in", "aus", "in", "de", "da", "di", "z", "ze", "uit", "från", "fra", "i", "à", "en", "of"}

// townAfterAge returns a LOCATION span for the town after the age that
// ends at e: an optional age unit ("lat", "anos", "ans"), a closing
// bracket, then ", " or a space, an optional "from" word, and a town that
// the gazetteers know, or, after a comma, any plausible capitalised town
// that ends the line or the list item.
//
//go:noinline
func townAfterAge(text string, e int) (Span, bool) {
	p := e
	if p < len(text) && text[p] == ')' {
		p++
	}
	if p+1 < len(text) && text[p] == ' ' && isAlpha(text[p+1]) {
		// an age unit after the number: "38 lat, Gdańsk", "31 anos, de Recife"
		q := p + 1
		for q < len(text) && q-p <= 6 && isLetterAt(text, q) {
			q++
		}
		var buf [16]byte
		if w, ok := lowerWord(text, p+1, q, &buf); ok {
			if _, unit := ageUnitTable.get(w); unit {
				p = q
			}
		}
	}
	comma := p < len(text) && text[p] == ','
	if comma {
		p++
	}
	if p+2 >= len(text) || text[p] != ' ' {
		return Span{}, false
	}
	p++
	from := false
	for _, f := range ageTownFrom {
		if p+len(f)+1 < len(text) && text[p:p+len(f)] == f && text[p+len(f)] == ' ' {
			p += len(f) + 1
			from = true
			break
		}
	}
	if !comma && !from {
		return Span{}, false
	}
	if !townUpperAt(text, p) && !(from && isLetterAt(text, p)) {
		return Span{}, false
	}
	te, known := readTown(text, p)
	if te <= p {
		return Span{}, false
	}
	if !known && !(comma && !from && itemEndsAt(text, te) && plausibleTown(text[p:te])) {
		return Span{}, false
	}
	return Span{Start: p, End: te, Type: "LOCATION", Rule: "builtin.location", Score: 0.8,
		Reason: "town after a person's age"}, true
}

// itemEndsAt reports whether a list item or a line ends at e: a line
// break, the end of the text, or " –" / " -" before the next field.
func itemEndsAt(text string, e int) bool {
	return e >= len(text) || text[e] == '\n' || text[e] == '\r' ||
		e+2 < len(text) && text[e] == ' ' && (text[e+1] == '-' || text[e+1] == '|' || hasPrefixFoldASCII(text[e+1:], "–"))
}
