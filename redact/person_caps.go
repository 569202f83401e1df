package redact

// capsRecordAt finds a name at the start of a line of a record written
// all in capitals, as old systems export them (an AS400 or mainframe
// dump): "MARISOL QUINTERO, 1904 W 18TH ST, CHICAGO" or "NAME: JOHN
// SMITH". The capital marks see such words as acronyms, which the person
// detector otherwise skips, so detectPersons calls it only for an acronym
// at the start of the text or of a line. It returns the name's span and
// whether there is one.
//
// A record line is two or three capitalised words ("GIVEN FAMILY[
// FAMILY]") and a comma, the first of which, capitalised as a name
// ("Marisol"), is a given name of the gazetteers that is no stop word,
// city or ambiguous word, and what follows the comma on the line is in
// capitals too (a lower-case letter there makes it a heading or a
// sentence: "DEAR JOHN, thanks"). After a name label ("NAME: ",
// "CUSTOMER: ", "NOMBRE: ") the words, up to five with particles ("MARIA
// DOS SANTOS PEREIRA"), run to the end of the line or to a comma. Inside
// a line, a title in capitals makes the capitalised words after it a name
// (capsTitledAt: "MR JOHN O'HARA"). An item of a list ("3. ", "- ") opens
// a record too, and a dash before a number ends the name as a comma does
// ("3. FATHIMA RIZWANA - +91 …").
//
//go:noinline
func capsRecordAt(text string, i int) (int, int, bool) {
	lineStart := i == 0 || text[i-1] == '\n' || listItemStart(text, i)
	if !lineStart || capsTitleMaybe(text, i) {
		if s, e, ok := capsTitledAt(text, i); ok || !lineStart {
			return s, e, ok
		}
	}
	j, label := i, false
	if n := capsLabelLen(text, i); n > 0 {
		j, label = i+n, true
	}
	start := j
	words, limit := 0, 3
	if label {
		limit = 5
	}
	first := true
	for words < limit {
		e := capsWordEnd(text, j)
		if e-j < 2 {
			return 0, 0, false
		}
		f := capsFlags(text[j:e])
		if label && !first && capsParticle(text[j:e]) {
			words++
			j = e
			if j+1 < len(text) && text[j] == ' ' && isUpper(text[j+1]) {
				j++
				continue
			}
			return 0, 0, false // a name does not end with a particle
		}
		if first && (f&nameGiven == 0 || f&(nameStop|nameCity|nameAmbiguous) != 0) {
			return 0, 0, false
		}
		if f&nameStop != 0 {
			return 0, 0, false
		}
		first = false
		words++
		j = e
		if j+1 < len(text) && text[j] == ' ' && isUpper(text[j+1]) {
			j++
			continue
		}
		break
	}
	if words < 2 {
		return 0, 0, false
	}
	if label && (j == len(text) || text[j] == '\n' || text[j] == '\r') {
		return start, j, true
	}
	if dashField(text, j) {
		return start, j, true // "3. FATHIMA RIZWANA - +91 …"
	}
	if j+2 >= len(text) || text[j] != ',' || text[j+1] != ' ' {
		return 0, 0, false
	}
	// The rest of the line (up to 40 bytes) must hold no lower-case letter.
	caps := 0
	for k := j + 2; k < len(text) && k < j+42 && text[k] != '\n'; k++ {
		if isLower(text[k]) {
			return 0, 0, false
		}
		if isUpper(text[k]) || isDigit(text[k]) {
			caps++
		}
	}
	return start, j, caps >= 2
}

// capsWordEnd returns the end of the word in capitals at i: ASCII
// capitals, and a hyphen or an apostrophe between them ("DELGADO-HART",
// "O'BRIEN").
func capsWordEnd(text string, i int) int {
	j := i
	for j < len(text) && (isUpper(text[j]) || (text[j] == '-' || text[j] == '\'') && j > i && j+1 < len(text) && isUpper(text[j+1])) {
		j++
	}
	return j
}

