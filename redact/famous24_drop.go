package redact

import (
	"strings"
	"unsafe"
)

// famousDrop removes from out, Find's result, the PERSON spans that name a
// public figure of the notable lists (data/notable*.txt, data/famous24.txt)
// that no customer context claims. It runs last, after the learned pass
// and personExtent, so that it reads every name whichever pass found it,
// in the forms the earlier readers miss: in lower case ("hermann maier",
// "dr martens"), after a capitalised word that is no name ("Luaigh Roy
// Keane": "mention" in Irish), without its diacritics, or split by a
// word the tokens do not join ("Neil deGrasse Tyson"); case forms are
// public14_case.go's (its Estonian endings are this session's). A customer keeps the name: a
// title, greeting or customer label or relation word before it
// (personLabelBefore: "Dear …", "Name: …", "my sister …"), a contact datum
// after it on its line that no other name comes between (an e-mail
// address, seven digits), or the name alone on its line after a line
// ending in a comma (a signature). A name in quotes is a thing's (a boat,
// a dress, a window named after someone): contact data on its line is
// its owner's.
//
// Cost: a byte test per span; for a PERSON span of two words or more, a
// bloom load per form before any table lookup. Spans are read in place
// and moved only after a dropped one (most results drop none).
//
// While it reads the spans it notes, for Find, whether ageExtent (the
// pass after it) may have anything to do: an AGE span (a type of three
// bytes) or a kept PERSON span that " (" or " i" follows. When none is,
// ageMaybe is false and Find skips that pass's own walk of the spans.
func famousDrop(text string, out []Span) (_ []Span, ageMaybe bool) {
	k := 0
	for i := range out {
		s := &out[i]
		if s.Type == "PERSON" {
			if s.End-s.Start >= 3 && s.End-s.Start <= 64 &&
				(famousSpan(text, s.Start, s.End) || quotedThing(text, s.Start, s.End) || thingNamesake(text, s.Start, s.End)) {
				continue
			}
			if e := s.End; e+3 < len(text) && text[e] == ' ' && (text[e+1] == '(' || text[e+1] == 'i') {
				ageMaybe = true // "Ana Roy (13 a)", "Kwame is 3 weeks old"
			}
		} else if len(s.Type) == 3 {
			ageMaybe = true
		}
		if k != i {
			out[k] = *s
		}
		k++
	}
	if k == len(out) {
		return out, ageMaybe
	}
	for i := k; i < len(out); i++ {
		out[i] = Span{} // no string kept alive past the result's length
	}
	return out[:k], ageMaybe
}

// famousSpan reports whether the PERSON span text[start:end] names a
// public figure and no customer context claims it.
func famousSpan(text string, start, end int) bool {
	name := text[start:end]
	sp := strings.IndexByte(name, ' ')
	if sp <= 0 {
		// One word: a given name alone is anyone's, unless the words
		// around it make a listed name that the tokens split ("Neil
		// deGrasse Tyson", "R.S. Thomas").
		return famousAround(text, start, end) && !famousClaimed(text, start, end)
	}
	if !famousName(text, start, end, sp) {
		return false
	}
	if f := nameFlagsOf(name[:sp]); f&(nameTitle|nameGreeting) != 0 {
		return false // "Mr Paul Smith", "Dear Carl Benz": the span holds the claim
	}
	return !famousClaimed(text, start, end)
}

// famousName reports whether text[start:end], whose first space is at
// start+sp, is a name of the notable lists: as it is or folded, in title
// case when it is in lower case, without a first word that is no known
// given name, or in a case form.
func famousName(text string, start, end, sp int) bool {
	name := text[start:end]
	last := start + strings.LastIndexByte(name, ' ') + 1
	if isLower(name[0]) {
		var buf [64]byte
		n := copy(buf[:], name)
		up := true
		for i := range n {
			if up && isLower(buf[i]) {
				buf[i] -= 'a' - 'A'
			}
			up = buf[i] == ' ' || buf[i] == '-'
		}
		t := unsafe.String(&buf[0], n)
		return notableMaybe(t, 0, last-start, n) && notableHas(t) || notableFoldHas(t)
	}
	if notableMaybe(text, start, last, end) && notableHas(name) || notableFoldHas(name) {
		return true
	}
	// "Luaigh Roy Keane": a capitalised word before a name that is no
	// given name (a verb at a sentence's start, a word of another
	// language).
	if rest := start + sp + 1; last > rest && isUpper(text[rest]) &&
		(notableMaybe(text, rest, last, end) && notableHas(text[rest:end]) || notableFoldHas(text[rest:end])) &&
		nameFlagsOf(name[:sp])&(nameGiven|nameFamily) == 0 {
		return true
	}
	// A case form ("Novaka Đokovića") is public14Run's to read while the
	// run is scored: read here for every found name, it cost ~175
	// instructions per Find on the corpus for one false alarm over the sets.
	return false
}

