package redact

import "strings"

// A business's contact line often opens with its name alone (issue 9,
// session 21): "Silver Maple Junction · 4410 …, Fairhope, AL …, (251) …",
// "Vleisland Koos, Molenstraat 27, Worcester, 023 …", "Terre des Genêts –
// 7 rue des Tilleuls, 29200 Brest". When no word of bizTable
// names the trade, cueGate and orgLead pass the chain by and it stays
// masked, a false alarm of STREET_ADDRESS. nameHeadChain reads the name
// itself: two or more capitalised words (particles between them), at most
// nameHeadMaxWords, right before the chain with only a comma, a middle
// dot, a dash, a pipe or an opening bracket between, and no lower-case
// word among them. The person detector read no name there: no PERSON
// candidate, at any score, overlaps them. A customer's record opens with
// the customer's name, which the person detector reads (chainPerson keeps
// that chain masked before this is asked), and a guard word in the head
// ("my", "lives", "deliver to", "Address:") keeps the chain masked too. The
// chain must hold a street address and another contact item.

// nameHeadMaxWords bounds the words of a business's name nameHeadChain
// reads back from a chain.
const nameHeadMaxWords = 6

// nameHeadChain reports whether the chain idx of cands, which starts at
// first and whose head starts at hs, is a business's whose name alone
// opens it (see above).
func nameHeadChain(text string, cands []Span, idx []uint8, hs, first int) bool {
	if cands[idx[0]].Type != "STREET_ADDRESS" || len(idx) < 2 || first-hs < 4 {
		return false
	}
	e := nameHeadSep(text, hs, first)
	if e < 0 {
		return false
	}
	for _, k := range idx {
		if c := &cands[k]; c.Type == "EMAIL_ADDRESS" && roleKind(text[c.Start:c.End]) == emailPlain {
			return false // a person's own address in the chain
		}
	}
	s, caps, lead, inner := e, 0, -1, false
	for words := 0; s > hs; words++ {
		j := s
		for j > hs && text[j-1] != ' ' {
			j--
		}
		w := text[j:s]
		if w[len(w)-1] == ':' || isLower(w[0]) && !nameHeadParticle(w) {
			break // a label ("Loja:") or a lower-case word opens the name
		}
		if words == nameHeadMaxWords || strings.ContainsAny(w, ";=") {
			return false // too long for a name; a vCard's field
		}
		switch {
		case nameHeadCap(w):
			caps++
			lead = j
		case nameHeadParticle(w):
			inner = inner || caps > 0 // a particle between capitalised words
		case w[0] >= 0xC0 && !strings.HasPrefix(w, "–") && !strings.HasPrefix(w, "—"):
			j = s // a lower-case word of another script opens the name
		default:
			return false // a digit, a dash, a symbol: a record's field
		}
		if j == s {
			break
		}
		s = j
		for s > hs && text[s-1] == ' ' {
			s--
		}
	}
	if caps < 2 || nameHeadPerson(text[lead:e]) || nameHeadFamilyLast(text[lead:e]) {
		return false
	}
	if caps == 2 && !inner && !nameHeadWord(text[lead:e]) && !(s > hs && text[s-1] == ':' && !itemLabelColon(text, hs, s-1) ||
		s > hs+1 && text[s-2] == ':' && !itemLabelColon(text, hs, s-2)) {
		return false // two plain words may be a person's name the detector missed
	}
	for i := range cands {
		if c := &cands[i]; c.Type == "PERSON" && c.Start < e && s < c.End {
			return false // the person detector read a name there
		}
	}
	if _, guard := headCue(text[hs:first]); guard || orgGuard(text[hs:s], true, false, func() bool { return false }) || possessedBy(text[hs:s]) {
		return false // a customer's, a delivery's, a person's word before the name
	}
	return !chainWebmail(text, cands, idx)
}

// nameHeadParticle reports whether w is a particle of a business's name
// ("de", "of", "the", "&").
func nameHeadParticle(w string) bool {
	if w == "&" {
		return true
	}
	var buf [32]byte
	return len(w) <= len(buf) && orgParticle(lowerASCII(w, &buf))
}

// nameHeadPerson reports whether the name n, from its first capitalised
// word, opens with a given name or holds a title ("Ms", "DR"), read in
// title case when written in capitals: a person's name the person
// detector missed.
func nameHeadPerson(n string) bool {
	for k := 0; n != ""; k++ {
		w := n
		if i := strings.IndexByte(n, ' '); i >= 0 {
			w, n = n[:i], n[i+1:]
		} else {
			n = ""
		}
		w = strings.TrimRight(w, ".,")
		f := nameFlagsOf(w)
		if f == 0 && len(w) > 1 && len(w) <= 32 && allUpperASCII(w) {
			var buf [32]byte
			b := append(buf[:0], w[0])
			for i := 1; i < len(w); i++ {
				b = append(b, w[i]|0x20)
			}
			f = nameFlagsOf(string(b))
		}
		if f&nameTitle != 0 || k == 0 && f&nameGiven != 0 {
			return true
		}
	}
	return false
}

