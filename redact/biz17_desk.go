package redact

import "strings"

// A business's desk named in the text (issue 9, session 19). A role
// address (business12_email.go) alone stays reported: "my e-mail is
// info@…" may be a one-person business's owner. Writers show two more
// forms that tell a desk, not a person, and emailDesk reads them:
//   - a mail header's display name with no person in it right before the
//     address in angle brackets: "From: Payroll Team <payroll@…>", "Von:
//     Reitschule Sonnental <info@…>", "… Member Desk <members@…> wrote:";
//   - a domain spelled by a run of two to six capitalised words of the
//     text, a business's name: "Lakeview Pottery … hello@lakeviewpottery…",
//     "Casa do Bolo … encomendas@casadobolo…".
// deskNames reads the same two forms the other way: a name the person
// detector found that such an address displays or spells is the
// business's ("Heron Air", "Casa do Bolo Ltda") when a business's word
// is in it (a trade, a legal form, a carrier's or a role's word).
// Either makes the address count as a business's alone (as a mailer's
// "noreply@" does in businessChain): its chain is then the business's,
// and every guard of businessChain still holds (a person in the chain or
// its head, "deliver to", "my", a customer's word keep it masked).
// It fails closed: only a role's local part (no "anna@", "a.berg@"); a
// display name that holds a person the person detector found, or that
// opens with a given name of the gazetteers, is a person's; a run of words
// that a person the detector found overlaps is a person's name. It costs
// nothing on a text without a role address; with one, a scan of the text
// for the domain's first letter at a capital.

// roleLocal17 are role local parts the writers use that
// roleLocalParts lacked: desks of pay, operations, news, parties,
// subscriptions, claims, communications, boards and studies in several
// languages.
const roleLocal17 = `
	payroll paie nomina nominas lohn loon lonn lon palkat
	ops operations operaciones operazioni betrieb drift
	news nieuws nachrichten noticias notizie nyheter uutiset aktualnosci
	newsletters nyhetsbrev
	party parties fest feste fiesta fiestas festa feest kalas juhlat
	subs subscriptions subscription abo abonnement abonnements suscripciones abbonamenti assinaturas prenumeration
	claims claim skador skade skadeservice schaden schadensmeldung sinistres siniestros sinistri schade
	comunicacion comunicaciones comunicazione comunicacao communications communication kommunikation
	communicatie viestinta
	fanclub fans
	styrelsen styrelse bestyrelsen bestyrelse styret hallitus zarzad
	memberservices memberservice membercare
	studijne studijni studium studies studieadministration studentservice studentservices
	tickets ticketing kassa taquilla biglietteria billetterie
	catering verhuur hire
`

var _ = func() bool {
	for w := range strings.FieldsSeq(roleLocal17) {
		roleLocalParts.or(w, 1)
	}
	return true
}()

// deskMaxWords bounds the words of a display name or of a domain's run.
const deskMaxWords = 6

// emailDesk reports whether s, a role address of text, is the desk of a
// business the text names (see above); ppl are the people found.
func emailDesk(text string, cands []Span, ppl []uint8, s *Span) bool {
	return displayDesk(text, cands, ppl, s.Start) || domainNamed(text, cands, ppl, s)
}

// displayDesk reports whether the address at at follows "<" and a display
// name of capitalised words (and lower-case particles: "Idiomas del
// Sol") with no person in it.
func displayDesk(text string, cands []Span, ppl []uint8, at int) bool {
	if at < 2 || text[at-1] != '<' {
		return false
	}
	e := at - 1
	for e > 0 && (text[e-1] == ' ' || text[e-1] == '"') {
		e--
	}
	ns, caps := e, 0
	for n := 0; n < deskMaxWords; n++ {
		k := ns
		for k > 0 && text[k-1] == ' ' {
			k--
		}
		ws := k
		for ws > 0 && text[ws-1] != ' ' && text[ws-1] != '\n' && text[ws-1] != '"' {
			ws--
		}
		w := text[ws:k]
		if w == "" || strings.ContainsAny(w, ":,;<>@()[]") {
			break // the line's start, a header's label, a date's comma
		}
		if upperAt(w, 0) {
			caps++
		} else if !deskParticle(w) {
			break
		}
		ns = ws
	}
	for ns < e && text[ns] == ' ' {
		ns++
	}
	if caps == 0 || ns >= e || !upperAt(text, ns) {
		return false
	}
	return !givenNameAt(text, ns, e) && !personAbove(cands, ppl, ns, e)
}

// deskParticle reports the lower-case words a business's name holds
// between its capitalised ones.
func deskParticle(w string) bool {
	switch w {
	case "de", "del", "della", "di", "da", "das", "do", "dos", "du", "des", "la", "le", "les", "los",
		"van", "von", "der", "den", "het", "of", "the", "and", "&", "y", "e", "et", "und", "og", "och":
		return true
	}
	return false
}

// domainNamed reports whether a label of the domain of s (before the
// top-level one, hyphens dropped: "sonnental-reiten") is spelled by a run
// of two to deskMaxWords words of text, the first capitalised, that no
// person found overlaps.
func domainNamed(text string, cands []Span, ppl []uint8, s *Span) bool {
	return anyLabel(text[s.Start:s.End], func(l string) bool { return runSpells(text, cands, ppl, l) })
}

