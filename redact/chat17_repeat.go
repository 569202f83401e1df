package redact

import "strings"

// A chat names the same people again inside its messages, in lower case
// whatever the case it named them in first: a speaker "Odette Varga:"
// is "odette's" two lines on, a "kwesi:" label is asked "can u pick up
// kwesi?", a sister named "my sister tamsin okafor" is "tamsin" later.
// The speaker rules (person7_chat.go … person18_chat.go) find the
// mentions of lower-case speakers in a text written mostly in lower case,
// or in a column whose labels vouch for each other; a chat whose people
// are found by any other rule (a gazetteer name, a kin cue, a stamp's
// label) keeps its lower-case mentions. chatRepeats reads, in a text
// that lowerSpeakers took as a chat (two speaker lines or more), the
// first word of each PERSON span found so far and appends its lower-case
// occurrences (and capitalised ones of a lower-case name) as the same
// person, through chatMentions (whole words, not in an address, a link or
// a handle). In a chat export with chatStampedLines stamped speaker
// lines or more, written in both cases, chatPeople (person9_chat.go) and
// chatGivenMentions (person16_chat.go) then read the lower-case full
// names ("put down teresa kowalczyk") and given names ("ask ingrid") of
// its messages as they do in a chat written in lower case.
//
// Safe: only a first word spelt like a name is repeated: a given or
// family name of the gazetteers that is no word, month or place too, or
// a word no gazetteer knows whose spelling scores read as a name's (as
// chatLabelName reads a speaker label), never a stop word, title, greeting,
// city, kin or role word ("customer", "aunty"). "hope", "joy" or "april"
// found once stay single. Cost: nothing outside a chat; in one, a scan of
// the text for each of at most chatRepeatMax distinct first words, and
// one of its lower-case words in a stamped export.

// chatRepeatMax bounds the distinct first words chatRepeats repeats.
const chatRepeatMax = 12

// chatRepeats appends the mentions of the people dst[n0:] names in a chat
// (see above), skipping what dst[n0:] covers.
//
//go:noinline
func chatRepeats(text string, dst []Span, n0, stamped int) []Span {
	var seen [chatRepeatMax]string
	ns := 0
	var g spanGuard
	n1 := len(dst)
	for k := n0; k < n1 && ns < chatRepeatMax; k++ {
		s := dst[k]
		if s.Type != "PERSON" {
			continue
		}
		e := s.Start
		for e < s.End && (isAlpha(text[e]) || text[e] == '-' && e > s.Start) {
			e++
		}
		if e-s.Start < 3 || e < s.End && text[e] != ' ' || text[e-1] == '-' {
			continue
		}
		if e == s.End && halfNameBefore(text, s.End) {
			continue
		}
		w := text[s.Start:e]
		lw := strings.ToLower(w)
		if !chatRepeatable(lw, isLower(w[0])) || slicesHas(seen[:ns], lw) {
			continue
		}
		seen[ns] = lw
		ns++
		dst = chatMentions(text, lw, dst, n0, &g) // person9_chat.go
		if isLower(w[0]) {
			dst = chatMentions(text, capitalised(lw), dst, n0, &g)
		}
	}
	if stamped >= chatStampedLines && len(dst) > n0 {
		dst = chatPeople(text, dst, n0, &g, false) // person9_chat.go: "put me down, dara quinlan"
		dst = chatGivenMentions(text, dst, n0, &g) // person16_chat.go: "ask ingrid"
	}
	reportWork("chatRepeats", g.work)
	return dst
}

// chatRepeatable reports whether lw, the lower-case first word of a
// person's span in a chat, may be repeated (see above); a word no
// gazetteer knows only when the span was in lower case (a chat speaker's
// or a kin cue's name, not a capitalised business's "Canasta Verde").
func chatRepeatable(lw string, lower bool) bool {
	if chatRoleWords.has(lw) || chatNotNames.has(lw) || chatKinCues.has(lw) || lowerPersonCues.has(lw) ||
		chatGivenNotNames.has(lw) || chatMonthNames.has(lw) || isParticle(lw) {
		return false
	}
	f := lowerNameFlags(lw)
	if f&(nameStop|nameCity|nameTitle|nameGreeting|nameAmbiguous) != 0 {
		return false
	}
	if f&(nameGiven|nameFamily) != 0 {
		return !lowerGivenVeto.has(capitalised(lw))
	}
	if !lower {
		return false
	}
	s, low, _ := spellScores(lw)
	return s >= chatLabelSpell && low >= chatLabelSpell
}

// slicesHas reports whether ws holds w.
func slicesHas(ws []string, w string) bool {
	for _, x := range ws {
		if x == w {
			return true
		}
	}
	return false
}

// halfNameBefore reports whether a lower-case word spelt like a name
// follows the span that ends at e: the span is half of a two-word name
// read as one ("frida" of "frida kahlo"), a famous name more often than
// a chat's own person.
func halfNameBefore(text string, e int) bool {
	if e+1 >= len(text) || text[e] != ' ' || !isLower(text[e+1]) {
		return false
	}
	w := text[e+1 : lowerWordEnd(text, e+1)]
	if len(w) < 3 || chatNotNames.has(w) || lowerNameFlags(w)&nameStop != 0 {
		return false
	}
	if chatNameWord(w) { // person16_chat.go
		return true
	}
	s, low, _ := spellScores(w)
	return s >= chatLabelSpell && low >= chatLabelSpell
}

// chatStampedLines is the number of stamped speaker lines ("[14:02]
// Ana:", "kwame 09:14:") from which a text is a chat export whatever its
// case, whose lower-case messages chatPeople reads.
const chatStampedLines = 3
