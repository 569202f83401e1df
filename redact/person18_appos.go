package redact

import (
	"unicode"
	"unicode/utf8"
)

// A name in apposition to a person noun (person18_apposnouns.go): the noun
// right before the name ("our instructor Sunny", "Nasz trener Bożydar"),
// with a comma between ("our treasurer, Ottoline Brackenbury,"), a
// copula between ("our payroll officer is Decker Kettleby", "the client
// was …") or a possessive that follows the noun ("guru kami Pak Wahyudi",
// "antrenorul nostru Sorin"). The noun is a singular noun of the class,
// lower case (a German noun with its capital; a self-determined form
// opening the sentence), with an article, a possessive or a numeral
// before it, or one lower-case word and then one ("our payroll officer",
// "one staff member"): a capitalised job title in a signature or a
// headline ("Operations Manager", "Store Manager Deals Week") and a
// plural ("our volunteers Saturday") are no such noun.
//
// scoreNameContext takes the noun as a relation word: the capitalised
// words after it are a name. Words no list knows must be spelt like a
// name as well (apposSpelt: "our coach Travel", "the student Union", "a
// member Benefits guide" are words), and a noun that names firms as
// often (nounFirm) vouches only for a name the gazetteers know.

// apposReason is the Reason of a name found after a person noun.
const apposReason = "capitalised words after a person noun in apposition"

// apposNounBefore returns the person noun (the table's copy) in
// apposition right before start (see above), or "". allUnknown tells
// that no word of the name is known to the gazetteers.
//
//go:noinline
func apposNounBefore(text string, start int, allUnknown bool) string {
	if start < 4 || text[start-1] != ' ' {
		return ""
	}
	e := start - 1
	det := false
	if text[e-1] == ',' {
		e--
		e -= apposAwardLen(text, e) // "our volunteer of the year, …"
	} else if c := text[e-1]; c >= 0x80 || isLower(c) {
		// A copula or a possessive that follows the noun.
		var buf [16]byte
		if w := lowerWordEndingAt(text, e, 8, true, &buf); len(w) > 0 && e-len(w) >= 2 && text[e-len(w)-1] == ' ' {
			if _, _, ok := apposCopulas.getBytes(w); ok {
				e -= len(w) + 1
			} else if _, _, ok := apposPostPossessives.getBytes(w); ok {
				e -= len(w) + 1
				det = true
			}
		}
	}
	b := e
	for b > 0 && e-b <= 16 && (isAlpha(text[b-1]) || text[b-1] >= 0x80) {
		b--
	}
	if b == e || e-b > 16 || b > 0 && text[b-1] != ' ' && text[b-1] != '\n' && text[b-1] != '\'' && !(b >= 3 && text[b-3:b] == "’") {
		return ""
	}
	var buf [16]byte
	n, capital := apposLower(text[b:e], &buf)
	if n == 0 {
		return ""
	}
	key, v, ok := personNouns.getBytes(buf[:n])
	if !ok {
		if key, _, ok = roleWords.getBytes(buf[:n]); !ok {
			return ""
		}
		v = nounPerson // "teacher", "nurse", "coach": the service words of roleWords that name no firm
	}
	if allUnknown && v&nounFirm != 0 {
		return ""
	}
	switch {
	case (v&nounSelf != 0 || det) && (!capital || sentenceInitial(text, b)):
		return key // "Antrenörümüz Kerem", "Pelatih kami Wahyudi"
	case capital && v&nounGerman == 0:
		return "" // "Operations Manager", "Store Manager Deals Week"
	}
	if d := apposDeterminerBefore(text, b); d != 0 && (!capital || d&detGerman != 0) {
		return key // "our payroll officer", "unsere Trainerin"
	}
	return ""
}

// apposAwards are the phrases of an award after a person noun
// ("employee of the month, …", "volunteer of the year, …").
var apposAwards = [...]string{" of the year", " of the month", " of the week"}

// apposAwardLen returns the length of the phrase of apposAwards that ends
// at e, or 0.
func apposAwardLen(text string, e int) int {
	for _, a := range apposAwards {
		if e >= len(a) && text[e-len(a):e] == a {
			return len(a)
		}
	}
	return 0
}

// apposLower copies the word s into buf in lower case and reports whether
// its first letter was a capital; n is 0 when s does not fit.
func apposLower(s string, buf *[16]byte) (n int, capital bool) {
	if len(s) > len(buf) {
		return 0, false
	}
	r, size := utf8.DecodeRuneInString(s)
	l := unicode.ToLower(r)
	capital = l != r
	if capital {
		if utf8.RuneLen(l) != size {
			return 0, false
		}
		utf8.EncodeRune(buf[:], l)
	} else {
		copy(buf[:], s[:size])
	}
	n = size
	for i := size; i < len(s); i++ {
		c := s[i]
		if isUpper(c) {
			return 0, false // "CEO", "McNab": no noun of the class
		}
		buf[n] = c
		n++
	}
	return n, capital
}

