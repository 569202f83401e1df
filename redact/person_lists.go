package redact

// Names written in lower case inside a text that has capitals: a list of
// names where one was typed without capitals ("ppl: jessica wong
// jwong@…, Ahmed Al-Farsi, …"). A given name and a family name of the
// gazetteers, both in lower case, are a name only with a person context:
// right before an e-mail address, at the start of a list item, or as an
// item next to a name found already in a list of three names or more
// (items separated by commas, semicolons or "&"). Texts written all in
// lower case go through lowerCaseNames instead. Both rules run only on
// texts in which two names were found (and an '@', or three names), so
// that most texts pay nothing.

// lowerNamesInLists runs the two rules on a text in which the person
// detector found two names or more (dst[n0:]): lists of names have them.
//
//go:noinline
func lowerNamesInLists(sc *textScan, dst []Span, n0 int) []Span {
	if at := sc.next(mkAt, 0); at >= 0 {
		dst = lowerNamesBeforeEmails(sc, at, dst)
	}
	if len(dst)-n0 >= 3 {
		dst = lowerNamesInList(sc.text, dst, n0)
	}
	return dst
}

// lowerNamesBeforeEmails appends the lower-case names right before the
// e-mail addresses of the text, the first '@' of which is at at: a given
// and a family name of the gazetteers, at the start of a list item, then
// one space and the address ("ppl: jessica wong jwong@gmail.com, …").
func lowerNamesBeforeEmails(sc *textScan, at int, dst []Span) []Span {
	text := sc.text
	var g spanGuard // span_guard.go: a list of ten thousand names and addresses
	for ; at >= 0; at = sc.next(mkAt, at+1) {
		// The address's local part, then one space.
		b := at
		for b > 0 && at-b < 64 && (isASCIIAlnum(text[b-1]) || text[b-1] == '.' || text[b-1] == '_' || text[b-1] == '-' || text[b-1] == '+') {
			b--
		}
		if b == at || b < 4 || text[b-1] != ' ' || !isLower(text[b-2]) {
			continue
		}
		// The two words before it, and what comes before them.
		e := b - 1
		w := e
		for w > 0 && e-w < 24 && isLower(text[w-1]) {
			w--
		}
		if w < 2 || text[w-1] != ' ' {
			continue
		}
		s := w - 1
		for s > 0 && w-1-s < 24 && (isLower(text[s-1]) || text[s-1] == '\'') {
			s--
		}
		if s == w-1 || !itemStartAt(text, s) {
			continue
		}
		if st, en, ok := lowerPairAt(text, s, e); ok && en == e && !g.overlaps(dst, len(text), st, en) {
			dst = append(dst, Span{Start: st, End: en, Type: "PERSON", Rule: "builtin.person", Score: 0.7,
				Reason: "given name and family name from gazetteers in lower case, before an e-mail address"})
		}
		g.work++
	}
	reportWork("lowerNamesBeforeEmails", g.work)
	return dst
}

// itemStartAt reports whether a list item or field value starts at i: at
// the start of the text or a line, or after ": ", ", ", "; ", "(", "- ",
// "& " or "and ".
func itemStartAt(text string, i int) bool {
	if i == 0 || text[i-1] == '\n' || text[i-1] == '(' {
		return true
	}
	if i < 2 || text[i-1] != ' ' {
		return false
	}
	switch text[i-2] {
	case ':', ',', ';', '-', '&', '\n':
		return true
	}
	return i >= 4 && text[i-4:i] == "and " && (i == 4 || !isAlpha(text[i-5]))
}

// lowerNamesInList appends, for each PERSON span of dst[n0:], the
// lower-case names in the list items right before and after it.
func lowerNamesInList(text string, dst []Span, n0 int) []Span {
	n := len(dst)
	var g spanGuard // span_guard.go: a list of ten thousand names
	for k := n0; k < n; k++ {
		s := dst[k]
		if s.Type != "PERSON" {
			continue
		}
		if st, en, ok := lowerItemBefore(text, s.Start); ok && !g.overlaps(dst[n0:], len(text), st, en) {
			dst = append(dst, Span{Start: st, End: en, Type: "PERSON", Rule: "builtin.person", Score: 0.7,
				Reason: "given name and family name from gazetteers in lower case, in a list of names"})
		}
		if st, en, ok := lowerItemAfter(text, s.End); ok && !g.overlaps(dst[n0:], len(text), st, en) {
			dst = append(dst, Span{Start: st, End: en, Type: "PERSON", Rule: "builtin.person", Score: 0.7,
				Reason: "given name and family name from gazetteers in lower case, in a list of names"})
		}
	}
	reportWork("lowerNamesInList", g.work+n-n0)
	return dst
}

// coveredBy reports whether a span of spans overlaps start..end.
func coveredBy(spans []Span, start, end int) bool {
	for _, s := range spans {
		if s.Start < end && start < s.End {
			return true
		}
	}
	return false
}

