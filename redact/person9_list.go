package redact

import "strings"

// A list of customers names one person per item, and the items a name
// rule found vouch for the ones it did not: names no gazetteer knows,
// spelt unlike the names the spelling table learnt ("- Eyvindur
// Hallgrímsson fra Bergen", "- Oddur Sigfússon verður 40 ára"), followed
// by words of a language the slot rules do not read. When two items or
// more of a list, and more than half of its items, open with a PERSON
// span, listSiblingNames takes the other items of the same mark that open
// with two or three capitalised words as names too, if none of those
// words is a stop word, a month, a title or a city that is no name of the
// gazetteers, the words end where a name ends (the line's end, a comma, a
// colon, a parenthesis, a dash, or a lower-case word: "fra", "din",
// "verður") and their spelling does not read as dictionary words
// (siblingSpellMean, siblingSpellFloor). It runs only for a text with a
// line break and two PERSON spans or more.

const (
	// siblingSpellMean and siblingSpellFloor are the spelling thresholds
	// (×16 log odds, person7_spell.go) of a list item's words beside items
	// that are names: lower than a lone item's (spellRunMean 40), since the
	// list vouches for it; "Summer Sale" and "Cold Brew" stay out by their
	// stop words and spelling.
	siblingSpellMean  = -20
	siblingSpellFloor = -90
)

// item marks of listItemMarkAt, by kind.
const (
	itemNone = iota
	itemDash
	itemStar
	itemBullet
	itemNumber
	itemHash
	itemKinds
)

// listSiblingNames appends the names of list items that sibling items
// vouch for (see above); dst[n0:] are the person detector's spans.
//
//go:noinline
func listSiblingNames(text string, dst []Span, n0 int) []Span {
	var named, items [itemKinds]int
	var g spanGuard // span_guard.go
	for _, s := range dst[n0:] {
		if s.Type != "PERSON" {
			continue
		}
		// A list mark, its indent and a title take 30 bytes at most: a
		// name further into its line opens no item (and a long line of
		// names is not walked back once per name).
		ls := lineStartNear(text, s.Start, itemNameReach)
		g.work += min(s.Start-ls, itemNameReach) + 1
		if ls < 0 {
			continue
		}
		if k, i := listItemMarkAt(text, ls); k != itemNone && (i == s.Start || titleBetween(text, i, s.Start)) {
			named[k]++
		}
	}
	any := false
	for _, n := range named {
		any = any || n >= 2
	}
	if !any {
		reportWork("listSiblingNames", g.work)
		return dst
	}
	for ls := 0; ls < len(text); {
		le := lineEndAt(text, ls)
		g.work += le - ls + 1
		if k, _ := listItemMarkAt(text, ls); k != itemNone {
			items[k]++
		}
		ls = le + 1
	}
	n1 := len(dst)
	for ls := 0; ls < len(text); {
		le := lineEndAt(text, ls)
		g.work += le - ls + 1
		k, i := listItemMarkAt(text, ls)
		ls = le + 1
		if k == itemNone || named[k] < 2 || 2*named[k] <= items[k] {
			continue
		}
		reason := "capitalised words opening a list item beside items that are names"
		e, ok := siblingNameEnd(text, i, le)
		if ok {
			ok = spellNameLikeAt(text, i, e, siblingSpellMean, siblingSpellFloor)
		} else if e, ok = siblingCaseNameEnd(text, i, le); ok {
			reason = "given name in lower case or capitals opening a list item beside items that are names"
		} else if gn, s2, e2, ok2 := siblingCouple(text, i, le); ok2 && !g.overlaps(dst[:n1], len(text), i, e2) {
			// "- Nikos και Ελένη Καραγιάννη": a couple, one family name.
			dst = append(dst, Span{Start: i, End: gn, Type: "PERSON", Rule: "builtin.person", Score: 0.7,
				Reason: "couple opening a list item beside items that are names"},
				Span{Start: s2, End: e2, Type: "PERSON", Rule: "builtin.person", Score: 0.7,
					Reason: "couple opening a list item beside items that are names"})
			continue
		}
		if !ok || g.overlaps(dst[:n1], len(text), i, e) {
			continue
		}
		dst = append(dst, Span{Start: i, End: e, Type: "PERSON", Rule: "builtin.person", Score: 0.7, Reason: reason})
	}
	reportWork("listSiblingNames", g.work)
	return dst
}

