package redact

// Chat exports written in lower case name their speakers with nicknames
// and short forms no gazetteer knows ("dodo: ok", "kwame 09:14: me"). A
// speaker column is what shows them: lines that open with a one- or
// two-word lower-case label and a colon, maybe after a stamp or before a
// time, where labels recur as speakers take turns. In a text written
// mostly in lower case (a chat, not a form or a list of notes), the
// labels of such a column are names unless they are words a column of
// fields or roles holds ("note:", "user:", "pros:"): a stop word, a
// city, a word of chatRoleWords, or a word spelt like a dictionary word
// (namegram, person7_spell.go) and known as no given name. Then the same
// words elsewhere in the text are the same people ("… and dodo says").
// lowerSpeakers (person7_chat.go) collects the labels while it reads the
// colons it reads anyway; all of this runs only for a text with three
// labelled lines or more.

// chatColumn holds the lower-case speaker labels of a text: the bounds
// of each label and how many of them came with a stamp or a time.
type chatColumn struct {
	n, stamped int
	lab        [16][2]int
	// nc and caps hold the stamped capitalised labels (person13_chat.go).
	nc   int
	caps [16][2]int
}

// add records the label text[s:e].
func (col *chatColumn) add(s, e int, stamped bool) {
	if col.n == len(col.lab) {
		return
	}
	col.lab[col.n] = [2]int{s, e}
	col.n++
	if stamped {
		col.stamped++
	}
}

// chatRoleWords are labels of roles, systems and fields that a chat or a
// list of notes writes in lower case before a colon: never names.
var chatRoleWords = boolTable(map[string]bool{
	"user": true, "users": true, "assistant": true, "system": true, "bot": true, "chatbot": true, "ai": true,
	"admin": true, "agent": true, "customer": true, "client": true, "support": true, "staff": true,
	"team": true, "manager": true, "boss": true, "host": true, "guest": true, "me": true, "you": true,
	"us": true, "them": true, "mom": true, "mum": true, "dad": true, "todo": true, "note": true,
	"notes": true, "update": true, "edit": true, "answer": true, "question": true, "reply": true,
	"prompt": true, "input": true, "output": true, "example": true, "pros": true, "cons": true,
	"subject": true, "from": true, "to": true, "cc": true, "date": true, "time": true, "re": true,
	"fwd": true, "ps": true, "fyi": true, "tip": true, "tldr": true, "summary": true, "status": true,
	"total": true, "price": true, "order": true, "name": true, "email": true, "phone": true,
	"address": true, "mon": true, "tue": true, "wed": true, "thu": true, "fri": true, "sat": true,
	"sun": true, "today": true, "tomorrow": true, "yesterday": true, "morning": true, "evening": true,
	"breakfast": true, "lunch": true, "dinner": true, "ops": true, "dev": true, "sales": true,
	"hr": true, "legal": true, "finance": true, "marketing": true, "design": true, "intern": true,
	"unknown": true, "anon": true, "anonymous": true, "everyone": true, "all": true, "others": true,
	"sender": true, "recipient": true, "moderator": true, "mod": true, "operator": true, "caller": true,
	"kunde": true, "cliente": true, "nota": true, "notiz": true, "utente": true, "usuario": true,
})

// chatLabelSpell is the lowest spelling score (×16 log odds) of a label
// word the gazetteers do not know as a given name: "breakfast" (−118),
// "question" (−144) read as words; nicknames score above ("fede" −10).
const chatLabelSpell = -40