// anyLabel reports whether f holds for a label of the domain of the
// address e before its top-level one, lower case, hyphens dropped, of six
// to 39 bytes.
func anyLabel(e string, f func(string) bool) bool {
	dom := e[strings.LastIndexByte(e, '@')+1:]
	var buf [40]byte
	for {
		k := strings.IndexByte(dom, '.')
		if k < 0 {
			return false // the top-level label
		}
		l := buf[:0]
		for j := 0; j < k && len(l) < len(buf); j++ {
			if c := dom[j]; c != '-' {
				l = append(l, c|0x20)
			}
		}
		if len(l) >= 6 && len(l) < len(buf) && f(string(l)) {
			return true
		}
		dom = dom[k+1:]
	}
}

// runSpells reports whether label (lower case ASCII) is spelled by a run
// of words of text as domainNamed wants.
func runSpells(text string, cands []Span, ppl []uint8, label string) bool {
	up := label[0] &^ 0x20
	for i := 0; i < len(text); i++ {
		if text[i] != up || i > 0 && wordByte(text[i-1]) {
			continue
		}
		if end, words := spellRun(text, i, label); words >= 2 && !personAbove(cands, ppl, i, end) {
			return true
		}
	}
	return false
}

// spellRun matches label against the words of text from i (ASCII letters
// and digits compared without case, one space or hyphen between words)
// and returns the run's end and its word count when the label ends with
// a word, else 0 words.
func spellRun(text string, i int, label string) (int, int) {
	j, words := 0, 0
	for words < deskMaxWords {
		k := i
		for k < len(text) && j < len(label) && (text[k]|0x20) == label[j] && wordByte(text[k]) {
			k++
			j++
		}
		if k == i || k < len(text) && wordByte(text[k]) {
			return 0, 0 // no match, or a word longer than the label's rest
		}
		words++
		if j == len(label) {
			return k, words
		}
		if k+1 >= len(text) || text[k] != ' ' && text[k] != '-' {
			return 0, 0
		}
		i = k + 1
	}
	return 0, 0
}

// deskNameReason is the reason of a person's span demoted as the name of
// a business's desk: a fixed string.
const deskNameReason = "name of a business that its own role e-mail address spells or displays, not a person's"

// deskNames lowers the people found (ppl, indexes of cands) that name the
// business of m, a role address: the display name right before
// "<address>" ("Von: Reitschule Sonnental <info@…>"), or a run that
// spells the address's domain ("Heron Air … ops@heronair…", "Casa do Bolo
// Ltda … loja@casadobolo…", a legal form after the run). A name with no
// business's word in it (personShaped) may be a one-person business's
// owner ("Anna Berg <info@annaberg…>") and stays. businessChain calls it
// for a role address only, before its guards read the people.
func deskNames(text string, cands []Span, ppl []uint8, m *Span) {
	e := text[m.Start:m.End]
	if emailKind(e) != emailRole {
		return // a webmail domain spells no business
	}
	for _, p := range ppl {
		s := &cands[p]
		if s.Score < DefaultMinScore || s.End > m.Start && s.Start < m.End {
			continue
		}
		if (deskDisplay(text, s.End, m.Start) || deskSpells(text, s, e)) && !personShaped(text[s.Start:s.End]) {
			s.Score = premisesScore
			s.Reason = deskNameReason
		}
	}
}

// deskDisplay reports whether only spaces, a quote mark and "<" stand
// between a name ending at end and an address starting at at.
func deskDisplay(text string, end, at int) bool {
	if at <= end || at-end > 4 || text[at-1] != '<' {
		return false
	}
	return strings.Trim(text[end:at-1], ` "`) == ""
}

// deskSpells reports whether a label of the domain of the address e is
// spelled by the words of s, or by s's words before a legal form that
// ends it ("… Ltda").
func deskSpells(text string, s *Span, e string) bool {
	return anyLabel(e, func(l string) bool {
		end, words := spellRun(text, s.Start, l)
		return words >= 2 && (end == s.End || end < s.End && text[end] == ' ' && legalFormWord(text[end+1:s.End]))
	})
}

// personShaped reports whether name may be a person's: it holds no
// business's word, that is no trade or premises word (after a first word
// that is no given name: "Ingrid Winkel" is a person's), no legal form, no
// carrier's word ("Air", "Airways": airlines are named "<word> Air"), no
// role's word opening it that no gazetteer holds as a name
// ("Reservations …"; "Post", "Winkel" are family names), does not open with a capitalised common
// word ("Casa …") and holds a given or a family name of the gazetteers
// (a name of words no gazetteer knows, "Reitstall Birkengrund", that the
// address displays or spells is its business's). A one-person business
// named after its owner ("Anna Berg", "Lisa Holm") stays a person's.
func personShaped(name string) bool {
	if f := strings.IndexByte(name, ' '); f > 0 && nameFlagsOf(name[:f])&nameGiven == 0 && tradeName(name) {
		return false // "Gioielleria Marchetti"; not "Ingrid Winkel" (a given name, then a trade's word)
	}
	var buf [32]byte
	first, named := true, false
	for w := range strings.FieldsSeq(name) {
		f := nameFlagsOf(w)
		personal := f&(nameGiven|nameFamily|nameAmbiguous) != 0
		if first && f&nameStop != 0 {
			return false
		}
		named = named || personal
		if len(w) > len(buf) {
			first = false
			continue
		}
		lw := lowerASCII(w, &buf)
		if legalFormWord(w) || first && !personal && roleLocalParts.has(lw) {
			return false // "… Ltda", "Reservations …" (not "Post", "Winkel": family names)
		}
		first = false
		switch lw {
		case "air", "airlines", "airline", "airways", "aviation", "charter", "charters":
			return false
		}
	}
	return named
}