// famousClaimed reports whether a customer context claims the name
// text[start:end] (see famousDrop).
func famousClaimed(text string, start, end int) bool {
	if personLabelRightBefore(text, start) { // "Dear …", "Name: …", "my sister …"; not a greeting further back
		return true
	}
	if livesAfter25(text, end) {
		return true // "… Taylor Swift who lives at 14 Elm Street" (biz25_recipient.go)
	}
	return famousCustomerAt(text, start, end)
}

// famousCustomerAt reports whether a contact datum after the name on
// its line, that no other name comes between, its place alone on a line
// after a line ending in a comma, a self-introduction before it ("I'm
// …", "je m'appelle …") or a colon after it when it is a chat's speaker
// or a message's addressee (famousSpeakerOrAddressee) makes
// text[start:end] a customer's. A name in quotes is a thing's, and one after a quantity an
// ordered item's: the datum is its owner's.
// isNotable (person_notable.go) asks it too.
func famousCustomerAt(text string, start, end int) bool {
	quoted := start > 0 && famousQuote(text[start-1]) && famousQuoteAt(text, end)
	counted := start >= 2 && text[start-1] == ' ' && isDigit(text[start-2]) // "1 Jay Chou box set": an order's item
	if end+1 < len(text) && text[end] == ':' && text[end+1] == ' ' && famousSpeakerOrAddressee(text, start) {
		return true // "[09:12] Roy Keane: hi", "an SMS for Roy Keane: your order …"
	}
	return !quoted && !counted && famousContactAfter(text, end) ||
		(!counted || itemNumberBefore(text, start)) && famousRecordAfter(text, start, end) ||
		famousSignature(text, start, end) || selfIntroBefore(text, start)
}

// famousRecordAfter reports whether the name text[start:end] heads a
// record whose next fields hold an address or a contact datum
// (famousRecordField): the name fills its line and the next line is one
// ("Shirley Bassey\n14 Meadow Lane\nLeeds …", an address block), the
// field right after it is one ("Ship to Shirley Bassey, 14 Meadow
// Lane"), or the name fills a field of its line (after the line's
// start, a cell separator or a dash) and one of the next three fields on
// the line is one (a CRM row, a CSV line, "Order 4411 - Shirley Bassey -
// 14 Meadow Lane"). A bracket
// right after the name is passed over ("Shirley Bassey (42), …").
// famousContactAfter stops at a row's second cell and at the street's
// capitalised words; a customer called like a public figure kept their
// address, e-mail or phone but lost their name there. It holds for a
// numbered row too ("1 Roy Keane, 14 Main Street", itemNumberBefore), not
// after a house number.
func famousRecordAfter(text string, start, end int) bool {
	p := end
	if p+1 < len(text) && text[p] == ' ' && text[p+1] == '(' {
		if k := strings.IndexByte(text[p:min(len(text), p+20)], ')'); k > 0 {
			p += k + 1
		}
	}
	if p >= len(text) {
		return false
	}
	b := start
	for b > 0 && (text[b-1] == ' ' || text[b-1] == '-' || text[b-1] == '*' || text[b-1] == '\t') {
		b--
	}
	lineStart := b == 0 || text[b-1] == '\n'
	if text[p] == '\n' || text[p] == '\r' {
		if !lineStart {
			return false
		}
		q := p + 1
		if text[p] == '\r' && q < len(text) && text[q] == '\n' {
			q++
		}
		return famousRecordField(text, q)
	}
	q, ok := fieldSeparatorAt(text, p)
	if !ok {
		return false
	}
	if famousRecordField(text, q) {
		return true // "Ship to Shirley Bassey, 14 Meadow Lane"
	}
	if !lineStart && strings.IndexByte(text[b:start], '-') < 0 && strings.IndexByte("|;\t", text[b-1]) < 0 &&
		(text[b-1] != ',' || b < start) && // a CSV cell, not a list in a sentence ("…, Elizabeth Bennet, …")
		!(b >= 3 && (text[b-3:b] == "\u2013" || text[b-3:b] == "\u2014")) {
		return false // a name inside a sentence: the fields after the next are the sentence's
	}
	for range 2 {
		e := q
		for e < len(text) && e < q+100 && text[e] != '\n' && text[e] != '|' && text[e] != ';' && text[e] != '\t' && text[e] != ',' {
			if text[e] == '.' && e+1 < len(text) && text[e+1] == ' ' {
				return false // a sentence's end: no record
			}
			e++
		}
		if q, ok = fieldSeparatorAt(text, e); !ok || famousRecordField(text, q) {
			return ok
		}
	}
	return false
}

