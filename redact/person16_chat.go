package redact

import "strings"

// A group chat whose speaker column names people talks about more people
// than it has speakers, in the same lower case: "list so far is obinna
// (21 on fri), chidera and the new lad". chatMentions finds the speakers'
// own names again; chatGivenMentions finds the others. In such a chat a
// lower-case word the gazetteers know as a given name, and as no word,
// month or place, is a person (chatGivenNotNames lists the given names
// that are everyday words of a chat's languages: "roger", "clara",
// "linda"). A given name that is also a word ("mercy", "hazel") or a
// month ("april") needs a person's context right after it: an age ("is
// 84", "(84"), or a verb of speech ("said", "says"); then its other
// mentions are the same person. chatWordLabels takes a speaker label
// that is a given name and a place or a word ("austin:") when it
// speaks twice or more in a column that names people: a place or a word
// does not take turns in a chat.

// chatGivenNotNames are given names of the gazetteers that a lower-case
// chat writes as everyday words of English, Spanish, Portuguese, Italian,
// French, German or Dutch.
var chatGivenNotNames = boolTable(map[string]bool{
	"wanting": true, "roger": true, "marina": true, "mats": true, "matt": true, "junior": true, "basil": true,
	"jade": true, "heather": true, "rosemary": true, "margarita": true, "henna": true,
	"carol": true, "griffin": true, "emir": true, "roman": true, "serge": true, "tine": true, "wale": true,
	"aline": true, "abbey": true, "ester": true, "marquis": true, "marquise": true, "marten": true,
	"maxim": true, "rob": true, "nick": true, "sander": true, "saki": true, "sunder": true, "tucker": true,
	"piper": true, "clement": true, "barb": true, "beau": true, "myrtle": true, "troy": true, "jay": true,
	"hank": true, "patty": true, "randy": true, "sonny": true, "amar": true, "amado": true, "cebo": true,
	"hacer": true, "esa": true, "mandar": true, "marte": true, "lata": true, "nena": true, "rosa": true,
	"vera": true, "sana": true, "mutua": true, "perla": true, "alma": true, "isla": true, "cara": true,
	"clara": true, "linda": true, "esperanza": true, "soledad": true, "serena": true, "consuelo": true,
	"lucero": true, "paloma": true, "pilar": true, "norma": true, "rasa": true, "ria": true, "sidra": true,
	"ade": true, "adel": true, "armen": true, "allen": true, "anders": true, "lasse": true, "aine": true,
	"bosse": true, "claire": true, "colin": true, "corne": true, "devin": true, "engin": true,
	"fleur": true, "franco": true, "lois": true, "merle": true, "morne": true, "rami": true, "savon": true,
	"tapas": true, "mele": true, "pere": true, "essi": true, "vince": true, "regina": true, "tali": true,
	"sem": true, "mona": true, "tina": true, "kat": true, "mees": true, "roos": true, "gemma": true,
	"donna": true, "dina": true, "demi": true, "dan": true, "duc": true, "tara": true, "orla": true,
	"musa": true, "ole": true, "sid": true, "tom": true, "mia": true, "zara": true, "lila": true,
	"ella": true, "alba": true, "elle": true, "dejan": true,
})

// chatAgeWords are the words after an age that keep it a person's age
// ("is 84 btw", "is 84 today"), not a count or a price ("is 30 days").
var chatAgeWords = boolTable(map[string]bool{
	"btw": true, "today": true, "now": true, "this": true, "next": true, "on": true, "and": true,
	"so": true, "in": true, "years": true, "yrs": true, "lol": true, "but": true, "tomorrow": true,
})

// chatGivenMentions appends, in a chat whose speaker column names people,
// the lower-case given names its messages mention (see above), skipping
// what dst[n0:] covers; g answers for it.
//
//go:noinline
func chatGivenMentions(text string, dst []Span, n0 int, g *spanGuard) []Span {
	for i := 0; i < len(text); {
		if !isLower(text[i]) || i > 0 && !chatWordOpens(text[i-1]) {
			i++
			continue
		}
		e := lowerLettersEnd(text, i) // person16_intro.go: "ramón"
		next := e                     // where the next word is looked for
		w := text[i:e]
		if len(w) > 2 && w[len(w)-2] == '\'' && w[len(w)-1] == 's' {
			w, e = w[:len(w)-2], e-2 // "obinna's"
		}
		if len(w) < 3 || !chatWordCloses(text, e) || chatNotNames.has(w) || chatRoleWords.has(w) {
			i = next
			continue
		}
		// Only a given name or a month may be added below: the words
		// around it (chatLoneName, two lookups) are read for those only.
		f := lowerNameFlags(w)
		if f&nameGiven == 0 && !chatMonthNames.has(w) || !chatLoneName(text, i, e) {
			i = next
			continue
		}
		known := f&nameGiven != 0 && f&(nameStop|nameCity|nameAmbiguous) == 0 &&
			!lowerGivenVeto.has(capitalised(w)) && !chatGivenNotNames.has(w)
		word := !known && (f&nameGiven != 0 && f&nameStop == 0 || chatMonthNames.has(w)) && chatPersonAfter(text, e)
		if (known || word) && !g.overlaps(dst[n0:], len(text), i, e) {
			reason := "lower-case given name in a chat whose speakers are people"
			if word {
				reason = "lower-case given name that is also a word, before an age or a verb of speech, in a chat"
			}
			dst = append(dst, Span{Start: i, End: e, Type: "PERSON", Rule: "builtin.person", Score: 0.7, Reason: reason})
			if word {
				dst = chatMentions(text, w, dst, n0, g) // person9_chat.go
			}
		}
		i = next
	}
	g.work += len(text)
	return dst
}

