package redact

import (
	_ "embed"
	"strings"
	"unicode"
)

// Names that are no customer's: well-known people, fictional characters and
// brands named after people (data/notable.txt), and the words around a
// name that make it a theme or a product rather than a person ("a Jane
// Austen weekend", "Raymond suits", "inspired by Frida Kahlo", "Ben &
// Jerry's", "Henry VIII"). Everything here runs only once a name has been
// found, and most of it out of line, so that it stays off the detector's
// hot code. A greeting, a customer label or a relation word right before
// the name ("Dear Carl Benz,", "Name: Jane Austen", "my colleague Paul
// Smith") still makes it a person.

//go:embed data/notable.txt
var notableData string

// notableWorldData is data/notable_world.txt: well-known people of many
// countries of this century and the last (heads of state and government,
// athletes, musicians, actors, writers, national poets and heroes,
// designers), in notable.txt's format.
//
//go:embed data/notable_world.txt
var notableWorldData string

var (
	// notableNames holds the names of data/notable.txt, exact case; an
	// entry with a title is there with and without the title's dot.
	notableNames *strTable
	// notableEpithets holds the first three words of entries whose
	// second word is a lower-case word that is no name particle ("Joan
	// of Arc", "Emil i Lönneberga"): a run of names ends before it.
	notableEpithets *strTable
	// epithetLinks holds the second words of notableEpithets' entries
	// ("of", "the", "i"), which epithetAt tests first.
	epithetLinks *strTable
	// notableBloom has a bit set for each entry of notableNames, at
	// notableHash: most names are told from the list with one load.
	notableBloom [notableBloomWords]uint64
)

// notableBloomWords is the size of notableBloom: 131,072 bits, of which
// the names of data/notable*.txt set about one in eleven.
// data/gen/gen-notable-more.mjs writes the bloom of data/notable_more.txt
// for this size.
const (
	notableBloomWords = 2048
	notableBloomBits  = 17 // log2(64 * notableBloomWords)
)

func init() {
	notableNames = newStrTable(1024)
	notableEpithets = newStrTable(64)
	epithetLinks = newStrTable(16)
	orNotableMoreBloom()
	for _, line := range strings.Split(notableData+"\n"+notableWorldData+"\n"+famous24Data, "\n") { // famous24_list.go
		name := strings.TrimSpace(line)
		if name == "" || name[0] == '#' {
			continue
		}
		// The words are one space apart: the first, the second and the
		// rest (strings.Fields for each of ~5,700 lines was most of the
		// start-up's time here).
		first, rest, two := strings.Cut(name, " ")
		second, _, three := strings.Cut(rest, " ")
		if three && isLower(second[0]) && !isParticle(second) && strings.IndexFunc(second, unicode.IsUpper) < 0 { // "deGrasse": a name's word (famous24)
			third, _, _ := strings.Cut(rest[len(second)+1:], " ")
			notableEpithets.or(first+" "+second+" "+third, 1)
			epithetLinks.or(second, 1)
			continue
		}
		addNotable(name)
		addNotableFolded(name) // famous24_list.go: "Dejan Stankovic"
		if t := strings.TrimSuffix(first, "."); two && titleLower.get(t) != "" {
			// "Dr. Martens" and "Dr Martens".
			if t == first {
				addNotable(t + ". " + rest)
			} else {
				addNotable(t + " " + rest)
			}
		}
	}
}

func addNotable(name string) {
	last := strings.LastIndexByte(name, ' ') + 1
	if len(name)-last < 2 {
		return // notableMaybe needs two bytes of the last word
	}
	notableNames.or(name, 1)
	h := notableHash(name, 0, last, len(name))
	notableBloom[h>>6] |= 1 << (h & 63)
	h = notablePrefixHash(name[0], name[last], name[last+1]) // public14_case.go
	notablePrefixBits[h>>6] |= 1 << (h & 63)
}

// notableHash mixes the first byte of the name text[start:end], the first
// two bytes of its last word (at last), its last byte and its length into
// an index of notableBloom (small enough that notableMaybe is inlined).
func notableHash(text string, start, last, end int) uint32 {
	k := uint32(text[start])<<24 | uint32(text[last])<<16 | uint32(text[last+1])<<8 | uint32(end-start)&0xff
	return (k ^ uint32(text[end-1])<<4) * 0x9E3779B1 >> (32 - notableBloomBits)
}