// capsFlags returns the flags of a word in capitals written as the
// gazetteers write names ("MARISOL" as "Marisol", "O'BRIEN" as
// "O'Brien", "DELGADO-HART" as "Delgado-Hart").
func capsFlags(w string) uint8 {
	if len(w) < 2 || len(w) > 20 {
		return 0
	}
	var buf [20]byte
	upper := true
	for k := 0; k < len(w); k++ {
		c := w[k]
		if isUpper(c) && !upper {
			c += 'a' - 'A'
		}
		upper = c == '-' || c == '\''
		buf[k] = c
	}
	return tokenFlags(string(buf[:len(w)]))
}

// appendCapsRecord appends the PERSON span capsRecordAt found.
func appendCapsRecord(dst []Span, start, end int) []Span {
	return append(dst, Span{Start: start, End: end, Type: "PERSON", Rule: "builtin.person", Score: 0.8,
		Reason: "name from gazetteers written in capitals, opening a record line or after a title"})
}

// capsLabels are the name labels of records written in capitals, with
// their colon and space.
var capsLabels = boolTable(map[string]bool{
	"NAME: ": true, "FULL NAME: ": true, "CUSTOMER: ": true, "CUSTOMER NAME: ": true, "CLIENT: ": true,
	"CLIENT NAME: ": true, "CONTACT: ": true, "CONTACT NAME: ": true, "ACCOUNT NAME: ": true,
	"CARDHOLDER: ": true, "MEMBER: ": true, "MEMBER NAME: ": true, "GUEST: ": true, "GUEST NAME: ": true,
	"NOMBRE: ": true, "NOME: ": true, "NOM: ": true, "NAAM: ": true, "KUNDE: ": true, "CLIENTE: ": true,
	"KLANT: ": true, "KLIENT: ": true, "NAZWISKO: ": true, "NAVN: ": true, "NAMN: ": true,
})

// capsLabelLen returns the length of the name label in capitals at i
// (see capsLabels), or 0.
func capsLabelLen(text string, i int) int {
	j := i
	for j < len(text) && j-i < 16 && (isUpper(text[j]) || text[j] == ' ') {
		j++
	}
	if j+1 >= len(text) || text[j] != ':' || text[j+1] != ' ' || !capsLabels.has(text[i:j+2]) {
		return 0
	}
	return j + 2 - i
}

// capsParticle reports whether w, in capitals, is a name particle
// ("DOS", "VAN", "DE", "AL").
func capsParticle(w string) bool {
	if len(w) > 5 {
		return false
	}
	var buf [5]byte
	for k := 0; k < len(w); k++ {
		buf[k] = w[k] + 'a' - 'A'
	}
	return isParticle(string(buf[:len(w)]))
}

// capsTitleMaybe reports whether the word in capitals at i may be a title
// that capsTitledAt reads ("MR", "MRS", "MS", "MX", "MISS", "DR"): the
// person detector asks capsRecordAt inside a line only then.
func capsTitleMaybe(text string, i int) bool {
	return i+4 < len(text) && (text[i] == 'M' && (text[i+1] == 'R' || text[i+1] == 'S' || text[i+1] == 'X' ||
		text[i+1] == 'I') || text[i] == 'D' && text[i+1] == 'R')
}

// capsTitles are the titles capsTitledAt reads, in capitals.
var capsTitles = boolTable(map[string]bool{"MR": true, "MRS": true, "MS": true, "MX": true, "MISS": true, "DR": true})

