package redact

import "strings"

// The header block a mail client writes above a forwarded or quoted
// message, in the languages it ships (formats21): Outlook's "From: Ann
// Lee / Sent: … / To: … / Subject: …" and its translations ("Von:" /
// "Gesendet:", "De :" / "Envoyé :", "Da:" / "Inviato:", "Van:" /
// "Verzonden:", "Från:" / "Skickat:", "Od:" / "Wysłano:", "Lähettäjä:" /
// "Lähetetty:"…), and the forwarded blocks of Gmail, Apple Mail and
// Thunderbird in those languages ("Von: Ann Lee <ann@…>"). The sender's
// display name is a person's name whatever its words look like
// ("Drössler, Wiebke", "QUARTERMAINE Solène"), as a vCard's FN is.
//
// Safe: a sender line without an address counts only inside a block (the
// line before or after it has another header label of the block: "Sent",
// "Datum", "An", "Objet"…), and its value only with two words or more, a
// capital first, no digit and no desk's or trade's word ("From: Support
// Team", "Von: Müller GmbH"); one with an address is read as an English
// "From:" is (mailboxNames: a person's address, not a role's).
// Recipients ("An:", "À :", "Para:") count only with their addresses, in
// a block: "A:" alone is a question's answer as often.
//
// Cost: mailHeaderLine runs for a line's first colon whose key has 2 to
// 14 bytes (formatFields), one lookup; the block test only for a sender
// or recipient label.

// mailKind is what a header label of a mail block names.
type mailKind uint8

const (
	mailOther     mailKind = iota + 1 // the date: a label of the block
	mailSender                        // From, Von, De, Da, Van, Från…
	mailRecipient                     // To, An, À, Para, Aan, Till… and Cc
	mailSent                          // Outlook's Sent, Gesendet, Envoyé, Inviato…
	mailSubject                       // Subject, Betreff, Objet, Oggetto…
)

// mailHeaderKeys are the header labels of the blocks, lower case, as
// Outlook, Gmail, Apple Mail and Thunderbird write them in their
// languages.
var mailHeaderKeys = func() map[string]mailKind {
	m := map[string]mailKind{}
	for _, l := range []string{"from", "von", "de", "da", "van", "från", "fra", "od", "lähettäjä", "feladó", "kimden",
		"expeditor", "από", "от", "від", "saatja", "nuo", "no", "dari", "daripada", "šalje", "pošiljatelj",
		"remetente", "mittente", "afzender", "absender", "expéditeur", "remitente", "nadawca", "差出人", "发件人",
		"寄件者", "보낸 사람"} {
		m[l] = mailSender
	}
	for _, l := range []string{"to", "an", "à", "a", "para", "aan", "till", "til", "do", "komu", "vastaanottaja",
		"címzett", "kime", "către", "προς", "кому", "prima", "kam", "kepada", "cc", "kopie", "bcc", "宛先", "收件人",
		"받는 사람"} {
		m[l] = mailRecipient
	}
	for _, l := range []string{"sent", "gesendet", "envoyé", "enviado", "enviado el", "enviada em", "inviato",
		"verzonden", "skickat", "sendt", "wysłano", "odesláno", "odoslané", "lähetetty", "elküldve",
		"gönderildi", "trimis", "στάλθηκε", "отправлено", "надіслано", "poslano", "saadetud", "nosūtīts",
		"išsiųsta", "dikirim", "terkirim", "送信日時", "发送时间", "보낸 날짜"} {
		m[l] = mailSent
	}
	for _, l := range []string{"subject", "betreff", "objet", "asunto", "assunto", "oggetto", "onderwerp", "ämne",
		"emne", "temat", "předmět", "predmet", "aihe", "tárgy", "konu", "subiect", "θέμα", "тема", "teema",
		"tēma", "tema", "perihal", "件名", "主题", "제목"} {
		m[l] = mailSubject
	}
	for _, l := range []string{"date", "datum", "data", "fecha", "päivämäärä", "dátum", "tarih", "dată", "дата"} {
		m[l] = mailOther
	}
	return m
}()