// notableMaybe reports whether text[start:end], a name whose last word
// starts at last, may be in notableNames (isNotable tells).
func notableMaybe(text string, start, last, end int) bool {
	if end-last < 2 {
		return false
	}
	h := notableHash(text, start, last, end)
	return notableBloom[h>>6]>>(h&63)&1 != 0
}

// isNotable reports whether text[start:end] is a name of notableNames (or
// of the other notable lists, notableHas), no greeting, customer label or
// relation word comes right before it. A name of the broad WordNet list
// (notable_more.go) that is the whole text is a value (a form field's, a
// record's), not a mention; the hand lists' brands and characters ("Harry
// Potter") stay things alone too.
//
//go:noinline
func isNotable(text string, start, end int) bool {
	name := text[start:end]
	return (notableNames.has(name) || notableMoreKnown(name) && (start > 0 || end < len(text))) && !personLabelBefore(text, start) &&
		!parentJoinedAfter(text, end) && // forms17_join.go
		!famousCustomerAt(text, start, end) // famous24_drop.go: "Roy Keane, 087 …", "I'm Roy Keane", a signature
}

// personLabelBefore reports whether a word that introduces a person
// comes before start: a greeting or a customer label ("Dear", "Name:",
// "Kundin"), the strong context words, or a relation word right before
// it ("my colleague Paul Smith"). Such a word makes a famous name or a
// themed one a customer's.
func personLabelBefore(text string, start int) bool {
	if w := contextBefore(text, start, 24, ctxPerson); w != "" && strongPersonCtxSet.has(w) {
		return w != "named" || !namedAfterBefore(text, start)
	}
	return relationBefore(text, start) != "" || lowerTitleBefore(text, start) != ""
}

// personLabelRightBefore reports whether a strong person context word
// ends right before start ("Name: Prince Adebayo"), or a relation word or
// a lower-case title does: a royal title after a context word further
// back is still a ruler's ("a sponge named after Queen Victoria").
func personLabelRightBefore(text string, start int) bool {
	if w := contextBefore(text, start, 24, ctxPerson); w != "" && strongPersonCtxSet.has(w) && ctxRightBefore(text, start, w) {
		return true
	}
	return relationBefore(text, start) != "" || lowerTitleBefore(text, start) != ""
}

// notableRun reports whether the name of core (two or more name tokens,
// no title), from start to end, is no customer's: a name of notableNames
// (the whole name, its first two words, or its first three when a family
// name follows the first two, or a hyphenated first word before
// a word no gazetteer knows: "Karl Lagerfeld Kollektion", "Ray-Ban
// Wayfarers"), a name that a theme word follows or a theme phrase
// precedes, a ruler's ("King Charles"), or a street's ("via Paolo
// Sarpi"). What it tests for a run of two
// gazetteer names, fullNameMaybeNotable pre-tests.
func notableRun(text string, core []nameTok, start, end int) bool {
	last := core[len(core)-1].start
	if notableMaybe(text, start, last, end) && isNotable(text, start, end) {
		return true
	}
	if len(core) > 2 && !core[1].particle && !core[1].initial {
		// The first two words, or the first three when a family name
		// follows the first two ("Martin Luther King Jr"; "Rubén Darío
		// Castellanos" is a customer's).
		k := 1
		if core[2].flags&nameFamily != 0 {
			k = 2
		}
		if k < len(core)-1 || k == 1 {
			if notableMaybe(text, start, core[k].start, core[k].end) && isNotable(text, start, core[k].end) {
				return true
			}
		}
	}
	return themedAt(text, start, end) || len(core) > 2 && themeLast(text, core) || namesakeRun(text, core, start, end) ||
		core[0].flags&nameGiven == 0 && royalTitles.has(text[core[0].start:core[0].end]) && !personLabelRightBefore(text, start) ||
		core[1].flags&(nameGiven|nameFamily) == 0 && notableMaybe(text, core[0].start, core[0].start, core[0].end) &&
			notableFirstWord(text, core[0]) ||
		streetWordBefore(text, start, end) // "via Paolo Sarpi" (person4_slots.go)
}