// chatLoneName reports whether the word text[i:e] stands alone: no name
// or capitalised word next to it, whose two-word names other rules read
// ("luis miguel", "frida kahlo"), not a possessive after "&" (a brand:
// "ben & jerry's"), no possessive before it (a thing owned) and no
// saint's word before it (a place: "san gabriel").
func chatLoneName(text string, i, e int) bool {
	if e+1 < len(text) && text[e] == ' ' {
		c := text[e+1]
		if isUpper(c) || c >= 0x80 {
			return false
		}
		if isLower(c) && chatNameWord(text[e+1:lowerWordEnd(text, e+1)]) {
			return false
		}
	}
	p := i
	for p > 0 && text[p-1] == ' ' {
		p--
	}
	if p > 0 && text[p-1] == '&' && e+1 < len(text) && text[e] == '\'' {
		return false
	}
	if p == i-1 && p >= 3 && text[p-1] == 's' && text[p-2] == '\'' && isAlpha(text[p-3]) {
		return false // (chat17) a thing owned, a brand's product: "the baker's rosa tart"
	}
	s := p
	for s > 0 && isLower(text[s-1]) {
		s--
	}
	return p == i || !lowerSaintWords.has(text[s:p]) && !chatNameWord(text[s:p])
}

// chatNameWord reports whether w, a lower-case word of three letters or
// more, is a given or family name of the gazetteers and no stop word.
func chatNameWord(w string) bool {
	if len(w) < 3 || chatNotNames.has(w) {
		return false
	}
	f := lowerNameFlags(w)
	return f&(nameGiven|nameFamily) != 0 && f&nameStop == 0
}

// lowerSaintWords are saintWords (titles.go) in lower case: a chat's
// "san gabriel" is a place.
var lowerSaintWords = boolTable(map[string]bool{
	"san": true, "santa": true, "santo": true, "saint": true, "st": true, "sankt": true, "sant": true,
	"sao": true, "são": true, "sainte": true,
})

// chatMonthNames are the months that are given names too.
var chatMonthNames = boolTable(map[string]bool{"april": true, "may": true, "june": true})

// chatWordOpens reports whether a word may start after the byte c: not
// inside a word, an address, a link, a handle or a tag.
func chatWordOpens(c byte) bool {
	return !isAlpha(c) && c < 0x80 && c != '.' && c != '@' && c != '/' && c != '_' && c != '#' && c != '-' && c != '\''
}

// chatWordCloses reports whether the word ending at e ends there: no
// letter, digit, address or link part goes on from it.
func chatWordCloses(text string, e int) bool {
	if e == len(text) {
		return true
	}
	c := text[e]
	return !isAlpha(c) && !isDigit(c) && c < 0x80 && c != '@' && c != '_' && c != '/' && c != '-' &&
		!(c == '.' && e+1 < len(text) && isAlpha(text[e+1]))
}

// chatPersonAfter reports whether a person's context follows the word
// ending at e: an age ("is 84", "(84", each without a unit after it), a
// verb of speech ("said", "says") or "is the one who" (chat17).
func chatPersonAfter(text string, e int) bool {
	if e+2 >= len(text) {
		return false
	}
	k := e
	switch {
	case text[k] == ' ' && text[k+1] == '(':
		k += 2
	case text[k] == '(':
		k++
	case text[k] == ' ':
		we := lowerWordEnd(text, k+1)
		switch text[k+1 : we] {
		case "said", "says", "told", "asked", "wants":
			return true
		case "is", "turns", "turned":
			if we+1 >= len(text) || text[we] != ' ' {
				return false
			}
			if strings.HasPrefix(text[we:], " the one who") { // (chat17) "june is the one who turns 70"
				return true
			}
			k = we + 1
		default:
			return false
		}
	default:
		return false
	}
	d := k
	for d < len(text) && isDigit(text[d]) {
		d++
	}
	if d-k == 0 || d-k > 2 || text[k] == '0' {
		return false
	}
	if d == len(text) {
		return true
	}
	switch c := text[d]; {
	case c == ')' || c == '!' || c == ',' || c == '\n' || c == '.' && (d+1 == len(text) || !isDigit(text[d+1])):
		return true
	case c == ' ' && d+1 < len(text) && isLower(text[d+1]):
		return chatAgeWords.has(text[d+1 : lowerWordEnd(text, d+1)])
	case c == ' ':
		return d+1 < len(text) && !isDigit(text[d+1]) && text[d+1] != '%'
	}
	return false
}

// chatWordLabels appends the speaker labels of a column that names people
// whose one word is a given name of the gazetteers and a place or a word
// ("austin:"), when the label speaks twice or more, and the word's
// lower-case mentions; ok marks the labels the column took as names
// already. g answers overlapsSpan(dst[n0:], …).
func chatWordLabels(text string, labels [][2]int, ok []bool, dst []Span, n0 int, g *spanGuard) []Span {
	for k, l := range labels {
		w := text[l[0]:l[1]]
		if ok[k] || len(w) < 3 || lowerWordEnd(text, l[0]) != l[1] || chatRoleWords.has(w) ||
			!firstLabel(text, labels[:k], l) || firstLabel(text, labels[k+1:], l) {
			continue
		}
		if f := lowerNameFlags(w); f&nameGiven == 0 || f&nameStop != 0 {
			continue
		}
		for j := k; j < len(labels); j++ {
			m := labels[j]
			if text[m[0]:m[1]] == w && !g.overlaps(dst[n0:], len(text), m[0], m[1]) {
				dst = append(dst, Span{Start: m[0], End: m[1], Type: "PERSON", Rule: "builtin.person", Score: 0.7,
					Reason: "chat speaker speaking twice whose given name is also a word or a place"})
			}
		}
		dst = chatMentions(text, w, dst, n0, g)
	}
	return dst
}
