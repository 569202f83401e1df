package redact

import "strings"

// Strong slots for names no gazetteer knows, from the conventions of
// tickets, chat exports, forms, mail clients and reviews: a chat speaker
// after a role word ("[09:15] Agente Teodric: …"), the writer in
// parentheses after "me" ("a note from me (Teodric)"), a "… by:" field
// of a referral or booking ("Referred by: Quorwen Halvorsby"), a name
// before an e-mail address in parentheses ("Quorwen Halvorsby
// (qh@example.com)"), a quoted review's dash byline ("«…» — Quorwen
// Halvorsby"), the writer of a quoted mail in the mail clients' other
// languages ("Op 4 mrt schreef …:", "… a écrit :"), and a name opening an
// appointment book's line ("10:00 Quorwen Halvorsby, 0171 …").

func init() {
	for _, w := range chatRoleStops {
		nameFlags.or(w, uint32(nameStop))
	}
	for _, e := range []string{"by: ", "By: ", "BY: ", "! - ", ". - ", "? - ", "! — ", "\n--\n", "-- \n"} {
		b := slotBit(load32(e, 0))
		person4Ends[b>>6] |= 1 << (b & 63) // byLabelBefore's fields and dashSignOffPair's lines, for person4CueBefore
	}
}

// signAsPhrases are the phrases that ask to sign or answer as a person
// ("sign off as Teodric", "sign it off as Teodric", "responde como
// Teodric", "podpisz jako Teodric", "antworte als Teodric"), lower case;
// they join namingPhrases, and their last words slotWords.
var signAsPhrases = []string{
	"sign as", "signed as", "off as", "reply as", "answer as", "respond as", "write as", "responde como",
	"responda como", "firma como", "firme como", "assina como", "assine como", "podpisz jako",
	"odpowiedz jako", "antworte als", "unterschreibe als", "unterschreib als", "signe comme",
	"signez comme", "firma come", "rispondi come", "onderteken als", "antwoord als", "svara som",
	"skriv under som",
}

func init() {
	for _, p := range signAsPhrases {
		namingPhrases.or(p, 1)
		w := p[strings.LastIndexByte(p, ' ')+1:]
		if !slotWords.has(w) {
			slotWords.or(w, slotNaming)
		}
		for _, e := range []string{" " + w + " ", "\n" + w + " "} {
			b := slotBit(load32(e, len(e)-4))
			slotEnds[b>>6] |= 1 << (b & 63)
		}
	}
}

// byCue is what person4CueBefore returns for the value of a "… by:" field,
// parenCue for a name before a parenthesis that describes a person.
const (
	byCue    = "by"
	parenCue = "description in parentheses"
)

// chatRoleStops are the role words of chat exports and ticket histories in
// the prompt languages that come before a speaker's name ("Agente Teodric:",
// "Atendente Rayane:"), capitalised; as stop words they split the run, so
// the name is decided alone. ("Agent", "Advisor", "Operator" are stop words
// already.)
var chatRoleStops = []string{
	"Agente", "Atendente", "Asesor", "Asesora", "Operador", "Operadora", "Operatore", "Operatrice",
	"Conseiller", "Conseillère", "Berater", "Beraterin", "Medewerker", "Medewerkster", "Mitarbeiter",
	"Mitarbeiterin", "Konsultant", "Konsultantka", "Handläggare", "Kundeservice", "Soporte", "Suporte",
	"Engineer", "Technician", "Installer", "Receptionist", "Techniker", "Monteur", "Technicien", "Técnico",
	"Tecnico", "Monter", "Tekniker",
}

// chatRoles are the role words of chat exports and ticket histories
// besides roleLabels, lower case: the trades that write in a ticket ("12/03
// 08:10 Engineer Tobiah: boiler checked").
var chatRoles = boolTable(map[string]bool{
	"engineer": true, "technician": true, "installer": true, "receptionist": true, "techniker": true,
	"monteur": true, "technicien": true, "técnico": true, "tecnico": true, "monter": true, "tekniker": true,
	"nurse": true, "driver": true, "support": true,
})

// roleChatSpeakerAt reports whether the word text[start:end], which a
// colon follows, is a chat export's speaker after a role word ("[12/05
// 09:15] Agente Teodric: …", "12/03/2025, 09:14 - Agent Keziah: …"): a
// capitalised role word of roleLabels or chatRoles with one space before
// the name, and the chat's timestamp before the role word (or a time and a
// space, as ticket histories write it: "12/03 08:10 Engineer Tobiah:").
func roleChatSpeakerAt(text string, start, end int) bool {
	if start < 8 || text[start-1] != ' ' || !isAlpha(text[start-2]) {
		return false
	}
	b := start - 1
	for b > 0 && start-1-b < 16 && (isAlpha(text[b-1]) || text[b-1] >= 0x80) {
		b--
	}
	if !isUpper(text[b]) {
		return false
	}
	var buf [24]byte
	w := lowerLabelEndingAt(text, start-1, &buf)
	if _, _, ok := roleLabels.getBytes(w); !ok && !chatRoles.has(string(w)) || placeholderValues.has(text[start:end]) {
		return false // "Agent Bot:"
	}
	if chatSpeakerAt(text, b, end) {
		return true
	}
	// "12/03 08:10 Engineer Tobiah:": a time and a space right before the
	// role word, within 24 bytes of the line's start.
	k := b - 2
	if k < 4 || text[k+1] != ' ' || !isDigit(text[k]) || !isDigit(text[k-1]) || text[k-2] != ':' {
		return false
	}
	ls := lastNewlineIn(text[:k]) + 1
	return k-ls < 24
}

