package redact

import "strings"

// Team chats pasted from Slack, Teams or a meeting transcript put the
// speaker on a line of their own with the time of the message, then the
// message on the lines below: "tamsin  9:02 AM", "Ruairi Breslin  10:41",
// "ines 00:03:12", or the name alone with the time on the next line
// ("Tamsin Okoye" then "9:02 AM"). No colon follows the name, so the
// speaker rules of person7_chat.go do not see it. timeColumn collects
// such lines while lowerSpeakers reads the colons of the text (a time's
// colon, between two digits, is the only cost on other texts); a text
// with two of them or more, each followed by a line of message, is a
// chat, and the labels are its speakers when spelt like names (no stop
// word, city, role or dictionary word: chatLabelName), in lower case or
// capitals, with an initial before or after ("tobias k", "j. adeyemi").
// Then the speakers' lower-case names elsewhere in the text are the same
// people ("thanks tobias").

// timeColumn holds the speaker labels of the time lines of a text.
type timeColumn struct {
	n   int
	lab [16][2]int
}

// add reads the time whose colon is at c (a digit on either side) as the
// end of a speaker line, and records its label.
func (tc *timeColumn) add(text string, c int) {
	if tc.n == len(tc.lab) {
		return
	}
	if s, e, ok := speakerTimeLine(text, c); ok && (tc.n == 0 || tc.lab[tc.n-1][0] != s) {
		tc.lab[tc.n] = [2]int{s, e}
		tc.n++
	}
}

// speakerTimeLine reads the time around the colon at c ("9:02", "14:02",
// "00:03:12", "9:02 AM") and the stamp around it ("[9:02 AM]", "— Today
// at 9:02 AM", ", [12.03.24 09:14]") as a speaker line of a chat export:
// the stamp ends the line and the label opens it ("tamsin  9:02 AM",
// Slack, Teams, Zoom; "Kwesi B — Today at 9:02 AM", Discord; "Ama
// Owusu, [12.03.24 09:14]", Telegram), or the label is the line above a
// time alone ("Tamsin Okoye" / "9:02 AM"), or the stamp opens the line
// and the label ends it ("[10:41] Ruairi Breslin", Teams). It returns
// the label's bounds and whether it is one to three words of letters and
// initials.
//
//go:noinline
func speakerTimeLine(text string, c int) (s, e int, ok bool) {
	if c+2 >= len(text) || !isDigit(text[c+2]) || c >= 3 && text[c-3] == ':' {
		return 0, 0, false
	}
	t := c - 1
	if t > 0 && isDigit(text[t-1]) {
		t--
	}
	k := c + 3
	if k+2 < len(text) && text[k] == ':' && isDigit(text[k+1]) && isDigit(text[k+2]) {
		k += 3
	}
	if k+2 < len(text) && text[k] == ' ' && (text[k+1]|0x20 == 'a' || text[k+1]|0x20 == 'p') && text[k+2]|0x20 == 'm' {
		k += 3
	}
	closed := k < len(text) && (text[k] == ']' || text[k] == ')')
	if closed {
		k++
	}
	for k < len(text) && (text[k] == ' ' || text[k] == '\r') {
		k++
	}
	b := stampStart(text, t)
	ls := b
	for ls > 0 && text[ls-1] != '\n' {
		ls--
		if b-ls > 48 {
			return 0, 0, false
		}
	}
	if k < len(text) && text[k] != '\n' {
		// "[10:41] Ruairi Breslin": the stamp opens the line, the label
		// ends it.
		if !closed || b != ls || text[b] != '[' && text[b] != '(' {
			return 0, 0, false
		}
		e = lineEndAt(text, k)
		for e > k && (text[e-1] == ' ' || text[e-1] == '\r') {
			e--
		}
		if e-k > 40 {
			return 0, 0, false
		}
		return k, e, timeLabelWords(text[k:e])
	}
	e = speakerEndBefore(text, ls, b)
	if e == ls {
		if b != ls || ls == 0 {
			return 0, 0, false
		}
		// The time alone on its line: the label is the line above.
		e = ls - 1
		for e > 0 && (text[e-1] == ' ' || text[e-1] == '\r') {
			e--
		}
		ls = e
		for ls > 0 && text[ls-1] != '\n' {
			ls--
			if e-ls > 40 {
				return 0, 0, false
			}
		}
	} else if e == b && text[b] != '[' {
		return 0, 0, false // "at10:30": no space before the time
	}
	s = ls
	for s < e && text[s] == ' ' {
		s++
	}
	return s, e, timeLabelWords(text[s:e])
}