// fieldSeparatorAt reports whether a record's field separator (a comma,
// '|', ';', a tab, or a dash between spaces) starts at p, with spaces
// before it, and returns where the next field starts.
func fieldSeparatorAt(text string, p int) (int, bool) {
	for p < len(text) && text[p] == ' ' {
		p++
	}
	if p >= len(text) {
		return 0, false
	}
	switch {
	case text[p] == ',' || text[p] == '|' || text[p] == ';' || text[p] == '\t':
		p++
	case text[p] == '-' && p > 0 && text[p-1] == ' ':
		p++
	case strings.HasPrefix(text[p:], "\u2013") || strings.HasPrefix(text[p:], "\u2014"): // – —
		p += 3
	default:
		return 0, false
	}
	for p < len(text) && (text[p] == ' ' || text[p] == '\t') {
		p++
	}
	return p, p < len(text) && text[p] != '\n'
}

// famousRecordField reports whether the field of a record that starts at q
// (to the line's end, a comma, a cell separator or a sentence's end, at
// most 100 bytes) is an address or a contact datum: a short field (at
// most seven words) that starts with a flat or unit word (unitWords) or a
// street word that leads a street's name (streetLeadSet, with its dot or
// without: "Ulica …", "ul. …", "Calle …", "Rue …"; also after the house
// number: "14 rue …") and holds a number, or holds a number of one to five
// digits and a street type word or a one-word street ("14 Meadow Lane",
// "Hauptstraße 5"); or a field that holds an e-mail address or a phone's
// seven digits (famousPhoneIn).
func famousRecordField(text string, q int) bool {
	e := q
	if k := strings.IndexByte(text[q:min(len(text), q+8)], ' '); k > 1 && text[q+k-1] == '.' && streetLeadSet.has(text[q:q+k]) {
		e = q + k // an abbreviated lead's dot ends no sentence: "ul. Lipowa 12"
	}
	for e < len(text) && e < q+100 && text[e] != '\n' && text[e] != '|' && text[e] != ';' && text[e] != '\t' && text[e] != ',' &&
		!(text[e] == '.' && e+1 < len(text) && text[e+1] == ' ') {
		e++
	}
	f := text[q:e]
	if i := strings.IndexByte(f, '@'); i > 0 && isAlpha(f[i-1]) && i+1 < len(f) && isAlpha(f[i+1]) {
		return true
	}
	if famousPhoneIn(f) {
		return true
	}
	number, run := false, 0
	for i := 0; i <= len(f); i++ {
		if i < len(f) && isDigit(f[i]) {
			run++
			continue
		}
		number = number || run >= 1 && run <= 5
		run = 0
	}
	if !number {
		return false
	}
	n, street := 0, false
	for w := range strings.FieldsSeq(f) {
		if n++; n > 7 {
			return false // a sentence, not a record's field
		}
		// a lead word opens the field or follows its house number, with
		// its dot or without ("ul. Lipowa 12", "14 rue des Lilas")
		leadAt := n == 1 || n == 2 && isDigit(f[0])
		t := strings.TrimRight(w, ".")
		street = street || leadAt && (streetLeadSet.has(w) || streetLeadSet.has(t)) || n == 1 && unitWords[t] ||
			streetTypeSet.has(t) || hasStreetSuffix(t)
	}
	return street
}

