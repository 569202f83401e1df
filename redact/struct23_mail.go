package redact

import "strings"

// A weak cue ("Contact:", "Contacto de la reserva:", "Contact for
// approval:") heads a customer's record as often as a business's contact
// line (struct23). With a role address, or with two other items (a street
// and a phone), the chain stays the business's; an e-mail whose local
// part is a person's name ("ana.silva@", "jdoe@", "camilleb@") on no desk
// is a person's contact, whatever its domain (a national ISP's addresses
// are as private as a webmail provider's), and keeps the chain masked.

// chainPersonalMail reports whether one of the chain's e-mail addresses
// has a local part that reads as a person's name (personalLocal).
func chainPersonalMail(text string, cands []Span, idx []uint8) bool {
	for _, k := range idx {
		if s := &cands[k]; s.Type == "EMAIL_ADDRESS" && personalLocal(text[s.Start:s.End]) {
			return true
		}
	}
	return false
}

// personalLocal reports whether the local part of the address e holds a
// given or family name of the gazetteers as one of its first three parts
// (split at '.', '_', '-' and digits), alone or followed by up to three
// initials ("annab@", "mkowalski@" is read as "m" and "kowalski" only when
// separated, so a one-letter part is skipped). A role's local part is no
// person's.
func personalLocal(e string) bool {
	at := strings.IndexByte(e, '@')
	if at <= 1 || at > 48 || roleKind(e) != emailPlain {
		return false
	}
	l := e[:at]
	var buf [32]byte
	for i, parts := 0, 0; i < len(l) && parts < 3; {
		j := i
		for j < len(l) && isLower(l[j]|0x20) {
			j++
		}
		if j == i {
			i++ // a separator or a digit
			continue
		}
		parts++
		w := l[i:j]
		i = j
		if len(w) < 3 || len(w) > len(buf) {
			continue
		}
		for cut := 0; cut <= 3 && len(w)-cut >= 4 || cut == 0; cut++ {
			if personalWord(w[:len(w)-cut], &buf) {
				return true
			}
		}
	}
	return false
}

// personalWord reports whether w (ASCII letters), capitalised, is a given
// or family name of the gazetteers and no stop word, city or common word.
func personalWord(w string, buf *[32]byte) bool {
	n := copy(buf[:], w)
	for k := range n {
		buf[k] |= 0x20
	}
	buf[0] &^= 0x20
	f := nameFlagsOf(string(buf[:n]))
	return f&(nameGiven|nameFamily) != 0 && f&(nameStop|nameCity|nameAmbiguous) == 0
}

// A repair or service desk's local part in more languages (struct23):
// Polish "serwis@", Czech and Slovak "servis@", Italian "assistenza@",
// Spanish "asistencia@" and "reparaciones@", German "reparatur@",
// Finnish "huolto@", Nordic "verksted@", "verkstad@", "verksted@". Like
// the rest of roleLocalParts they make an address a business's only in a
// contact chain, after a cue or as a mail header's addressee ("Do:").
func init() {
	for _, w := range []string{
		"serwis", "servis", "servisi", "servizio", "servicio", "servico", "servicos", "assistenza", "asistencia",
		"assistencia", "assistance", "reparaciones", "reparacoes", "riparazioni", "reparatur", "reparaturen",
		"naprawy", "opravy", "huolto", "verksted", "verkstad", "vaerksted", "werkplaats",
	} {
		roleLocalParts.or(w, 1)
	}
}
