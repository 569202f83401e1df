package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The speakers of chat18_layouts.go: which labels of a chat layout are
// persons (chatLayoutPerson, chatFullName, plainSpeaker) and where their
// names come again in the text (chatLayoutMentions).

// chatLayoutPerson reports whether the label text[s:e] of a line of kind
// is a person (see above).
func chatLayoutPerson(text string, s, e int, kind uint8, labs []chatLayoutLabel) bool {
	if e-s < 2 || e-s > 40 {
		return false
	}
	words, ascii := 1, true
	for k := s; k < e; k++ {
		c := text[k]
		switch {
		case c == ' ':
			words++
		case isDigit(c) || c == '@' || c == '_' || c == '#' || c == '/' || c == ':' || c == '*' || c == '(' || c == '"':
			return false
		case c == '-' && (k == s || text[k-1] == ' ' || k+1 == e || text[k+1] == ' '):
			return false // "PM - name": a stamp's dash
		case c >= 0x80:
			ascii = false
			if r, _ := utf8.DecodeRuneInString(text[k:e]); r != utf8.RuneError && !unicode.IsLetter(r) && !unicode.IsMark(r) {
				return false // a mark, a space or an emoji
			}
		}
	}
	if words > 4 {
		return false
	}
	w := e
	for k := s; k < e; k++ {
		if text[k] == ' ' || text[k] == ',' {
			w = k
			break
		}
	}
	if w == s || !isAlpha(text[s]) && text[s] < 0x80 {
		return false // ", name" or "-x": no label
	}
	var buf [32]byte
	first := text[s:w]
	if len(first) <= len(buf) && ascii {
		first = lowerASCII(first, &buf)
	} else if !ascii {
		first = strings.ToLower(first)
	}
	if chatRoleWords.has(first) || chatLayoutRoles.has(first) || chatBizLabel(text, s, e) {
		return false
	}
	if kind == layPlain {
		return ascii && plainSpeaker(text, s, e, words, labs)
	}
	if words > 1 && ascii {
		return chatFullName(text, s, e, words)
	}
	if r, _ := utf8.DecodeRuneInString(text[s:e]); words == 1 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hangul, r)) &&
		utf8.RuneCountInString(text[s:e]) > 4 {
		return false // a shop's name: a Chinese or Korean name has two to four syllables
	}
	if !ascii || kind == layIRC || kind >= layStampHead {
		return true
	}
	if f := tokenFlags(capitalised(first)); f&(nameGiven|nameFamily) != 0 && f&nameStop == 0 {
		return true
	}
	if sc, _, _ := spellScores(first); sc < chatNameSpell && !strings.HasPrefix(text[e:], " (") { // "odile (jay):" names a person and a nickname
		return false
	}
	n := 0
	for _, l := range labs {
		if l.kind == kind && l.e-l.s == e-s && strings.EqualFold(text[l.s:l.e], text[s:e]) {
			n++
		}
	}
	return n >= 2 || wordElsewhere(text, text[s:e], s)
}

// wordElsewhere reports whether the ASCII word w, in lower case or
// capitalised, occurs in text as a whole word other than at at.
func wordElsewhere(text, w string, at int) bool {
	var buf [32]byte
	if len(w) > len(buf) {
		return false
	}
	low := lowerASCII(w, &buf)
	for _, v := range [2]string{low, capitalised(low)} {
		for i := 0; i < len(text); {
			k := strings.Index(text[i:], v)
			if k < 0 {
				break
			}
			k += i
			i = k + len(v)
			if k != at && (k == 0 || !isAlpha(text[k-1])) && (i == len(text) || !isAlpha(text[i])) {
				return true
			}
		}
	}
	return false
}

