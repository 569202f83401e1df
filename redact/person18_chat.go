package redact

import (
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Chat exports name their speakers in more forms than one or two words:
// a Hmong or Filipino name of three ("[2/5/26, 08:10] nou chee her:",
// "rosalind de leon:"), a middle initial ("teodoro q. almanza:"), a Slack
// time with its meridiem ("ruben tsosie 8:02 PM:"). A stamp or a time
// before the colon is what makes such a label a speaker's, so the third
// word is read only then. A column whose speakers each speak once (a
// short Discord log) still names people when one speaker's first word
// comes back in another line ("aslan was on fire"): fields and roles
// are not talked about by name. A business's own speaker ("Salon
// Zuri:", "Lakeside Swim School:") is no person: a label with a trade,
// premises or team word the gazetteers know as no name is no name.

// chatBizWord reports whether lw, a lower-case label word, is a trade,
// premises or team word ("salon", "bakery", "shop", "studio") and no
// given or family name of the gazetteers.
func chatBizWord(lw string) bool {
	if len(lw) < 3 {
		return false
	}
	b, p := wordKinds(lw)
	if b&(bizTrade|bizCue) == 0 && p&premNoun == 0 && !teamWords.has(lw) && !chatBizSuffix(lw) {
		return false
	}
	return lowerNameFlags(lw)&(nameGiven|nameFamily) == 0
}

// chatBizSuffix reports whether lw ends like a trade's name: "tutoring",
// "catering", "plumbing" (a gerund of seven letters or more).
func chatBizSuffix(lw string) bool {
	return len(lw) >= 7 && strings.HasSuffix(lw, "ing")
}

// chatBizLabel reports whether a word of the label text[s:e] is a
// chatBizWord.
func chatBizLabel(text string, s, e int) bool {
	var buf [32]byte
	for k := s; k < e; {
		w := k
		for w < e && text[w] != ' ' {
			w++
		}
		if w-k <= len(buf) && chatBizWord(lowerASCII(text[k:w], &buf)) {
			return true
		}
		k = w + 1
	}
	return false
}

// stampedLabel3 reports whether text[s:c], the label of a stamped line
// or one before a time, is three lower-case words, the middle one maybe
// an initial and its dot ("nou chee her", "teodoro q. almanza").
func stampedLabel3(text string, s, c int) bool {
	words := 0
	for k := s; k < c; {
		e := speakerWordEnd(text, k)
		if e == k {
			return false
		}
		words++
		if words == 2 && e-k == 1 && e+2 < c && text[e] == '.' && text[e+1] == ' ' {
			k = e + 2
			continue
		}
		if e == c {
			return words == 3
		}
		if text[e] != ' ' || words == 3 {
			return false
		}
		k = e + 1
	}
	return false
}

// meridiemColon returns the colon's place c less " PM" when the colon at
// c closes a time with its meridiem ("9:41 PM:", "9:41 am:"), or -1.
func meridiemColon(text string, c int) int {
	if c < 6 || text[c-3] != ' ' || !isDigit(text[c-4]) {
		return -1
	}
	switch text[c-2 : c] {
	case "AM", "PM", "am", "pm":
		return c - 3
	}
	return -1
}

// speakerMentioned reports whether the first word of one of labels whose
// ok is set, three letters or more, comes back as a whole word outside
// the labels: a speaker another speaker talks about.
func speakerMentioned(text string, labels [][2]int, ok []bool) bool {
	for k, l := range labels {
		w := text[l[0]:lowerLabelWordEnd(text, l[0], l[1])]
		if !ok[k] || len(w) < 3 {
			continue
		}
		for j, e := range occurrences(text, w) {
			if j > 0 && (isAlpha(text[j-1]) || text[j-1] >= 0x80) || e < len(text) && (isAlpha(text[e]) || text[e] >= 0x80) {
				continue
			}
			if !inLabels(labels, j) {
				return true
			}
		}
	}
	return false
}

// inLabels reports whether the byte at j lies in one of labels.
func inLabels(labels [][2]int, j int) bool {
	for _, l := range labels {
		if j >= l[0] && j < l[1] {
			return true
		}
	}
	return false
}

// latinLowerBefore reports whether an accented Latin lower-case letter
// ends text[:c] ("iñaki ortúzar:", "begoña lasa:"), the last letter
// of a speaker's label as much as an ASCII one.
func latinLowerBefore(text string, c int) bool {
	if text[c-1] < 0x80 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[:c])
	return r >= 0xC0 && r < 0x250 && unicode.IsLower(r)
}

// atLabelMentions appends the mentions of the column's labels of two
// words or more written after an "@" ("@ruben tsosie can u check"): a
// messenger's mention of a speaker by full name, which no handle is (a
// handle holds no space). The "@" stays out of the span. g answers
// overlapsSpan(dst[n0:], …).
func atLabelMentions(text string, labels [][2]int, ok []bool, dst []Span, n0 int, g *spanGuard) []Span {
	for k, l := range labels {
		w := text[l[0]:l[1]]
		if !ok[k] || strings.IndexByte(w, ' ') < 0 || !firstLabel(text, labels[:k], l) {
			continue
		}
		for j, e := range occurrences(text, w) {
			if j == 0 || text[j-1] != '@' || e < len(text) && (isAlpha(text[e]) || text[e] >= 0x80 || text[e] == '_' ||
				text[e] == '.' && e+1 < len(text) && isAlpha(text[e+1])) ||
				g.overlaps(dst[n0:], len(text), j, e) {
				continue
			}
			dst = append(dst, Span{Start: j, End: e, Type: "PERSON", Rule: "builtin.person", Score: 0.7,
				Reason: "chat speaker's full name mentioned after an at sign"})
		}
	}
	return dst
}

// occurrences yields the start and end of every non-overlapping
// occurrence of w (not empty) in text, left to right.
func occurrences(text, w string) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for i := 0; i+len(w) <= len(text); {
			j := strings.Index(text[i:], w)
			if j < 0 {
				return
			}
			j += i
			if !yield(j, j+len(w)) {
				return
			}
			i = j + len(w)
		}
	}
}