// names appends the labels of the column as PERSON when they make a
// speaker column of a text written mostly in lower case (see above), and
// the same words elsewhere in the text, skipping what dst[n0:] covers.
//
//go:noinline
func (col *chatColumn) names(text string, dst []Span, n0 int) []Span {
	if col.n < 3 || !mostlyLower(text) {
		return dst
	}
	labels := col.lab[:col.n]
	distinct, repeated, good := 0, false, 0
	var ok [16]bool
	for k, l := range labels {
		ok[k] = chatLabelName(text[l[0]:l[1]])
		if !firstLabel(text, labels[:k], l) { // person13_chat.go
			repeated = true
			continue
		}
		distinct++
		if ok[k] {
			good++
		}
	}
	// Two speakers or more, one of them speaking twice, and most labels
	// names: "note: …\ntotal: …" is a list of fields.
	if distinct < 2 || 2*good <= distinct || !repeated && !speakerMentioned(text, labels, ok[:col.n]) { // person18_chat.go
		return dst
	}
	var g spanGuard // span_guard.go: ten thousand lines mention a speaker ten thousand times
	for k, l := range labels {
		if ok[k] && !g.overlaps(dst[n0:], len(text), l[0], l[1]) {
			dst = append(dst, Span{Start: l[0], End: l[1], Type: "PERSON", Rule: "builtin.person", Score: 0.7,
				Reason: "lower-case chat speaker in a speaker column"})
		}
	}
	for k, l := range labels {
		if w := text[l[0]:lowerLabelWordEnd(text, l[0], l[1])]; ok[k] && len(w) >= 3 && !labelWordBefore(text, labels[:k], ok[:k], w) {
			dst = chatMentions(text, w, dst, n0, &g)
		}
	}
	dst = atLabelMentions(text, labels, ok[:col.n], dst, n0, &g) // person18_chat.go: "@ruben tsosie"
	dst = chatPeople(text, dst, n0, &g, true)
	dst = chatWordLabels(text, labels, ok[:col.n], dst, n0, &g) // person16_chat.go: "austin: yep"
	dst = chatGivenMentions(text, dst, n0, &g)                  // person16_chat.go: "obinna (21 on fri)"
	dst = chatSlotNames(text, dst, n0, &g)                      // person13_chat.go: "mi prima toñita"
	dst = lowerHonorifics(text, dst, n0, &g)                    // person10_honor.go: "sevgül hanım"
	reportWork("chatColumn.names", g.work)
	return dst
}

// labelWordBefore reports whether w is the first word of one of labels
// whose ok is set: its mentions are in dst already (a speaker speaks many
// times; chatMentions of the same word again appends nothing).
func labelWordBefore(text string, labels [][2]int, ok []bool, w string) bool {
	for k, l := range labels {
		if ok[k] && text[l[0]:lowerLabelWordEnd(text, l[0], l[1])] == w {
			return true
		}
	}
	return false
}

// chatPeople appends, in a lower-case chat whose speaker column names
// people, the people its lines mention in lower case: a word before a
// name particle and a family name of the gazetteers ("joy dela paz"
// style: "bongbong de los santos"), and a word after "and", "but", "so"
// or a speaker's colon before a verb people do ("and kwabs says …"),
// neither a stop word, city, role word nor a word of chatNotNames; the
// last only when verbs is set (chat17_repeat.go reads a chat in both
// cases without it: "table booked" after a colon is no name there).
//
// g answers overlapsSpan(dst[n0:], …) for the spans appended so far.
func chatPeople(text string, dst []Span, n0 int, g *spanGuard, verbs bool) []Span {
	pe := -1 // the end of the word before, when one space separates them
	pw := ""
	for i := 0; i < len(text); {
		if !isLower(text[i]) || i > 0 && (isAlpha(text[i-1]) || text[i-1] >= 0x80) {
			i++
			continue
		}
		e := lowerWordEnd(text, i)
		w := text[i:e]
		prev := ""
		if pe == i-1 {
			prev = pw
		}
		afterColon := i >= 2 && text[i-1] == ' ' && text[i-2] == ':'
		pe, pw = e, w
		if e-i < 3 || chatNotNames.has(w) || chatRoleWords.has(w) || lowerNameFlags(w)&(nameStop|nameCity) != 0 || isParticle(w) {
			i = e
			continue
		}
		if end := particleFamilyAfter(text, e); end > 0 && !g.overlaps(dst[n0:], len(text), i, end) {
			dst = append(dst, Span{Start: i, End: end, Type: "PERSON", Rule: "builtin.person", Score: 0.7,
				Reason: "lower-case word, name particle and family name in a lower-case chat"})
			i, pe = end, -1
			continue
		}
		if end := familyLikeAfter(text, w, e); end > 0 && !g.overlaps(dst[n0:], len(text), i, end) {
			dst = append(dst, Span{Start: i, End: end, Type: "PERSON", Rule: "builtin.person", Score: 0.7,
				Reason: "lower-case given name and a word spelt like a family name in a lower-case chat"}) // person10_chat.go
			i, pe = end, -1
			continue
		}
		if verbs && (prev == "and" || prev == "but" || prev == "so" || afterColon) && e+1 < len(text) && text[e] == ' ' &&
			subjectVerbs.has(text[e+1:lowerWordEnd(text, e+1)]) && !g.overlaps(dst[n0:], len(text), i, e) {
			dst = append(dst, Span{Start: i, End: e, Type: "PERSON", Rule: "builtin.person", Score: 0.7,
				Reason: "lower-case word before a verb people do in a lower-case chat"})
		}
		i = e
	}
	g.work += len(text)
	return dst
}

