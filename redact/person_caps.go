package redact

// capsRecordAt finds a name at the start of a line of a record written
// all in capitals, as old systems export them (an AS400 or mainframe
// dump): "MARISOL QUINTERO, 1904 W 18TH ST, CHICAGO" or "NAME: JOHN
// SMITH". The capital marks see such words as acronyms, which the person
// detector otherwise skips, so detectPersons calls it only for an acronym
// at the start of the text or of a line. It returns the name's span and
// whether there is one.
//
// A record line is two or three capitalised words ("GIVEN FAMILY[
// FAMILY]") and a comma, the first of which, capitalised as a name
// ("Marisol"), is a given name of the gazetteers that is no stop word,
// city or ambiguous word, and what follows the comma on the line is in
// capitals too (a lower-case letter there makes it a heading or a
// sentence: "DEAR JOHN, thanks"). After "NAME: " the words run to the end
// of the line or to a comma.
//
//go:noinline
func capsRecordAt(text string, i int) (int, int, bool) {
	if i > 0 && text[i-1] != '\n' {
		return 0, 0, false
	}
	j, label := i, false
	if len(text)-i > 6 && text[i:i+6] == "NAME: " {
		j, label = i+6, true
	}
	start := j
	words := 0
	first := true
	for words < 3 {
		e := capsWordEnd(text, j)
		if e-j < 2 {
			return 0, 0, false
		}
		f := capsFlags(text[j:e])
		if first && (f&nameGiven == 0 || f&(nameStop|nameCity|nameAmbiguous) != 0) {
			return 0, 0, false
		}
		if f&nameStop != 0 {
			return 0, 0, false
		}
		first = false
		words++
		j = e
		if j+1 < len(text) && text[j] == ' ' && isUpper(text[j+1]) {
			j++
			continue
		}
		break
	}
	if words < 2 {
		return 0, 0, false
	}
	if label && (j == len(text) || text[j] == '\n' || text[j] == '\r') {
		return start, j, true
	}
	if j+2 >= len(text) || text[j] != ',' || text[j+1] != ' ' {
		return 0, 0, false
	}
	// The rest of the line (up to 40 bytes) must hold no lower-case letter.
	caps := 0
	for k := j + 2; k < len(text) && k < j+42 && text[k] != '\n'; k++ {
		if isLower(text[k]) {
			return 0, 0, false
		}
		if isUpper(text[k]) || isDigit(text[k]) {
			caps++
		}
	}
	return start, j, caps >= 2
}

// capsWordEnd returns the end of the word in capitals at i: ASCII
// capitals, and a hyphen or an apostrophe between them ("DELGADO-HART",
// "O'BRIEN").
func capsWordEnd(text string, i int) int {
	j := i
	for j < len(text) && (isUpper(text[j]) || (text[j] == '-' || text[j] == '\'') && j > i && j+1 < len(text) && isUpper(text[j+1])) {
		j++
	}
	return j
}

// capsFlags returns the flags of a word in capitals written as the
// gazetteers write names ("MARISOL" as "Marisol", "O'BRIEN" as
// "O'Brien", "DELGADO-HART" as "Delgado-Hart").
func capsFlags(w string) uint8 {
	if len(w) < 2 || len(w) > 20 {
		return 0
	}
	var buf [20]byte
	upper := true
	for k := 0; k < len(w); k++ {
		c := w[k]
		if isUpper(c) && !upper {
			c += 'a' - 'A'
		}
		upper = c == '-' || c == '\''
		buf[k] = c
	}
	return tokenFlags(string(buf[:len(w)]))
}

// appendCapsRecord appends the PERSON span capsRecordAt found.
func appendCapsRecord(dst []Span, start, end int) []Span {
	return append(dst, Span{Start: start, End: end, Type: "PERSON", Rule: "builtin.person", Score: 0.8,
		Reason: "given name from gazetteer opening a record line written in capitals"})
}
