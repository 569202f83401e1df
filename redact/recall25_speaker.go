package redact

import "strings"

// recall25 (session 25): a title of address that is a common word too
// ("ate" in English, "pak", "bu", "kak", "mas", "aunty", "coach") takes
// only a name the gazetteers know after it (honorTitles, value 2), so a
// chat's speaker "ate joy:", "pak darto:", "bu sumirah:", "kak ida:" kept
// a name no list holds, or one that is a word too, unmasked. In a chat's
// speaker slot (the line's start, after its stamp "[…] " or "… - ") and
// right before the label's colon, the title is no verb and no word of
// another language: the word after it is read as a title of value 1 reads
// it (spelt like a name, no common or chat word), and no further word;
// the same title and word elsewhere in the chat are the speaker's name
// too.

// honorSpeakerSlot reports whether the title at i opens a chat line's
// speaker label: at the text's or a line's start, or after a stamp's
// closing bracket or a dash between spaces.
func honorSpeakerSlot(text string, i int) bool {
	switch {
	case i == 0 || text[i-1] == '\n':
		return true
	case i >= 2 && text[i-1] == ' ' && text[i-2] == ']':
		return true
	case i >= 3 && text[i-1] == ' ' && text[i-2] == '-' && text[i-3] == ' ':
		return true
	}
	return false
}

// honorSpeakerName returns the end of the one lower-case word at i after
// the title at t, when chatSlotName or honorSpeakerKnown takes it as a
// name and the title and the word are a speaker's label: here, before
// its colon, or on a line of their own elsewhere in the chat ("… text si
// ate joy", "tf ke bu ratmi ya" after "[…] bu ratmi: ok"); or false.
func honorSpeakerName(text string, t, i int) (int, bool) {
	e := speakerWordEnd(text, i)
	if e == i || !nameWordEndsAt(text, e) {
		return 0, false
	}
	if w := text[i:e]; !chatSlotName(w, false) && !honorSpeakerKnown(w) {
		return 0, false
	}
	if e < len(text) && text[e] == ':' && honorSpeakerSlot(text, t) {
		return e, true
	}
	label := text[t:e]
	for k := 0; k < len(text); {
		j := strings.Index(text[k:], label)
		if j < 0 {
			break
		}
		j += k
		if le := j + len(label); le < len(text) && text[le] == ':' && honorSpeakerSlot(text, j) {
			return e, true
		}
		k = j + len(label)
	}
	return 0, false
}

// honorSpeakerKnown reports whether w, a lower-case word, is a given name
// of the gazetteers, or one they hold as a word too ("joy", "rose",
// "hope"): after a title in a speaker's slot it is the speaker's name.
func honorSpeakerKnown(w string) bool {
	if len(w) < 3 || chatNotNames.has(w) || lowerPersonCues.has(w) || !isASCII(w) {
		return false
	}
	f := lowerNameFlags(w)
	return f&(nameGiven|nameAmbiguous) != 0 && f&(nameStop|nameCity|nameTitle|nameGreeting) == 0
}
