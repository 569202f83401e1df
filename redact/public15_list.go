package redact

import "strings"

// Names in a list whose lead-in says the list is of public figures: a
// brief's "Influencer shortlist for the spring drop:" above bullets of
// names and handles, "Shortlist (athletes): A, B and C", "Inspiration:
// …", "Liste d'influenceurs :", "Influencer-Auswahl:", "Lista de
// influencers:", "Shortlist ambasciatori:". Ambassadors alone make no
// such list: a brand's ambassadors may be its customers
// (person11_namesake.go). The lead-in is the text of the line before its
// colon; the list is the rest of that line (inline items after ": ",
// ", ") or, when the colon ends the line, the item lines below it up to
// a blank line. A lead-in that also names a private group ("Winners:",
// "Guest list:", "customers", "candidates") is no public list, and a
// customer slot still wins: a customer label before the name
// (personLabelBefore) or an e-mail address or a phone number after it on
// its line.
//
// scoreRun (person.go) asks publicListItem about a PERSON span only when
// the text has a colon and the span stands where a list item starts
// (listSlotAt), and publicListItem reads the contact data after the name
// before the lead-in: most lists with contact data are customers'. The
// verdict on a lead-in is not kept: keeping it in the textScan cost more
// per Find (its reset) than reading a list's lead-in again.

// listSlotAt reports whether the name starting at start may stand where
// an item of a list starts: at the start of a line, or after a space and
// a byte of listSlotKind. It is small enough to inline; publicListItem
// tells a bullet from the end of a sentence (bulletBefore).
func listSlotAt(text string, start int) bool {
	return start >= 2 && (text[start-1] == '\n' || text[start-1] == ' ' && listSlotKind[text[start-2]] != 0)
}

// The kinds of the byte two before a list slot (listSlotKind).
const (
	slotInline = 1 // ',' or ':'
	slotBullet = 2 // the last byte of a bullet: '-', '*', '•', '.' or ')'
)

var listSlotKind = func() (t [256]uint8) {
	t[','], t[':'] = slotInline, slotInline
	for _, c := range []byte{'-', '*', 0xA2, '.', ')'} {
		t[c] = slotBullet
	}
	return t
}()

// bulletBefore reports whether a bullet that opens its line ends two
// bytes before start: "- ", "* ", "• ", or a digit and ". " or ") ".
func bulletBefore(text string, start int) bool {
	switch text[start-2] {
	case '.', ')':
		return start >= 4 && isDigit(text[start-3]) && (start == 4 || text[start-4] == '\n')
	case 0xA2:
		return start >= 4 && text[start-3] == 0x80 && (start == 4 || text[start-5] == '\n')
	}
	return start == 2 || text[start-3] == '\n'
}

// publicListItem reports whether the PERSON span text[start:end], which
// may stand where a list item starts (listSlotAt), does, and is an item
// of a list of public figures (see the file's comment).
//
//go:noinline
func publicListItem(text string, start, end int) bool {
	if text[start-1] == ' ' && listSlotKind[text[start-2]] == slotBullet && !bulletBefore(text, start) {
		return false // "… end. Name", "(see above) Name"
	}
	colon := listLeadColon(text, start)
	return colon >= 0 && !itemContactAfter(text, end) && publicLeadIn(text, colon) && !personLabelBefore(text, start)
}