// famousPhoneIn reports whether f holds seven digits or more joined only
// by spaces, dashes, brackets or a plus sign (a phone), and no date's
// 4-2-2 or 2-2-4 groups ("1993-04-21").
func famousPhoneIn(f string) bool {
	digits, groups, group := 0, 0, 0
	for i := 0; i <= len(f); i++ {
		if i < len(f) && isDigit(f[i]) {
			digits++
			group++
			continue
		}
		if group > 0 {
			groups = groups*8 + min(group, 7)
			group = 0
		}
		if digits >= 7 && groups&0o777 != 0o422 && groups&0o777 != 0o224 {
			return true
		}
		if i < len(f) && strings.IndexByte(" -()+", f[i]) < 0 {
			digits, groups = 0, 0
		}
	}
	return false
}

// itemNumberBefore reports whether the digits before the space before
// start open their line ("1 Roy Keane, …": a numbered row), not a house
// number in a line ("…, 120 Trần Hưng Đạo, …": a street named after
// someone).
func itemNumberBefore(text string, start int) bool {
	k := start - 1
	for k > 0 && isDigit(text[k-1]) {
		k--
	}
	return k < start-1 && (k == 0 || text[k-1] == '\n')
}

// famousQuote reports whether c opens a quotation: a straight quote or
// the last byte of a curly or low one („ “ ” ‘ ’ « »).
func famousQuote(c byte) bool {
	return c == '"' || c == '\'' || c == 0x9c || c == 0x9d || c == 0x9e || c == 0x98 || c == 0x99 || c == 0xab || c == 0xbb
}

// famousQuoteAt reports whether a quotation mark closes at i: a straight
// quote, ” “ ’ ‘ or ».
func famousQuoteAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	switch text[i] {
	case '"', '\'':
		return true
	case 0xE2:
		return i+2 < len(text) && text[i+1] == 0x80 && text[i+2] >= 0x98 && text[i+2] <= 0x9D
	case 0xC2:
		return i+1 < len(text) && text[i+1] == 0xBB
	}
	return false
}

// famousContactAfter reports whether an e-mail address or a phone's
// seven digits follow end on its line within 80 bytes, before another
// capitalised pair of words (the next name, whose datum it is), the
// business's own words ("our", "we", "us"), a sentence's end or a second
// cell separator (a row's other fields). Digits
// joined by a slash, a dot, a colon or a comma (a date, a price, a time)
// are no phone's: the count starts again after one, and after a date's
// 4-2-2 groups with dashes ("1993-04-21").
func famousContactAfter(text string, end int) bool {
	digits, group, groups, cells := 0, 0, 0, 0
	for i := end; i < len(text) && i < end+80; i++ {
		c := text[i]
		if isDigit(c) {
			if digits++; digits >= 7 {
				return true
			}
			group++
			continue
		}
		if group > 0 {
			groups = groups*8 + min(group, 7) // the last groups' lengths
			group = 0
		}
		if isAlpha(c) {
			digits, groups = 0, 0 // "15% off until 5 February 2025": no phone
		}
		switch {
		case c == '\n':
			return false
		case c == '.' && i+2 < len(text) && text[i+1] == ' ' && isUpper(text[i+2]):
			return false
		case c == '@':
			return i > end+1 && text[i-1] != ' ' && text[i-1] != '('
		case c == '/' || c == '.' || c == ':' || c == ',':
			digits, groups = 0, 0
		case c == ';' || c == '|' || c == '\t':
			if cells++; cells >= 2 {
				return false
			}
			digits, groups = 0, 0
		case c == '-' && groups&0o77 == 0o42 && i+2 < len(text) && isDigit(text[i+1]) && isDigit(text[i+2]) &&
			(i+3 == len(text) || !isDigit(text[i+3])):
			digits, groups = 0, 0 // "1993-04-21": a date
		case c == ' ' && i+1 < len(text) && isUpper(text[i+1]) && i > end && famousPairAt(text, i+1):
			return false // "… | Owner: Kenji Watanabe | 086 …": the owner's datum
		case c == ' ' && i+4 < len(text) && (text[i+1:i+4] == "our" && !isAlpha(text[i+4]) ||
			(text[i+1:i+3] == "we" || text[i+1:i+3] == "us") && !isAlpha(text[i+3])):
			return false // "… Circle, call our branch on 0322 …": the business's datum
		}
	}
	return false
}

