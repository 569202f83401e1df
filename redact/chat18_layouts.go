package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Chat exports follow the documented layouts of their apps, and a layout
// says where the speaker is whatever the speaker's name looks like:
//   - a stamp, then the label and a colon: WhatsApp iOS "[12/03/25,
//     09:14:02] label: ", Android "12/03/25, 8:03 pm - label: ",
//     KakaoTalk "2025. 3. 12. 오전 9:14, label : ", Zendesk or Pidgin
//     "(09:14:30 AM) label: ", Signal "[2025-03-12 09:14] label: ";
//   - a stamp, then the label between tabs (LINE "09:14\tlabel\t") or
//     pipes (an SMS backup's "date | label | text");
//   - a stamp and the label alone on the line, the message below (Teams
//     "[12/03/2025 9:14 AM] Family, Given");
//   - the label, then a stamp, alone on the line (Telegram desktop
//     "label, [12.03.25 09:14]", Slack "label  9:14 AM", WeChat "label
//     2025-03-12 09:14", Discord "label — Today at 9:14 PM", Google Chat
//     "label, 9:14 AM");
//   - IRC's "<nick> " (after a stamp or not) and a bracketed label of one
//     speaker or several, "[a, b]: ";
//   - a messenger's name in brackets for a stamp ("[KakaoTalk] label: "),
//     a date with no time ("[nov 3] label: "), iOS and Android's narrow
//     space before "PM";
//   - a help desk's transcript with no stamp, "Label: text", when two of
//     its labels are names of the gazetteers or spelt like names, each
//     opening two turns of four or more (a record's "Product:" repeats
//     too, but names nobody).
//
// A nickname or role in brackets after the label ("odile (jay):") is no
// part of it; a label of Han or Hangul of five syllables or more, or one
// with a shop word (chatShopWords), is a business's; a label of several
// words must read as a name (chatFullName: no mixed case, stop word,
// title, city or dictionary spelling).
// chatLayoutNames reads each line of a text in these layouts; when two
// lines or more share one, their labels are speakers: a label is a
// person unless it is a role, system or field word (chatRoleWords,
// chatLayoutRoles), a business (chatBizLabel), a handle or holds a
// digit ("Visitor 48213"), or, for a label of one ASCII word no
// gazetteer knows as a given or family name, it spells like a word
// (chatNameSpell: a handle like "pixelgoose") or speaks only once and is
// not mentioned (a schedule's "[09:00] standup: …" is no chat). Lower-case and word-like
// names ("june", "will", "cash") are speakers too. Then the speaker
// memory: each speaker's given name (the first word, or the word after
// the comma of "Family, Given"), when it comes again in the text as a
// whole word in any case of its first letter, is the same person; a
// given name that is a word too ("will", "hope", "may") only in a name's
// position: before "'s", after "@", after a greeting or a verb of
// address ("thx will", "ask hope") or as a vocative opening a message
// ("june, …"); an unknown name of four letters or fewer counts as such a
// word. A name followed by a word that makes a famous name with it is
// the speaker's namesake (notablePairAt). A label in a script without
// spaces (Han, Hangul, kana) recurs inside the text as it is. At most
// chatLayoutMax labels and chatRepeatMax names are read.
//
// Safe: a layout needs two lines of the same form, a label 40 bytes or
// fewer of at most four words, letters only; the header layouts (a
// label alone with its stamp) need three such lines, a repeated label
// and a message line after each. Cost: a test of each line's first and
// last byte in a text that has lines and a colon; the rest only for
// lines that open with a stamp, a bracket or end with one.

// chatLayout kinds.
const (
	layNone      = iota
	layBracket   // "[a, b]: "
	layIRC       // "<nick> "
	layColon     // stamp, "label: "
	layTab       // stamp, "\tlabel\t"
	layPipe      // stamp, " | label | "
	layStampHead // stamp, label alone on its line
	layHeadStamp // label, then a stamp, alone on its line
	layPlain     // "Label: " with no stamp: a transcript's turns
	layKinds
)

// chatLayoutMax bounds the labels chatLayoutNames reads in one text.
const chatLayoutMax = 48

