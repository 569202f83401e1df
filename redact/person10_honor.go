package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Turkish writes its polite and family forms of address after the given
// name: "Sevgül Hanım" (Mrs), "Murat Bey" (Mr), "Ayten Teyze" (aunt),
// "Kemal Amca" (uncle), "Derya Abla" (elder sister). A customer list or a
// shop's chat names nearly every woman and man that way, in capitals or,
// in a chat, in lower case ("sevgül hanım geliyor", "murat bey'in
// numarası"). honorificAfterName reads the capitalised form in the person
// detector's undecided two-word runs; lowerHonorifics the lower-case one
// in a lower-case chat whose speaker column names people
// (chatColumn.names, person9_chat.go).

// postHonorifics are the forms of address written after a given name,
// capitalised.
var postHonorifics = boolTable(map[string]bool{
	"Hanım": true, "Hanim": true, "Bey": true, "Teyze": true, "Amca": true, "Abla": true,
	"Ağabey": true, "Hanımefendi": true, "Beyefendi": true, "Enişte": true, "Yenge": true,
})

// honorificAfterName reports whether text[start:end], two capitalised
// words, is a given name and a word of postHonorifics: the name known to
// the gazetteers as a given name or spelt like a name.
func honorificAfterName(text string, start, end int) bool {
	sp := strings.IndexByte(text[start:end], ' ')
	if sp <= 0 || !postHonorifics.has(text[start+sp+1:end]) {
		return false
	}
	return honorificNameWord(text[start : start+sp])
}

// honorificNameWord reports whether w may be the given name before an
// honorific: no stop word or city, a given name of the gazetteers or a
// word spelt like a name.
func honorificNameWord(w string) bool {
	if honorificNotNames.has(w) {
		return false
	}
	f := tokenFlags(w)
	if f&(nameStop|nameCity|nameTitle|nameGreeting) != 0 || cityNames.has(w) {
		return false
	}
	if f&nameGiven != 0 {
		return true
	}
	_, low, parts := spellScores(w)
	return parts > 0 && low >= chatLabelSpell
}

// lowerPostHonorifics are postHonorifics in lower case, with the space
// before them, as lowerHonorifics searches for them.
var lowerPostHonorifics = []string{" hanım", " hanim", " bey", " teyze", " amca", " abla", " ağabey", " hanımefendi", " beyefendi"}

// lowerHonorifics appends, in a lower-case chat, a lower-case word and
// the honorific after it ("sevgül hanım", "murat bey'in": the name and
// the honorific, without a case ending) as PERSON where dst[n0:] has no
// span; g answers for the spans appended so far.
func lowerHonorifics(text string, dst []Span, n0 int, g *spanGuard) []Span {
	for _, h := range lowerPostHonorifics {
		for i := 0; i < len(text); {
			k := g.index(text, i, h)
			if k < 0 {
				break
			}
			e := k + len(h)
			i = e
			if e < len(text) && (isAlpha(text[e]) && !turkishCaseEnding(text, e) || text[e] >= 0x80) {
				continue // "beyaz", "abladan" stays a word, "bey'in" and "beyin" a name
			}
			s := k
			for s > 0 && (isLower(text[s-1]) || text[s-1] >= 0x80) {
				s--
			}
			if s == k || s > 0 && (isAlpha(text[s-1]) || text[s-1] == '\'' || text[s-1] == '@') {
				continue
			}
			if w := text[s:k]; len(w) < 3 || chatNotNames.has(w) || chatRoleWords.has(w) || !honorificNameWord(capitalisedUTF8(w)) {
				continue
			}
			if !g.overlaps(dst[n0:], len(text), s, e) {
				dst = append(dst, Span{Start: s, End: e, Type: "PERSON", Rule: "builtin.person", Score: 0.7,
					Reason: "lower-case given name before an honorific in a lower-case chat"})
			}
		}
	}
	return dst
}

// turkishCaseEnding reports whether the letters at e are a short Turkish
// case or possessive ending on an honorific ("beyin", "hanıma", "beye").
func turkishCaseEnding(text string, e int) bool {
	k := e
	for k < len(text) && k-e < 6 && (isLower(text[k]) || text[k] >= 0x80) {
		k++
	}
	switch text[e:k] {
	case "in", "e", "a", "le", "la", "den", "dan", "ın", "ı", "i", "ye", "ya", "ler", "lar":
		return true
	}
	return false
}

// capitalisedUTF8 returns w with its first letter in upper case when it
// is an ASCII letter (the gazetteers and the spelling table read
// capitalised words); other words are returned as they are.
func capitalisedUTF8(w string) string {
	if w != "" && isLower(w[0]) {
		return capitalised(w)
	}
	return w
}

// honorificNotNames are Turkish words that stand before an honorific in
// place of a name, capitalised and in lower case: determiners,
// possessives, adjectives and trades ("bu hanım", "komşu teyze",
// "kapıcı amca", "genç bey"). The spelling table, trained on other
// languages, reads most of them as names.
var honorificNotNames = func() *strTable {
	words := strings.Fields("bu şu o bir ve ile çok en iyi genç yaşlı komşu kapıcı güzel sevgili yeni eski " +
		"büyük küçük diğer öbür başka tatlı hoş kibar cici canım bizim sizin onun benim senin karşı alt üst " +
		"yan ev evin apartman site müdür doktor öğretmen hemşire mahalle bakkal manav kasap berber terzi " +
		"şoför bekçi emlakçı esnaf çiçekçi postacı kargocu müşteri hasta patron yönetici sahibi usta " +
		"kuaför garson aşçı temizlikçi hoca imam muhtar")
	t := newStrTable(2 * len(words))
	for _, w := range words {
		t.or(w, 1)
		r, n := utf8.DecodeRuneInString(w)
		t.or(string(unicode.ToUpper(r))+w[n:], 1)
	}
	return t
}()

// index returns the first index of w in text at or after i, or -1, and
// counts the bytes it passed over as the guard's work (the whole-text
// rules' linear bound, TestWholeTextRulesLinear).
func (g *spanGuard) index(text string, i int, w string) int {
	k := strings.Index(text[i:], w)
	if k < 0 {
		g.work += len(text) - i
		return -1
	}
	g.work += k + len(w)
	return i + k
}