// fullNameMaybeNotable reports whether notableRun may be true for a run of
// two gazetteer names (see fullName) from start to end whose second word
// starts at last: the tests notableRun starts with, in line, so that
// most names go on without a call.
func fullNameMaybeNotable(text string, start, last, end int) bool {
	// themeAfterMaybe, written out: it is too big for the inliner.
	return notableMaybe(text, start, last, end) || lowerAfterHyphen(text, end) ||
		end+3 < len(text) && text[end] == ' ' && themeFirst3Has(text, end+1) || themeBeforeMaybe(text, start) ||
		start >= 4 && streetEnds.has(load32(text, start-4)) || namesakeMaybe(text, start, last, end)
}

// notableFirstWord reports whether the first token of a run, a hyphenated
// word, names a brand ("Ray-Ban Wayfarers", "Mercedes-Benz EQE"). Its
// caller tests notableMaybe for the token first.
//
//go:noinline
func notableFirstWord(text string, t nameTok) bool {
	return strings.IndexByte(text[t.start:t.end], '-') > 0 && isNotable(text, t.start, t.end)
}

// themedAt reports whether the name text[start:end] is a theme, not a
// person: a theme word follows it ("Jane Austen weekend", "Walter
// White-themed", "Astrid Lindgren-tema") and no verb makes the name the
// recipient of the thing ("ship Maria Lopez boots"), or a theme phrase
// comes before it ("inspired by Frida Kahlo"); and no greeting or label
// says it is a person. The byte tests before the calls let most names
// through without one.
func themedAt(text string, start, end int) bool {
	return (themeAfterMaybe(text, end) && themeAfter(text, end) && !recipientAt(text, start) ||
		themeBeforeMaybe(text, start) && themeBefore(text, start)) && !personLabelBefore(text, start)
}

// recipientAt reports whether a verb that takes a person and a thing comes
// right before the name at start ("Ship Maria Lopez shoes in size 7",
// "recommend Tom Becker boots"): a theme word after the name is then the
// thing, and the name a customer's.
func recipientAt(text string, start int) bool {
	if start < 4 || text[start-1] != ' ' {
		return false
	}
	var buf [16]byte
	w := lowerWordEndingAt(text, start-1, 12, false, &buf)
	if len(w) < 3 {
		return false
	}
	_, _, ok := recipientVerbs.getBytes(w)
	return ok
}

// recipientVerbs take a person and a thing: "send NAME boots".
var recipientVerbs = boolTable(map[string]bool{
	"send": true, "ship": true, "give": true, "offer": true, "recommend": true, "show": true, "get": true,
	"buy": true, "sell": true, "email": true, "mail": true, "gift": true, "bring": true, "lend": true,
	"promise": true, "find": true, "order": true, "reserve": true, "save": true, "book": true, "pitch": true,
	"deliver": true, "text": true, "message": true, "remind": true, "tell": true,
})

// themeAfterMaybe reports whether a theme word may follow a name ending
// at end: a hyphen and a lower-case letter (lowerAfterHyphen), or a space
// and a word whose first three letters some theme word has (themeFirst3).
func themeAfterMaybe(text string, end int) bool {
	return lowerAfterHyphen(text, end) || end+3 < len(text) && text[end] == ' ' && themeFirst3Has(text, end+1)
}

// lowerAfterHyphen reports whether a hyphen and a lower-case letter follow
// end ("Walter White-themed").
func lowerAfterHyphen(text string, end int) bool {
	return end+1 < len(text) && text[end] == '-' && isLower(text[end+1])
}

// themeFirst3Has reports whether the three bytes at i (i+2 < len(text))
// start one of themeWords, in either case.
func themeFirst3Has(text string, i int) bool {
	k := themeKey(text[i], text[i+1], text[i+2])
	return themeFirst3[k>>6]>>(k&63)&1 != 0
}

// themeKey packs five bits of each of the first three letters of a word
// (either case) into an index of themeFirst3.
func themeKey(a, b, c byte) uint32 {
	return uint32(a&31)<<10 | uint32(b&31)<<5 | uint32(c&31)
}

