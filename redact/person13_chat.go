package redact

import (
	"slices"
	"strings"
)

// Group chats exported from WhatsApp or Telegram mix their speakers'
// forms: a stamped "[12/03/25 09:14] Ana Pérez:" beside a bare "toño:"
// and "Yolotl Quispe:", while the text around them is written in both
// cases, so the lower-case chat rules (person9_chat.go, which want a text
// mostly in lower case) do not read it. mixedChatNames reads such a
// column: when it has two speakers or more, one of them speaking twice,
// most labels spelt like names and one of them found as a PERSON by
// another rule (the column names people, not fields), its labels are
// people, capitalised or not, and so are the lower-case mentions of their
// first words in the messages ("pasame el cel, yolotl"). Then, in any
// chat whose speaker column names people, chatSlotNames takes the
// lower-case word after a word for kin or a brother's or sister's title
// ("mi prima toñita", "bro. kwesi", "sis kezia") as a person's name when
// the gazetteers know it as a given name or it is spelt like one.

// addCaps records the stamped capitalised label text[s:e]
// ("[12/03/25 09:14] Ana Pérez:"), which speakerLabelStart does not
// take as a lower-case label.
func (col *chatColumn) addCaps(text string, s, e int) {
	if col.nc == len(col.caps) || !capsLabel(text, s, e) && !capsLabel34(text, s, e) { // chat17_labels.go: "Lim Wei Ling:"
		return
	}
	col.caps[col.nc] = [2]int{s, e}
	col.nc++
}

// mixedChatNames appends the labels of a chat column in a text written in
// both cases, and their mentions (see above), skipping what dst[n0:]
// covers.
//
//go:noinline
func (col *chatColumn) mixedChatNames(text string, dst []Span, n0 int) []Span {
	var labels [len(chatColumn{}.lab) + len(chatColumn{}.caps)][2]int
	n := copy(labels[:], col.lab[:col.n])
	n += copy(labels[n:], col.caps[:col.nc])
	ls := labels[:n]
	distinct, good, vouched, repeated := 0, 0, false, false
	var ok [len(labels)]bool
	for k, l := range ls {
		ok[k] = mixedLabelName(text, l[0], l[1])
		if overlapsPerson(dst[n0:], l[0], l[1]) {
			vouched = true
		}
		if !firstLabel(text, ls[:k], l) {
			repeated = true
			continue
		}
		distinct++
		if ok[k] {
			good++
		}
	}
	if !vouched {
		vouched = personSpeaker(text, dst[n0:])
	}
	if distinct < 2 || !repeated || !vouched || 2*good <= distinct {
		return dst
	}
	var g spanGuard
	for k, l := range ls {
		if ok[k] && !g.overlaps(dst[n0:], len(text), l[0], l[1]) {
			dst = append(dst, Span{Start: l[0], End: l[1], Type: "PERSON", Rule: "builtin.person", Score: 0.7,
				Reason: "chat speaker in a speaker column that names people"})
		}
	}
	dst = atLabelMentions(text, ls, ok[:n], dst, n0, &g) // person18_chat.go: "@ruben tsosie"
	var seen [len(labels)]string
	ns := 0
	for k, l := range ls {
		if !ok[k] {
			continue
		}
		w := strings.ToLower(text[l[0]:lowerLabelWordEnd(text, l[0], l[1])])
		if len(w) < 3 || !chatLabelName(w) || slices.Contains(seen[:ns], w) {
			continue
		}
		seen[ns] = w
		ns++
		dst = chatMentions(text, w, dst, n0, &g)
	}
	dst = chatSlotNames(text, dst, n0, &g)
	dst = chatGivenMentions(text, dst, n0, &g) // person16_chat.go
	reportWork("chatColumn.mixedChatNames", g.work)
	return dst
}

// personSpeaker reports whether a PERSON span of spans is a chat speaker
// the column leaves out ("María Fernanda Ortiz:", three words): it opens
// its line or follows a stamp's bracket, and a colon follows it.
func personSpeaker(text string, spans []Span) bool {
	for _, s := range spans {
		if s.Type != "PERSON" || s.End+1 >= len(text) || text[s.End] != ':' || text[s.End+1] != ' ' {
			continue
		}
		if s.Start == 0 || text[s.Start-1] == '\n' || s.Start >= 2 && text[s.Start-1] == ' ' && text[s.Start-2] == ']' {
			return true
		}
	}
	return false
}