// maxMailKey bounds the bytes of a mail header label ("vastaanottaja").
const maxMailKey = 14

// mailKeyKind returns what the label key (as trimKey returns it) names,
// or 0 for no label of the blocks.
func mailKeyKind(key string) mailKind {
	if len(key) < 1 || len(key) > maxMailKey {
		return 0
	}
	var buf [maxMailKey]byte
	for i := 0; i < len(key); i++ {
		buf[i] = toLowerASCII(key[i])
	}
	if k := mailHeaderKeys[string(buf[:len(key)])]; k != 0 {
		return k
	}
	if key[0] < 0x80 {
		return 0
	}
	return mailHeaderKeys[strings.ToLower(key)] // "À", "ΑΠΌ", "ОТ"
}

// mailHeaderLine appends the display names of the sender or recipient
// line whose label key ends at the colon c (its value runs to ve).
func mailHeaderLine(text, key string, ls, c, ve int, k formatKinds, dst []Span) []Span {
	kind := mailKeyKind(key)
	if kind != mailSender && kind != mailRecipient {
		return dst
	}
	lt := strings.IndexByte(text[c+1:ve], '<')
	if lt >= 0 && kind == mailSender && strings.IndexByte(text[c+1:c+1+lt], ',') >= 0 &&
		strings.IndexByte(text[c+1:c+1+lt], '"') < 0 && strings.Count(text[c+1:ve], "<") == 1 {
		// one sender whose name is written "Family, Given" without
		// quotes, as Outlook writes it ("Von: Drössler, Wiebke <w…>")
		return senderBeforeAddress(text, c+1, c+1+lt, ve, k, dst)
	}
	if lt >= 0 && propertyKey(key) {
		return dst // an English From:, To:, Cc: with an address: propertyLine reads it
	}
	if !mailBlockAround(text, ls, ve) {
		return dst
	}
	if lt >= 0 {
		if mailDesk(text[c+1 : c+1+lt]) {
			return dst
		}
		return mailboxNames(text, c+1, ve, k, dst)
	}
	if kind != mailSender {
		return dst
	}
	s, e := trimCell(text, c+1, ve)
	if e-s < 4 || !(isUpper(text[s]) || text[s] >= 0xC0) || strings.IndexByte(text[s:e], ' ') < 0 ||
		strings.Count(text[s:e], " ") > 4 || tradeName(text[s:e]) || deskName(text[s:e]) || mailDesk(text[s:e]) ||
		placeOverlaps(dst, s, e) || knownTownAt(text, s) {
		return dst
	}
	return fieldSpan(text, colPerson, s, e, fmtHeader, k, dst)
}

// mailBlockAround reports whether the line at ls (its end ve) is in a
// mail client's header block: the line after it is Outlook's "Sent:"
// (translated), or one of the three lines before or after it has a
// "Subject:" label. A date alone makes no block: an itinerary has "From:",
// "To:" and "Date:" lines ("From: Luton Airport").
func mailBlockAround(text string, ls, ve int) bool {
	if ve+1 < len(text) && mailLabelLine(text, ve+1) == mailSent {
		return true
	}
	for n, i := 0, ve+1; n < 3 && i < len(text); n++ {
		if mailLabelLine(text, i) == mailSubject {
			return true
		}
		i = lineEndAt(text, i) + 1
	}
	for n, i := 0, ls; n < 3 && i >= 2; n++ {
		i = lastNewlineIn(text[:i-1]) + 1
		if mailLabelLine(text, i) == mailSubject {
			return true
		}
	}
	return false
}

// mailLabelLine returns the kind of the label that starts the line at ls
// with its colon (a space before it allowed: "Objet :"), or 0.
func mailLabelLine(text string, ls int) mailKind {
	end := min(ls+maxMailKey+2, len(text))
	c := strings.IndexByte(text[ls:end], ':')
	if c <= 0 {
		return 0
	}
	return mailKeyKind(strings.TrimRight(text[ls:ls+c], " \u00a0\t"))
}