// meParenBefore reports whether "me" and a space end right before the
// opening parenthesis at p: the writer's own name follows ("a thank-you
// note from me (Teodric)").
func meParenBefore(text string, p int) bool {
	return p >= 3 && text[p-1] == ' ' && (text[p-3:p-1] == "me" || text[p-3:p-1] == "Me") && (p == 3 || !isAlpha(text[p-4]))
}

// byLabels are the participles of the "… by:" fields that name a person
// ("Referred by:", "Booked by:"), lower case. Fields that name firms as
// often ("Shipped by", "Sold by", "Powered by") are left out.
var byLabels = boolTable(map[string]bool{
	"referred": true, "introduced": true, "recommended": true, "invited": true, "booked": true,
	"requested": true, "submitted": true, "reported": true, "nominated": true, "sponsored": true,
	"accompanied": true, "collected": true,
})

// byLabelBefore reports whether a "… by:" field of byLabels opening its
// line or field ends right before start (": " between).
//
//go:noinline
func byLabelBefore(text string, start int) bool {
	c := start - 2 // the colon
	if c < 4 || text[c-3:c] != " by" && text[c-3:c] != " By" {
		return false
	}
	var buf [24]byte
	w := lowerLabelEndingAt(text, c-3, &buf)
	if _, _, ok := byLabels.getBytes(w); !ok {
		return false
	}
	return labelOpensField(text, c-3-len(w))
}

// mailboxAfter reports whether a person's e-mail address in angle brackets
// or parentheses follows the name ending at end, after one space.
func mailboxAfter(text string, end int) bool {
	if end+3 >= len(text) || text[end] != ' ' {
		return false
	}
	switch text[end+1] {
	case '<':
		return addressInAngles(text, end+2)
	case '(':
		return addressUntil(text, end+2, ')') // "Quorwen Halvorsby (qh@example.com)"
	}
	return false
}

// quoteDashByline reports whether the name text[start:end] signs a quoted
// review: a dash and a space before it, a closing quote before the dash
// (a straight double or single quote, "”" or "»", maybe a space between),
// and the end of the line or the text after it ("«Arrived fast.» —
// Quorwen Halvorsby").
func quoteDashByline(text string, start, end int) bool {
	d := signDashBefore(text, start)
	if d < 1 {
		return false
	}
	e := end
	for e < len(text) && (text[e] == ' ' || text[e] == '\r' || text[e] == '"') {
		e++
	}
	if e < len(text) && text[e] != '\n' {
		return false
	}
	q := d
	if text[q-1] == ' ' {
		q--
	}
	if q < 1 {
		return false
	}
	switch text[q-1] {
	case '"', '\'':
		return true
	case 0x9D: // "”" is E2 80 9D
		return q >= 3 && text[q-3] == 0xE2 && text[q-2] == 0x80
	case 0xBB: // "»" is C2 BB
		return q >= 2 && text[q-2] == 0xC2
	}
	return false
}

// wroteAfterWords are what mail clients write after the writer of a quoted
// mail in the prompt languages ("Le 3 mars, X a écrit :", "El 3 de marzo, X
// escribió:", "Il giorno … X ha scritto:", "Em …, X escreveu:", "X
// napisał(a):", "X skrev:"), with the space before them.
var wroteAfterWords = []string{" a écrit", " escribió", " ha scritto", " escreveu", " napisał", " skrev", " schreef", " schrieb"}

// wroteBeforeWords are what they write before the writer ("Op 4 mrt
// schreef X:", "Am 3. März schrieb X:", "Den 3 mars skrev X:"), with the
// space after them.
var wroteBeforeWords = []string{"schreef ", "schrieb ", "skrev "}

// wroteOtherLanguage reports whether the name text[start:end] is the
// writer of a quoted mail in another language than English: a word of
// wroteAfterWords follows it, or one of wroteBeforeWords comes before it,
// and a colon ends the line within 80 bytes (after an address or a role in
// brackets: "schreef Teodric van Haalst (webshop):").
//
//go:noinline
func wroteOtherLanguage(text string, start, end int) bool {
	ok := false
	a := text[end:min(len(text), end+12)]
	for _, w := range wroteAfterWords {
		if strings.HasPrefix(a, w) {
			ok = true
			break
		}
	}
	if !ok {
		b := text[max(0, start-8):start]
		for _, w := range wroteBeforeWords {
			if strings.HasSuffix(b, w) {
				ok = true
				break
			}
		}
	}
	if !ok {
		return false
	}
	le := lineEndAt(text, end)
	if le-end > 80 {
		return false
	}
	k := le
	for k > end && (text[k-1] == ' ' || text[k-1] == '\r') {
		k--
	}
	return k > end && text[k-1] == ':'
}

