package redact

import "strings"

// False alarms of the person rules around brands and teams: a founder
// named in a brand's story ("founded by Walter Grimsby", "the brand's
// founder", "named after old Walter Grimsby"), a shop named by a given name
// before a word for goods ("a Zara dress"), a team's name after a label
// word ("Customer Happiness"), and a firm's name in a quoted mail's header
// ("Marisol from Crumb Club wrote:").

// founderBefore are the phrases that end right before a founder's name
// ("founded by", "the brand's founder"), lower case, with the space after
// them.
var founderBefore = []string{
	"founded by ", "brand's founder ", "brand’s founder ", "company's founder ", "company’s founder ",
	"named after old ", "gegründet von ", "fondé par ",
	"fondée par ", "fondato da ", "fondata da ",
}

// founderAfter are the phrases that follow a founder's name, with the space
// before them ("Walter Grimsby, who founded it", "Walter Grimsby founded the
// bakery").
var founderAfter = []string{" who founded", " founded ", " (founder)", " (the founder)"}

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
			return true
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
// "holder"), or "who", "fou", "(f" or "(t" follows it.
func founderMaybe(text string, start, end int) bool {
	if start >= 6 && text[start-1] == ' ' && founderEnds[text[start-2]]>>(text[start-3]&31)&1 != 0 &&
		(text[start-3] != 'e' || text[start-5] == 'n') {
		return true
	}
	if end+4 >= len(text) || text[end] != ' ' {
		return false
	}
	c := text[end+1]
	d := text[end+2]
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
// follows ("a Zara dress", "my Lidl toaster").
var goodsArticles = []string{"a ", "an ", "my ", "her ", "his ", "their ", "this ", "that "}

// shopBeforeGoods reports whether the lone given name text[start:end] is a
// shop's or a brand's name: an article or a possessive pronoun before it
// and a word for goods after it ("a Zara dress", "her Lidl blender").
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
// colon between, they are part of a team's name ("Customer Happiness"),
// not a label.
var labelGreetings = boolTable(map[string]bool{
	"customer": true, "client": true, "contact": true, "name": true, "kunde": true, "kundin": true,
	"cliente": true, "klant": true, "klient": true, "klientin": true, "klientka": true, "kund": true,
})

// teamWordAt reports whether the capitalised word text[start:end], which
// a label greeting ("Customer") comes right before, is an abstract noun
// that names a team with it ("Customer Happiness", "Client Partnership"):
// it ends in "ness", "ment", "ship", "ity", "tion" or "sion", as no given
// name does.
func teamWordAt(text string, start, end int) bool {
	w := text[start:end]
	return strings.HasSuffix(w, "ness") || strings.HasSuffix(w, "ment") || strings.HasSuffix(w, "ship") ||
		strings.HasSuffix(w, "ity") || strings.HasSuffix(w, "tion") || strings.HasSuffix(w, "sion")
}

// firmBeforeWrote reports whether "from ", "at " or "of " comes right
// before the capitalised words text[start:…] that "wrote:" follows: a
// firm's name after its writer ("Marisol from Crumb Club wrote:").
func firmBeforeWrote(text string, start int) bool {
	return afterWord(text, start, "from ") || afterWord(text, start, "at ") || afterWord(text, start, "of ")
}