// listLeadColon returns the colon of the lead-in of the list item that
// starts at start, or -1: the last colon on the item's line before it
// (an inline list, with no sentence end between), else, for an item that
// opens its line, the colon that ends the nearest line above it that
// ends with one, with no blank line between (at most 24 lines up).
func listLeadColon(text string, start int) int {
	i := start - 1
	for ; i >= 0 && text[i] != '\n'; i-- {
		switch text[i] {
		case ':':
			if i+1 < len(text) && text[i+1] == ' ' {
				return i
			}
			return -1 // "9:30", "https:"
		case '.', '!', '?':
			if text[i+1] == ' ' && i != start-2 { // not a numbered item's "1. "
				return -1 // a sentence ends between the lead-in and the item
			}
		}
	}
	if i < 0 || start-i > 5 {
		return -1 // the item opens its line: no more than a bullet before it
	}
	for lines := 0; i > 0 && lines < 24; lines++ {
		e := i // text[e] is the '\n' that ends the line above
		for e > 0 && (text[e-1] == ' ' || text[e-1] == '\r') {
			e--
		}
		if e == 0 || text[e-1] == '\n' {
			return -1 // a blank line: the list has ended above it
		}
		if text[e-1] == ':' {
			return e - 1
		}
		for i--; i >= 0 && text[i] != '\n'; i-- {
		}
	}
	return -1
}

// publicLeadIn reports whether the lead-in before the colon at colon has
// a word of publicListWords among its last six words (before a bracket
// that closes right before the colon: "Shortlist (athletes):") and no
// word of privateListWords on its line. Words are runs of letters; a
// compound's parts ("Influencer-Auswahl", "d'influenceurs") are words of
// their own. A word's first four bytes are tested against listBits first,
// which rules out most words of most lead-ins ("Name", "Subject").
//
//go:noinline
func publicLeadIn(text string, colon int) bool {
	e := colon
	if e > 0 && text[e-1] == ' ' {
		e-- // "Liste d'influenceurs :"
	}
	if e > 0 && text[e-1] == ')' {
		for b := e - 1; b > 0 && e-b < 96 && text[b] != '\n'; b-- {
			if text[b] == '(' {
				e = b
				break
			}
		}
	}
	for words := 0; words < 6 && e > 0; words++ {
		for e > 0 && !listLetter[text[e-1]] {
			if text[e-1] == '\n' {
				return false
			}
			e--
		}
		b := e
		for b > 0 && listLetter[text[b-1]] {
			b--
		}
		if e-b >= 5 {
			if h := listHash(load32(text, b)); listBits[h>>6]>>(h&63)&1 != 0 && listWordAt(text, b, publicListWords) {
				return !privateLeadIn(text, colon)
			}
		}
		e = b
	}
	return false
}

// privateLeadIn reports whether the line before the colon at colon has a
// word of privateListWords.
func privateLeadIn(text string, colon int) bool {
	ls := colon
	for ls > 0 && text[ls-1] != '\n' && colon-ls < 160 {
		ls--
	}
	for i := ls; i < colon; {
		if c := text[i]; c < 0x80 && !isAlpha(c) {
			i++
			continue
		}
		if listWordAt(text, i, privateListWords) {
			return true
		}
		for i < colon && (text[i] >= 0x80 || isAlpha(text[i])) {
			i++
		}
	}
	return false
}

// listWordAt reports whether the word of letters at i, ASCII letters in
// lower case, is a key of table.
func listWordAt(text string, i int, table *strTable) bool {
	var buf [16]byte
	n := lowerWordAt(text, i, &buf)
	if n == 0 {
		return false
	}
	_, _, ok := table.getBytes(buf[:n])
	return ok
}

// listLetter holds the bytes of a lead-in's words: ASCII letters and the
// bytes of other letters' UTF-8 forms.
var listLetter = func() (t [256]bool) {
	for c := range 256 {
		t[c] = c >= 0x80 || isAlpha(byte(c))
	}
	return t
}()

// listHash maps the first four bytes of a word, ASCII capitals folded to
// lower case, to a bit of listBits.
func listHash(w uint32) uint32 {
	return (w | 0x20202020) * 0x9E3779B1 >> (32 - 10)
}

// listBits has the bit of listHash of the first four bytes of each key of
// publicListWords (all have five bytes or more).
var listBits = func() (t [1 << 10 / 64]uint64) {
	for _, k := range publicListKeys {
		h := listHash(load32(k, 0))
		t[h>>6] |= 1 << (h & 63)
	}
	return t
}()

