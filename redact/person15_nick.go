package redact

import "strings"

// Once a text gives a person's nickname with the name ("Lucas (Luki)
// Brenner", `Noor "Nono" Haddad`, "Anneliese (goes by Lise)"), it names
// them by the nickname alone after that: "seat Luki by the window", "Nono
// prefers tea". The nickname is seldom a name of the gazetteers, so the
// person detector leaves those mentions. nickMentions adds them: every
// other occurrence of the nickname as a word of its own, in a slot where
// repeatSlot (person6_repeat.go) takes the first word of a full name.

// nickMentions appends a PERSON span for each occurrence of the
// capitalised nickname w in text, outside dst's spans and in a slot of
// repeatSlot. nicknamesAfter (person7_nick.go) calls it for each
// nickname it reads.
func nickMentions(text, w string, dst []Span) []Span {
	if len(w) < 2 || len(w) > 24 || !upperAt(w, 0) || !nickMentionWord(w) {
		return dst
	}
	// Each nickname is read once: a second call for the same word (a text
	// that repeats "Name (Nick)") would find only what the first added.
	// And the spans this call appends are in order and disjoint, so each
	// occurrence is checked against the spans from before the call only:
	// without both, a text repeating one nickname took time cubic in its
	// repeats (a 53 KB text, a second).
	for _, sp := range dst {
		if sp.Reason == nickMentionReason && text[sp.Start:sp.End] == w {
			return dst
		}
	}
	n := len(dst)
	var g spanGuard // overlapsSpan(dst[:n], …) for a nickname's many repeats
	for i := 0; i < len(text); {
		j := strings.Index(text[i:], w)
		if j < 0 {
			break
		}
		at := i + j
		i = at + len(w)
		if repeatSlot(text, at, i) && !g.overlaps(dst[:n], len(text), at, i) {
			dst = append(dst, Span{Start: at, End: i, Type: "PERSON", Rule: "builtin.person", Score: 0.7,
				Reason: nickMentionReason})
		}
	}
	return dst
}

// nickMentionReason is the reason of nickMentions' spans.
const nickMentionReason = "nickname given with a name elsewhere in the text"

// nickMentionWord reports whether the nickname w may be found alone: no
// stop word, title, greeting or city of the gazetteers ("Doc", "Boss"
// and "Paris" as nicknames name more than the person).
func nickMentionWord(w string) bool {
	return tokenFlags(w)&(nameStop|nameTitle|nameGreeting|nameCity|nameCityHead) == 0
}

// quotedNickname returns the bounds of the nickname in quotes after the
// name ending at end (quotedNicknameFamily has read it), or 0, 0.
func quotedNickname(text string, end int) (int, int) {
	open, i := quoteAt(text, end+1)
	if open == 0 || i >= len(text) {
		return 0, 0
	}
	j := speakerWordEnd(text, i+1)
	if text[j-1] == '\'' && open == 1 {
		j--
	}
	return i, j
}