// firstLabel reports whether no label of earlier has the text of the
// label l: a speaker's first turn.
func firstLabel(text string, earlier [][2]int, l [2]int) bool {
	for _, m := range earlier {
		if text[m[0]:m[1]] == text[l[0]:l[1]] {
			return false
		}
	}
	return true
}

// overlapsPerson reports whether a PERSON span of spans overlaps start..end.
func overlapsPerson(spans []Span, start, end int) bool {
	for _, s := range spans {
		if s.Type == "PERSON" && s.Start < end && start < s.End {
			return true
		}
	}
	return false
}

// mixedLabelName reports whether the label text[s:e] of a chat column may
// be a person: a lower-case label as chatLabelName reads it, or one or two
// capitalised words, none a stop word, title, greeting, month, role word
// or a city the gazetteers do not know as a name, each a given name
// (also one that is a word: "Sunny:", "Hope:", as a speaker label is a
// person's slot) or family name of the gazetteers, the others together
// spelt like a name as a list item beside names is (siblingSpellMean).
func mixedLabelName(text string, s, e int) bool {
	if isLower(text[s]) {
		return chatLabelName(text[s:e])
	}
	if chatBizLabel(text, s, e) { // person18_chat.go: "Salon Zuri:"
		return false
	}
	sum, low, parts := 0, 1<<30, 0
	for k := s; k < e; {
		w := k
		for w < e && text[w] != ' ' {
			w++
		}
		f := tokenFlags(text[k:w])
		if f&(nameStop|nameTitle|nameGreeting) != 0 || f&nameCity != 0 && f&(nameGiven|nameFamily) == 0 ||
			chatRoleWords.has(strings.ToLower(text[k:w])) {
			return false
		}
		if _, isMonth := monthAt(text, k); isMonth {
			return false
		}
		if w-k > 1 && f&(nameGiven|nameFamily|nameAmbiguous) == 0 {
			s, l, p := spellScores(text[k:w])
			sum, low, parts = sum+s, min(low, l), parts+p
		}
		k = w + 1
	}
	return parts == 0 || low >= siblingSpellFloor && sum >= siblingSpellMean*parts
}

// chatKinCues are the lower-case words for kin, friends and a church's
// brothers and sisters after which a chat names a person in lower case
// ("mi prima toñita", "bro. kwesi", "kızı defne"). Words that are common
// words of another prompt language before a word ("far", "son", "man",
// "mann", "make", "fils" in French "son fils") are left out.
var chatKinCues = boolTable(map[string]bool{
	"sister": true, "brother": true, "cousin": true, "niece": true, "nephew": true, "daughter": true,
	"wife": true, "husband": true, "aunt": true, "auntie": true, "aunty": true, "uncle": true,
	"grandma": true, "grandpa": true, "nan": true, "nana": true, "bro": true, "sis": true, "bestie": true,
	"girlfriend": true, "boyfriend": true, "fiance": true, "fiancee": true, "hubby": true, "stepson": true,
	"stepdaughter": true, "granddaughter": true, "grandson": true,
	"prima": true, "primo": true, "hermana": true, "hermano": true, "hija": true, "hijo": true,
	"nieta": true, "nieto": true, "sobrina": true, "sobrino": true, "novia": true, "novio": true,
	"esposa": true, "esposo": true, "amiga": true, "amigo": true, "tía": true, "tío": true,
	"cuñada": true, "cuñado": true, "suegra": true, "suegro": true, "comadre": true, "compadre": true,
	"filha": true, "filho": true, "neta": true, "neto": true, "sobrinha": true, "sobrinho": true,
	"irmã": true, "irmão": true, "namorada": true, "namorado": true, "tia": true, "tio": true,
	"figlia": true, "figlio": true, "cugina": true, "cugino": true, "sorella": true, "fratello": true,
	"moglie": true, "marito": true, "cousine": true, "nièce": true, "neveu": true, "sœur": true,
	"soeur": true, "frère": true, "copine": true, "copain": true, "tochter": true, "sohn": true,
	"schwester": true, "bruder": true, "nichte": true, "neffe": true, "freundin": true, "dochter": true,
	"zoon": true, "zus": true, "broer": true, "vriendin": true, "datter": true, "dotter": true,
	"søn": true, "sønn": true, "søster": true, "syster": true, "bror": true, "kusine": true,
	"kızı": true, "oğlu": true, "eşi": true, "kardeşi": true, "kızım": true, "oğlum": true,
	"córka": true, "siostra": true, "wnuczka": true, "wnuk": true, "fiica": true, "fiul": true,
})