// itemNameReach is how far into its line a name may start and still open
// a list item: an indent of 8 bytes, a mark of 14 ("#12345678 – ") and a
// title of 8 (listItemMarkAt, titleBetween), rounded up.
const itemNameReach = 64

// listItemMarkAt reads a list mark at the line start ls, after spaces
// that indent it: "- ", "* ", "• ", "12. ", "3) ", or an order number and
// a dash ("#2291 – ", "#17 - "). It returns the mark's kind and where the
// item starts, or itemNone.
func listItemMarkAt(text string, ls int) (int, int) {
	i := ls
	for i < len(text) && i-ls < 8 && (text[i] == ' ' || text[i] == '\t') {
		i++
	}
	if i+2 >= len(text) {
		return itemNone, 0
	}
	switch c := text[i]; {
	case (c == '-' || c == '*') && text[i+1] == ' ':
		if c == '-' {
			return itemDash, i + 2
		}
		return itemStar, i + 2
	case c == 0xE2 && i+4 < len(text) && text[i+1] == 0x80 && text[i+2] == 0xA2 && text[i+3] == ' ': // "•"
		return itemBullet, i + 4
	case isDigit(c):
		j := i
		for j < len(text) && j-i < 3 && isDigit(text[j]) {
			j++
		}
		if j+1 < len(text) && (text[j] == '.' || text[j] == ')') && text[j+1] == ' ' {
			return itemNumber, j + 2
		}
	case c == '#':
		j := i + 1
		for j < len(text) && j-i < 9 && isDigit(text[j]) {
			j++
		}
		if j == i+1 || j >= len(text) || text[j] != ' ' {
			return itemNone, 0
		}
		j++
		if d := dashLen(text, j); d > 0 && j+d < len(text) && text[j+d] == ' ' {
			return itemHash, j + d + 1
		}
	}
	return itemNone, 0
}

// dashLen returns the length in bytes of the dash at i ("-", "–", "—"),
// or 0.
func dashLen(text string, i int) int {
	if i < len(text) && text[i] == '-' {
		return 1
	}
	if i+2 < len(text) && text[i] == 0xE2 && text[i+1] == 0x80 && (text[i+2] == 0x93 || text[i+2] == 0x94) {
		return 3
	}
	return 0
}

// siblingNameEnd reads two or three capitalised words at i, on the line
// that ends at le, and returns their end when they may be a name (see
// listSiblingNames): no stop word, month, title or greeting, no city the
// gazetteers do not know as a name too, and an end where a name ends.
func siblingNameEnd(text string, i, le int) (int, bool) {
	words, k := 0, i
	for {
		if k >= le || !upperAt(text, k) {
			return 0, false
		}
		e := k
		for e < le {
			if c := text[e]; isAlpha(c) || c == '-' || c == '\'' {
				e++
			} else if c >= 0xC3 && c < 0xE0 && e+1 < le { // a two-byte letter: "ð", "ė", "ő"
				e += 2
			} else {
				break
			}
		}
		if e-k < 2 || text[e-1] == '-' || isUpper(text[k+1]) {
			return 0, false // a word in capitals: siblingCaseNameEnd
		}
		f := nameFlagsOf(text[k:e])
		if f&(nameStop|nameTitle|nameGreeting) != 0 || f&nameCity != 0 && f&(nameGiven|nameFamily) == 0 {
			return 0, false
		}
		if _, ok := monthAt(text, k); ok {
			return 0, false
		}
		words++
		if words > 3 {
			return 0, false
		}
		// Where the words end: another capitalised word goes on.
		if e == le {
			return e, words >= 2
		}
		switch text[e] {
		case ',', ':', ';':
			return e, words >= 2
		case ' ':
		default:
			return 0, false
		}
		n := e + 1
		if n >= le {
			return e, words >= 2
		}
		if c := text[n]; c == '(' || dashLen(text, n) > 0 || isLower(c) || c >= 0xC3 && c < 0xE0 && !upperAt(text, n) {
			return e, words >= 2
		}
		k = n
	}
}