// chatFullName reports whether the ASCII label text[s:e] of two words or
// more reads as a person's name, not a business's ("Sweet Corner
// Bakery", "PharmaOne Midtown"): no word mixes cases inside it or spells
// like a dictionary word no gazetteer knows as a name (namegram,
// person7_spell.go) or is a stop word, title or city; and one word is a
// given or family name of the gazetteers, or every word spells like a
// name, or the label is "Family, Given".
func chatFullName(text string, s, e, words int) bool {
	known, spelt := false, true
	for k := s; k < e; {
		w := k
		for w < e && text[w] != ' ' && text[w] != ',' {
			w++
		}
		if w-k >= 2 {
			for j := k + 1; j < w; j++ {
				if isUpper(text[j]) && isLower(text[j-1]) {
					return false
				}
			}
			f := tokenFlags(text[k:w])
			if isLower(text[k]) {
				f = lowerNameFlags(text[k:w])
			}
			var buf [32]byte
			lw := lowerASCII(text[k:w], &buf)
			switch sc, low, _ := spellScores(lw); {
			case f&(nameStop|nameTitle|nameGreeting|nameCity) != 0 || chatShopWords.has(lw):
				return false // "Engineer Tobiah", "Shop Assistant"
			case f&(nameGiven|nameFamily) != 0 && f&nameAmbiguous == 0:
				known = true
			case sc < chatLabelSpell || low < chatLabelSpell:
				return false
			case sc < chatNameSpell:
				spelt = false
			}
		}
		for w < e && (text[w] == ' ' || text[w] == ',') {
			w++
		}
		k = w
	}
	return known || spelt || strings.Contains(text[s:e], ", ")
}

// chatShopWords are the words that make a label a business's in the
// languages of the messengers' markets: shop, stall, bakery, clinic…
// ("Toko Roti Sinar", "Kedai Pak Mat", "Tienda Lupita").
var chatShopWords = boolTable(map[string]bool{
	"toko": true, "warung": true, "kedai": true, "kios": true, "apotek": true, "klinik": true, "salon": true,
	"tienda": true, "panaderia": true, "farmacia": true, "clinica": true, "taller": true, "boutique": true,
	"atelier": true, "studio": true, "shop": true, "store": true, "mart": true, "bakery": true, "cafe": true,
	"kitchen": true, "catering": true, "florist": true, "laundry": true, "pharmacy": true, "clinic": true,
	"bazaar": true, "emporium": true, "traders": true, "enterprises": true, "tailors": true, "sweets": true,
	"restaurant": true, "restoran": true, "rumah": true, "loja": true, "padaria": true, "bottega": true,
	"negozio": true, "laden": true, "bäckerei": true, "praxis": true, "winkel": true, "bakkerij": true,
	"dukkan": true, "fırın": true, "eczane": true, "magasin": true, "pharmacie": true, "boulangerie": true,
})

// chatNameSpell is the spelling score (×16 log odds, person7_spell.go)
// from which a word no gazetteer knows reads as a name ("obuya" 111,
// "ottavia" 16) rather than a word or a compound of words ("pixel…",
// "…beard" score below zero).
const chatNameSpell = 0

// chatLayoutGiven returns the given name of the speaker text[s:e]: the
// word after the comma of "Family, Given", else the first word; "" for
// one shorter than three bytes.
func chatLayoutGiven(text string, s, e int) string {
	if c := strings.Index(text[s:e], ", "); c >= 0 {
		s += c + 2
	}
	w := s
	for w < e && text[w] != ' ' && text[w] != ',' {
		w++
	}
	if w-s < 3 {
		return ""
	}
	return text[s:w]
}

// chatLayoutMentions appends the mentions of the speaker's given name w
// in text (see above), skipping what dst[n0:] covers.
func chatLayoutMentions(text, w string, dst []Span, n0 int, g *spanGuard) []Span {
	r, size := utf8.DecodeRuneInString(w)
	if r >= 0x1100 && !unicode.IsUpper(r) && !unicode.IsLower(r) { // Han, Hangul, kana: no case, no spaces
		for i := 0; i < len(text); {
			k := g.index(text, i, w)
			if k < 0 {
				break
			}
			i = k + len(w)
			if !g.overlaps(dst[n0:], len(text), k, i) {
				dst = append(dst, Span{Start: k, End: i, Type: "PERSON", Rule: "builtin.person", Score: 0.7,
					Reason: "name of a chat speaker"})
			}
		}
		return dst
	}
	f := tokenFlags(string(unicode.ToUpper(r)) + w[size:])
	wordLike := f&(nameStop|nameAmbiguous|nameCity|nameTitle|nameGreeting) != 0 || f&(nameGiven|nameFamily) == 0 && len(w) <= 4
	for _, v := range [2]string{string(unicode.ToLower(r)) + w[size:], string(unicode.ToUpper(r)) + w[size:]} {
		for i := 0; i < len(text); {
			k := g.index(text, i, v)
			if k < 0 {
				break
			}
			e := k + len(v)
			i = e
			if k > 0 && (isAlpha(text[k-1]) || text[k-1] >= 0x80 || text[k-1] == '.' || text[k-1] == '/' || text[k-1] == '_') ||
				e < len(text) && (isAlpha(text[e]) || text[e] >= 0x80 && !strings.HasPrefix(text[e:], "’s") || text[e] == '@' || text[e] == '_' ||
					text[e] == '.' && e+1 < len(text) && isAlpha(text[e+1])) {
				continue
			}
			if wordLike && !chatNamePosition(text, k, e) || notablePairAt(text, k, e) || g.overlaps(dst[n0:], len(text), k, e) {
				continue
			}
			dst = append(dst, Span{Start: k, End: e, Type: "PERSON", Rule: "builtin.person", Score: 0.7,
				Reason: "name of a chat speaker"})
		}
	}
	return dst
}