// chatLayoutRoles are role, system and field labels of chat exports and
// help desks in several languages, beside chatRoleWords.
var chatLayoutRoles = boolTable(map[string]bool{
	"visitor": true, "visitante": true, "besucher": true, "visiteur": true, "system": true,
	"agente": true, "atendente": true, "kundin": true, "klient": true, "klientka": true,
	"kundendienst": true, "kundenservice": true, "service": true, "helpdesk": true, "desk": true,
	"conseiller": true, "conseillère": true, "asesor": true, "asesora": true, "operador": true,
	"operadora": true, "operatore": true, "medewerker": true, "klant": true, "kund": true,
	"tu": true, "yo": true, "ich": true, "moi": true, "ik": true, "eu": true, "io": true,
	"whatsapp": true, "telegram": true, "signal": true, "slackbot": true, "teams": true,
	"nota": true, "hinweis": true, "remarque": true, "info": true, "warning": true, "error": true,
	"나": true, "상담원": true, "고객": true, "我": true, "客服": true, "客户": true, "系统": true,
	"私": true, "自分": true, "オペレーター": true, "お客様": true, "システム": true,
})

// chatLayoutLabel is one label a layout line holds.
type chatLayoutLabel struct {
	s, e int
	kind uint8
	next bool // a header line followed by a message line
}

// chatLayoutNames appends the speakers of the chat layouts of text and
// their mentions (see above), skipping what dst[n0:] covers and
// widening a span of dst[n0:] inside a label to the label.
//
//go:noinline
func chatLayoutNames(sc *textScan, dst []Span, n0 int) []Span {
	text := sc.text
	var labs [chatLayoutMax]chatLayoutLabel
	var count [layKinds]int
	n := 0
	for ls := 0; ls < len(text) && n < len(labs); {
		le := sc.lineEnd(ls) // engine24_lines.go: from the newline marks
		if kind, s, e := chatLayoutLine(text, ls, le); kind != layNone {
			labs[n] = chatLayoutLabel{s: s, e: e, kind: kind}
			if kind >= layStampHead {
				if le+1 < len(text) {
					ne := sc.lineEnd(le + 1)
					k, _, _ := chatLayoutLine(text, le+1, ne)
					labs[n].next = ne > le+1 && k != kind
				}
			}
			count[kind]++
			n++
		}
		ls = le + 1
	}
	if n < 2 {
		return dst
	}
	var g spanGuard
	var given [chatRepeatMax]string // chat17_repeat.go: the distinct names a text's mentions are read for
	ng := 0
	// Whether a kind's lines make a chat depends on the kind alone (the
	// labels do not change here): asked once per kind, not per label, as
	// a plain layout's answer reads every label (plainSpeakers).
	var kindOK [layKinds]uint8 // 0 not asked yet, 1 no, 2 yes
	for i := 0; i < n; i++ {
		l := labs[i]
		if kindOK[l.kind] == 0 {
			kindOK[l.kind] = 1 + uint8(boolIdx(chatLayoutKindOK(labs[:n], l.kind, count[l.kind], text)))
		}
		if kindOK[l.kind] != 2 {
			continue
		}
		if l.kind >= layStampHead && l.kind != layPlain && !l.next {
			continue
		}
		for s := l.s; s < l.e; {
			e := l.e
			if l.kind == layBracket {
				if c := strings.Index(text[s:l.e], ", "); c >= 0 {
					e = s + c
				}
			}
			if chatLayoutPerson(text, s, e, l.kind, labs[:n]) {
				dst = chatLayoutAdd(text, dst, n0, &g, s, e)
				if w := chatLayoutGiven(text, s, e); w != "" && ng < len(given) {
					given[ng] = w
					ng++
				}
			}
			s = e + 2
		}
	}
	for i := 0; i < ng; i++ {
		seen := false
		for _, w := range given[:i] {
			seen = seen || w == given[i]
		}
		if !seen {
			dst = chatLayoutMentions(text, given[i], dst, n0, &g)
		}
	}
	reportWork("chatLayoutNames", g.work)
	return dst
}

// chatLayoutKindOK reports whether the lines of kind make a chat: two of
// them, or for a header layout three, one label among them repeated.
func chatLayoutKindOK(labs []chatLayoutLabel, kind uint8, n int, text string) bool {
	if n < 2 {
		return false
	}
	if kind == layPlain { // four turns, two speakers of them persons (plainSpeakers)
		return n >= 4 && plainSpeakers(labs, text) >= 2
	}
	if kind < layStampHead {
		return true
	}
	if n < 3 {
		return false
	}
	for i, a := range labs {
		for _, b := range labs[i+1:] {
			if a.kind == kind && b.kind == kind && text[a.s:a.e] == text[b.s:b.e] {
				return true
			}
		}
	}
	return false
}

// chatLayoutAdd appends text[s:e] as a PERSON unless a span of dst[n0:]
// covers it; a span inside it is widened to it.
func chatLayoutAdd(text string, dst []Span, n0 int, g *spanGuard, s, e int) []Span {
	if !g.overlaps(dst[n0:], len(text), s, e) {
		return append(dst, Span{Start: s, End: e, Type: "PERSON", Rule: "builtin.person", Score: 0.7,
			Reason: "speaker label of a chat export"})
	}
	for k := n0; k < len(dst); k++ {
		if d := &dst[k]; d.Type == "PERSON" && d.Start >= s && d.End <= e && (d.Start > s || d.End < e) {
			d.Start, d.End = s, e
		}
	}
	return dst
}