// themeFirst3 has the bit of themeKey set for the first three letters of
// each of themeWords (32,768 bits, 4 KB: a direct index, no hashing).
var themeFirst3 = func() (t [512]uint64) {
	for _, w := range themeWords.keyList() {
		if len(w) >= 3 {
			k := themeKey(w[0], w[1], w[2])
			t[k>>6] |= 1 << (k & 63)
		}
	}
	return t
}()

// themeAfter reports whether a hyphen and a lower-case word follow end
// ("Walter White-themed", "Lindgren-tema": a name used in a compound is
// used as a thing), or a space and one of themeWords.
//
//go:noinline
func themeAfter(text string, end int) bool {
	if text[end] == '-' {
		return true
	}
	var buf [16]byte
	n := lowerWordAt(text, end+1, &buf)
	_, _, ok := themeWords.getBytes(buf[:n])
	return n > 1 && ok
}

// lowerWordEndingAt returns, lower-cased in buf, the word of letters that
// ends at end (exclusive), read back at most limit bytes; non-ASCII bytes
// count as letters when wide is set. It returns nil when the word does not
// fit in buf or a longer word goes on past the limit.
func lowerWordEndingAt(text string, end, limit int, wide bool, buf *[16]byte) []byte {
	b := end
	for b > 0 && end-b < limit && (isAlpha(text[b-1]) || wide && text[b-1] >= 0x80) {
		b--
	}
	n := lowerWordAt(text, b, buf)
	if b+n != end {
		return nil
	}
	return buf[:n]
}

// lowerWordAt copies the word of letters at i into buf, ASCII letters in
// lower case, and returns its length: 0 when it has more than 16 bytes.
func lowerWordAt(text string, i int, buf *[16]byte) int {
	n := 0
	for j := i; j < len(text); j++ {
		c := text[j]
		if c < 0x80 && !isAlpha(c) {
			break
		}
		if n == len(buf) {
			return 0
		}
		if isUpper(c) {
			c += 'a' - 'A'
		}
		buf[n] = c
		n++
	}
	return n
}

// themeLast reports whether the last token of core, a run of three or
// more, is a theme word ("Jane Austen Weekend", "Karl Lagerfeld
// Kollektion").
//
//go:noinline
func themeLast(text string, core []nameTok) bool {
	var buf [16]byte
	t := core[len(core)-1]
	n := lowerWordAt(text, t.start, &buf)
	if n < 2 || t.start+n < t.end {
		return false
	}
	_, _, ok := themeWords.getBytes(buf[:n])
	return ok && !personLabelBefore(text, core[0].start)
}

// themeWords are words that, right after a name, make it a theme, a work
// or a product: books, exhibitions, events, goods named after a person.
// They are written in lower case; capitalised ones (German nouns, title
// case) are looked up in lower case. Left out: words that are verbs too
// ("books", "quotes", "prints", "films", "inspired": "Anna Smith books a
// table"), and words that start like words common after a customer's
// name ("theme" as "the", "handbags" as "has", "concert" as "confirmed"):
// themeAfterMaybe tests the first three letters only; "-themed" is read
// by the hyphen.
var themeWords = boolTable(map[string]bool{
	// Festivals of a deity or a saint ("Lakshmi puja", "Ganesh chaturthi").
	"puja": true, "pooja": true, "jayanti": true, "navami": true, "chaturthi": true, "janmashtami": true,
	"purnima": true, "aarti": true, "mela": true,
	"weekend": true, "weekends": true, "exhibition": true, "exhibitions": true, "exhibit": true, "museum": true,
	"festival": true, "novels": true, "novel": true, "biography": true, "biopic": true, "film": true,
	"movie": true, "movies": true, "musical": true, "evening": true, "evenings": true, "nights": true,
	"gala": true, "boots": true, "shoes": true, "sneakers": true, "trainers": true, "suits": true,
	"shirts": true, "jeans": true, "polos": true, "perfume": true, "fragrance": true, "fragrances": true,
	"collection": true, "collab": true, "collaboration": true, "retrospective": true, "tribute": true,
	"lookalike": true, "songs": true, "album": true, "paintings": true, "painting": true, "poster": true,
	"posters": true, "portrait": true, "sculptures": true, "centenary": true, "bicentenary": true, "trail": true,
	"tote": true, "totes": true, "mugs": true, "merch": true, "merchandise": true, "costume": true,
	"costumes": true, "quiz": true, "trivia": true, "cocktail": true, "cocktails": true, "sundae": true,
	"lipstick": true, "sunglasses": true, "jackets": true, "dresses": true, "boutique": true,
	"outlet": true, "edition": true, "editions": true, "era": true, "adaptation": true, "fans": true,
	"ausstellung": true, "kollektion": true, "schuhe": true, "romane": true, "bücher": true,
	"wochenende": true, "hommage": true, "exposition": true, "exposición": true, "mostra": true,
	"tentoonstelling": true, "collectie": true, "kollektionen": true, "utställning": true, "colección": true,
	"collezione": true, "coleção": true, "kolekcja": true, "wystawa": true,
	// Goods named after a person ("Raymond suiting", "the Greta sofa").
	"suiting": true, "fabric": true, "fabrics": true, "sofa": true, "sofas": true, "notebook": true,
	"notebooks": true, "candle": true, "candles": true,
})

