package redact

// Cards and messages are signed with kisses after the name ("Thinking of
// you, Emrys x", "Get well soon, Wren xx"), inside the quotes of a card's
// text, not only on a line of their own (kissSignOff, person4_slots.go).
// kissSignOffInline reads them as a person slot of loneSlotAt
// (person3_slots.go) for a lone word the gazetteers know as a given name
// or do not know but spelt like a name.

// kissAfter reports whether " x", " xx", " xxx" or " xo", " xoxo" follow
// the word that ends at end, and then the end of the text, a line break,
// a quote, a closing bracket or a full stop: kisses that sign a message
// off, not an "x" of a size or a product ("2 x 3").
func kissAfter(text string, end int) bool {
	if end+2 > len(text) || text[end] != ' ' || text[end+1] != 'x' {
		return false
	}
	k := end + 1
	for k < len(text) && k-end <= 4 && (text[k] == 'x' || text[k] == 'o') {
		k++
	}
	if k < len(text) {
		switch text[k] {
		case '\n', '\r', '"', '\'', ')', '.', '!':
		default:
			if k+2 < len(text) && text[k] == 0xE2 && text[k+1] == 0x80 && (text[k+2] == 0x9D || text[k+2] == 0x99) {
				break // "”", "’"
			}
			return false
		}
	}
	return true
}

// kissSignOffInline reports whether the lone word text[start:end] signs
// a message off with kisses after a comma or a quote ("Thinking of you,
// Emrys x\"", "\"Wren xx\""): kissAfter, and the word no stop word or
// city, a given name or spelt like a name.
func kissSignOffInline(text string, start, end int) bool {
	if start < 2 || !kissAfter(text, end) {
		return false
	}
	if c := text[start-1]; c != '"' && !(c == ' ' && (text[start-2] == ',' || text[start-2] == '"')) {
		return false
	}
	f := nameFlagsOf(text[start:end])
	if f&(nameStop|nameCity|nameTitle|nameGreeting) != 0 || kissNotNames.has(text[start:end]) {
		return false
	}
	if f&(nameGiven|nameAmbiguous) != 0 {
		return true
	}
	_, low, parts := spellScores(text[start:end])
	return parts > 0 && low >= chatLabelSpell
}

// kissNotNames are the words that sign a card with kisses in place of a
// name ("Always x", "Mum xx", "Love x").
var kissNotNames = boolTable(map[string]bool{
	"Always": true, "Forever": true, "Love": true, "Lots": true, "Thanks": true, "Thank": true, "Cheers": true,
	"Soon": true, "Me": true, "Us": true, "All": true, "Everyone": true, "Mum": true, "Mom": true, "Mam": true,
	"Dad": true, "Nan": true, "Nana": true, "Grandma": true, "Grandpa": true, "Gran": true, "Bestie": true,
	"Hugs": true, "Kisses": true, "Night": true, "Morning": true, "Later": true, "Bye": true,
})

// selfIntroFrom reports whether the lone word text[start:end] names the
// speaker of a call, a voice note or a message introducing themselves
// before "from" and their firm or team: "this is Clay from Hartwell
// Roofing", "it's Wren from the salon", "c'est Maëlle de …" reads no
// further than the words before the name.
func selfIntroFrom(text string, start, end int) bool {
	if end+6 > len(text) || text[end+1:end+5] != "from" || text[end+5] != ' ' {
		return false
	}
	for _, w := range [...]string{"this is ", "This is ", "it's ", "It's ", "it’s ", "It’s ", "I'm ", "i'm ", "I’m "} {
		if start >= len(w) && text[start-len(w):start] == w {
			f := nameFlagsOf(text[start:end])
			if f&(nameStop|nameCity|nameTitle|nameGreeting) != 0 {
				return false
			}
			if f&(nameGiven|nameAmbiguous|nameFamily) != 0 {
				return true
			}
			_, low, parts := spellScores(text[start:end])
			return parts > 0 && low >= chatLabelSpell
		}
	}
	return false
}

// quotedBracketWord reads a capitalised word in straight or curly double
// quotes that fills a bracket opened right before i ('("Sunny")',
// '(“Bobby”)'): a nickname after a name (bracketNickname,
// person7_nick.go). It returns the word's bounds.
func quotedBracketWord(text string, i int) (int, int, bool) {
	q := 0
	switch {
	case text[i] == '"':
		q = 1
	case i+3 < len(text) && text[i] == 0xE2 && text[i+1] == 0x80 && text[i+2] == 0x9C:
		q = 3
	default:
		return 0, 0, false
	}
	s := i + q
	if s >= len(text) || !isUpper(text[s]) {
		return 0, 0, false
	}
	e := speakerWordEnd(text, s+1)
	if e-s < 3 {
		return 0, 0, false
	}
	if q == 1 && e+1 < len(text) && text[e] == '"' && text[e+1] == ')' ||
		q == 3 && e+3 < len(text) && text[e] == 0xE2 && text[e+1] == 0x80 && text[e+2] == 0x9D && text[e+3] == ')' {
		return s, e, true
	}
	return 0, 0, false
}

// quotedBracketNickname returns the bounds of the nickname in quotes
// that fills the bracket opened before i ('("Sunny")',
// quotedBracketWord), unless it is a stop word, title or city.
func quotedBracketNickname(text string, i int) (int, int, bool) {
	qs, qe, ok := quotedBracketWord(text, i)
	if !ok {
		return 0, 0, false
	}
	if f := nameFlagsOf(text[qs:qe]); f&(nameStop|nameCity|nameCityHead|nameTitle) != 0 || cityNames.has(text[qs:qe]) {
		return 0, 0, false
	}
	return qs, qe, true
}
