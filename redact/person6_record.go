package redact

import "strings"

// Given names that are also words, months or places ("Rose", "Sunny",
// "Jordan", "Paris") before a capitalised word no gazetteer knows, in a
// record: a mail header's mailbox ("Paris Whitlow <p.w@…>"), a cell of a
// delimited row, or an item opening a line of a list, where the line also
// holds contact data (an e-mail address or a phone number) or the list's
// heading names people ("Attendees:", "Winners:"). Such a line is
// a customer's record, and the pair there is a name; so is a pair before a
// parenthesis that describes a person (personParenAfter) ("Rose Halvorsby,
// 0161 496 0000", "7;Jordan Okwuosa;j.o@…"); in prose, headlines and
// product lists ("Rose Garden, open daily", "Amber Glow, 50 ml") it is no
// name.

// recordNameSlot reports whether text[start:end] sits in such a record.
// It is called only for a pair of an ambiguous given name and an unknown
// or family name, which are few.
//
//go:noinline
func recordNameSlot(text string, start, end int) bool {
	if end+2 < len(text) && text[end] == ' ' && text[end+1] == '<' {
		return addressInAngles(text, end+2) // "From: Paris Whitlow <p.w@…>"
	}
	if end+2 < len(text) && text[end] == ' ' && text[end+1] == '(' && personParenAfter(text, end, true) {
		return true // "Paris Whitlow (her daughter, lives in Leeds)"
	}
	// recordItemStart reads at most the 7 bytes before start for the
	// line's start: for a longer line a start 7 bytes back answers as
	// the real one does, which is looked for only when the item passes
	// (not back over a long line for every name on it).
	ls := lineStartNear(text, start, 6)
	near := ls
	if near < 0 {
		near = start - 7
	}
	// recordItemEnd compares the line's end with end and end+1 only: a
	// stand-in past end+1 answers as the real one does (lineEndAt read to
	// the end of a long line for every name on it: linear25).
	le := min(len(text), end+2)
	if k := strings.IndexByte(text[end:le], '\n'); k >= 0 {
		le = end + k
	}
	if !recordItemStart(text, near, start) || !recordItemEnd(text, end, le) {
		return false
	}
	nl, found := contactDataFrom(text, start-1, -1)
	work := start - nl // bytes read (TestFindLongWork)
	if !found {
		var stop int
		stop, found = contactDataFrom(text, end, 1)
		work += stop - end
	}
	reportWork("recordNameSlot", work)
	return found || personListHeadAbove(text, nl+1)
}

// contactDataFrom reads text from i a byte at a time, back (step -1) or
// on (step 1), to the line's '\n' or the text's edge, and reports the
// index where it stopped (the '\n', -1 or len(text)) and whether the
// bytes read hold contact data (contactDataIn): it stops at the first '@'
// or seventh digit, so a record's line is read only as far as its contact
// data, not to its ends for every name on it.
func contactDataFrom(text string, i, step int) (stop int, found bool) {
	d := 0
	for ; i >= 0 && i < len(text); i += step {
		switch c := text[i]; {
		case c == '\n':
			return i, false
		case c == '@':
			return i, true
		case isDigit(c):
			if d++; d >= 7 {
				return i, true
			}
		}
	}
	return i, false
}

// personListHeadAbove reports whether the line that starts at ls is an
// item of a list headed by a line that names people: a label of a person
// column and a colon alone on its line ("Attendees:", "Winners:",
// "Gewinner:", "Invités :"), above it with only non-empty lines (the
// list's other items, at most 40) between.
func personListHeadAbove(text string, ls int) bool {
	for n := 0; ls > 0 && n < 40; n++ {
		pe := ls - 1 // the '\n' ending the line above
		ps := lastNewlineIn(text[:pe]) + 1
		line := strings.TrimRight(text[ps:pe], " \r")
		if line == "" {
			return false
		}
		if strings.HasSuffix(line, ":") {
			label, ok := labelOf(strings.TrimSuffix(line, ":"))
			return ok && tableLabels[label] == colPerson
		}
		ls = ps
	}
	return false
}

// recordItemStart reports whether start opens an item of the line that
// starts at ls: the line's start, a list mark, a time ("10:00 Rose …", as
// appointment books write), or a cell separator.
func recordItemStart(text string, ls, start int) bool {
	if start == ls || listItemStart(text, start) {
		return true
	}
	p := start
	if text[p-1] == ' ' {
		p--
	}
	if p > ls && cellSep(text[p-1]) {
		return true
	}
	// "10:00 ", "9.30 ": a time opening the line.
	k := ls
	for k < p && (isDigit(text[k]) || text[k] == ':' || text[k] == '.') {
		k++
	}
	return k == p && p > ls && p < start && p-ls <= 5 && strings.IndexAny(text[ls:p], ":.") > 0
}