// itemContactAfter reports whether an e-mail address or seven digits
// follow end on its line within 48 bytes: a customer's contact data. A
// handle ("(@name)", " @name") is no contact data in a list of public
// figures, where handles are what the items give.
func itemContactAfter(text string, end int) bool {
	w := text[end:min(len(text), end+48)]
	if nl := strings.IndexByte(w, '\n'); nl >= 0 {
		w = w[:nl]
	}
	for i := 0; ; {
		at := strings.IndexByte(w[i:], '@')
		if at < 0 {
			break
		}
		if at += i; at > 0 && w[at-1] != '(' && w[at-1] != ' ' && w[at-1] != '[' {
			return true
		}
		i = at + 1
	}
	digits := 0
	for i := 0; i < len(w); i++ {
		if isDigit(w[i]) {
			if digits++; digits >= 7 {
				return true
			}
		}
	}
	return false
}

// publicListWords are words of a lead-in that make its list one of public
// figures, lower-cased, in the project's languages.
var publicListWords = func() *strTable {
	m := map[string]bool{}
	for _, k := range publicListKeys {
		m[k] = true
	}
	return boolTable(m)
}()

// publicListKeys are the keys of publicListWords.
var publicListKeys = []string{
	"shortlist", "longlist", "influencer", "influencers", "influenceurs",
	"influenceuses", "influenceur", "influenciadores", "influenciadoras",
	"influencerinnen", "influencerin", "creators", "créateurs", "créatrices",
	"creadores", "creadoras", "criadores", "lineup", "celebrities",
	"celebs", "célébrités", "celebridades", "celebrità", "prominente",
	"promis", "famosos", "famosas", "athletes", "athlètes", "atletas",
	"atleti", "sportler", "sportlerinnen", "inspiration", "inspirations",
	"inspiración", "inspiração", "inspirazione", "inspirace", "inspo",
	"referentes", "referenser", "vorbilder", "idols", "idole", "ídolos",
	"icons", "ikonen", "icônes", "ícones", "youtubers", "tiktokers",
	"streamers", "instagrammers",
}

// privateListWords are words of a lead-in that make its list one of
// private people even beside a word of publicListWords: winners, guests,
// customers, members, applicants ("Shortlist of candidates:",
// "Winners (influencer giveaway):").
var privateListWords = boolTable(map[string]bool{
	"winner": true, "winners": true, "gewinner": true, "gewinnerin": true, "gewinnerinnen": true,
	"gagnant": true, "gagnants": true, "gagnantes": true, "ganador": true, "ganadores": true, "ganadoras": true,
	"ganhador": true, "ganhadores": true, "vincitore": true, "vincitori": true, "winnaar": true, "winnaars": true,
	"vinnare": true, "vinnere": true, "finalists": true, "finalisten": true, "finalistes": true, "finalistas": true,
	"guest": true, "guests": true, "gäste": true, "gästeliste": true, "invités": true, "invitados": true,
	"convidados": true, "invitati": true, "gasten": true, "customer": true, "customers": true, "client": true,
	"clients": true, "kunden": true, "kunde": true, "clientes": true, "clienti": true, "klanten": true,
	"kunder": true, "attendees": true, "participants": true, "teilnehmer": true, "teilnehmende": true,
	"participantes": true, "partecipanti": true, "members": true, "mitglieder": true, "membres": true,
	"miembros": true, "membros": true, "soci": true, "leden": true, "candidates": true, "candidate": true,
	"kandidaten": true, "candidats": true, "candidatos": true, "candidati": true, "applicants": true,
	"bewerber": true, "bewerberinnen": true, "staff": true, "team": true, "employees": true, "patients": true,
	"students": true, "volunteers": true, "nominees": true, "entrants": true, "subscribers": true,
	"micro": true, "local": true, "lokale": true, "locales": true, "locaux": true,
})
