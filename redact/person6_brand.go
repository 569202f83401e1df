package redact

import "strings"

// False alarms of the person rules around brands and teams: a founder
// named in a brand's story ("founded by Walter Grimsby", "the brand's
// founder", "named after old Walter Grimsby"), a shop named by a given name
// before a word for goods ("a Hugo coat"), a team's name after a label
// word ("Customer Engagement"), and a firm's name in a quoted mail's header
// ("Agnieszka from Quill Club wrote:").

// founderBefore are the phrases that end right before a founder's name
// ("founded by", "the brand's founder"), lower case, with the space after
// them.
var founderBefore = []string{
	"founded by ", "brand's founder ", "brand’s founder ", "company's founder ", "company’s founder ",
	"named after old ", "gegründet von ", "fondé par ",
	"fondée par ", "fondato da ", "fondata da ",
	// the writer's own founder ("our founder Walter Grimsby", "thanks
	// to co-founder Walter Grimsby"): no customer either. (With a comma,
	// "as our founder, Walter Grimsby", a sign-off's name stays one.)
	"founder ",
	// Session 14: an apposition with commas on both sides ("Our founder,
	// Walter Grimsby, wants …"); founderAt wants the comma after the name.
	"founder, ",
}

// founderAfter are the phrases that follow a founder's name, with the space
// or comma before them ("Walter Grimsby, who founded it", "Walter Grimsby
// founded the bakery", "Walter Grimsby, our founder, will speak").
var founderAfter = []string{" who founded", " founded ", " (founder)", " (the founder)", ", our founder", ", our co-founder"}

// founderAt reports whether the full name text[start:end] is a brand's
// founder: a founderBefore phrase right before it or a founderAfter phrase
// right after it ("founder" after "brand's", not "holder"). A title or
// greeting before the name is tested before this is called ("Dear Walter
// Grimsby" stays a name).
//
//go:noinline
func founderAt(text string, start, end int) bool {
	b := text[max(0, start-22):start]
	for _, p := range founderBefore {
		if len(b) >= len(p) && strings.EqualFold(b[len(b)-len(p):], p) {
			return p[len(p)-2] != ',' || end < len(text) && text[end] == ','
		}
	}
	a := text[end:min(len(text), end+16)]
	for _, p := range founderAfter {
		if strings.HasPrefix(a, p) {
			return true
		}
	}
	return false
}

// founderMaybe is founderAt's pre-test, small enough to be inlined: the
// last two letters of the word before the name are those of a
// founderBefore phrase (and "er" follows an 'n': "founder", not
// "holder"), or "who", "fou", "(f", "(t" or ", ou" follows it.
func founderMaybe(text string, start, end int) bool {
	if start >= 6 && text[start-1] == ' ' && founderEnds[text[start-2]]>>(text[start-3]&31)&1 != 0 &&
		(text[start-3] != 'e' || text[start-5] == 'n') {
		return true
	}
	if end+4 >= len(text) {
		return false
	}
	c := text[end+1]
	d := text[end+2]
	if text[end] != ' ' {
		return text[end] == ',' && c == ' ' && d == 'o' && text[end+3] == 'u' // ", our founder"
	}
	return c == '(' && (d == 'f' || d == 't') || c == 'w' && d == 'h' && text[end+3] == 'o' || c == 'f' && d == 'o' && text[end+3] == 'u'
}

// founderEnds has bit b&31 of founderEnds[c] set for the last two letters
// b, c of the word that ends each founderBefore phrase.
var founderEnds = func() (e [256]uint32) {
	for _, p := range founderBefore {
		e[p[len(p)-2]] |= 1 << (p[len(p)-3] & 31)
	}
	return e
}()

// goodsArticles are the words before a shop's name that a word for goods
// follows ("a Hugo coat", "my Hugo bag").
var goodsArticles = []string{"a ", "an ", "my ", "her ", "his ", "their ", "this ", "that "}

// shopBeforeGoods reports whether the lone given name text[start:end] is a
// shop's or a brand's name: an article or a possessive pronoun before it
// and a word for goods after it ("a Hugo coat", "her Hugo bag").
func shopBeforeGoods(text string, start, end int) bool {
	if start < 3 || text[start-1] != ' ' || end+3 >= len(text) || text[end] != ' ' {
		return false
	}
	ok := false
	for _, a := range goodsArticles {
		if afterWord(text, start, a) {
			ok = true
			break
		}
	}
	return ok && (productAfter(text, end) || themeAfter(text, end))
}

// labelGreetings are the greeting words that label a field ("Customer:",
// "Name:"): capitalised before an abstract noun (teamWordAt), with no
// colon between, they are part of a team's name ("Customer Engagement"),
// not a label.
var labelGreetings = boolTable(map[string]bool{
	"customer": true, "client": true, "contact": true, "name": true, "kunde": true, "kundin": true,
	"cliente": true, "klant": true, "klient": true, "klientin": true, "klientka": true, "kund": true,
})