// capsTitledAt finds a name in capitals after a title in capitals inside
// a line ("please write to MR JOHN O'HARA about …"): one to three words
// in capitals, one of which is a given or family name of the gazetteers
// and none a stop word or a city, ending where no letter follows. It
// returns the span with the title.
func capsTitledAt(text string, i int) (int, int, bool) {
	t := capsWordEnd(text, i)
	if !capsTitles.has(text[i:t]) {
		return 0, 0, false
	}
	j := t
	if j < len(text) && text[j] == '.' {
		j++
	}
	if j+3 >= len(text) || text[j] != ' ' || !isUpper(text[j+1]) {
		return 0, 0, false
	}
	j++
	known := false
	end := 0
	for words := 0; words < 3; words++ {
		e := capsWordEnd(text, j)
		if e-j < 2 || e < len(text) && (isAlpha(text[e]) || text[e] >= 0x80) {
			return 0, 0, false
		}
		f := capsFlags(text[j:e])
		if f&(nameStop|nameCity) != 0 {
			break
		}
		known = known || f&(nameGiven|nameFamily) != 0
		end = e
		if e+2 < len(text) && text[e] == ' ' && isUpper(text[e+1]) {
			j = e + 1
			continue
		}
		break
	}
	if !known || end == 0 || capsNotable(text, i, end) {
		return 0, 0, false
	}
	return i, end, true
}

// capsNotable reports whether the titled name in capitals text[i:end] is
// a brand's or a character's (data/notable.txt: "DR MARTENS" as "Dr
// Martens", "MR PORTER"), or a word for goods follows it ("MRS BROWN
// lookalike" has none, "DR WHO boots" has one).
func capsNotable(text string, i, end int) bool {
	if end-i > 40 {
		return false
	}
	var buf [40]byte
	upper := true
	for k := i; k < end; k++ {
		c := text[k]
		if isUpper(c) && !upper {
			c += 'a' - 'A'
		}
		upper = c == ' ' || c == '-' || c == '\''
		buf[k-i] = c
	}
	if notableNames.has(string(buf[:end-i])) {
		return true
	}
	return end+2 < len(text) && text[end] == ' ' && isLower(text[end+1]) && productAfter(text, end)
}

// listItemStart reports whether the word at i opens an item of a list:
// "3. ", "3) ", "- ", "* " or "• " at the start of a line before it. The
// person detector asks it for every acronym inside a line: the byte test
// here is inlined, listItemMark's reading is not.
func listItemStart(text string, i int) bool {
	return i > 1 && listMarkEnds[text[i-2]] && listItemMark(text, i)
}

// listMarkEnds holds the last bytes of the marks listItemStart reads.
var listMarkEnds = [256]bool{'-': true, '*': true, '.': true, ')': true, 0xA2: true}

// listItemMark is listItemStart after its byte test.
//
//go:noinline
func listItemMark(text string, i int) bool {
	if text[i-1] != ' ' {
		return false
	}
	k := i - 2
	switch c := text[k]; {
	case c == '-' || c == '*':
	case c == 0xA2 && k >= 2 && text[k-2] == 0xE2 && text[k-1] == 0x80: // "•"
		k -= 2
	case c == '.' || c == ')':
		for k > 0 && isDigit(text[k-1]) && i-k < 6 {
			k--
		}
		if !isDigit(text[k]) {
			return false
		}
	default:
		return false
	}
	return k == 0 || text[k-1] == '\n'
}

// dashField reports whether a dash between spaces follows a name in
// capitals at j and a number or the end of the line comes after it: the
// next field of a list line ("FATHIMA RIZWANA - +91 81130 …").
func dashField(text string, j int) bool {
	if j+3 >= len(text) || text[j] != ' ' {
		return false
	}
	k := j + 1
	switch {
	case text[k] == '-' || text[k] == '|':
		k++
	case text[k] == 0xE2 && k+2 < len(text) && text[k+1] == 0x80 && (text[k+2] == 0x93 || text[k+2] == 0x94):
		k += 3
	default:
		return false
	}
	if k >= len(text) || text[k] != ' ' {
		return false
	}
	k++
	return k >= len(text) || isDigit(text[k]) || text[k] == '+' || text[k] == '(' || text[k] == '\n'
}