// chatTitleCues are the short titles of a church's or a community's
// brothers and sisters, written before a name in lower case too and part
// of the name's span ("bro. kwesi", "sis. adwoa").
var chatTitleCues = boolTable(map[string]bool{"bro": true, "sis": true})

// chatSlotSpell is the lowest mean spelling score (×16 log odds per
// word, person7_spell.go) of a word no gazetteer knows after a kin cue:
// above words ("que", "and") and below nicknames.
const chatSlotSpell = 20

// chatSlotNames appends, in a chat whose speaker column names people,
// the lower-case names after a kin word or a brother's or sister's title
// (see above). g answers overlapsSpan(dst[n0:], …).
func chatSlotNames(text string, dst []Span, n0 int, g *spanGuard) []Span {
	for i := 0; i < len(text); {
		c := text[i]
		if !isLower(c) || i > 0 && (isAlpha(text[i-1]) || text[i-1] >= 0x80) {
			i++
			continue
		}
		e := speakerWordEnd(text, i)
		w := text[i:e]
		if len(w) < 3 || len(w) > 14 || !chatKinCues.has(w) {
			i = e
			continue
		}
		n := e
		title := false // "bro. kwesi": the title and its dot are part of the name; "my sis zaharah" is kin
		if n < len(text) && text[n] == '.' && chatTitleCues.has(w) {
			n, title = n+1, true
		}
		if n+1 >= len(text) || text[n] != ' ' || !isLower(text[n+1]) {
			i = e
			continue
		}
		ns := n + 1
		ne := speakerWordEnd(text, ns)
		if ne < len(text) && (isAlpha(text[ne]) || text[ne] == '@' || text[ne] == '.' && ne+1 < len(text) && isAlpha(text[ne+1])) {
			i = e
			continue
		}
		if chatSlotName(text[ns:ne], chatKinStrict.has(w)) {
			s := ns
			if title {
				s = i
			}
			if !g.overlaps(dst[n0:], len(text), s, ne) {
				dst = append(dst, Span{Start: s, End: ne, Type: "PERSON", Rule: "builtin.person", Score: 0.7,
					Reason: "lower-case name after a word for kin in a chat"})
			}
		}
		i = ne
	}
	g.work += len(text)
	return dst
}

// chatKinStrict are the kin cues of chatKinCues after which only a name
// the gazetteers know counts: Turkish puts the verb after a possessive
// kin word ("eşi aradı", "her husband called").
var chatKinStrict = boolTable(map[string]bool{
	"kızı": true, "oğlu": true, "eşi": true, "kardeşi": true, "kızım": true, "oğlum": true,
})

// chatSlotName reports whether the lower-case word w after a kin cue may
// be a name: three letters or more, no stop word, city, role word, kin
// word, particle or chat word, and a given or family name of the
// gazetteers that is no word too, or (unless strict) spelt like a name.
func chatSlotName(w string, strict bool) bool {
	if len(w) < 3 || chatNotNames.has(w) || chatRoleWords.has(w) || chatKinCues.has(w) || isParticle(w) ||
		lowerPersonCues.has(w) {
		return false
	}
	if isASCII(w) {
		f := lowerNameFlags(w)
		if f&(nameStop|nameCity|nameTitle|nameGreeting) != 0 {
			return false
		}
		if f&(nameGiven|nameFamily) != 0 && f&nameAmbiguous == 0 {
			return true
		}
	} else if f := nameFlagsOf(capitalisedUTF8(w)); f&(nameStop|nameCity|nameTitle|nameGreeting) != 0 {
		return false
	} else if f&(nameGiven|nameFamily) != 0 && f&nameAmbiguous == 0 {
		return true // "ramón", "josé"
	}
	if strict {
		return false
	}
	sum, low, parts := spellScores(w)
	return parts == 1 && len(w) >= 4 && sum >= chatSlotSpell && low >= chatSlotSpell
}