// listSepBefore returns where the item separator (", ", "; ", " & ", ",
// and ", ", & ") that ends right before i starts, or -1.
func listSepBefore(text string, i int) int {
	switch {
	case i >= 2 && text[i-1] == ' ' && (text[i-2] == ',' || text[i-2] == ';'):
		return i - 2
	case i >= 3 && text[i-3:i] == " & ":
		return i - 3
	case i >= 6 && text[i-6:i] == ", and ":
		return i - 6
	}
	return -1
}

// lowerItemBefore finds the list item that ends at the separator before
// start (a name found already) and returns the lower-case given and
// family name that open it: "jessica wong jwong@gmail.com, Ahmed".
func lowerItemBefore(text string, start int) (int, int, bool) {
	sep := listSepBefore(text, start)
	if sep < 0 {
		return 0, 0, false
	}
	// The item's start: after the separator or label before it, at most
	// 80 bytes back.
	b := sep
	for b > 0 && sep-b < 80 {
		c := text[b-1]
		if c == ',' || c == ';' || c == ':' || c == '\n' || c == '(' || c == '&' || c == '-' && b >= 2 && text[b-2] == '\n' {
			break
		}
		b--
	}
	if sep-b >= 80 {
		return 0, 0, false
	}
	for b < sep && text[b] == ' ' {
		b++
	}
	if b+4 <= sep && text[b:b+4] == "and " {
		b += 4
	}
	st, en, ok := lowerPairAt(text, b, sep)
	if !ok || en < sep && !contactData(text[en:sep]) {
		return 0, 0, false // the pair must be the whole item, or be followed by an e-mail or a phone number
	}
	return st, en, true
}

// contactData reports whether s, the rest of a list item after a name, has
// an e-mail address, a digit or a parenthesis: contact data, not words.
func contactData(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == '@' || c == '(' || isDigit(c) {
			return true
		}
	}
	return false
}

// lowerItemAfter returns the lower-case given and family name that open
// the list item after the name ending at end: "Ahmed Al-Farsi, jessica
// wong".
func lowerItemAfter(text string, end int) (int, int, bool) {
	i := end
	// Skip what belongs to the name's item: a parenthesis, then the
	// separator.
	if i+1 < len(text) && text[i] == ' ' && text[i+1] == '(' {
		j := i + 2
		for j < len(text) && j-i < 80 && text[j] != ')' && text[j] != '\n' {
			j++
		}
		if j >= len(text) || text[j] != ')' {
			return 0, 0, false
		}
		i = j + 1
	}
	switch {
	case i+2 < len(text) && (text[i] == ',' || text[i] == ';') && text[i+1] == ' ':
		i += 2
	case i+3 < len(text) && text[i:i+3] == " & ":
		i += 3
	default:
		return 0, 0, false
	}
	if i+4 <= len(text) && text[i:i+4] == "and " {
		i += 4
	}
	// Two lower-case words that end the item, before any lookup: most
	// texts go on after a name with a clause ("Anna Smith, who …").
	if i >= len(text) || !isLower(text[i]) {
		return 0, 0, false
	}
	e := lowerWordEnd(text, i)
	if e+1 >= len(text) || text[e] != ' ' || !isLower(text[e+1]) || !itemEndAt(text, lowerWordEnd(text, e+1)) {
		return 0, 0, false
	}
	return lowerPairAt(text, i, len(text))
}

// itemEndAt reports whether a list item ends at i: the end of the text or
// a line, punctuation, a parenthesis, or " and ", " & ", " (".
func itemEndAt(text string, i int) bool {
	if i >= len(text) {
		return true
	}
	switch text[i] {
	case ',', ';', '.', ')', '(', '\n', '!', '?', ':':
		return true
	case ' ':
		r := text[i+1:]
		return len(r) > 0 && (r[0] == '(' || r[0] == '&' || len(r) >= 4 && r[:4] == "and " || r[0] == '<')
	}
	return false
}

// lowerPairAt returns the given name and family name of the gazetteers,
// both in lower case, at i, ending before limit, as lowerCaseNames reads
// them ("jessica wong"; "mark", "grace" and other words are no given
// name).
func lowerPairAt(text string, i, limit int) (int, int, bool) {
	if i >= limit || !isLower(text[i]) || i > 0 && isAlpha(text[i-1]) {
		return 0, 0, false
	}
	e := lowerWordEnd(text, i)
	f := lowerNameFlags(text[i:e])
	if f&nameGiven == 0 || f&(nameStop|nameCity|nameAmbiguous) != 0 || lowerGivenVeto.has(capitalised(text[i:e])) {
		return 0, 0, false
	}
	if e+2 >= limit || text[e] != ' ' {
		return 0, 0, false
	}
	fe := lowerFamilyAt(text, e+1)
	if fe == 0 || fe > limit || fe < len(text) && isAlpha(text[fe]) {
		return 0, 0, false
	}
	return i, fe, true
}