// chatLayoutLine reads the line text[ls:le] in the layouts above: it
// returns the layout and the bounds of the label, or layNone.
func chatLayoutLine(text string, ls, le int) (kind uint8, s, e int) {
	if le-ls < 4 {
		return layNone, 0, 0
	}
	b := text[ls]
	p, stamped := ls, false
	switch {
	case b == '[' || b == '(':
		c := strings.IndexByte(text[ls:le], "])"[boolIdx(b == '(')])
		if c < 2 || c > 40 {
			return layNone, 0, 0
		}
		if !strings.ContainsAny(text[ls:ls+c], "0123456789") {
			if b == '[' && ls+c+2 < le && text[ls+c+1] == ':' && text[ls+c+2] == ' ' && !linkAfter(text, ls+c+3, le) {
				return layBracket, ls + 1, ls + c
			}
			if b != '[' || !chatAppTag(text[ls+1:ls+c]) {
				return layNone, 0, 0
			}
		} else if strings.Trim(text[ls+1:ls+c], "0123456789") == "" {
			return layNone, 0, 0 // a footnote's "[12]"
		}
		p, stamped = ls+c+1, true
		if p < le && text[p] == ' ' {
			p++
		}
	case isDigit(b):
		p = stampRunEnd(text, ls, le)
		if p == ls || !strings.Contains(text[ls:p], ":") {
			return layNone, 0, 0
		}
		stamped = true
	case b == '<':
	default:
		if kind, s, e := chatHeadStamp(text, ls, le); kind != layNone {
			return kind, s, e
		}
		return plainLabel(text, ls, le)
	}
	if p >= le {
		return layNone, 0, 0
	}
	if text[p] == '<' {
		c := strings.IndexByte(text[p:le], '>')
		if c < 2 || c > 33 || p+c+1 >= le || text[p+c+1] != ' ' {
			return layNone, 0, 0
		}
		return layIRC, p + 1, p + c
	}
	if !stamped {
		return layNone, 0, 0
	}
	kind = layColon
	switch {
	case text[p] == '\t':
		p++
		kind = layTab
	case text[p] == '|':
		p++
		for p < le && text[p] == ' ' {
			p++
		}
		kind = layPipe
	}
	var end int
	switch kind {
	case layTab:
		end = strings.IndexByte(text[p:le], '\t')
	case layPipe:
		end = strings.Index(text[p:le], " |")
	default:
		end = strings.Index(text[p:le], ": ")
		if end < 0 && text[le-1] == ':' {
			end = le - 1 - p
		}
		if end < 0 && le-p <= 40 {
			end, kind = le-p, layStampHead
		}
	}
	if end <= 0 || end > 40 {
		return layNone, 0, 0
	}
	e = p + end
	for e > p && text[e-1] == ' ' {
		e--
	}
	if e > p && text[e-1] == ')' { // "odile (jay)": the nickname or role in brackets is no name
		if b := strings.LastIndex(text[p:e], " ("); b > 0 {
			e = p + b
		}
	}
	return kind, p, e
}

// chatApps are the names of messengers a copied line opens with in
// brackets ("[KakaoTalk] label: "), lower case for ASCII.
var chatApps = boolTable(map[string]bool{
	"whatsapp": true, "telegram": true, "signal": true, "viber": true, "wechat": true, "line": true,
	"kakaotalk": true, "kakao": true, "messenger": true, "imessage": true, "sms": true, "slack": true,
	"teams": true, "discord": true, "카카오톡": true, "카톡": true, "微信": true, "ライン": true,
})

// chatAppTag reports whether tag, a bracket's content, is a chatApps
// name in any case.
func chatAppTag(tag string) bool {
	var buf [32]byte
	return len(tag) <= len(buf) && chatApps.has(lowerASCII(tag, &buf))
}

// boolIdx is 1 for true, 0 for false.
func boolIdx(b bool) int {
	if b {
		return 1
	}
	return 0
}

// linkAfter reports whether text[i:le] opens with a link: a Markdown
// link reference ("[docs]: https://…") is no speaker.
func linkAfter(text string, i, le int) bool {
	r := text[i:le]
	return strings.HasPrefix(r, "http") || strings.HasPrefix(r, "/") || strings.HasPrefix(r, "<") || strings.HasPrefix(r, "www.")
}

