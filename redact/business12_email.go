package redact

import (
	"math/bits"
	"strings"
)

// Role addresses (issue 9): info@, hello@, kontakt@, reservas@ on a
// business's own domain reach a desk, not a person. Alone such an address
// stays reported ("my email address is info@…" may be anyone's, and a
// one-person business writes its own so); in a business's contact chain
// with another contact item, or after a cue, it tells the chain is the
// business's (business12_block.go). An address on a webmail provider's
// domain is a person's as often as a shop's: it keeps its chain masked.

// Kinds of an e-mail address for businessDemote.
const (
	emailPlain   = iota // a person's or unknown
	emailRole           // a role's local part on a domain no webmail provider owns
	emailWebmail        // on a webmail provider's domain
	emailNoReply        // a mailer's "noreply@": a business's, alone too
)

// roleLocalParts are the local parts of role addresses, lower case, in
// the languages of the issue and more.
var roleLocalParts = boolTable(map[string]bool{
	"info": true, "hello": true, "hi": true, "hey": true, "contact": true, "contacts": true, "booking": true,
	"bookings": true, "book": true, "reception": true, "enquiries": true, "enquiry": true, "inquiries": true,
	"sales": true, "support": true, "office": true, "team": true, "admin": true, "noreply": true,
	"no-reply": true, "donotreply": true, "mail": true, "post": true, "service": true, "care": true,
	"customercare": true, "customerservice": true, "help": true, "press": true, "media": true, "events": true,
	"orders": true, "order": true, "shop": true, "store": true, "hr": true, "jobs": true, "careers": true,
	"marketing": true, "partnerships": true, "billing": true, "accounts": true, "reservations": true,
	"general": true, "studio": true, "clinic": true, "practice": true, "frontdesk": true, "welcome": true,
	"social": true, "newsletter": true, "feedback": true, "returns": true, "hallo": true, "kontakt": true,
	"anfrage": true, "anfragen": true, "buero": true, "büro": true, "praxis": true, "werkstatt": true,
	"bestellung": true, "kundenservice": true, "bonjour": true, "accueil": true, "commandes": true,
	"reservation": true, "dons": true, "hola": true, "reservas": true, "reserva": true, "contacto": true,
	"ventas": true, "pedidos": true, "atencion": true, "ciao": true, "contatti": true, "prenotazioni": true,
	"ordini": true, "stampa": true, "servizioclienti": true, "vendite": true, "geral": true,
	"atendimento": true, "contato": true, "reservar": true, "klantenservice": true, "hej": true,
	"kundservice": true, "kundeservice": true, "kundtjanst": true, "bestilling": true, "asiakaspalvelu": true,
	"biuro": true, "zamowienia": true, "kontakty": true, "recepcja": true, "iletisim": true, "bilgi": true,
	"merhaba": true, "ahoj": true, "szia": true,
	// (read16c) greetings of more languages as a desk's local part: Estonian,
	// Finnish, Latvian/Lithuanian, Polish, Croatian/Serbian/
	// Slovene, Basque and Swahili ("ola", a given name, left out)
	"tere": true, "moi": true, "sveiki": true, "witam": true, "zdravo": true,
	"kaixo": true, "jambo": true, "helpdesk": true, "servicedesk": true, "enquire": true,
	// business13: desks of clubs, schools and shops in more languages
	"secretariat": true, "secretariaat": true, "secretariado": true, "secretaria": true, "segreteria": true,
	"sekretariat": true, "sekretariaatti": true, "sekreterlik": true, "secretary": true, "registrar": true,
	"registraire": true, "registration": true, "registrations": true, "inscriptions": true,
	"inscripciones": true, "inscricoes": true, "iscrizioni": true, "anmeldung": true, "admissions": true,
	"admission": true, "admisiones": true, "ammissioni": true, "tasting": true, "tastings": true,
	"degustation": true, "degustazioni": true, "degustacion": true, "degustaciones": true,
	"verkostung": true, "proeverij": true, "kontor": true, "kontoret": true, "toimisto": true,
	"kancelar": true, "kancelaria": true, "ured": true, "ufficio": true, "oficina": true,
	"escritorio": true, "bureau": true, "kantoor": true, "club": true, "klub": true, "kulup": true,
	"receptie": true, "recepcion": true, "recepcao": true, "recepce": true, "recepcija": true,
	"receptia": true, "rezervace": true, "rezerwacje": true, "rezervacije": true, "rezervari": true,
	"prenotazione": true, "buchung": true, "buchungen": true, "bokning": true, "reserveringen": true,
	"tienda": true, "negozio": true, "loja": true, "sklep": true, "butik": true, "winkel": true,
	"laden": true, "bestellungen": true, "commande": true, "pedido": true, "encomendas": true,
	"tilaukset": true, "objednavky": true, "narudzbe": true, "siparis": true, "comenzi": true,
	"salut": true, "hoi": true, "hei": true, "moin": true, "servus": true, "czesc": true, "salve": true,
	"equipe": true, "equipo": true, "squadra": true, "ekipa": true, "membership": true, "members": true,
	"membres": true, "mitglieder": true, "leden": true, "ledenadministratie": true, "soci": true,
	"socios": true, "school": true, "schule": true, "escola": true, "escuela": true, "scuola": true,
	"informacion": true, "informazioni": true, "informacje": true, "informace": true, "verkauf": true,
	"vertrieb": true, "vendas": true, "salg": true, "myynti": true, "prodej": true, "satis": true,
	"treasurer": true, "tresorier": true, "penningmeester": true, "kassier": true, "vorstand": true,
	"bestuur": true, "board": true, "direction": true, "direccion": true, "direzione": true,
	"webmaster": true, "postmaster": true, "privacy": true, "datenschutz": true, "dpo": true,
	"finance": true, "accounting": true, "invoices": true, "facturacion": true, "rechnungen": true,
	"fatture": true, "eventi": true, "eventos": true, "evenementen": true, "veranstaltungen": true,
	"hire": true, "rentals": true, "verhuur": true, "vermietung": true, "alquiler": true, "noleggio": true,
})