// stampStart returns where the stamp of the time at t starts: an opening
// bracket, a date before the time ("12.03.24 ", "12/03/2024, ") and the
// words "Today at" or "Yesterday at" are part of it.
func stampStart(text string, t int) int {
	b := t
	for _, w := range [...]string{"Today at ", "Yesterday at ", "today at ", "yesterday at "} {
		if b >= len(w) && text[b-len(w):b] == w {
			b -= len(w)
			break
		}
	}
	for b > 0 && b > t-14 && (isDigit(text[b-1]) || text[b-1] == '.' || text[b-1] == '/' || text[b-1] == ',' || text[b-1] == ' ' && b-1 > 0 && isDigit(text[b-2])) {
		b--
	}
	if b > 0 && (text[b-1] == '[' || text[b-1] == '(') {
		b--
	}
	return b
}

// speakerEndBefore returns the end of the label that opens the line at ls
// before the stamp at b: the spaces and the separator between them (",",
// "-", "|", an en or em dash) left out.
func speakerEndBefore(text string, ls, b int) int {
	e := b
	for e > ls {
		switch {
		case text[e-1] == ' ' || text[e-1] == '\t' || text[e-1] == ',' || text[e-1] == '-' || text[e-1] == '|':
			e--
		case e-3 >= ls && text[e-3] == 0xE2 && text[e-2] == 0x80 && (text[e-1] == 0x93 || text[e-1] == 0x94):
			e -= 3
		default:
			return e
		}
	}
	return e
}

// timeLabelWords reports whether label is one to three words of letters
// (apostrophes and hyphens inside), at most one of them an initial with
// or without its dot ("tobias k", "j. adeyemi").
func timeLabelWords(label string) bool {
	words, initials := 0, 0
	for i := 0; i < len(label); {
		j := i
		for j < len(label) && (isAlpha(label[j]) || label[j] >= 0x80 || j > i && (label[j] == '\'' || label[j] == '-')) {
			j++
		}
		if j == i {
			return false
		}
		if j-i == 1 || j-i == 2 && label[i] >= 0x80 {
			initials++
		}
		words++
		if j < len(label) && label[j] == '.' && j-i == 1 {
			j++
		}
		if j == len(label) {
			break
		}
		if label[j] != ' ' || j+1 == len(label) {
			return false
		}
		i = j + 1
	}
	return words >= 1 && words <= 3 && initials <= 1 && initials < words
}

// timeLabelNotNames are the names of apps and bots that post in a team
// chat with a time beside them, lower case.
var timeLabelNotNames = boolTable(map[string]bool{
	"slackbot": true, "jira": true, "github": true, "gitlab": true, "zapier": true, "workflow": true,
	"asana": true, "trello": true, "notion": true, "calendar": true, "google": true, "zoom": true,
	"teams": true, "reminder": true, "giphy": true, "polly": true, "loom": true, "hubspot": true,
	"salesforce": true, "zendesk": true, "intercom": true, "shopify": true, "stripe": true,
})

// names appends the labels of the column as PERSON when the text is a
// chat of time lines (see above), and the lower-case names of its
// speakers elsewhere in the text, skipping what dst[n0:] covers.
//
//go:noinline
func (tc *timeColumn) names(text string, dst []Span, n0 int) []Span {
	if tc.n < 2 {
		return dst
	}
	labels := tc.lab[:tc.n]
	// Each time line has a line of message under it before the next
	// one: a schedule ("Registration  9:00" / "Keynote  9:30") has none.
	for k, l := range labels {
		next := len(text)
		if k+1 < len(labels) {
			next = labels[k+1][0]
		}
		le := lineEndAt(text, l[1])
		if le+1 >= next || strings.TrimSpace(text[le+1:next]) == "" || timeOnlyLine(text, le+1, next) {
			return dst
		}
	}
	// A label is a speaker when spelt like a name and either the
	// gazetteers know its word as a name or it comes back: a
	// class timetable ("Pilates  9:00") names each class once.
	var ok [16]bool
	good := 0
	for k, l := range labels {
		ok[k] = timeLabelName(text[l[0]:l[1]]) && (timeLabelGiven(text[l[0]:l[1]]) || timeLabelRepeats(text, labels, k))
		if ok[k] {
			good++
		}
	}
	if 2*good <= len(labels) {
		return dst
	}
	var g spanGuard // span_guard.go
	for k, l := range labels {
		if ok[k] && !g.overlaps(dst[n0:], len(text), l[0], l[1]) {
			dst = append(dst, Span{Start: l[0], End: l[1], Type: "PERSON", Rule: "builtin.person", Score: 0.7,
				Reason: "chat speaker on a line with the message time"})
		}
	}
	for k, l := range labels {
		if w := timeLabelMention(text[l[0]:l[1]]); ok[k] && len(w) >= 3 && isLower(w[0]) && !timeMentionBefore(text, labels[:k], ok[:k], w) {
			dst = chatMentions(text, w, dst, n0, &g) // person9_chat.go
		}
	}
	dst = chatSlotNames(text, dst, n0, &g)     // person13_chat.go: "my sis farah"
	dst = chatGivenMentions(text, dst, n0, &g) // person16_chat.go
	reportWork("timeColumn.names", g.work)
	return dst
}