// themeBeforeMaybe reports whether a theme phrase may end right before a
// name at start: every one ends in a word of two letters ("by", "of",
// "av", "op", "en") after a space, and two bytes of it and the byte before
// the space must be those of one of them.
func themeBeforeMaybe(text string, start int) bool {
	return start >= 6 && text[start-1] == ' ' && text[start-4] == ' ' &&
		themeEnds2[text[start-3]&31]>>(text[start-2]&31)&1 != 0 && themeEnds3[text[start-5]&31]>>(text[start-2]&31)&1 != 0
}

// themeEnds2 has bit b&31 of themeEnds2[a&31] set for the two letters a, b
// of the last word of each of themePhrases, and themeEnds3 the bit of b
// in the entry of the byte before the space before that word.
var themeEnds2, themeEnds3 = func() (t2, t3 [32]uint32) {
	for _, w := range themePhrases.keyList() {
		if n := len(w); n >= 4 {
			t2[w[n-2]&31] |= 1 << (w[n-1] & 31)
			t3[w[n-4]&31] |= 1 << (w[n-1] & 31)
		}
	}
	return t2, t3
}()

// themeBefore reports whether one of themePhrases ends right before
// start with one space between.
//
//go:noinline
func themeBefore(text string, start int) bool {
	return phraseBefore(text, start, themePhrases, 2)
}

// phraseBefore reports whether the last word before start, or the last
// words up to n, with one space before start, is in table (lower case).
func phraseBefore(text string, start int, table *strTable, n int) bool {
	e := start - 1
	b := e
	for words := 0; words < n; words++ {
		for b > 0 && text[b-1] != ' ' && text[b-1] != '\n' && text[b-1] != '(' && e-b < 20 { // "(la chiamano Pina)"
			b--
		}
		if b < e && (table.has(text[b:e]) || isUpper(text[b]) && hasLowerFirst(table, text[b:e])) && (b == 0 || !isAlpha(text[b-1])) {
			return true // "inspired by", or "Inspired by" opening a sentence
		}
		if b == 0 || text[b-1] != ' ' {
			return false
		}
		b--
	}
	return false
}

// hasLowerFirst reports whether table holds w with its first letter, an
// ASCII capital, in lower case.
func hasLowerFirst(table *strTable, w string) bool {
	var buf [24]byte
	if len(w) > len(buf) {
		return false
	}
	n := copy(buf[:], w)
	buf[0] += 'a' - 'A'
	_, _, ok := table.getBytes(buf[:n])
	return ok
}

// themePhrases are words that, right before a name, make it a theme:
// styles and inspirations ("inspired by", "in the style of"). Phrases
// that end in a word common before customers' names ("homage to",
// "omaggio a", "hommage à", "im Stil von") are left out: themeBeforeMaybe
// would let most names through to themeBefore.
var themePhrases = boolTable(map[string]bool{
	"inspired by": true, "style of": true, "quote by": true, "quotes by": true, "inspirerad av": true,
	"geïnspireerd op": true, "inspirado en": true, "inspirada en": true,
})