// particleFamilyAfter returns the end of one or two name particles and a
// family name of the gazetteers after the word that ends at e (" dela
// cruz", " de los santos"), or 0.
func particleFamilyAfter(text string, e int) int {
	k, n := e, 0
	for n < 2 && k+1 < len(text) && text[k] == ' ' {
		pe := lowerWordEnd(text, k+1)
		if pe == k+1 || !isParticle(text[k+1:pe]) && !chatParticles.has(text[k+1:pe]) {
			break
		}
		k, n = pe, n+1
	}
	if n == 0 || k+1 >= len(text) || text[k] != ' ' {
		return 0
	}
	fe := lowerWordEnd(text, k+1)
	if fe-k-1 < 3 || fe < len(text) && isAlpha(text[fe]) || lowerNameFlags(text[k+1:fe])&nameFamily == 0 {
		return 0
	}
	return fe
}

// chatParticles are particles of Filipino and Spanish family names that
// nameParticles lacks ("dela cruz", "de los santos").
var chatParticles = boolTable(map[string]bool{"dela": true, "delos": true, "los": true, "las": true})

// chatNotNames are words that take a name's place before a verb in a
// chat ("and she says", "so everyone wants").
var chatNotNames = boolTable(map[string]bool{
	"she": true, "he": true, "it": true, "that": true, "this": true, "they": true, "we": true, "you": true,
	"everyone": true, "everybody": true, "someone": true, "somebody": true, "nobody": true, "anyone": true,
	"people": true, "google": true, "website": true, "site": true, "app": true, "who": true, "which": true,
	"she's": true, "he's": true, "it's": true, "there": true, "here": true, "what": true, "one": true,
	"guy": true, "lady": true, "man": true, "woman": true, "kid": true, "label": true, "email": true,
	// (chat17) verbs of speech that are given names too: "april said" is no two-word name
	"said": true, "says": true, "told": true, "asked": true,
})

// lowerLabelWordEnd returns the end of the first word of the label
// text[s:e].
func lowerLabelWordEnd(text string, s, e int) int {
	k := s
	for k < e && text[k] != ' ' {
		k++
	}
	return k
}

