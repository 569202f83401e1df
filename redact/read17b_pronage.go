package redact

// Ages in words after "he's" or "she's" (issue 9, session 20): a chat, a
// review or a note names a person and then gives their age with a pronoun,
// "(he's eleven now)", "(she's seventy!)", "he's sixty, wants to walk it".
// where13_words.go reads a number word only right after a name the person
// detector found; a digit after the pronoun is an age statement already
// (dob_birthday.go). pronounWordAges reads the number word after "he's" or
// "she's" (either apostrophe, either case) when the word closes its clause
// as wordAgeClosed reads it after "is": a comma, a stop, a bracket, "!",
// the line's end, or " and", " but", " now" ("she's ten minutes away",
// "he's one of them" stay). It reads only right after a name the person
// detector found, where a comma or a bracket opens the pronoun's aside
// (a few byte tests a name); "(she's seventy!)" after "my mom", or "(lead,
// she's sixteen)", is left.

// pronounAgeReason is the reason of an age in words after a pronoun: a
// fixed string.
const pronounAgeReason = "number word after he's or she's"

// pronounWordAges appends an AGE span for each number word after "he's"
// or "she's" (see above) right after a name that a comma or a bracket
// follows (ends, from residenceSpansOf's loop over the spans): "Ana Lopes
// (she's fifteen)", "my brother Tavita, he's sixty,".
//
//go:noinline
func pronounWordAges(text string, dst []Span, ends []int) []Span {
	for _, e := range ends {
		p := e + 2 // ", he's", " (he's"
		if p+8 >= len(text) || !(text[e] == ',' && text[e+1] == ' ' || text[e] == ' ' && text[e+1] == '(') {
			continue
		}
		if text[p]|0x20 == 's' {
			p++
		}
		if text[p]|0x20 != 'h' || text[p+1] != 'e' {
			continue
		}
		k := p + 2 // the apostrophe's last byte
		if text[k] != '\'' {
			if k+2 >= len(text) || text[k] != 0xE2 || text[k+1] != 0x80 || text[k+2] != 0x99 {
				continue
			}
			k += 2
		}
		if sp, ok := pronounAgeAt(text, k, p+1); ok {
			dst = append(dst, sp)
		}
	}
	return dst
}

// pronounAgeAt reads the number word after "he's " or "she's " whose
// apostrophe's last byte is at k and whose "e" is at e.
func pronounAgeAt(text string, k, e int) (Span, bool) {
	if k+3 >= len(text) || text[k+1] != 's' || text[k+2] != ' ' || e < 1 || text[e]|0x20 != 'e' || !pronounBefore(text, e) {
		return Span{}, false
	}
	ws, p := k+3, k+3
	for p < len(text) && p-ws < 24 && (isLower(text[p]) || text[p] == '-') {
		p++
	}
	if p == ws || text[p-1] == '-' || !wordAgeClosed(text, p, true) || !ageWordValue(text[ws:p]) {
		return Span{}, false
	}
	return Span{Start: ws, End: p, Type: "AGE", Rule: "builtin.age", Score: 0.75, Reason: pronounAgeReason}, true
}

// pronounBefore reports whether the "e" at k ends "he" or "she" (any case)
// at a word's start.
func pronounBefore(text string, k int) bool {
	if k < 1 || text[k-1]|0x20 != 'h' {
		return false
	}
	s := k - 1
	if s >= 1 && text[s-1]|0x20 == 's' {
		s--
	}
	return s == 0 || !isASCIIAlnum(text[s-1]) && text[s-1] < 0x80
}