// apposDeterminerBefore reports whether an article, a possessive or a
// numeral of apposDeterminers ends right before the noun at b, or one
// lower-case word and then one ("our payroll officer", "one staff
// member"), and returns its value (detGerman for a German one), or 0; an
// elided French or Italian article ("l'animatrice") counts.
func apposDeterminerBefore(text string, b int) uint32 {
	if b >= 2 && (text[b-1] == '\'' || text[b-1] == 0x99) {
		return 1 // "l'animatrice", "l’insegnante": the article is glued to the noun
	}
	for range 2 {
		if b < 2 || text[b-1] != ' ' {
			return 0
		}
		var buf [16]byte
		w := lowerWordEndingAt(text, b-1, 12, true, &buf)
		if len(w) == 0 {
			return 0
		}
		if _, v, ok := apposDeterminers.getBytes(w); ok {
			return v
		}
		b -= len(w) + 1
		if !isLower(text[b]) && text[b] < 0x80 {
			return 0 // "Ops Lead Dana": a title in title case
		}
	}
	return 0
}

// apposSpelt reports whether the capitalised words of text[start:end],
// none known to the gazetteers, are spelt like a name (spellScores,
// person7_spell.go): two or three words as the words of a record's item
// must be, a lone word at least as much like a name as like a word
// ("Bożydar", "Valdeci"; not "Travel", "Benefits", "Union").
func apposSpelt(text string, start, end int) bool {
	sum, low, parts := spellScores(text[start:end])
	if parts == 1 {
		return sum >= 0
	}
	return parts >= 2 && low >= spellRunFloor && sum >= spellRunMean*parts
}

// apposBits is a filter of the four bytes that end a person noun of
// personNouns or roleWords (with the space or line break before a noun
// shorter than four bytes): one bit of 16,384 per key. apposNounMaybe
// tests it before apposNounBefore reads any word.
type apposBits [256]uint64

func apposBit(k uint32) uint32 { return (k * 0x9E3779B1) >> 18 }

func (s *apposBits) has(k uint32) bool { b := apposBit(k); return s[b>>6]>>(b&63)&1 != 0 }

// add sets the bit of the last four bytes of e, when it has four.
func (s *apposBits) add(e string) {
	if len(e) >= 4 {
		b := apposBit(load32(e, len(e)-4))
		s[b>>6] |= 1 << (b & 63)
	}
}

// apposEnds is the filter of apposNounMaybe.
var apposEnds = func() *apposBits {
	s := &apposBits{}
	for _, a := range apposAwards {
		s.add(a) // "year", "onth", "week" before ", "
	}
	for _, t := range []*strTable{personNouns, roleWords} {
		for _, w := range t.keyList() {
			if w == "" {
				continue
			}
			r, size := utf8.DecodeRuneInString(w)
			c := string(unicode.ToUpper(r)) + w[size:]
			for _, f := range []string{w, c} {
				s.add(f)
				if len(f) < 4 {
					s.add(" " + f)
					s.add("\n" + f)
					s.add("'" + f)
				}
			}
		}
	}
	return s
}()

// apposLinks is the filter of the four bytes (with the space after) that
// end a word of apposCopulas or apposPostPossessives: a link between a
// noun and a name ("is", "was", "kami", "nostru").
var apposLinks = func() *apposBits {
	s := &apposBits{}
	for _, t := range []*strTable{apposCopulas, apposPostPossessives} {
		for _, w := range t.keyList() {
			if w != "" {
				s.add(" " + w + " ")
			}
		}
	}
	return s
}()

// apposNounMaybe reports whether a person noun may end right before
// start as apposNounBefore reads it: before the space, before ", ", or
// before a link word (apposLinks). Two loads and bit tests tell most
// words.
func apposNounMaybe(text string, start int) bool {
	if start < 6 || text[start-1] != ' ' {
		return false
	}
	e := start - 1
	if text[e-1] == ',' {
		e--
	}
	return apposEnds.has(load32(text, e-4)) || apposLinks.has(load32(text, start-4)) && apposLinkedNounMaybe(text, start)
}

// apposLinkedNounMaybe is apposNounMaybe for a noun before a link word.
func apposLinkedNounMaybe(text string, start int) bool {
	e := start - 1
	b := e
	for b > e-7 && b > 5 && (isLower(text[b-1]) || text[b-1] >= 0x80) {
		b--
	}
	return b < e && text[b-1] == ' ' && apposEnds.has(load32(text, b-5))
}

// apposNounBeforeMaybe is apposNounBefore after apposNounMaybe's filter.
func apposNounBeforeMaybe(text string, start int, allUnknown bool) string {
	if !apposNounMaybe(text, start) {
		return ""
	}
	return apposNounBefore(text, start, allUnknown)
}