// chatLabelName reports whether a lower-case label of one or two words
// may be a name: its first word three letters or more (two before a
// second word: "jo tan"), no stop word,
// city or role word, and spelt like a name unless the gazetteers know it
// as a given name; a second word is an initial or no stop word.
func chatLabelName(label string) bool {
	w, rest := label, ""
	for i := 0; i < len(label); i++ {
		if label[i] == ' ' {
			w, rest = label[:i], label[i+1:]
			break
		}
	}
	if len(w) < 3 && (len(w) < 2 || len(rest) < 3) || !isLower(w[0]) || chatRoleWords.has(w) ||
		chatBizLabel(label, 0, len(label)) { // person18_chat.go: "salon:"
		return false
	}
	f := lowerNameFlags(w)
	if f&(nameStop|nameCity) != 0 {
		return false
	}
	if f&nameGiven == 0 {
		if s, low, _ := spellScores(w); s < chatLabelSpell || low < chatLabelSpell {
			return false
		}
	}
	if len(rest) > 2 && isLower(rest[0]) && lowerNameFlags(rest)&(nameStop|nameCity) != 0 {
		return false
	}
	return true
}

// mostlyLower reports whether the ASCII letters of text are lower case
// but for one in twenty-five or fewer: a chat typed without capitals, not
// a form whose field labels happen to be lower case.
func mostlyLower(text string) bool {
	up, low := 0, 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c >= 'a' && c <= 'z' {
			low++
		} else if c >= 'A' && c <= 'Z' {
			up++
		}
	}
	return 25*up <= low
}

// chatMentions appends the other occurrences of w, a speaker's name, as
// whole lower-case words in text: not inside an e-mail address, a link or
// a longer word, and not where dst[n0:] has a span already (the labels
// included), which g answers for.
func chatMentions(text, w string, dst []Span, n0 int, g *spanGuard) []Span {
	for i := 0; i+len(w) <= len(text); {
		k := g.index(text, i, w) // person10_honor.go
		if k < 0 {
			break
		}
		e := k + len(w)
		i = e
		if k > 0 && (isAlpha(text[k-1]) || text[k-1] >= 0x80 || text[k-1] == '.' || text[k-1] == '@' || text[k-1] == '/' || text[k-1] == '_') {
			continue
		}
		if e < len(text) && (isAlpha(text[e]) || text[e] >= 0x80 || text[e] == '@' || text[e] == '_' ||
			text[e] == '.' && e+1 < len(text) && isAlpha(text[e+1])) {
			continue
		}
		if g.overlaps(dst[n0:], len(text), k, e) {
			continue
		}
		dst = append(dst, Span{Start: k, End: e, Type: "PERSON", Rule: "builtin.person", Score: 0.7,
			Reason: "lower-case name of a chat speaker"})
	}
	return dst
}

// speakerBeforeTime reads the line of the colon at c as a chat line whose
// speaker comes before the time ("kwame 09:14: me", "jo tan 9:05: ok"):
// it returns the bounds of the label, one or two lower-case words from
// the line's start to the space before the time, and whether there is
// one.
func speakerBeforeTime(text string, c int) (s, e int, ok bool) {
	t := c - 4
	if t < 2 || !isDigit(text[c-2]) || text[c-3] != ':' || !isDigit(text[t]) {
		return 0, 0, false
	}
	if isDigit(text[t-1]) {
		t--
	}
	e = t - 1
	if e < 1 || text[e] != ' ' {
		return 0, 0, false
	}
	s = e
	for s > 0 && text[s-1] != '\n' {
		s--
		if e-s > 24 {
			return 0, 0, false
		}
	}
	return s, e, lowerLabel(text, s, e) || stampedLabel3(text, s, e) // person18_chat.go
}

// nickLabel reports whether text[s:c] is a lower-case word and another in
// brackets, a chat speaker's name and nickname ("kiki (tavita)").
func nickLabel(text string, s, c int) bool {
	w := speakerWordEnd(text, s)
	if w == s || w+3 >= c || text[w] != ' ' || text[w+1] != '(' {
		return false
	}
	n := handleWordEnd(text, w+2) // chat17_labels.go: "oriel (oriel_draws)"
	return n > w+2 && n+1 == c && text[n] == ')'
}
