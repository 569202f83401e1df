package redact

import "strings"

// "Our business is <name>, <chain>" (issue 9, session 19): a writer
// introduces the business the prompt is for with "our" and a generic
// word for it ("Our business is …", "Our org is …", "Unser Betrieb ist
// …", "Notre association est …", "Nuestra empresa es …") and its name,
// then its street, town, postcode and phone. business14's "<org word> is
// <name>," reads a trade's or a premises' word before the copula ("the
// farm is …", "our café is …"); these generic words name no trade and
// may pass no gate of business12, so businessChain asks ourOrgIs before
// its gate. The chain then counts as one that goes on a business's
// (businessChain's after): every guard still holds, a person the detector
// found in the clause, "my", "her", "deliver to", a customer's word. It
// wants the possessive "our" (of the languages below) right before the
// word and the clause's start before them: "her company is …", "the
// client's business is …" stay masked. It costs a few byte tests per
// chain with no evidence yet (a ", " before the chain's first item, then
// a backward read of at most six words).

// ourOrgWords are the generic words for a business, lower case.
var ourOrgWords = boolTable(map[string]bool{
	"business": true, "company": true, "org": true, "organisation": true, "organization": true, "firm": true,
	"charity": true, "nonprofit": true, "non-profit": true, "agency": true, "brand": true, "startup": true,
	"co-op": true, "cooperative": true, "unternehmen": true, "firma": true, "betrieb": true, "verein": true,
	"entreprise": true, "société": true, "association": true, "empresa": true, "negocio": true,
	"negócio": true, "asociación": true, "associação": true, "azienda": true, "ditta": true, "società": true,
	"associazione": true, "bedrijf": true, "zaak": true, "vereniging": true, "företag": true,
	"förening": true, "virksomhed": true, "forening": true, "bedrift": true, "yritys": true, "firmy": true,
})

// ourWords are "our" before such a word; ourCopulas the copula after it.
var (
	ourWords = boolTable(map[string]bool{
		"our": true, "unser": true, "unsere": true, "unser's": true, "notre": true, "nuestro": true, "nuestra": true,
		"nosso": true, "nossa": true, "nostro": true, "nostra": true, "ons": true, "onze": true, "vår": true,
		"vårt": true, "vores": true, "vort": true,
	})
	ourCopulas = boolTable(map[string]bool{
		"is": true, "ist": true, "est": true, "es": true, "é": true, "è": true, "är": true, "er": true,
	})
)

// ourOrgIs reports whether the chain that starts at first follows "<our>
// <org word> <copula> <name>, " at its clause's start (see above).
func ourOrgIs(text string, first int) bool {
	if first < 24 || text[first-2] != ',' || text[first-1] != ' ' {
		return false
	}
	// the name: capitalised words (and particles) back from the comma
	e, caps := first-2, 0
	for n := 0; n < deskMaxWords; n++ {
		s := e
		for s > 0 && text[s-1] != ' ' && text[s-1] != '\n' {
			s--
		}
		if s == 0 || text[s-1] == '\n' || s == e {
			return false
		}
		w := text[s:e]
		if upperAt(w, 0) {
			caps++
			e = s - 1
			continue
		}
		if caps == 0 || !deskParticle(w) {
			// the copula, then the org word and "our"
			return ourLead(text, s, e)
		}
		e = s - 1
	}
	return false
}

// ourLead reports whether text[s:e] is a copula after "<our> <org word>"
// that open the clause (text's or a line's start, or a sentence's end).
func ourLead(text string, s, e int) bool {
	var buf [32]byte
	if e-s > 3 || !ourCopulas.has(lowerASCII(text[s:e], &buf)) {
		return false
	}
	var ws [2]string
	p := s - 1
	for k := range ws {
		q := p
		for q > 0 && text[q-1] != ' ' && text[q-1] != '\n' {
			q--
		}
		if q == p || p-q > len(buf) {
			return false
		}
		ws[k] = lowerASCII(text[q:p], &buf)
		if k == 0 && !ourOrgWords.has(ws[k]) || k == 1 && !ourWords.has(ws[k]) {
			return false
		}
		p = q - 1
	}
	// the clause opens before "our"
	if p < 0 || text[p] == '\n' {
		return true
	}
	b := strings.TrimRight(text[max(0, p-2):p+1], " ")
	return b != "" && strings.ContainsAny(b[len(b)-1:], ".!?:;\n")
}