// wroteOtherMaybe is wroteOtherLanguage's pre-test, small enough to be
// inlined: the first byte of a word of wroteAfterWords after the name's
// space, or the last letters of one of wroteBeforeWords before it ("ef",
// "eb", "ev").
func wroteOtherMaybe(text string, start, end int) bool {
	if end+2 < len(text) && text[end] == ' ' && wroteFirst[text[end+1]] {
		return true
	}
	if start < 4 || text[start-1] != ' ' {
		return false
	}
	c := text[start-2]
	return text[start-3] == 'e' && (c == 'f' || c == 'b' || c == 'v')
}

// wroteFirst marks the first bytes of wroteAfterWords after their space.
var wroteFirst = func() (t [256]bool) {
	for _, w := range wroteAfterWords {
		t[w[1]] = true
	}
	return t
}()

// appointmentLine reports whether text[start:end] opens a line of an
// appointment book or a call list after a time ("10:00 Quorwen Halvorsby,
// 0171 555 0101, cut"), ending its item, with contact data on the line.
func appointmentLine(text string, start, end int) bool {
	if start < 5 || text[start-1] != ' ' || !isDigit(text[start-2]) {
		return false
	}
	ls := lineStartNear(text, start, 6) // not back over a long line for every name on it
	return ls >= 0 && recordItemStart(text, ls, start) && !listItemStart(text, start) &&
		recordNameSlot(text, start, end)
}

// dashSignOffPair reports whether the name text[start:end] (two or three
// words) signs the text off: a dash and a space before it that open its
// line or follow a sentence's end on it ("Great service! - Quorwen
// Halvorsby", the first word a given name there), or the signature
// delimiter "--" on the line before it, and
// nothing but spaces, quotes, dots, '!' and line breaks after it. A dash
// line under an item of the same dash list is no signature.
//
//go:noinline
func dashSignOffPair(text string, start, end int) bool {
	for j := end; j < len(text); j++ {
		if c := text[j]; c != ' ' && c != '\n' && c != '\r' && c != '"' && c != '.' && c != '!' {
			return false
		}
	}
	if start >= 3 && text[start-1] == '\n' {
		// "--\nQuorwen Halvorsby": the mail signature's delimiter.
		k := start - 1
		for k > 0 && (text[k-1] == ' ' || text[k-1] == '\r') {
			k--
		}
		return k >= 2 && text[k-1] == '-' && text[k-2] == '-' && (k == 2 || text[k-3] == '\n')
	}
	d := signDashBefore(text, start)
	if d < 0 {
		return false
	}
	if d >= 2 && text[d-1] == ' ' {
		switch text[d-2] {
		case '.', '!', '?':
			// "Great service! - Anna Halvorsby": on the sentence's line, the
			// first word must be a given name ("!! — Monte de Quellbrook" is a town).
			sp := strings.IndexByte(text[start:end], ' ')
			return sp > 0 && nameFlagsOf(text[start:start+sp])&(nameGiven|nameAmbiguous) != 0
		}
	}
	if d > 0 && text[d-1] != '\n' {
		return false
	}
	// The line before, skipping empty lines: no item of the same list.
	k := d - 1
	for k > 0 && (text[k-1] == '\n' || text[k-1] == '\r' || text[k-1] == ' ') {
		k--
	}
	if k <= 0 {
		return false
	}
	pl := lastNewlineIn(text[:k]) + 1
	return !strings.HasPrefix(text[pl:k], text[d:start])
}

// customerParenAfter reports whether a customer's role in parentheses
// follows the word ending at end ("Florence (customer) called"), in the
// prompt languages.
func customerParenAfter(text string, end int) bool {
	if end+4 >= len(text) || text[end] != ' ' || text[end+1] != '(' {
		return false
	}
	k := end + 2
	for k < len(text) && k-end < 16 && text[k] != ')' {
		k++
	}
	return k < len(text) && text[k] == ')' && customerRoles.has(text[end+2:k])
}

// customerRoles are the roles in parentheses of customerParenAfter, lower
// case.
var customerRoles = boolTable(map[string]bool{
	"customer": true, "client": true, "buyer": true, "guest": true, "member": true, "patient": true,
	"tenant": true, "subscriber": true, "shopper": true, "kunde": true, "kundin": true, "cliente": true,
	"clienta": true, "klant": true, "klient": true, "klientka": true, "kund": true, "socio": true, "socia": true,
})