// siblingCouple reads a couple at i, on the line that ends at le: one
// capitalised word (coupleGiven, person9_pair.go), a word for "and"
// (pairConjunctions), and two or three capitalised words that
// siblingNameEnd reads and whose spelling is a name's ("Joris & Lotte
// Vermeulen"). It returns the end of the first given name and the bounds
// of the full name.
func siblingCouple(text string, i, le int) (int, int, int, bool) {
	g := i
	for g < le && text[g] != ' ' && text[g] != ',' {
		g++
	}
	if g == i || g >= le || !upperAt(text, i) || !coupleGiven(text[i:g]) {
		return 0, 0, 0, false
	}
	for _, c := range pairConjunctions {
		if strings.HasPrefix(text[g:le], c) {
			s2 := g + len(c)
			e2, ok := siblingNameEnd(text, s2, le)
			if ok && spellNameLikeAt(text, s2, e2, siblingSpellMean, siblingSpellFloor) {
				return g, s2, e2, true
			}
			return 0, 0, 0, false
		}
	}
	return 0, 0, 0, false
}

// siblingCaseNameEnd reads two or three words all in lower case or all
// in capitals at i, on the line that ends at le, the first a given name
// of the gazetteers, none a stop word or city, that end at the line's end,
// a comma, semicolon or colon, or a spaced dash or parenthesis ("2.
// joseph mathew - 98…", "3. FATIMA BEGUM - +91 …"): a row typed without
// or with caps lock. It returns their end.
func siblingCaseNameEnd(text string, i, le int) (int, bool) {
	if i >= le {
		return 0, false // an empty item: a mark that ends the text ("3. ")
	}
	caps := isUpper(text[i])
	if !caps && !isLower(text[i]) || caps && (i+1 >= le || !isUpper(text[i+1])) {
		return 0, false
	}
	words, k := 0, i
	var buf [20]byte
	for {
		e := k
		for e < le && (caps && isUpper(text[e]) || !caps && isLower(text[e]) || text[e] == '-' || text[e] == '\'') {
			e++
		}
		if e-k < 2 || e-k > len(buf) || text[e-1] == '-' {
			return 0, false
		}
		// The word as the gazetteers write it: its first letter a capital.
		n := copy(buf[:], text[k:e])
		for x := 0; x < n; x++ {
			if c := buf[x]; x == 0 && isLower(c) {
				buf[x] = c - ('a' - 'A')
			} else if x > 0 && isUpper(c) {
				buf[x] = c + ('a' - 'A')
			}
		}
		f := nameFlagsOf(string(buf[:n]))
		if f&(nameStop|nameTitle|nameGreeting|nameCity) != 0 || words == 0 && f&nameGiven == 0 {
			return 0, false
		}
		words++
		if words > 3 {
			return 0, false
		}
		if e == le || text[e] == ',' || text[e] == ';' || text[e] == ':' {
			return e, words >= 2
		}
		if text[e] != ' ' || e+1 >= le {
			return 0, false
		}
		if c := text[e+1]; c == '(' || dashLen(text, e+1) > 0 {
			return e, words >= 2
		}
		k = e + 1
	}
}

// titleBetween reports whether text[i:j] is one short word of letters
// and dots and a space, the title of a name the person rules did not take
// in ("κ. Γιάννης …", "Sra. …").
func titleBetween(text string, i, j int) bool {
	if j-i < 2 || j-i > 8 || text[j-1] != ' ' {
		return false
	}
	for k := i; k < j-1; k++ {
		if c := text[k]; c == ' ' || c < 0x80 && !isAlpha(c) && c != '.' {
			return false
		}
	}
	return true
}
