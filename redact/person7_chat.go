package redact

// Chat exports and order threads pasted from messengers name their
// speakers as people type them, often in lower case ("giulia: 2 for me",
// "[03/11/25, 8:05 pm] arjun mehta: same"). lowerSpeakers finds such a
// speaker when the text is a chat (two lines or more open with a
// lower-case speaker label) and the label's first word is a given name of
// the gazetteers (no word, month or place too): the label is the name,
// with a second lower-case word or an initial ("janek w.") when one
// follows.

// lowerSpeakers appends the lower-case chat speakers of text (see above)
// that dst[n0:] does not cover. personSpans calls it only for a text
// with a line break and a colon.
//
//go:noinline
func lowerSpeakers(sc *textScan, dst []Span, n0 int) []Span {
	text := sc.text
	var found [8][2]int
	var col chatColumn // person9_chat.go
	nf, lines, stampedLines := 0, 0, 0
	lastLine := -1
	var times timeColumn // person10_chat.go
	for c := sc.next(mkColon, 0); c >= 0; c = sc.next(mkColon, c+1) {
		if c+1 >= len(text) || c == 0 {
			continue
		}
		if text[c+1] != ' ' {
			if isDigit(text[c+1]) && isDigit(text[c-1]) {
				times.add(text, c) // "tamsin  9:02 AM"
			}
			continue
		}
		var s, e int
		var stamped, ok bool
		switch mc := meridiemColon(text, c); { // person18_chat.go: "ruben tsosie 8:02 PM:"
		case mc > 0:
			s, e, ok = speakerBeforeTime(text, mc)
			stamped = ok
		case zoomColon(text, c): // chat17_labels.go: "10:02 From Odile Marchetti to Everyone:"
			s, e, ok, stamped = zoomLabel(text, c)
		case isLower(text[c-1]) || text[c-1] == '.' || text[c-1] == ')' || latinLowerBefore(text, c):
			e = c
			s, stamped, ok = speakerLabelStart(text, c)
		case isDigit(text[c-1]):
			s, e, ok = speakerBeforeTime(text, c) // person9_chat.go: "kwame 09:14: me"
			stamped = ok
		default:
			continue
		}
		if !ok && !stamped || s == lastLine {
			continue
		}
		lastLine = s
		lines++
		if stamped {
			stampedLines++
		}
		if ok {
			s, e = roleNameLabel(text, s, e) // chat17_labels.go: "customer (ines):"
		}
		if ok {
			col.add(s, e, stamped)
		} else if stamped {
			col.addCaps(text, s, e) // person13_chat.go: "[…] Ana Pérez:"
		}
		if e1 := lowerWordEnd(text, s); ok && nf < len(found) && e1-s >= 3 && e1-s <= 20 && isASCII(text[s:e1]) {
			f := lowerNameFlags(text[s:e1])
			if f&nameGiven != 0 && f&(nameStop|nameCity|nameAmbiguous) == 0 && !lowerGivenVeto.has(capitalised(text[s:e1])) {
				found[nf] = [2]int{s, e}
				nf++
			}
		}
	}
	if times.n >= 2 {
		dst = times.names(text, dst, n0)
	}
	if lines < 2 {
		return dst
	}
	dst = honorChatNames(text, dst, n0) // person15_honor.go: "tell aling nena cruz"
	for _, f := range found[:nf] {
		if !overlapsSpan(dst[n0:], f[0], f[1]) {
			dst = append(dst, Span{Start: f[0], End: f[1], Type: "PERSON", Rule: "builtin.person", Score: 0.7,
				Reason: "lower-case given name as a chat speaker"})
		}
	}
	if col.n >= 3 {
		dst = col.names(text, dst, n0)
	}
	if col.n+col.nc >= 3 {
		dst = col.mixedChatNames(text, dst, n0) // person13_chat.go
	}
	return chatRepeats(text, dst, n0, stampedLines) // chat17_repeat.go: "Odette Varga:", then "odette's"
}

// speakerLabelStart reads the line of the colon at c as a chat line: a
// bracketed stamp ("[14:02] ", "[03/11/25, 8:05 pm] ") or a time or date
// and a dash ("12/03/25, 21:04 - ") opening it (stamped), or a list dash,
// then a speaker label up to the colon: one or two words, the second
// maybe an initial ("janek w.", "Marta K."), or a name and a nickname in
// brackets. It returns where the label starts, and ok when the label is
// one or two lower-case words, the form lowerSpeakers takes as a name.
func speakerLabelStart(text string, c int) (s int, stamped, ok bool) {
	ls := c
	for ls > 0 && text[ls-1] != '\n' {
		ls--
		if c-ls > 48 {
			return 0, false, false
		}
	}
	s = ls
	if s < c && text[s] == '[' {
		for s < c && text[s] != ']' {
			s++
		}
		s++
		if s >= c || text[s] != ' ' {
			return 0, false, false
		}
		s++
		stamped = true
	} else if s < c && isDigit(text[s]) {
		for s < c && (isDigit(text[s]) || text[s] == ':' || text[s] == '/' || text[s] == '.' || text[s] == ',' || text[s] == ' ') {
			s++
		}
		if s+2 > c || text[s] != '-' || text[s+1] != ' ' {
			return 0, false, false
		}
		s += 2
		stamped = true
	} else if s+2 < c && (text[s] == '-' || text[s] == '*') && text[s+1] == ' ' {
		s += 2
	}
	if stamped {
		return s, true, lowerLabel(text, s, c) || stampedLabel3(text, s, c) // person18_chat.go
	}
	return s, false, lowerLabel(text, s, c) || capsLabel(text, s, c)
}

// lowerLabel reports whether text[s:c] is one or two lower-case words, the
// second maybe an initial and its dot ("janek w."), or a lower-case word
// and a nickname in brackets ("kiki (tavita)", person9_chat.go).
func lowerLabel(text string, s, c int) bool {
	return labelWords(text, s, c, false) || nickLabel(text, s, c)
}

// capsLabel reports whether text[s:c] is one or two capitalised words,
// the second maybe an initial and its dot ("Marta K."), as another
// speaker's label of the same chat.
func capsLabel(text string, s, c int) bool { return labelWords(text, s, c, true) }

// labelWords is lowerLabel, or capsLabel when caps is set.
func labelWords(text string, s, c int, caps bool) bool {
	words := 0
	for k := s; k < c; {
		from := k
		if caps {
			if !isUpper(text[k]) {
				return false
			}
			from = k + 1
		}
		e := speakerWordEnd(text, from)
		if e == k {
			return false
		}
		if words == 0 && e-k == 1 && e+2 < c && text[e] == '.' && text[e+1] == ' ' {
			k = e + 2 // an initial before the name ("j. adeyemi", person10_chat.go)
			continue
		}
		words++
		if e < c && text[e] == '.' && e+1 == c && e-k == 1 && words == 2 {
			return true
		}
		if e == c {
			return true
		}
		if text[e] != ' ' || words == 2 {
			return false
		}
		k = e + 1
	}
	return false
}

// speakerWordEnd returns the end of the word of ASCII lower-case letters,
// inner apostrophes and non-ASCII bytes (accented letters) at i, and
// inner hyphens between lower-case letters (chat17: "jean-luc:",
// "min-seo:", compound given names).
func speakerWordEnd(text string, i int) int {
	j := i
	for j < len(text) && (isLower(text[j]) || text[j] >= 0x80 || text[j] == '\'' && j > i ||
		text[j] == '-' && j > i && isLower(text[j-1]) && j+1 < len(text) && isLower(text[j+1])) {
		j++
	}
	return j
}