// recordItemEnd reports whether the item ends at end: the line's end (le),
// a cell separator, or a space and an opening parenthesis or a dash.
func recordItemEnd(text string, end, le int) bool {
	if end == le || cellSep(text[end]) {
		return true
	}
	if text[end] != ' ' || end+1 >= le {
		return false
	}
	switch text[end+1] {
	case '(', '-', '|':
		return true
	case 0xE2: // "–", "—"
		return strings.HasPrefix(text[end+1:], "–") || strings.HasPrefix(text[end+1:], "—")
	}
	return false
}

// contactDataIn reports whether s holds an e-mail address's '@' or seven
// digits or more (a phone number, split or not).
func contactDataIn(s string) bool {
	if strings.IndexByte(s, '@') >= 0 {
		return true
	}
	d := 0
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			d++
		}
	}
	return d >= 7
}

// recordCityName reports whether core, two tokens, is a city that is a
// given name too and a capitalised word that is no stop word, city or
// greeting, in a record ("Paris Whitlow <p.w@…>"): cityPrefix leaves it
// to the name rules, which count the city as a given name.
func recordCityName(text string, core []nameTok) bool {
	return len(core) == 2 && core[0].flags&nameAmbiguous != 0 && !core[1].initial && !core[1].particle &&
		core[1].flags&(nameStop|nameCity|nameCityHead|nameGreeting|nameTitle) == 0 &&
		recordNameSlot(text, core[0].start, core[1].end)
}

// personParenAfter reports whether a parenthesis that describes a person
// follows the name ending at end, after one space: a relation, a living
// verb or a pronoun in it ("Paris Whitlow (her niece, lives in Derby)",
// "(vive en Burgos)"), a customer's role before ')', ',' or "since"
// ("(customer since 2019)", "(loyal client)", not "(customer favourite)"), or, when
// ages count (a name of two or more words: a lone word is a product's as
// often, "Glen (12 years)"), a number before an age word ("(61 years)"). It
// reads up to the ')' within 80 bytes.
//
//go:noinline
func personParenAfter(text string, end int, ages bool) bool {
	if end+4 >= len(text) || text[end] != ' ' || text[end+1] != '(' {
		return false
	}
	num := false
	for i := end + 2; i < len(text) && i-end < 80 && text[i] != ')' && text[i] != '\n'; {
		if isDigit(text[i]) {
			num = true
			i++
			continue
		}
		if !isAlpha(text[i]) {
			if text[i] != ' ' {
				num = false
			}
			i++
			continue
		}
		e := i
		for e < len(text) && (isAlpha(text[e]) || text[e] >= 0x80) {
			e++
		}
		var buf [16]byte
		if n := lowerWordAt(text, i, &buf); n == e-i && n > 1 {
			if _, v, ok := personParenWords.getBytes(buf[:n]); ok {
				switch v {
				case parenPerson:
					return true
				case parenCustomer:
					if e < len(text) && (text[e] == ')' || text[e] == ',' || strings.HasPrefix(text[e:], " since") ||
						strings.HasPrefix(text[e:], " desde") || strings.HasPrefix(text[e:], " seit") ||
						strings.HasPrefix(text[e:], " depuis") || strings.HasPrefix(text[e:], " sinds")) {
						return true
					}
				case parenAge:
					if ages && num {
						return true
					}
				}
			}
		}
		num = false
		i = e
	}
	return false
}

// Kinds of the words of personParenWords.
const (
	parenPerson   = 1 // a relation, a living verb, a pronoun: a person's whatever comes with it
	parenCustomer = 2 // a customer's role: before ')', ',' or "since"
	parenAge      = 3 // an age word: after a number
)

// personParenWords are the words of personParenAfter (EN, DE, FR, ES, IT,
// NL, PT, PL, SV), lower case, with their kind.
var personParenWords = func() *strTable {
	t := newStrTable(128)
	for _, w := range strings.Fields(`daughter son wife husband mum mom dad mother father sister brother grandma
		grandpa granddaughter grandson niece nephew fiancé fiancée tochter sohn frau mann fille fils femme
		mari hija hijo esposa esposo marido figlia figlio moglie marito dochter zoon vrouw filha filho córka
		syn dotter hustru resident volunteer neighbour neighbor lives wohnt habite vive abita woont mora
		mieszka bor she he her his sie elle ella lei lui zij hij ela ele ona`) {
		t.put(w, parenPerson)
	}
	for _, w := range strings.Fields(`customer client cliente clienta kunde kundin klant klantnummer member
		patient tenant guest`) {
		t.put(w, parenCustomer)
	}
	for _, w := range strings.Fields(`years yrs años anni jahre ans jaar anos lat år aged`) {
		t.put(w, parenAge)
	}
	return t
}()
