package redact

import "strings"

// Towns before a state and postcode. North American and Australian
// addresses end "Town, ST 12345", "Town ON A1A 1A1" and "Suburb QLD
// 4000": the state or province abbreviation is part of where the person
// lives, and the capitalised words before it are the town whether a
// gazetteer knows it or not ("Indooroopilly QLD 4066" in a CRM export, "Boise,
// ID 83706" after a street). The town and the state make one LOCATION
// span, so "Boise, ID" is masked whole and a reader does not learn the
// state from what is left.

// townStateSpans extends or adds a LOCATION span before every postcode of
// dst[first:] (the address detector's spans, in text order) that follows
// a state or province abbreviation: the town's span found after a street
// grows over the state; when there is none, the capitalised words before
// the state become one. It runs only when the address detector found
// something, and is kept out of line.
//
//go:noinline
func townStateSpans(text string, dst []Span, first int) []Span {
	for i := first; i < len(dst); i++ {
		z := dst[i]
		if z.Type != "ZIP_CODE" {
			continue
		}
		ss, se, ok := stateBefore(text, z)
		if !ok {
			continue
		}
		if i > first {
			if p := &dst[i-1]; p.End >= ss-3 {
				if p.Type == "LOCATION" && p.End <= ss && onlyCommaSpaces(text[p.End:ss]) {
					p.End = se // "Chicago" after a street: "Chicago, IL"
				}
				continue // or another span reaches the state: left as it is
			}
		}
		ts, ok := townBeforeState(text, ss)
		if !ok {
			continue
		}
		if i > first && dst[i-1].End > ts {
			continue
		}
		sp := Span{Start: ts, End: se, Type: "LOCATION", Rule: "builtin.location", Score: 0.8,
			Reason: "town and state before a postcode"}
		dst, i = ruralRoadBeforeTown(text, dst, first, i, ts) // "CR 312, Buna TX 77612" (loc12_rural.go)
		dst = append(dst, Span{})
		copy(dst[i+1:], dst[i:])
		dst[i] = sp
		i++
	}
	return dst
}

// stateBefore returns the bounds of the state or province abbreviation
// one space before the postcode z, if the postcode has that country's
// shape: five digits (or ZIP+4) after a US state, a letter-first code
// after a Canadian province, four digits after an Australian state.
func stateBefore(text string, z Span) (int, int, bool) {
	se := z.Start - 1
	if se < 2 || text[se] != ' ' {
		return 0, 0, false
	}
	if se >= 8 && text[se-3:se] == "CEP" {
		return brStateBefore(text, se-3)
	}
	if c := z.End - z.Start; c == 9 && text[z.Start+5] == '-' && text[se-1] == ',' {
		// "Sorocaba - SP, 18035-000": a CEP after its state and a comma
		if ss := se - 3; ss >= 1 && brStates.has(text[ss:se-1]) && !isLetterAt(text, ss-1) {
			return ss, se - 1, true
		}
	}
	if se >= 5 && isDigit(text[z.Start]) && z.End-z.Start == 4 && auLowerStateCode(text[se-3:se], text[z.Start]) {
		return se - 3, se, true // "gympie qld 4570" (auPostcodeAt)
	}
	ss := se
	for ss > 0 && se-ss < 3 && isUpper(text[ss-1]) {
		ss--
	}
	if se-ss < 2 || ss > 0 && !(text[ss-1] == ' ' || text[ss-1] == ',' || text[ss-1] == '=' || text[ss-1] == ':' ||
		text[ss-1] == '/' && brStates.has(text[ss:se])) {
		return 0, 0, false
	}
	st, code := text[ss:se], text[z.Start:z.End]
	switch {
	case isDigit(code[0]) && len(code) >= 5 && usStateSet.has(st):
	case isUpper(code[0]) && caProvinces[st]:
	case isDigit(code[0]) && len(code) == 4 && auStateSet.has(st):
	default:
		return 0, 0, false
	}
	return ss, se, true
}

// onlyCommaSpaces reports whether s is at most ", " or a space, or the
// dash or slash of a Brazilian "São Paulo - SP", "Recife/PE".
func onlyCommaSpaces(s string) bool {
	return s == " " || s == ", " || s == "," || s == " - " || s == "/"
}

// brStates are the abbreviations of Brazil's states.
var brStates = boolTable(map[string]bool{
	"AC": true, "AL": true, "AP": true, "AM": true, "BA": true, "CE": true, "DF": true, "ES": true, "GO": true,
	"MA": true, "MT": true, "MS": true, "MG": true, "PA": true, "PB": true, "PR": true, "PE": true, "PI": true,
	"RJ": true, "RN": true, "RS": true, "RO": true, "RR": true, "SC": true, "SP": true, "SE": true, "TO": true,
})

