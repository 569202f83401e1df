package redact

import "strings"

// Where a named person or family lives, right after the name (read22,
// issue 9): a bulletin thanks "the Rahman family of Fenham", "Mrs.
// Hemalatha Desilva and family of Mitcham Junction", "Mr & Mrs Moshe Adler
// of Kessock Brae"; a show's winners list reads "Peeter Kask, from
// Hiiumaa"; an Indonesian list "Made Wirawan (dari Singaraja)". The place
// words follow the person span the detector found, after "of" (with
// "family" or "and family" between) or after "from" and "dari" set off by
// a comma or a bracket, and end their clause. They are one to three
// capitalised words no gazetteer knows as a stop word, title or greeting
// (a town no list has is the common case: "Fenham", "Hiiumaa"), the last
// no trade's word ("Jo Reyes of Reyes Joinery"), and not "of" an
// institution's words ("the Duke of Rothesay" has no person span
// before "of"). A span the person detector made of the place ("Kessock
// Hill": a capitalised word with a family name) is turned into the
// LOCATION. Cost: two table reads per person span found
// (afterNameWords).

// homeReason is the reason of a place read after a person's name: a
// fixed string.
const homeReason = "place after a person's or family's name and 'of' or 'from'"

// homeLeads are the words between a person span and the place, with the
// spaces around them; "of" ones take a place without a comma, "from" and
// "dari" (Indonesian, Malay) only after a comma or an opening bracket.
var homeLeads = [...]string{
	" of ", " family of ", " and family of ", " and family, of ", " families of ", " household of ",
	", from ", " (from ", ", dari ", " (dari ",
}

// homeLeadsBy holds homeLeads by their first two bytes (a space or a
// comma, then the byte after it), so that homeAfter tries only the leads
// the text may hold.
var homeLeadsBy = func() (t [2][256][]string) {
	for _, l := range homeLeads {
		k := 0
		if l[0] == ',' {
			k = 1
		}
		t[k][l[1]] = append(t[k][l[1]], l)
	}
	return t
}()

// afterNameWords reads the words after each person span of dst[n0:]: a
// family name of birth or marriage (maidenAfter, read22_maiden.go), the
// place a person or family is of or from (homeAfter), and a partner's
// full name after "and" (partnerAfter, read22_partner.go). Most spans fail
// its first test: the two bytes after them are no space or comma before
// a byte a marker or lead may open with (afterNameByte).
func afterNameWords(text string, dst []Span, n0 int) []Span {
	n1 := len(dst)
	var g spanGuard // span_guard.go: a list of ten thousand names and places
	for k := n0; k < n1; k++ {
		e := dst[k].End
		if e+5 >= len(text) || afterNameByte[text[e+1]]&afterNameKind[text[e]] == 0 || dst[k].Type != "PERSON" {
			continue
		}
		n := len(dst)
		if dst = maidenAfter(text, dst, k, n0, &g); len(dst) == n {
			dst = homeAfter(text, dst, k, n0, n1, &g)
		}
		if len(dst) == n && (text[e+1] == 'a' || text[e+1] == '&' || text[e] == ')') {
			dst = partnerAfter(text, dst, k, n0, &g) // read22_partner.go
		}
	}
	reportWork("afterNameWords", g.work)
	return dst
}

// afterNameKind classes the byte right after a person span: 1 a space,
// 2 a comma, 4 a closing bracket; afterNameByte the byte after that one,
// with the classes it may follow: a marker's or a lead's first byte after
// a space (" née", " of", " (from", " and", " &"), the space after a comma
// (", geb.", ", from") or a bracket (") and").
var afterNameKind, afterNameByte = func() (k, b [256]uint8) {
	k[' '], k[','], k[')'] = 1, 2, 4
	for _, c := range []byte("ngvofrzdiah(&") {
		b[c] |= 1
	}
	b[' '] |= 4  // ") and", ") &": a partner after a bracketed name
	b[0xC3] |= 1 // "ép.", "épouse"
	b[' '] |= 2
	return k, b
}()

// homeAfter appends the place after the person span dst[k] (see above),
// or turns the person detector's span on it, the next one of dst[:n1],
// into the LOCATION.
func homeAfter(text string, dst []Span, k, n0, n1 int, g *spanGuard) []Span {
	e := dst[k].End
	s := -1
	for _, l := range homeLeadsBy[text[e]>>2&1][text[e+1]] { // ' ' is 0x20, ',' 0x2C
		if l[2] == text[e+2] && strings.HasPrefix(text[e:], l) {
			s = e + len(l)
			break
		}
	}
	if s < 0 || s >= len(text) || !upperAt(text, s) || peerTitle(text[dst[k].Start:e]) {
		return dst
	}
	pe := homePlaceEnd(text, s)
	if pe <= s {
		return dst
	}
	if j := k + 1; j < n1 && dst[j].Type == "PERSON" && dst[j].Start == s && dst[j].End == pe {
		// the person detector's span on the place, next in order
		dst[j].Type, dst[j].Rule, dst[j].Score, dst[j].Reason = "LOCATION", "builtin.location", 0.7, homeReason
		return dst
	}
	if !g.overlaps(dst[n0:], len(text), s, pe) {
		dst = append(dst, locationSpan(s, pe, 0.7, homeReason))
	}
	return dst
}

// homePlaceEnd returns the end of the one to three capitalised words of
// a place at text[s:] that end their clause (see above), or s.
func homePlaceEnd(text string, s int) int {
	end := s
	for n := 0; n < 3; n++ {
		if end >= len(text) || !upperAt(text, end) {
			return s
		}
		e := altWordEnd(text, end) // read22_bracket.go
		w := text[end:e]
		if len(w) < 3 || isUpper(w[1]) {
			return s // "of NHS", "from A"
		}
		if f := nameFlagsOf(w); f&(nameTitle|nameGreeting) != 0 || f&nameStop != 0 && f&nameCity == 0 && !cityNames.has(w) {
			return s // "of Directors", "from Monday"
		}
		if homeClauseEnd(text, e) {
			if businessLast(text, s, e) {
				return s
			}
			return e
		}
		if e+1 >= len(text) || text[e] != ' ' {
			return s
		}
		end = e + 1
	}
	return s
}

// homeClauseEnd reports whether the clause ends at text[i:]: the text's
// end, a comma, a stop, a semicolon, a bracket, a line break, or " for",
// " who", " and", a dash after a space.
func homeClauseEnd(text string, i int) bool {
	if i >= len(text) {
		return true
	}
	switch text[i] {
	case ',', '.', ';', ')', '\n', '!', ':':
		return true
	case ' ':
		r := text[i+1:]
		return strings.HasPrefix(r, "for ") || strings.HasPrefix(r, "who ") || strings.HasPrefix(r, "and ") ||
			strings.HasPrefix(r, "– ") || strings.HasPrefix(r, "— ") || strings.HasPrefix(r, "- ")
	}
	return false
}

// peerTitle reports whether the name n opens with a peer's title: "Lord
// Mayhew of Ashby", "Baroness Quill of Sandmere" name a title's place,
// not a home.
func peerTitle(n string) bool {
	for _, t := range [...]string{"Lord ", "Lady ", "Baron ", "Baroness ", "Earl ", "Duke ", "Duchess ", "Viscount "} {
		if strings.HasPrefix(n, t) {
			return true
		}
	}
	return false
}