// famousPairAt reports whether two capitalised words start at i ("Kenji
// Watanabe"), the second of them after one space.
func famousPairAt(text string, i int) bool {
	j := i
	for j < len(text) && (isLower(text[j]) || isUpper(text[j]) || text[j] >= 0x80) {
		j++
	}
	return j-i >= 2 && j+2 < len(text) && text[j] == ' ' && isUpper(text[j+1]) && isLower(text[j+2])
}

// famousSignature reports whether the name is alone on its line (but for
// a dash before it) and the line before ends in a comma: a letter's
// signature ("Best wishes,\nRoy Keane").
func famousSignature(text string, start, end int) bool {
	if end < len(text) && text[end] != '\n' && text[end] != '\r' {
		return false
	}
	b := start
	for b > 0 && (text[b-1] == ' ' || text[b-1] == '-' || text[b-1] == '\t') {
		b--
	}
	if b == 0 || text[b-1] != '\n' {
		return false // a name that is the whole text is a value: isNotable's call
	}
	p := b - 1
	for p > 0 && (text[p-1] == ' ' || text[p-1] == '\r') {
		p--
	}
	return p > 0 && text[p-1] == ','
}

// famousAround reports whether the one-word name text[start:end] and the
// one or two words right before or after it (one space apart) make a name
// of the notable lists.
func famousAround(text string, start, end int) bool {
	b := start
	for range 2 {
		if b < 2 || text[b-1] != ' ' {
			break
		}
		p := b - 1
		for p > 0 && text[p-1] != ' ' && text[p-1] != '\n' && b-1-p < 24 {
			p--
		}
		if p == b-1 {
			break
		}
		b = p
		if famousListed(text, b, start, end) {
			return true
		}
	}
	e := end
	for range 2 {
		if e+2 >= len(text) || text[e] != ' ' {
			break
		}
		q := e + 1
		for q < len(text) && text[q] != ' ' && text[q] != '\n' && q-e < 24 {
			q++
		}
		for q > e+1 && strings.IndexByte(",.;:!?)'\"", text[q-1]) >= 0 {
			q--
		}
		if q == e+1 {
			break
		}
		last := e + 1
		e = q
		if (isUpper(text[last]) || text[last] >= 0x80) && famousListed(text, start, last, e) {
			return true // a lower-case word between ("deGrasse") is passed over
		}
	}
	return false
}

// famousListed reports whether text[start:end], whose last word starts at
// last, is a name of the notable lists, as it is or folded.
func famousListed(text string, start, last, end int) bool {
	if end-last < 2 {
		return false
	}
	return notableMaybe(text, start, last, end) && notableHas(text[start:end]) || notableFoldHas(text[start:end])
}

// quotedThing reports whether the name text[start:end] stands in quotes
// right after a word for a thing that is named after people (a dress or
// its model, a boat, a room, a window: „Tatiana", the yacht "Maria
// Callas", il-libsa "…"): the thing's name, whoever owns it.
func quotedThing(text string, start, end int) bool {
	if start < 4 || !famousQuote(text[start-1]) || !famousQuoteAt(text, end) {
		return false
	}
	q := start - 1
	for q > 0 && text[q-1] >= 0x80 && text[q] >= 0x80 && text[q] < 0xC0 && start-q < 3 {
		q-- // the lead bytes of „ “ «
	}
	if q < 2 || text[q-1] != ' ' {
		return false
	}
	var buf [16]byte
	w := lowerWordEndingAt(text, q-1, 16, true, &buf)
	if len(w) < 3 {
		return false
	}
	_, _, ok := quotedThingNouns.getBytes(w)
	return ok
}