// senderBeforeAddress appends the display name text[s:lt] of the one
// mailbox of a sender's value (its address from lt, the value's end ve),
// if the address is a person's (not a role's) and the name no desk's or
// trade's.
func senderBeforeAddress(text string, s, lt, ve int, k formatKinds, dst []Span) []Span {
	gt := strings.IndexByte(text[lt:ve], '>')
	if gt < 0 || strings.IndexByte(text[lt:lt+gt], '@') <= 0 || roleKind(text[lt+1:lt+gt]) != emailPlain {
		return dst
	}
	a, b := trimCell(text, s, lt)
	if b-a < 4 || tradeName(text[a:b]) || deskName(text[a:b]) || mailDesk(text[a:b]) {
		return dst
	}
	return fieldSpan(text, colPerson, a, b, fmtHeader, k, dst)
}

// wroteVerbs are the words after the address of the line a mail client
// writes above a quoted message when the sender comes first ("Ann Lee
// <ann@…> schrieb am Di., 3. März 2026, 09:14:"), in its languages:
// German, Hungarian, Finnish, Estonian, Latvian, Lithuanian, Dutch and
// the ones that put the date after the verb.
var wroteVerbs = []string{"schrieb", "ezt írta", "kirjoitti", "kirjutas", "rakstīja", "parašė", "schreef",
	"wrote", "a écrit", "escribió", "ha scritto", "escreveu", "skrev", "napsal", "napísal", "napisał",
	"napisao", "napisala", "je napisal", "έγραψε", "написал", "написала", "написав", "menulis", "a scris"}

// quoteLineSender appends the display name that opens the line at ls
// when the line is a name, an address in angle brackets and a verb of
// wroteVerbs ("Ann Lee <ann@…> schrieb am …:"); key is the line up to
// its first colon, as it is written.
func quoteLineSender(text, key string, ls, ve int, k formatKinds, dst []Span) []Span {
	lt := strings.Index(key, " <")
	if lt < 2 || !(isUpper(text[ls]) || text[ls] >= 0xC0) {
		return dst
	}
	gt := strings.IndexByte(key[lt:], '>')
	if gt < 0 {
		return dst
	}
	rest := strings.TrimLeft(key[lt+gt+1:], " ,")
	for _, v := range wroteVerbs {
		if strings.HasPrefix(rest, v) {
			return senderBeforeAddress(text, ls, ls+lt+1, ve, k, dst)
		}
	}
	return dst
}

// mailDeskWords are words of the display names of a business's desks in
// the languages of the blocks ("Servizio clienti", "Kundenservice",
// "Équipe Ventes"), lower case, that deskName's tables lack.
var mailDeskWords = map[string]bool{
	"service": true, "services": true, "servizio": true, "servicio": true, "serviço": true, "clienti": true,
	"clientes": true, "cliente": true, "client": true, "clients": true, "customer": true, "customers": true,
	"assistenza": true, "kundenservice": true, "kundendienst": true, "vertrieb": true, "atención": true,
	"atendimento": true, "klantenservice": true, "kundtjänst": true, "kundeservice": true, "obsługa": true,
	"asiakaspalvelu": true, "vendas": true, "ventas": true, "vendite": true, "verkoop": true, "myynti": true,
	"support": true, "équipe": true, "equipe": true, "equipo": true, "squadra": true, "redaktion": true,
	"newsletter": true, "buchhaltung": true, "comptabilité": true, "contabilidad": true, "boekhouding": true,
	"müşteri": true, "ügyfélszolgálat": true, "zákaznický": true, "zákaznická": true,
}

// mailDesk reports whether a word of the display name name is one of
// mailDeskWords.
func mailDesk(name string) bool {
	for w := range strings.FieldsSeq(name) {
		if mailDeskWords[strings.ToLower(strings.Trim(w, "\"',"))] {
			return true
		}
	}
	return false
}

// placeOverlaps reports whether a span of dst other than a PERSON overlaps
// text[s:e]: a sender line that names a place (or a town of the
// gazetteer: "De: Ponta Grossa", a freight quote's) is no mailbox.
func placeOverlaps(dst []Span, s, e int) bool {
	for _, sp := range dst {
		if sp.Start < e && sp.End > s && sp.Type != "PERSON" {
			return true
		}
	}
	return false
}
