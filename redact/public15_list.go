package redact

// Names in a list whose lead-in says the list is of public figures: a
// brief's "Influencer shortlist for the spring drop:" above bullets of
// names and handles, "Shortlist (athletes): A, B and C", "Ambassadors we
// are considering:", "Inspiration: …", "Liste d'influenceurs :",
// "Influencer-Auswahl:", "Lista de influencers:", "Shortlist
// ambasciatori:". The lead-in is the text of the line before its colon;
// the list is the rest of that line (inline items after ": ", ", ") or,
// when the colon ends the line, the item lines below it up to a blank
// line. A lead-in that also names a private group ("Winners:", "Guest
// list:", "customers", "candidates") is no public list, and a customer
// slot still wins: a customer label before the name (personLabelBefore)
// or an e-mail address or a phone number after it on its line.
//
// scoreRun (person.go) asks publicListItem about a PERSON span only when
// the text has a colon and the span stands where a list item starts
// (listSlotAt); the verdict on a lead-in is kept in the textScan
// (listColon, listPublic), so each lead-in is read once per text.

// listSlotAt reports whether the name starting at start stands where an
// item of a list starts: after ": " or ", " (inline), or at the start of
// a line, after a bullet ("- ", "* ", "• ") or none.
func listSlotAt(text string, start int) bool {
	if start < 2 {
		return false
	}
	switch text[start-1] {
	case '\n':
		return true
	case ' ':
		c := text[start-2]
		return c == ',' || c == ':' || (c == '-' || c == '*' || c == 0xA2) && (start == 2 || text[start-3] == '\n' || text[start-3] == 0x80)
	}
	return false
}

// publicListItem reports whether the PERSON span text[start:end], which
// stands where a list item starts (listSlotAt), is an item of a list of
// public figures (see the file's comment).
//
//go:noinline
func publicListItem(sc *textScan, start, end int) bool {
	text := sc.text
	colon := listLeadColon(text, start)
	if colon < 0 {
		return false
	}
	if sc.listColon != colon+1 {
		sc.listColon, sc.listPublic = colon+1, publicLeadIn(text, colon)
	}
	return sc.listPublic && !personLabelBefore(text, start) && !itemContactAfter(text, end)
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
			if text[i+1] == ' ' {
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

// publicLeadIn reports whether the lead-in before the colon at colon (the
// text of its line before it) has a word of publicListWords and none of
// privateListWords. Words are runs of letters; a compound's parts
// ("Influencer-Auswahl", "d'influenceurs") are words of their own.
func publicLeadIn(text string, colon int) bool {
	ls := colon
	for ls > 0 && text[ls-1] != '\n' && colon-ls < 120 {
		ls--
	}
	public := false
	var buf [16]byte
	for i := ls; i < colon; {
		c := text[i]
		if c < 0x80 && !isAlpha(c) {
			i++
			continue
		}
		n := lowerWordAt(text, i, &buf)
		j := i
		for j < colon && (text[j] >= 0x80 || isAlpha(text[j])) {
			j++
		}
		if n > 0 {
			w := string(buf[:n])
			if privateListWords.has(w) {
				return false
			}
			public = public || publicListWords.has(w)
		}
		i = j
	}
	return public
}

// itemContactAfter reports whether an e-mail address or seven digits
// follow end on its line within 48 bytes: a customer's contact data. A
// handle ("(@name)", " @name") is no contact data in a list of public
// figures, where handles are what the items give.
func itemContactAfter(text string, end int) bool {
	digits := 0
	for i := end; i < min(len(text), end+48); i++ {
		switch c := text[i]; {
		case c == '\n':
			return false
		case c == '@':
			if p := text[i-1]; p != '(' && p != ' ' && p != '[' {
				return true
			}
		case isDigit(c):
			if digits++; digits >= 7 {
				return true
			}
		}
	}
	return false
}

// publicListWords are words of a lead-in that make its list one of public
// figures, lower-cased, in the project's languages.
var publicListWords = boolTable(map[string]bool{
	"shortlist": true, "longlist": true, "influencer": true, "influencers": true, "influenceurs": true,
	"influenceuses": true, "influenceur": true, "influenciadores": true, "influenciadoras": true,
	"influencerinnen": true, "influencerin": true, "creators": true, "créateurs": true, "créatrices": true,
	"creadores": true, "creadoras": true, "criadores": true, "ambassadors": true, "ambassadeurs": true,
	"ambassadrices": true, "botschafter": true, "botschafterinnen": true, "markenbotschafter": true,
	"embajadores": true, "embajadoras": true, "embaixadores": true, "embaixadoras": true, "ambasciatori": true,
	"ambasciatrici": true, "ambassadörer": true, "ambassadører": true, "lineup": true, "celebrities": true,
	"celebs": true, "célébrités": true, "celebridades": true, "celebrità": true, "prominente": true,
	"promis": true, "famosos": true, "famosas": true, "athletes": true, "athlètes": true, "atletas": true,
	"atleti": true, "sportler": true, "sportlerinnen": true, "inspiration": true, "inspirations": true,
	"inspiración": true, "inspiração": true, "inspirazione": true, "inspirace": true, "inspo": true,
	"referentes": true, "referenser": true, "vorbilder": true, "idols": true, "idole": true, "ídolos": true,
	"icons": true, "ikonen": true, "icônes": true, "ícones": true, "youtubers": true, "tiktokers": true,
	"streamers": true, "instagrammers": true,
})

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
