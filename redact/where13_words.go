package redact

import "strings"

// Ages written in words after a person's name (the thirteenth
// where-issue): "Maribel Ortiz, de nueve años, debuta", "Tom Reyes, twelve, scored", "my sister Nia is thirty and
// …", "Ana Ruiz turns sixty in May". A number word alone is no age ("two
// kids", "ten minutes"): it must stand in one of these places, next to a
// name the person detector found. The digit scan (dobDetector) never
// sees these, so they are read after the PERSON spans, at a few byte
// tests each in residenceSpansOf's loop. (An age before the name, "Ten-year-old
// Ana Ruiz", cost that loop three more tests per name: left out.)

// numberWordAges appends an AGE span for a number word next to each
// PERSON span of dst[n0:] (see above). residenceSpansOf calls it when its
// loop over the spans saw such a place next to a name; it is kept out of
// line.
//
//go:noinline
func numberWordAges(text string, dst []Span, n0 int) []Span {
	n := len(dst)
	var g spanGuard // ageAfterName23's townOverlaps for a long text's many names
	for i := n0; i < n; i++ {
		if dst[i].Type != "PERSON" {
			if dst[i].Type == "DATE_OF_BIRTH" {
				dst = dobBracketAges(text, dst, i) // loc17_age.go: "DOB: 4 Mar 1951 (74)"
			}
			continue
		}
		if sp, ok := wordAgeAfterName(text, dst[i].End); ok {
			dst = append(dst, sp)
		} else if sp, ok := ageAfterName23(text, dst, dst[i].End, &g); ok {
			dst = append(dst, sp) // "… Woldemariam is 66", "…, 88 this year" (loc23_age.go)
		}
	}
	return dst
}

// wordAgeAfterName reads a number word after a name that ends at e: set
// off by commas (", twelve,", ", de nueve años,"), after "is" and ending
// its clause ("is thirty and"), or after "turns" ("turns sixty"; the other
// turning verbs of turnVerb pass residenceSpansOf's test only after a
// comma).
func wordAgeAfterName(text string, e int) (Span, bool) {
	if e+4 >= len(text) {
		return Span{}, false
	}
	p, verb := e, ""
	switch {
	case text[e] == ',' && text[e+1] == ' ':
		p = e + 2
		if strings.HasPrefix(text[p:], "de ") {
			p += 3 // "de nueve años"
		}
	case text[e] == ' ' && (text[e+1] == 'i' || text[e+1] == 't' || text[e+1] == 'w' || text[e+1] == 'f' || text[e+1] == 'c'):
		q := e + 1
		for q < len(text) && q-e < 9 && isLower(text[q]) {
			q++
		}
		verb = text[e+1 : q]
		if verb == "will" && strings.HasPrefix(text[q:], " be ") {
			q += len(" be") // "Rowan will be seventy on the 3rd" (read15_age.go)
		} else if q >= len(text) || text[q] != ' ' || verb != "is" && !turnVerb(verb) {
			return Span{}, false
		}
		p = q + 1
	default:
		return Span{}, false
	}
	ws := p
	for p < len(text) && p-ws < 24 && (isLower(text[p]) || text[p] == '-' || text[p] >= 0x80) {
		p++
	}
	if p == ws {
		return Span{}, false
	}
	we := p
	if verb != "" && verb != "is" && verb != "will" {
		if !ageWordValue(text[ws:we]) {
			return Span{}, false
		}
		return wordAgeSpan(ws, we), true // "turns sixty", "wird sechzig"
	}
	// an optional unit: "nueve años", "ten years old"
	if p+1 < len(text) && text[p] == ' ' {
		q := p + 1
		for q < len(text) && q-p < 8 && (isLower(text[q]) || text[q] >= 0x80) {
			q++
		}
		if u := text[p+1 : q]; ageYearsWord(u) && (u != "years" || strings.HasPrefix(text[q:], " old")) {
			p = q
			if u == "years" {
				p += len(" old")
			}
		}
	}
	// (the clause's end before the word's look-up: ", who is", ", and
	// then" end no clause)
	if !wordAgeClosed(text, p, verb == "is" || verb == "will") && !(verb == "will" && willTimeAfter(text, p)) ||
		!ageWordValue(text[ws:we]) {
		return Span{}, false
	}
	return wordAgeSpan(ws, we), true
}

// wordAgeClosed reports whether the clause of an age in words ends at p:
// a comma, a full stop, a bracket, a line break or the text's end, or,
// after "is", " and", " but" or " now".
func wordAgeClosed(text string, p int, is bool) bool {
	if p >= len(text) {
		return true
	}
	switch text[p] {
	case ',', '.', ';', ')', '!', '\n':
		return true
	case ' ':
		rest := text[p+1:]
		return is && (strings.HasPrefix(rest, "and ") || strings.HasPrefix(rest, "but ") || strings.HasPrefix(rest, "now"))
	}
	return false
}

// wordAgeSpan is the AGE span of an age in words.
func wordAgeSpan(s, e int) Span {
	return Span{Start: s, End: e, Type: "AGE", Rule: "builtin.age", Score: 0.75, Reason: "number word next to a name"}
}