// brStateAfter returns the end of a Brazilian state abbreviation written
// after a town that ends at e, with " - " or '/' between them ("São Paulo
// - SP", "Recife/PE").
func brStateAfter(text string, e int) (int, bool) {
	j := e
	switch {
	case strings.HasPrefix(text[j:], " - "):
		j += 3
	case j < len(text) && text[j] == '/':
		j++
	default:
		return 0, false
	}
	if j+2 > len(text) || !brStates.has(text[j:j+2]) || j+2 < len(text) && isLetterAt(text, j+2) {
		return 0, false
	}
	return j + 2, true
}

// brStateBefore reads the state before a Brazilian CEP label that starts
// at c, ", " or " - " between them: "São Paulo - SP, CEP 04120-010",
// "Recife/PE - CEP 51011-000".
func brStateBefore(text string, c int) (int, int, bool) {
	se := c - 2
	if se >= 1 && text[se-1:c] == " - " {
		se-- // "Porto Velho/RO - CEP 76801-080"
	}
	ss := se - 2
	if ss < 1 || text[se:c] != ", " && text[se:c] != " - " || !brStates.has(text[ss:se]) || isLetterAt(text, ss-1) {
		return 0, 0, false
	}
	return ss, se, true
}

// townBeforeState returns the start of the town before the state that
// starts at ss, one space or ", " between them: one to three capitalised
// words on the same line, none a street type, a unit word or a function
// word, read back to a comma, a field's '=' or ':', or the line's start.
func townBeforeState(text string, ss int) (int, bool) {
	e := ss - 1
	if e < 1 {
		return 0, false
	}
	if isLower(text[ss]) {
		return lowerTownBeforeState(text, e)
	}
	switch {
	case text[e] == '/' && brStates.has(text[ss:min(ss+2, len(text))]):
		// "Recife/PE": a Brazilian town and state
	case e >= 3 && text[e-2:e+1] == " - " && brStates.has(text[ss:min(ss+2, len(text))]):
		e -= 2 // "Itabuna - BA"
	case text[e] != ' ':
		return 0, false
	case text[e-1] == ',':
		e--
	}
	ts := -1
	for n := 0; n < 3 && e > 0; n++ {
		s := e
		for s > 0 && (isAlpha(text[s-1]) || text[s-1] >= 0x80 || text[s-1] == '-' || text[s-1] == '\'' || text[s-1] == '.') {
			s--
		}
		if s == e || !upperAt(text, s) {
			break
		}
		w := text[s:e]
		if streetTypeSet.has(w) || unitWordSet.has(w) || addrStopSet.has(w) || directionSet.has(w) {
			break
		}
		ts = s
		if s == 0 || text[s-1] != ' ' || s < 2 || !(isAlpha(text[s-2]) || text[s-2] >= 0x80 || text[s-2] == '.') {
			break // a comma, a label's '=' or ':', a line break or a number before it
		}
		e = s - 1
	}
	return ts, ts >= 0
}

// lowerTownBeforeState returns the start of a town written in lower case
// that ends at e, before a state in lower case ("lives in gympie qld
// 4350"): one or two words of letters after "in", "at", "from", "near" or
// "to", a comma or the line's start.
func lowerTownBeforeState(text string, e int) (int, bool) {
	if text[e] != ' ' {
		return 0, false
	}
	if e > 0 && text[e-1] == ',' {
		e--
	}
	ts := -1
	for n := 0; n < 2 && e > 0; n++ {
		s := e
		for s > 0 && (isAlpha(text[s-1]) || text[s-1] >= 0x80 || text[s-1] == '-') {
			s--
		}
		if s == e || townCueBefore(text, s) {
			if s < e {
				ts = s
			}
			break
		}
		ts = -1
		if s == 0 || text[s-1] != ' ' {
			break
		}
		e = s - 1
	}
	return ts, ts >= 0
}

// townCueBefore reports whether the word w starting at s follows "in ",
// "at ", "from ", "near " or "to " (any case), a comma or a line break.
func townCueBefore(text string, s int) bool {
	if s == 0 || text[s-1] == '\n' {
		return true
	}
	if s >= 2 && text[s-1] == ' ' && text[s-2] == ',' {
		return true
	}
	for _, c := range [...]string{"in ", "at ", "from ", "near ", "to "} {
		if k := s - len(c); k >= 0 && equalFoldASCII(text[k:s], c) && (k == 0 || !isLetterAt(text, k-1)) {
			return true
		}
	}
	return false
}