// timeOnlyLine reports whether the text between the line start ls and
// next is a time alone ("9:02 AM"), the second line of a label whose time
// stands on the next line.
func timeOnlyLine(text string, ls, next int) bool {
	le := lineEndAt(text, ls)
	if le+1 < next && strings.TrimSpace(text[le+1:next]) != "" {
		return false
	}
	line := strings.TrimSpace(text[ls:le])
	return len(line) >= 4 && len(line) <= 11 && isDigit(line[0]) && strings.IndexByte(line, ':') > 0
}

// timeLabelName reports whether a time line's label may be a person: its
// words, in lower case, make a chat label (chatLabelName), an initial
// before or after ("j. adeyemi", "tobias k") read past, and no app's name.
func timeLabelName(label string) bool {
	var buf [40]byte
	n := 0
	for i := 0; i < len(label) && n < len(buf); i++ {
		c := label[i]
		if isUpper(c) {
			c += 'a' - 'A'
		}
		buf[n] = c
		n++
	}
	low := string(buf[:n])
	if len(low) > 3 && low[1] == '.' && low[2] == ' ' {
		low = low[3:] // "j. adeyemi"
	} else if len(low) > 2 && low[1] == ' ' {
		low = low[2:] // "j adeyemi"
	}
	w := low
	if k := strings.IndexByte(low, ' '); k > 0 {
		w = low[:k]
	}
	if timeLabelNotNames.has(w) {
		return false
	}
	return chatLabelName(low)
}

// timeLabelMention returns the word of a label its speaker goes by
// elsewhere in the text: the first, or the second after an initial
// ("j. adeyemi").
func timeLabelMention(label string) string {
	k := strings.IndexByte(label, ' ')
	if k < 0 {
		return label
	}
	if k <= 2 {
		rest := label[k+1:]
		if j := strings.IndexByte(rest, ' '); j > 0 {
			return rest[:j]
		}
		return rest
	}
	return label[:k]
}

// timeMentionBefore reports whether w is the mention word of one of
// labels whose ok is set: its mentions are in dst already.
func timeMentionBefore(text string, labels [][2]int, ok []bool, w string) bool {
	for k, l := range labels {
		if ok[k] && timeLabelMention(text[l[0]:l[1]]) == w {
			return true
		}
	}
	return false
}

// timeLabelGiven reports whether the word a label's speaker goes by is a
// given or family name of the gazetteers and no word, month or place too.
func timeLabelGiven(label string) bool {
	w := timeLabelMention(label)
	if len(w) < 3 || len(w) > 20 {
		return false
	}
	var buf [20]byte
	copy(buf[:], w)
	if isUpper(buf[0]) {
		buf[0] += 'a' - 'A'
	}
	f := lowerNameFlags(string(buf[:len(w)]))
	return f&(nameGiven|nameFamily) != 0 && f&(nameStop|nameCity|nameAmbiguous) == 0
}

// timeLabelRepeats reports whether the label k of labels comes again.
func timeLabelRepeats(text string, labels [][2]int, k int) bool {
	w := text[labels[k][0]:labels[k][1]]
	for j, l := range labels {
		if j != k && text[l[0]:l[1]] == w {
			return true
		}
	}
	return false
}

// familyLikeSpell is the lowest spelling score (×16 log odds) of a word
// familyLikeAfter takes for a family name no gazetteer knows: well above
// chat words and verbs ("thinks" 64, "cake" 64), below family names of
// many origins ("boukhalfa", "benyahia" 200 and more).
const familyLikeSpell = 80

// familyLikeAfter returns, in a lower-case chat, the end of the word after
// w (which ends at e) when w is a given name of the gazetteers (no word,
// month or place too) and the word after it, of five letters or more, a
// family name of the gazetteers or a word they do not know spelt well
// above familyLikeSpell ("samir boukhalfa"); else 0. chatPeople calls it
// for the words of such a chat.
func familyLikeAfter(text, w string, e int) int {
	if e+6 > len(text) || text[e] != ' ' || !isLower(text[e+1]) {
		return 0
	}
	f := lowerNameFlags(w)
	if f&nameGiven == 0 || f&(nameStop|nameCity|nameAmbiguous) != 0 || lowerGivenVeto.has(capitalised(w)) {
		return 0
	}
	fe := lowerWordEnd(text, e+1)
	x := text[e+1 : fe]
	if len(x) < 5 || strings.IndexByte(x, '\'') >= 0 || fe < len(text) && (isAlpha(text[fe]) || text[fe] >= 0x80) || chatNotNames.has(x) || chatRoleWords.has(x) {
		return 0
	}
	switch g := lowerNameFlags(x); {
	case g&(nameStop|nameCity|nameAmbiguous|nameTitle|nameGreeting) != 0:
		return 0
	case g&nameFamily != 0:
		return fe
	case g != 0:
		return 0
	}
	if _, low, parts := spellScores(x); parts == 0 || low < familyLikeSpell {
		return 0
	}
	return fe
}