// royalWords are royal titles in lower case, which prose writes before
// kings and queens ("la regina Margherita", "dem König Ludwig"; "King
// Charles" is a run of its own). Before a lone given name they make it a
// ruler's (royalBefore).
var royalWords = boolTable(map[string]bool{
	"king": true, "queen": true, "prince": true, "princess": true, "emperor": true, "empress": true,
	"tsar": true, "czar": true, "pope": true, "pharaoh": true, "könig": true, "königin": true,
	"kaiser": true, "kaiserin": true, "prinz": true, "prinzessin": true, "roi": true, "reine": true,
	"rey": true, "reina": true, "regina": true, "principe": true, "principessa": true, "koning": true,
	"koningin": true, "kung": true, "drottning": true, "król": true, "królowa": true, "rainha": true,
	"imperador": true, "imperatriz": true, "infanta": true, "príncipe": true, "princesa": true,
	"dronning": true, "kong": true, "sultan": true, "tsarina": true, "keizer": true, "keizerin": true,
})

// royalTitles are royal titles written with a capital at the start of a
// run ("King Charles", "Queen Margrethe", "Kaiser" and the royal words
// that are given names too, "Regina", "Reina", "Rey", are left out): the
// name after them is a ruler's.
var royalTitles = boolTable(map[string]bool{
	"King": true, "Queen": true, "Prince": true, "Emperor": true, "Empress": true, "Tsar": true, "Czar": true,
	"Pharaoh": true, "König": true, "Königin": true, "Prinz": true, "Prinzessin": true, "Koning": true,
	"Koningin": true, "Kung": true, "Drottning": true, "Król": true, "Królowa": true, "Sultan": true,
	"Tsarina": true, "Infanta": true, "Rainha": true, "Roi": true, "Reine": true, "Keizer": true, "Keizerin": true,
})

// royalBefore reports whether one of royalWords ends right before start
// with one space between.
func royalBefore(text string, start int) bool {
	return start >= 3 && text[start-1] == ' ' && isLower(text[start-2]) && phraseBefore(text, start, royalWords, 1)
}

// loneNameIsTheme reports whether a lone given name at start..end, that no
// title, greeting or label introduces, names a brand, a ruler or a
// character: "Ben & Jerry's" and "Tiffany & Co." (an ampersand to a
// possessive or a company), a regnal number ("Henry VIII", "Louis XIV"),
// the start of a well-known epithet ("Emil i Lönneberga", "Joan of
// Arc"), a royal title before it ("la regina Margherita"), quotes around
// it (a collection or product: "unsere Kollektion 'Karl'"), or a theme
// word after it or a theme phrase before it ("Raymond suits").
//
//go:noinline
func loneNameIsTheme(text string, start, end int) bool {
	if ampersandBrand(text, start, end) || regnalAfter(text, end) || epithetAt(text, start, end) || epithetEndAt(text, start, end) || royalBefore(text, start) ||
		quotedAt(text, start, end) || loneNameIsThing(text, start, end) || personaBefore(text, start) ||
		kinWordBefore(text, start) && kinMascotAround(text, start, end) || toneLabelAt(text, start, end) ||
		possessiveShopAt(text, end) || hyphenPlaceAt(text, start, end) || streetWordBefore(text, start, end) ||
		routeEndAt(text, start) || shopBeforeGoods(text, start, end) || firmAmpersandAfter(text, end) ||
		quotedGoodsAt(text, start, end) || petNamedBefore(text, start) || quotedAfterGoods(text, start, end) ||
		public14Lone(text, start, end) {
		return !personLabelBefore(text, start)
	}
	return themedAt(text, start, end)
}