// nameHeadWord reports whether a word of the name n is a common word, a
// brand, a place (nameAmbiguous, nameStop, nameCity), quoted, or capitals
// only: no word of a person's name.
func nameHeadWord(n string) bool {
	for w := range strings.FieldsSeq(n) {
		if strings.ContainsAny(w, "\"„“”«»") || len(w) >= 3 && allUpperASCII(w) {
			return true
		}
		if nameFlagsOf(strings.TrimRight(w, ".,"))&(nameAmbiguous|nameStop|nameCity) != 0 {
			return true
		}
	}
	return false
}

// allUpperASCII reports whether w is ASCII capitals only.
func allUpperASCII(w string) bool {
	for k := 0; k < len(w); k++ {
		if !isUpper(w[k]) {
			return false
		}
	}
	return true
}

// nameHeadSep returns where the name before a chain that starts at first
// ends: before the separator right before the chain (", ", " · ", " – ",
// " - ", " | ", " ("), or -1.
func nameHeadSep(text string, hs, first int) int {
	e := first
	for e > hs && text[e-1] == ' ' {
		e--
	}
	h := text[hs:e]
	switch {
	case strings.HasSuffix(h, ","), strings.HasSuffix(h, "("), strings.HasSuffix(h, "|"), strings.HasSuffix(h, " -"):
		e--
	case strings.HasSuffix(h, "·"):
		e -= len("·")
	case strings.HasSuffix(h, "–"), strings.HasSuffix(h, "—"):
		e -= len("–")
	default:
		return -1
	}
	for e > hs && text[e-1] == ' ' {
		e--
	}
	if e == hs {
		return -1
	}
	return e
}

// nameHeadSepBefore reports whether a separator nameHeadSep reads stands
// right before first, after a letter: the cheap test before chainHead.
func nameHeadSepBefore(text string, first int) bool {
	e := first
	for e > 0 && text[e-1] == ' ' {
		e--
	}
	if e < 3 {
		return false
	}
	switch c := text[e-1]; {
	case c == ',' || c == '(' || c == '|' || c == '-':
	case c == 0xB7 && text[e-2] == 0xC2: // "·"
	case (c == 0x93 || c == 0x94) && text[e-2] == 0x80 && e >= 3 && text[e-3] == 0xE2: // "–", "—"
	default:
		return false
	}
	return true
}

// nameHeadCap reports whether w, a word of a name, is capitalised
// (after an opening quote) and holds no digit.
func nameHeadCap(w string) bool {
	for len(w) > 0 && (w[0] == '"' || w[0] == '\'' || w[0] == '(') {
		w = w[1:]
	}
	for _, q := range []string{"„", "“", "«", "‘"} {
		w = strings.TrimPrefix(w, q)
	}
	if w == "" || !upperAt(w, 0) {
		return false
	}
	for k := 0; k < len(w); k++ {
		if isDigit(w[k]) {
			return false
		}
	}
	return true
}

// possessedBy reports whether h holds a customer's, a delivery's or a
// person's word in the possessive ("the customer's business is …",
// "her sister's shop, …"): whose business it is, the chain is theirs.
func possessedBy(h string) bool {
	for w := range strings.FieldsSeq(h) {
		var o string
		switch {
		case strings.HasSuffix(w, "'s"):
			o = w[:len(w)-2]
		case strings.HasSuffix(w, "’s"):
			o = w[:len(w)-len("’s")]
		default:
			continue
		}
		var buf [32]byte
		if o == "" || len(o) > len(buf) {
			continue
		}
		lw := lowerASCII(o, &buf)
		if b, p := wordKinds(lw); b&(bizCustomer|bizGuard) != 0 || p&premBlock != 0 {
			return true
		}
	}
	return false
}

// nameHeadFamilyLast reports whether the last word of the name n is a
// family name of the name tables and nothing else (no given name, common
// word, brand, place or title): "Iracema Potiguara da Silva", "Ngozi Okonkwo-Eze
// Adeyemi" are a customer the person detector did not read whole, and a
// business's name alone ends with a word of its trade or place ("Silver
// Maple Junction", "Terre des Genêts"). (street23)
func nameHeadFamilyLast(n string) bool {
	i := strings.LastIndexByte(n, ' ')
	w := strings.TrimRight(n[i+1:], ".,")
	if k := strings.LastIndexByte(w, '-'); k > 0 && k+1 < len(w) {
		w = w[k+1:] // "Okonkwo-Adeyemi": its last part
	}
	f := nameFlagsOf(w)
	return f&nameFamily != 0 && f&(nameGiven|nameAmbiguous|nameStop|nameCity|nameTitle) == 0 // (a given name ends a venue's: "Mercado de San Fernando")
}

// itemLabelColon reports whether the label that ends with the colon at c
// (after hs) ends with a number: a record's or a list item's label
// ("Köplats 1:", "Guest 3:", "Kunde 12:"), not a trade's ("Slaghuis:").
// (street23)
func itemLabelColon(text string, hs, c int) bool {
	return c > hs && isDigit(text[c-1])
}