// stampRunEnd returns the end of the stamp at ls: digits and the marks
// of dates and times, "am"/"pm" in either case, Korean 오전/오후 and
// Chinese 上午/下午, up to 36 bytes; a dash or a comma that ends the
// stamp ("… 8:03 pm - ", "… 9:14, ") is in it.
func stampRunEnd(text string, ls, le int) int {
	p := ls
	for p < le && p-ls <= 36 {
		c := text[p]
		switch {
		case isDigit(c) || c == ':' || c == '/' || c == '.' || c == ',' || c == '-' || c == ' ':
			p++
		case strings.HasPrefix(text[p:le], "\u202f") || strings.HasPrefix(text[p:le], "\u200e"): // iOS and Android: a narrow space before "PM", a mark before a system line
			p += 3
		case strings.HasPrefix(text[p:le], "\u00a0"):
			p += 2
		case (c == 'a' || c == 'p' || c == 'A' || c == 'P') && p+1 < le && (text[p+1] == 'm' || text[p+1] == 'M') &&
			(p+2 == le || !isAlpha(text[p+2])):
			p += 2
		case strings.HasPrefix(text[p:le], "오전") || strings.HasPrefix(text[p:le], "오후") ||
			strings.HasPrefix(text[p:le], "上午") || strings.HasPrefix(text[p:le], "下午"):
			p += 6
		default:
			return p
		}
	}
	return p
}

// chatHeadStamp reads text[ls:le] as a label followed by a stamp alone
// on its line: "label, [12.03.25 09:14]", "label  9:14 AM", "label
// 2025-03-12 09:14", "label — Today at 9:14 PM".
func chatHeadStamp(text string, ls, le int) (uint8, int, int) {
	last := text[le-1]
	if !isDigit(last) && last != ']' && last != 'M' && last != 'm' {
		return layNone, 0, 0
	}
	e := ls
	for e < le && e-ls <= 40 {
		c := text[e]
		if c < 0x80 {
			if !isAlpha(c) && c != ' ' && c != '\'' && c != '-' && c != '.' && c != ',' {
				break
			}
			if c == ',' && e+2 < le && text[e+1] == ' ' && text[e+2] == '[' {
				break
			}
			e++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[e:le])
		if !unicode.IsLetter(r) {
			break
		}
		e += n
	}
	s, lab := ls, e
	for lab > s && (text[lab-1] == ' ' || text[lab-1] == '-') {
		lab--
	}
	if lab == s || e >= le {
		return layNone, 0, 0
	}
	rest := text[e:le]
	switch {
	case strings.HasPrefix(rest, ", ["): // Telegram
		if len(rest) < 5 || !isDigit(rest[3]) || !strings.Contains(rest, ":") {
			return layNone, 0, 0
		}
	case strings.HasPrefix(rest, ", ") && len(rest) > 3 && isDigit(rest[2]): // Google Chat: "label, 9:14 AM"
		if stampRunEnd(text, e+2, le) != le || !strings.Contains(rest, ":") {
			return layNone, 0, 0
		}
	case strings.HasPrefix(rest, "— "): // Discord
		r := rest[len("— "):]
		if !strings.HasPrefix(r, "Today at ") && !strings.HasPrefix(r, "Yesterday at ") &&
			!(len(r) > 0 && isDigit(r[0]) && strings.Contains(r, "/")) {
			return layNone, 0, 0
		}
	case isDigit(rest[0]) && e > ls && text[e-1] == ' ': // Slack, WeChat
		if stampRunEnd(text, e, le) != le || !strings.Contains(rest, ":") {
			return layNone, 0, 0
		}
	default:
		return layNone, 0, 0
	}
	if text[lab-1] == ',' {
		return layNone, 0, 0
	}
	return layHeadStamp, s, lab
}

// plainLabel reads text[ls:le] as a transcript's turn with no stamp,
// "Label: text": one to three words of letters, capitalised or not, and
// a colon and a space, the label 32 bytes or fewer.
func plainLabel(text string, ls, le int) (uint8, int, int) {
	if !isAlpha(text[ls]) {
		return layNone, 0, 0
	}
	c := strings.IndexByte(text[ls:le], ':')
	if c < 2 || c > 32 || ls+c+1 >= le || text[ls+c+1] != ' ' || text[ls+c-1] == ' ' {
		return layNone, 0, 0 // "Donatrice : …" is a French form's field
	}
	for k := ls; k < ls+c; k++ {
		if b := text[k]; !isAlpha(b) && b != ' ' && b != '\'' && b != '-' && b != '.' {
			return layNone, 0, 0
		}
	}
	return layPlain, ls, ls + c
}