// teamWordAt reports whether the capitalised word text[start:end], which
// a label greeting ("Customer") comes right before, is an abstract noun
// that names a team with it ("Customer Engagement", "Client Partnership"):
// it ends in "ness", "ment", "ship", "ity", "tion" or "sion", as no given
// name does.
func teamWordAt(text string, start, end int) bool {
	w := text[start:end]
	return strings.HasSuffix(w, "ness") || strings.HasSuffix(w, "ment") || strings.HasSuffix(w, "ship") ||
		strings.HasSuffix(w, "ity") || strings.HasSuffix(w, "tion") || strings.HasSuffix(w, "sion")
}

// firmBeforeWrote reports whether "from ", "at " or "of " comes right
// before the capitalised words text[start:…] that "wrote:" follows: a
// firm's name after its writer ("Agnieszka from Quill Club wrote:").
func firmBeforeWrote(text string, start int) bool {
	return afterWord(text, start, "from ") || afterWord(text, start, "at ") || afterWord(text, start, "of ")
}

// thingNameLabelBefore reports whether the "name" that contextBefore
// found before start labels a thing's name, not a person's: "product
// name: Quellguard", "brand name", "company name", "the dog's name".
// It looks for the last "name" in the 24 bytes before start and reads the
// word before it.
//
//go:noinline
func thingNameLabelBefore(text string, start int) bool {
	w := text[max(0, start-24):start]
	k := strings.LastIndex(w, "name")
	if k < 0 {
		k = strings.LastIndex(w, "Name")
	}
	if k < 2 {
		return false
	}
	e := start - len(w) + k
	for e > 0 && (text[e-1] == ' ' || text[e-1] == '_' || text[e-1] == '-') {
		e--
	}
	if e >= 2 && text[e-2] == '\'' && text[e-1] == 's' {
		e -= 2 // "the dog's name"
	}
	var buf [16]byte
	lw := lowerWordEndingAt(text, e, 16, false, &buf)
	_, _, ok := thingNameWords.getBytes(lw)
	return ok
}

// thingNameWords are the things whose name a "… name:" label asks for,
// lower case.
var thingNameWords = boolTable(map[string]bool{
	"product": true, "brand": true, "company": true, "business": true, "shop": true, "store": true,
	"file": true, "domain": true, "project": true, "campaign": true, "event": true, "team": true,
	"app": true, "model": true, "range": true, "collection": true, "pet": true, "dog": true, "cat": true,
	"street": true, "venue": true, "hotel": true, "restaurant": true, "code": true, "plan": true,
	"package": true, "bundle": true, "course": true, "menu": true, "dish": true, "recipe": true,
	"item": true, "account": true, "user": true, "screen": true, "display": true, "trading": true,
	"legal": true, "firm": true, "site": true, "website": true, "page": true, "group": true,
})

// firmSuffixes are the words after "&" that end a firm's name ("Tomasz &
// Sons", "Tiffany & Co", "Ola & Partners"): a given name before them is
// the firm's.
var firmSuffixes = boolTable(map[string]bool{
	"Sons": true, "Son": true, "Daughters": true, "Daughter": true, "Co": true, "Partners": true,
	"Brothers": true, "Bros": true, "Associates": true, "Söhne": true, "Sohn": true, "Fils": true,
	"Filles": true, "Hijos": true, "Hijas": true, "Figli": true, "Zonen": true, "Zoon": true, "Filhos": true,
	"Synowie": true, "Søn": true, "Sønner": true, "Söner": true, "Cie": true, "Cía": true,
})

// firmAmpersandAfter reports whether " & " and a word of firmSuffixes
// follow the given name ending at end ("Tomasz & Sons Joinery").
func firmAmpersandAfter(text string, end int) bool {
	if end+5 > len(text) || text[end:end+3] != " & " || !upperAt(text, end+3) {
		return false
	}
	e := end + 3
	for e < len(text) && (isAlpha(text[e]) || text[e] >= 0x80) {
		e++
	}
	return firmSuffixes.has(text[end+3 : e])
}

// quotedGoodsAt reports whether the lone given name text[start:end] is in
// quotes and a word for goods follows within two words ("our new 'Mabel'
// wool coat", "the “Edith” linen dress"): a product's name.
func quotedGoodsAt(text string, start, end int) bool {
	qs, qe := quotesAround(text, start, end)
	if qs == start || qe+2 >= len(text) || text[qe] != ' ' {
		return false
	}
	if productAfter(text, qe) || themeAfter(text, qe) {
		return true
	}
	k := qe + 1
	for k < len(text) && isLower(text[k]) {
		k++
	}
	return k > qe+1 && k+1 < len(text) && text[k] == ' ' && (productAfter(text, k) || themeAfter(text, k))
}