// webmailDomains are the domains, lower case, of webmail providers whose
// addresses anyone may hold (the label before the top-level label, or
// the whole domain for national providers).
var webmailDomains = boolTable(map[string]bool{
	"gmail": true, "googlemail": true, "yahoo": true, "ymail": true, "hotmail": true, "outlook": true,
	"live": true, "msn": true, "icloud": true, "me.com": true, "mac.com": true, "aol": true, "gmx": true,
	"web.de": true, "t-online": true, "freenet": true, "orange": true, "free.fr": true, "laposte": true,
	"wanadoo": true, "sfr": true, "libero": true, "virgilio": true, "tiscali": true, "alice": true,
	"proton": true, "protonmail": true, "pm.me": true, "yandex": true, "mail.ru": true, "qq": true,
	"163": true, "126": true, "seznam": true, "wp.pl": true, "o2.pl": true, "onet": true, "interia": true,
	"btinternet": true, "sky": true, "virginmedia": true, "talktalk": true, "bigpond": true, "rediffmail": true,
	"zoho": true, "fastmail": true, "mail.com": true, "inbox": true, "telenet": true, "ziggo": true,
	"kpnmail": true, "hetnet": true, "planet": true, "bluewin": true, "terra": true, "uol": true, "bol": true,
	"sapo": true, "telia": true, "online.no": true, "comcast": true, "verizon": true, "att": true,
	"sbcglobal": true, "shaw": true, "rogers": true, "sympatico": true, "xtra": true, "tutanota": true,
})

// roleKind returns emailRole or emailNoReply when the local part of e
// is a role's, else emailPlain; it reads no domain. A first byte and
// length no role has (nor any spelling of "noreply") end it before any
// lookup; the local part's separators are found eight bytes at a time.
func roleKind(e string) int {
	at := strings.IndexByte(e, '@') // an address has one
	if at <= 1 || at > 32 {
		return emailPlain
	}
	c := e[0] | 0x20
	sep := -1 // not looked for yet
	if !roleLocalParts.maybeBytes(c, at) && !noReplyLen(c, at) {
		// "info.de@", "hello-uk@", "reservas.madrid@": a role and a market
		if sep = localSep(e, at); sep == 0 || !roleLocalParts.maybeBytes(c, sep) {
			return emailPlain
		}
	}
	var buf [32]byte
	l := lowerASCII(e[:at], &buf)
	switch l {
	case "noreply", "no-reply", "donotreply", "do-not-reply", "no_reply":
		return emailNoReply // a mailer's sender: no one reads it
	}
	if roleLocalParts.has(l) {
		return emailRole
	}
	if sep < 0 {
		sep = localSep(e, at)
	}
	if sep > 0 && roleLocalParts.has(l[:sep]) {
		return emailRole
	}
	return emailPlain
}

// noReplyLen reports whether a local part of first byte c (lower case)
// and length n may spell "noreply" (roleKind's switch).
func noReplyLen(c byte, n int) bool {
	return c == 'n' && (n == 7 || n == 8) || c == 'd' && (n == 10 || n == 12)
}

// localSep returns the position of the first '.', '-' or '_' in
// e[1:at] (a role and a market: "info.de@"), or 0. It reads eight bytes
// at a time while e has them (the domain after e[at] is read and passed
// over); a byte equal to one of them is a zero byte of x xor it, and the
// lowest one that (v - 0x01…) &^ v & 0x80… marks is exact.
func localSep(e string, at int) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	k := 1
	for ; k < at && k+8 <= len(e); k += 8 {
		x := load64(e, k)
		a, b, d := x^('.'*ones), x^('-'*ones), x^('_'*ones)
		if m := ((a-ones)&^a | (b-ones)&^b | (d-ones)&^d) & highs; m != 0 {
			if j := k + bits.TrailingZeros64(m)>>3; j < at {
				return j
			}
			return 0
		}
	}
	for ; k < at; k++ {
		if bizBytes[e[k]]&bbLocalSep != 0 {
			return k
		}
	}
	return 0
}

// emailKind returns the kind of the e-mail address e.
func emailKind(e string) int {
	at := strings.LastIndexByte(e, '@')
	if at <= 0 || at+1 >= len(e) {
		return emailPlain
	}
	var buf [32]byte
	dom := e[at+1:]
	if len(dom) <= len(buf) {
		d := lowerASCII(dom, &buf)
		if webmailDomains.has(d) {
			return emailWebmail
		}
		// the label before the top-level one(s): "gmail" of "gmail.com",
		// "yahoo" of "yahoo.co.uk"
		for s := 0; s < len(d); {
			k := strings.IndexByte(d[s:], '.')
			if k < 0 {
				break // the top-level label
			}
			if webmailDomains.has(d[s : s+k]) {
				return emailWebmail
			}
			s += k + 1
		}
	}
	return roleKind(e)
}
