package redact

import "strings"

// A business's name often reads like a person's to the person detector
// (issue 9, session 21): a given name or a family name that opens it,
// then a trade's, an organisation's or a premises word, a legal form, or a
// brand in camel case ("Harriet Vale Ltd", "Lindqvist Car Service",
// "Morven Pines Livery", "Tamsin Gale Bakery").
// orgNameDemoteAt lowers a PERSON candidate of two or more words one of whose
// words after the first is such a word (the kinds of tradeName,
// business12_block.go, and a service's word; a bizCapTrade word only when
// capTrade reads it as a trade's; no given or family name of the
// gazetteers: "Hall", "Mason" are people's names too). A person's
// label before it (personLabelBefore) keeps the span: "Name: Robin
// Baker" is a person whatever the words.

// orgNameReason is the reason of a name lowered by orgNameDemoteAt: a fixed
// string.
const orgNameReason = "an organisation's or a business's name, not a person's"

// orgNameDemoteAt lowers cands[i], a PERSON candidate at or over
// DefaultMinScore, when it holds an organisation's word (see above), with
// the shorter names read inside it; or cuts it to the person's given name
// before a particle and an organisation's words (orgOfPerson).
// person21Demote calls it for each candidate publicNameAt leaves.
func orgNameDemoteAt(text string, cands []Span, i int, x *demoteIndex) {
	s := &cands[i]
	name := text[s.Start:s.End]
	sp := strings.IndexByte(name, ' ')
	if sp < 0 {
		return
	}
	strong, weak, n := orgWordIn(name[sp+1:])
	if w := orgWordAfter(text, s.End); w != "" {
		st, wk, _ := orgWordIn(w)
		strong, weak, n = strong || st, weak || wk, n+1
	}
	if !strong && !(weak && n >= 2) || personLabelBefore(text, s.Start) {
		return // a trade's word alone after a given name is a family name too; "Name: …" is a person
	}
	if x.build(cands); dateOfBirthAfter(text, x, s.End) {
		return // so is a name with a date of birth (person24_orgbirth.go)
	}
	if k := orgOfPerson(name); k > 0 {
		s.End = s.Start + k // "Joana da Clínica Dentária …": the person is Joana
		return
	}
	s.Score = premisesScore
	s.Reason = orgNameReason
	inside := x.within(cands, s.Start, s.End)
	reportWork("orgNameDemoteAt", len(inside)+1) // the candidates read (TestFindLongWork)
	// by start, not by index: each candidate's change is its own, so
	// any order will do
	for _, k := range inside {
		// the shorter names read inside it ("Harriet" of "Harriet
		// Vale Ltd") go with it; one person21Demote has yet to reach
		// that names a public figure keeps publicNameAt's reason, as
		// when every candidate was read for a public name first
		if c := &cands[k]; c.Type == "PERSON" && c.Score >= DefaultMinScore && c.Start >= s.Start && c.End <= s.End {
			c.Score = premisesScore
			c.Reason = orgNameReason
			if int(k) > i && publicNameAt(text, c) {
				c.Reason = publicReason
			}
		}
	}
}

// orgOfPerson returns where a person's given name ends in name when a
// lower-case particle joins it to an organisation's words ("Joana da
// Clínica …", "Tom of Hillside Bakery"), or 0.
func orgOfPerson(name string) int {
	sp := strings.IndexByte(name, ' ')
	if nameFlagsOf(name[:sp])&nameGiven == 0 {
		return 0
	}
	rest := name[sp+1:]
	p := strings.IndexByte(rest, ' ')
	if p <= 0 || p > 4 || !isLower(rest[0]) {
		return 0
	}
	switch rest[:p] {
	case "da", "do", "de", "del", "della", "dal", "of", "from", "von", "vom", "van", "at", "bei":
		return sp
	}
	return 0
}

// orgWordIn reports whether a word of ws, the words of a name after its
// first, is an organisation's word: strong for a legal form, a brand in
// camel case, a service's or a desk's word ("Service", "desk"), weak for
// a trade's or a premises word, or a capitalised trade word (capTrade);
// n counts the words.
func orgWordIn(ws string) (strong, weak bool, n int) {
	for i := 0; i < len(ws); {
		for i < len(ws) && ws[i] == ' ' {
			i++
		}
		j, m := i, byte(0)
		if j < len(ws) {
			j++ // the word's first byte: no space
		}
		for j < len(ws) && ws[j] != ' ' {
			// a capital or a '-' after the first byte, which
			// innerUpper and hasHyphen look for (trimPunct's word is
			// inside this one): most words hold none
			m |= orgOddBytes[ws[j]]
			j++
		}
		odd := m != 0
		w := ws[i:j]
		i = j
		if w == "" {
			continue
		}
		n++
		if !wordByte(w[0]) || !wordByte(w[len(w)-1]) {
			w = trimPunct(w)
		}
		if len(w) < 2 || len(w) > 32 {
			continue
		}
		if legalFormWord(w) || odd && len(w) >= 5 && innerUpper(w) && camelBrand(w) {
			strong = true
			continue
		}
		if !bizWords.hasBit(wordBit(w)) && !(odd && hasHyphen(w)) {
			continue // no table word (business12_words.go, wordBit folds case): the common case
		}
		var buf [32]byte
		lw := lowerASCII(w, &buf)
		if nameFlagsOf(w)&(nameGiven|nameFamily) != 0 {
			continue // "Hall", "Mason": a family name too
		}
		b, p := wordKinds(lw)
		switch {
		case b&(bizCue|bizService) != 0:
			strong = true
		case b&bizTrade != 0 || p&premNoun != 0 || b&bizCapTrade != 0 && capTrade(w, "", "", true):
			weak = true
		}
	}
	return strong, weak, n
}

// orgOddBytes marks the bytes orgWordIn looks for after a word's first:
// the ASCII capitals (innerUpper) and '-' (hasHyphen).
var orgOddBytes = func() (t [256]byte) {
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = 1
	}
	t['-'] = 1
	return t
}()

// innerUpper reports whether w holds an ASCII capital after its first
// byte: camelBrand's cheap test.
func innerUpper(w string) bool {
	for k := 1; k < len(w); k++ {
		if isUpper(w[k]) {
			return true
		}
	}
	return false
}

// orgWordAfter returns the capitalised word right after a name that ends
// at end (one space between), or "".
func orgWordAfter(text string, end int) string {
	if end+2 >= len(text) || text[end] != ' ' || !upperAt(text, end+1) {
		return ""
	}
	e := end + 1
	for e < len(text) && text[e] != ' ' && text[e] != '\n' && e-end < 24 {
		e++
	}
	return text[end+1 : e]
}