// quotedThingNouns are words for things that shops and owners name after
// people, in the languages of the prompts: dresses and gowns,
// boats, rooms and suites, windows, roses and varieties
// (lower case; "il-libsa" is read as "libsa"). Not the words for a
// model (model, Modell, modelo, modèle, modelka …): a fashion model is a
// person, and a casting's model in quotes with her phone is a customer.
var quotedThingNouns = boolTable(map[string]bool{
	"dress": true, "gown": true, "frock": true, "style": true, "design": true, "silhouette": true, "veil": true,
	"kleid": true, "brautkleid": true, "jurk": true, "trouwjurk": true, "robe": true, "vestido": true,
	"abito": true, "vestito": true, "šaty": true, "sukienka": true, "suknia": true, "suknię": true,
	"haljina": true, "haljinu": true, "obleka": true, "ruha": true, "menyasszonyi": true, "rochie": true,
	"rochia": true, "libsa": true, "klänning": true, "klänningen": true, "kjole": true, "kjolen": true,
	"brudekjole": true, "mekko": true, "hääpuku": true, "kleit": true, "kleita": true, "suknelė": true,
	"elbise": true, "gelinlik": true, "váy": true, "gaun": true, "baju": true, "terno": true,
	"boat": true, "yacht": true, "ketch": true, "sloop": true, "dinghy": true, "barco": true, "bateau": true,
	"voilier": true, "boot": true, "jacht": true, "båt": true, "båten": true, "vene": true, "łódź": true,
	"łodzi": true, "barca": true, "yate": true, "iate": true, "veleiro": true, "brod": true, "jahta": true,
	"tekne": true, "bark": true, "vessel": true, "schiff": true, "suite": true, "room": true, "cabin": true,
	"chalet": true, "zimmer": true, "habitación": true, "chambre": true, "camera": true, "quarto": true,
	"pokój": true, "fönster": true, "fönstret": true, "fönstren": true, "window": true, "rose": true,
	"rosa": true, "ros": true, "variety": true, "sorte": true, "cultivar": true,
})

// selfIntroBefore reports whether the writer introduces themself right
// before start, in one of the prompts' languages ("Hi, I'm …", "my name
// is …", "ich heiße …", "je m'appelle …", "me llamo …").
func selfIntroBefore(text string, start int) bool {
	if start < 4 || text[start-1] != ' ' {
		return false
	}
	var buf [24]byte
	b := max(0, start-len(buf))
	n := 0
	for i := b; i < start; i++ {
		c := text[i]
		if isUpper(c) {
			c += 'a' - 'A'
		}
		buf[n] = c
		n++
	}
	w := unsafe.String(&buf[0], n)
	for _, p := range selfIntros {
		if strings.HasSuffix(w, p) && (len(w) == len(p) || !isAlpha(w[len(w)-len(p)-1])) {
			return true
		}
	}
	return false
}

// selfIntros are the phrases, lower case with the space after them, that
// introduce the writer: EN, DE, FR, ES, IT, PT, NL, SV, DA, NB, PL.
var selfIntros = [...]string{
	"i'm ", "i’m ", "i am ", "my name is ", "name's ", "ich bin ", "ich heiße ", "ich heisse ",
	"mein name ist ", "je suis ", "je m'appelle ", "je m’appelle ", "me llamo ", "soy ", "mi nombre es ",
	"mi chiamo ", "sono ", "il mio nome è ", "eu sou ", "meu nome é ", "chamo-me ", "ik ben ", "mijn naam is ",
	"ik heet ", "jag heter ", "jag är ", "jeg hedder ", "jeg heter ", "jeg er ", "nazywam się ", "jestem ",
}

// famousSpeakerOrAddressee reports whether a name that a colon follows
// starts its line (but for a timestamp in brackets: a chat's speaker) or
// comes after a word that addresses a message ("an SMS for …:", "eine
// Nachricht an …:"); a theme's or a title's name ("Theme: … :", "'…:
// inventor'") is neither.
func famousSpeakerOrAddressee(text string, start int) bool {
	b := start
	for b > 0 && (text[b-1] == ' ' || text[b-1] == '-' || text[b-1] == '*') {
		b--
	}
	if b == 0 || text[b-1] == '\n' || text[b-1] == ']' {
		return true
	}
	var buf [16]byte
	w := lowerWordEndingAt(text, start-1, 8, false, &buf)
	switch string(w) {
	case "for", "to", "für", "an", "pour", "à", "para", "per", "voor", "aan", "till", "til", "dla", "do":
		return text[start-1] == ' '
	}
	return false
}