// chatAddressWords are the words before a name that address or name a
// person in a chat: "thx will", "ask hope", "with june".
var chatAddressWords = boolTable(map[string]bool{
	"hi": true, "hey": true, "hello": true, "thx": true, "thanks": true, "ty": true, "ask": true,
	"tell": true, "with": true, "ping": true, "call": true, "text": true, "dear": true, "sorry": true,
	"hola": true, "gracias": true, "danke": true, "merci": true, "obrigado": true, "grazie": true,
})

// chatNamePosition reports whether the word text[k:e] stands where a
// name stands: before "'s", after "@", after a chatAddressWords word, or
// opening a message before a comma.
func chatNamePosition(text string, k, e int) bool {
	if strings.HasPrefix(text[e:], "'s ") || strings.HasPrefix(text[e:], "’s ") || k > 0 && text[k-1] == '@' {
		return true
	}
	if e < len(text) && text[e] == ',' && (k == 0 || text[k-1] == '\n' || k >= 2 && text[k-2] == ':' && text[k-1] == ' ' ||
		k >= 2 && text[k-2] == '>' && text[k-1] == ' ') {
		return true
	}
	if k < 2 || text[k-1] != ' ' {
		return false
	}
	p := k - 1
	for p > 0 && isAlpha(text[p-1]) {
		p--
	}
	var buf [32]byte
	return k-1-p <= len(buf) && chatAddressWords.has(lowerASCII(text[p:k-1], &buf))
}

// notablePairAt reports whether the word at text[k:e] and the next make a
// famous name of notableNames in either case ("not THAT marie curie"):
// the speaker's namesake, no mention of the speaker.
func notablePairAt(text string, k, e int) bool {
	if e+3 > len(text) || text[e] != ' ' || !isAlpha(text[e+1]) {
		return false
	}
	n := e + 1
	for n < len(text) && isAlpha(text[n]) {
		n++
	}
	var buf [40]byte
	if n-k > len(buf) {
		return false
	}
	copy(buf[:], text[k:n])
	for _, i := range [2]int{0, e + 1 - k} {
		if isLower(buf[i]) {
			buf[i] -= 'a' - 'A'
		}
	}
	return notableNames.has(string(buf[:n-k]))
}

// plainSpeaker reports whether the label text[s:e] of a transcript with
// no stamps is a person's: it opens two turns or more and is a given or
// family name of the gazetteers (word-like ones too: "Verity:"), or two
// or three words as chatFullName reads them. A record's fields repeat too ("Product:", "Price:"), but name
// nobody.
func plainSpeaker(text string, s, e, words int, labs []chatLayoutLabel) bool {
	n := 0
	for _, l := range labs {
		if l.kind == layPlain && l.e-l.s == e-s && text[l.s:l.e] == text[s:e] {
			n++
		}
	}
	if n < 2 || words > 3 {
		return false
	}
	if words > 1 {
		return chatFullName(text, s, e, words)
	}
	f := tokenFlags(text[s:e])
	if isLower(text[s]) {
		f = lowerNameFlags(text[s:e])
	}
	return f&(nameGiven|nameFamily) != 0 && f&(nameStop|nameTitle|nameGreeting|nameCity) == 0
}

// plainSpeakers counts the distinct labels of the transcript lines of
// labs that plainSpeaker takes as persons: a dialogue has two.
func plainSpeakers(labs []chatLayoutLabel, text string) int {
	n := 0
	for i, l := range labs {
		if l.kind != layPlain || !plainSpeaker(text, l.s, l.e, strings.Count(text[l.s:l.e], " ")+1, labs) {
			continue
		}
		first := true
		for _, m := range labs[:i] {
			first = first && (m.kind != layPlain || text[m.s:m.e] != text[l.s:l.e])
		}
		if first {
			n++
		}
	}
	return n
}