// ampersandBrand reports whether the word text[start:end] is joined by
// " & " to a capitalised word that ends in a possessive "'s" ("Ben &
// Jerry's") or is "Co" ("Tiffany & Co."), or is itself that possessive
// word after one ("Jerry" in "Ben & Jerry's").
func ampersandBrand(text string, start, end int) bool {
	if end+4 < len(text) && text[end:end+3] == " & " && isUpper(text[end+3]) {
		e := end + 4
		for e < len(text) && isAlpha(text[e]) {
			e++
		}
		return possessiveEnd(text, e) && brandAfterPossessive(text, e) || text[end+3:e] == "Co"
	}
	return start >= 4 && text[start-3:start] == " & " && isAlpha(text[start-4]) && possessiveEnd(text, end) &&
		brandAfterPossessive(text, end)
}

// brandAfterPossessive reports whether what follows the possessive at e
// ("'s" or "’s") reads as a brand's: punctuation or the end of the text
// ("collab with Ben & Jerry's,"), or a word for goods or a shop ("Ben &
// Jerry's ice cream", "Maggie & Rose's kitchen"). A couple's possessive
// goes on with other words ("Anna & Tom's wedding").
func brandAfterPossessive(text string, e int) bool {
	e += 2
	if text[e-2] != '\'' {
		e += 2 // "’s" is four bytes
	}
	if e >= len(text) || text[e] != ' ' {
		return true
	}
	var buf [16]byte
	n := lowerWordAt(text, e+1, &buf)
	if n < 2 {
		return true
	}
	if _, _, ok := productNouns.getBytes(buf[:n]); ok {
		return true
	}
	if _, _, ok := themeWords.getBytes(buf[:n]); ok {
		return true
	}
	_, _, ok := shopWords.getBytes(buf[:n])
	return ok
}

// shopWords are what a brand's possessive names besides goods ("Ben &
// Jerry's ice cream", "Maggie & Rose's kitchen").
var shopWords = boolTable(map[string]bool{
	"ice": true, "tubs": true, "flavours": true, "flavors": true, "kitchen": true, "bakery": true, "cafe": true,
	"café": true, "bar": true, "restaurant": true, "restaurants": true, "stores": true, "shops": true,
	"products": true, "vouchers": true, "style": true, "pint": true, "pints": true, "granola": true,
	"bread": true, "pies": true, "cakes": true, "jam": true, "jams": true, "honey": true, "soap": true,
	"soaps": true, "cheese": true, "yogurt": true, "juice": true, "juices": true, "beer": true, "cider": true,
	"gin": true, "crisps": true, "chips": true, "pasta": true, "snacks": true, "treats": true, "popcorn": true,
	"cereal": true, "coffee": true, "tea": true, "teas": true, "candles": true, "skincare": true, "voucher": true, "gift": true, "gifts": true, "cookies": true,
	"chocolate": true, "chocolates": true, "sauce": true, "burgers": true, "new": true, "latest": true,
	// public14: more of what a kin title's brand sells ("Papa Luigi's pizza", "Auntie Mae's rice").
	"pizza": true, "pizzas": true, "rice": true, "pancakes": true, "syrup": true, "biscuits": true,
	"muffins": true, "pastries": true, "dumplings": true, "noodles": true, "salsa": true, "pickles": true,
	"kimchi": true, "tamales": true, "empanadas": true, "curry": true, "spices": true, "tortillas": true,
	"lemonade": true, "fudge": true,
})

// possessiveEnd reports whether "'s" or "’s" ends a word at e.
func possessiveEnd(text string, e int) bool {
	switch {
	case strings.HasPrefix(text[e:], "'s"):
		return wordEndAt(text, e+2)
	case strings.HasPrefix(text[e:], "’s"):
		return wordEndAt(text, e+4)
	}
	return false
}

// regnalAfter reports whether a Roman number of two or more letters (II to
// XXX, as rulers and popes are numbered) follows end after one space.
func regnalAfter(text string, end int) bool {
	if end+3 > len(text) || text[end] != ' ' {
		return false
	}
	e := end + 1
	for e < len(text) && e-end <= 6 && (text[e] == 'I' || text[e] == 'V' || text[e] == 'X') {
		e++
	}
	return e-end-1 >= 2 && (e == len(text) || !isAlpha(text[e]) && text[e] < 0x80)
}

// epithetAt reports whether the name at start..end and the next two words
// are the first three words of a notableEpithets entry.
func epithetAt(text string, start, end int) bool {
	if end+3 >= len(text) || text[end] != ' ' || !isLower(text[end+1]) {
		return false
	}
	e := end + 1
	for e < len(text) && text[e] != ' ' && e-end < 6 {
		e++
	}
	if e >= len(text) || text[e] != ' ' || !epithetLinks.has(text[end+1:e]) {
		return false
	}
	e++
	for e < len(text) && text[e] != ' ' && text[e] != ',' && text[e] != '.' && text[e] != '\n' && e-end < 40 {
		e++
	}
	return notableEpithets.has(text[start:e])
}

// isNotableTitled reports whether a name with a title, text[start:end],
// is an entry of notableNames that starts with that title ("Dr. Martens",
// "Mr. Bean", "Lady Gaga"), or starts with such an entry of two words
// ("Dr. Oetker Backbox-Abo"), and no greeting or label comes before it.
//
//go:noinline
func isNotableTitled(text string, start, end int) bool {
	last := strings.LastIndexByte(text[start:end], ' ')
	if last < 0 || end-start-last < 2 {
		return false
	}
	if titledNamesake(text, start, end) {
		return true // "Shree Kalika Temple" (person11_namesake.go)
	}
	if kinTitles.has(strings.TrimSuffix(text[start:start+strings.IndexByte(text[start:end], ' ')], ".")) &&
		kinMascotAround(text, start, end) {
		return !personLabelBefore(text, start) // "Auntie Bea's Bakes", "'Auntie Bea'": a brand or a mascot
	}
	if notableMaybe(text, start, start+last+1, end) && notableHas(text[start:end]) {
		return !personLabelBefore(text, start)
	}
	// "Sir Isaac Newton", "Dame Judi Dench": an honorific before a notable name.
	if first := strings.IndexByte(text[start:end], ' '); first > 0 && first < last && honorificTitles.has(text[start:start+first]) &&
		notableMaybe(text, start+first+1, start+last+1, end) && notableHas(text[start+first+1:end]) {
		return !personLabelBefore(text, start)
	}
	// "Dr. Oetker Backbox-Abo": the entry, then the product's own words.
	if first := strings.IndexByte(text[start:end], ' '); first >= 0 && first < last {
		e2 := start + first + 1 + strings.IndexByte(text[start+first+1:end], ' ')
		if notableMaybe(text, start, start+first+1, e2) && notableHas(text[start:e2]) {
			return !personLabelBefore(text, start)
		}
	}
	return false
}

// quotedAt reports whether the word text[start:end] stands alone in quotes
// ('…', "…", ‘…’, “…”, „…“ or «…») right after a word for goods or a
// collection ("unsere Kollektion 'Karl'", "the candle “Greta”"): a
// product's name. Quotes alone say nothing ("sign it as 'Maria'").
func quotedAt(text string, start, end int) bool {
	if start < 3 || end >= len(text) {
		return false
	}
	qs := -1
	switch c := text[start-1]; c {
	case '\'', '"':
		if text[end] == c {
			qs = start - 1
		}
	default:
		for _, q := range [...][2]string{{"‘", "’"}, {"“", "”"}, {"„", "“"}, {"«", "»"}, {"« ", " »"}} {
			if strings.HasSuffix(text[:start], q[0]) && strings.HasPrefix(text[end:], q[1]) {
				qs = start - len(q[0])
				break
			}
		}
	}
	if qs < 2 || text[qs-1] != ' ' {
		return false
	}
	var buf [16]byte
	w := lowerWordEndingAt(text, qs-1, 16, true, &buf)
	if len(w) < 2 {
		return false
	}
	if _, _, ok := productNouns.getBytes(w); ok {
		return true
	}
	_, _, ok := themeWords.getBytes(w)
	return ok
}

// namedAfterBefore reports whether "named after" or "named for" ends
// right before start: a namesake ("a bourbon named after Elijah Craig")
// is a famous person's name, not a customer's, although "named" is a
// name field's word.
func namedAfterBefore(text string, start int) bool {
	b := text[max(0, start-12):start]
	return strings.HasSuffix(b, "named after ") || strings.HasSuffix(b, "named for ")
}
