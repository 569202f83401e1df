package redact

import (
	"math/bits"
	"strings"
)

// A business's own contact data is no customer's personal data (issue 9:
// "the allow list wins (… the company's own address)"). Marketing prompts
// end with the sender's sign-off, footer or contact line ("Sign off as the
// team at …, 12 Mill Road, … 0161 …", "Absender: …", "Customer care:
// 0800 …, care@…", "Firma: …, via …, tel. …"), and premisesDemote
// (address_premises.go) only reads the cue right before an address.
// businessDemote reads a contact chain as a whole: the addresses,
// postcodes, towns, phone numbers and e-mails that follow one another on a
// line with only separators and contact labels between them ("tel.",
// "ph", "or"). A chain is the business's when
//   - one of its addresses was demoted as a business's premises already,
//   - its head (the words before it in its sentence, or the line above a
//     chain that opens its line) names a business's sign-off, footer,
//     sender, service line or premises, invites the reader ("call us",
//     "our office"), or names a business (a legal form, a trade word, a
//     brand written in camel case, "X & Y"),
//   - or it holds a role address (info@, hello@, kontakt@ …) on a domain
//     no webmail provider owns, and another contact item;
// and it falls under DefaultMinScore then (premisesScore, a fixed
// reason). It fails closed: a person the person detector found in the
// head or the chain, a title, a customer's or a delivery's word ("ship
// to", "customer", "lives"), a possessive of the reader's or one person's
// ("your", "my", "her"), an address label with no business cue before it
// ("Address: …"), a mobile's label, or an address on a webmail domain
// keeps the whole chain masked.

// businessReason is the reason of a span demoted as a business's contact
// data: a fixed string.
const businessReason = "contact data of a business (its sign-off, footer or contact line), not a person's"

// Kinds of the words of bizTable.
const (
	bizCue      = 1 << iota // names a sign-off, footer, sender, service line: the chain is the business's
	bizWeak                 // "contact", "info": a cue only with a business's name or a role address
	bizGuard                // a customer, a delivery, a person: the chain stays masked
	bizAddr                 // an address label: a guard unless a cue came before it
	bizCustomer             // "customer", "client": a guard unless a service word is next to it
	bizService              // "service", "care": turns "customer" into a service line
	bizConn                 // a contact label or a conjunction between a chain's items
	bizTrade                // a trade or an institution word in a business's name
	bizSign                 // "sign", "signed": a cue before "off", "as", "from", "them"
	bizInvite               // "call", "email": a cue before "us"
	bizCapTrade             // a trade word only when capitalised in a name (business15_words.go)
	bizLocated              // "located", "befinden": a verb of locatedPhrases (business15_located.go)
)

// bizCueWords name a business's sign-off, footer, sender or service line
// in the languages of the issue and more (lower case, without colons).
const bizCueWords = `
	footer footers rodapé impressum imprint fußzeile fusszeile voettekst stopka sidfot bunntekst
	signature signatur signatura firma podpis assinatura unterschrift handtekening ondertekening
	underskrift allekirjoitus imza aláírás semnătura semnătură sign-off signoff
	absender avsändare afsender avsender afzender expéditeur expediteur remitente mittente remetente
	nadawca gönderen feladó odesílatel odosielateľ lähettäjä
	helpline hotline switchboard freephone toll-free tollfree reception recepción réception receptie
	rezeption receptionen vastaanotto front-desk receção recepção recepcja recepce recepcia recepcija recepție recepţie
	recepció resepsiyon resepsjon resepsjonen υποδοχή Υποδοχή accettazione enquiries inquiries enquiry kundenservice kundendienst
	kundservice kundtjänst kundeservice klantenservice asiakaspalvelu sac atendimento infolinia
	servizioclienti servicio-al-cliente press rsvp bookings reservations reservas prenotazioni
	reservierung reserveringen
	office-line office-number
	öffnungszeiten horario horarios horaires orari openingstijden öppettider åbningstider åpningstider
	aukioloajat godziny-otwarcia Öffnungszeiten Öppettider Åbningstider Åpningstider
	p.iva piva vat tva ust-idnr ust-id kvk org.nr org.nr. orgnr org.-nr cvr ičo ico nip regon cif gstin abn acn
	siret siren btw-nr company-number registered
`

// bizWeakWords are contact labels that a customer's record uses too.
const bizWeakWords = `contact contacts kontakt kontakty contacto contato contatto yhteystiedot info infos information`

// bizGuardWords put a customer, a delivery or a person's home in the head.
const bizGuardWords = `
	patient patients patiente paciente paziente patiënt guest guests member members lead leads
	applicant applicants tenant tenants buyer buyers recipient recipients subscriber subscribers
	donor donors winner winners student students pupil pupils resident residents attendee
	ship shipping shipped deliver delivery delivered livraison lieferung liefern envío entrega
	consegna spedizione bezorging dostawa leverans levering
	lives live living resides habite wohnt vive abita woont mora bor bo mieszka asuu
	home domicile domicilio wohnort wohnung privat private personal personnel persönliche
	my mine meine mein meinem mon ma mes mi mis mio mia mijn minha meu min mitt mina mój moja
	his her him he she they their them hers
	your yours dein deine deiner ihr ihre ihrer votre vos ton ta tu tus su sus tuo tua
	jouw uw teu din ditt dina twój twoja
	mobile mobil mobiel cell cellphone handy portable móvil movil cellulare celular komórka gsm m mob
	billing invoice invoices emergency kin guardian next-of-kin
	name nom nombre nome naam navn namn
	i'm i’m i've i’ve i'll i’ll i'd me ich mir mich je j'ai moi yo io ik jeg jag mnie eu
	son sa ses sein seine seinem seiner suo sua zijn haar hans hennes sin sitt jego jej
	she's he's they're
	whatsapp telegram signal viber imessage
	send sent sending livrer envoyer enviar inviare sturen verzenden
`

// bizAddrWords are address labels.
const bizAddrWords = `address adresse adress adres dirección direccion indirizzo endereço anschrift osoite cím adresa`

// bizCustomerWords are customers, unless a service word stands next to
// them ("customer care", "service client", "atención al cliente").
const bizCustomerWords = `customer customers client clients cliente clientes klant klanten kunde kunden kund kunder`

// bizServiceWords turn a customer word next to them into a service line.
const bizServiceWords = `service services care support line desk team relations atención atendimento servizio servicio`

// bizConnWords may stand between a chain's items: contact labels and
// conjunctions.
const bizConnWords = `
	tel tel. tél tél. tél. tlf tlf. tel: ph ph. phone phone: telephone téléphone teléfono telefono telefon
	telefone puh puh. fax fax: t t: e e: email e-mail mail web www tfn tfn. tf tf. call ring
	or oder ou o of eller lub veya vagy and und et y e en og och i
	toll-free freephone line 24-hour 24h
`

// bizTradeWords are trade and institution words of a business's name
// that premisesWords lacks (lower case).
const bizTradeWords = `
	dental dentistry dentist dentists orthodontics physio physiotherapy fysio fysiotherapie kinesitherapie
	veterinary vet vets tierarzt tierarztpraxis dierenarts vétérinaire veterinaria
	motors motor auto autos cars garage garages cycles bikes bike fietsen fahrrad
	tutorials tutors academy academia akademie akademia school schule école escuela scuola
	club verein runners library bibliothek bibliothèque biblioteca bibliotheek bibliotek biblioteket
	kita kindergarten nursery palestra fitness yoga pilates homes realty estates imobiliare immobilien
	inmobiliaria immobiliare makelaar companions funeral directors undertakers florists
	foods trading services solutions group partners associates consulting
	opticians optician optometrist optometrists opticien optiker optiek
	showground showgrounds fairground arena stadium racecourse expo messe auditorium
	hotel otel hôtel szálloda hostel guesthouse guest-house b&b pension pensione albergue posada lodge
	dealer dealers händler autohändler concessionnaire concesionario concessionario dealerbedrijf
	senteret sentret centret centeret klinikken kliniken klinik kliniek clinique clínica
	szkoła fahrschule autoescuela auto-école rijschool autoscuola trafikskola køreskole kjøreskole
	κατάστημα γραφείο ιατρείο εταιρεία ξενοδοχείο Κατάστημα Γραφείο Ιατρείο Εταιρεία Ξενοδοχείο
	skole skolen skolens skola skolan skolans
`

var bizTable = func() *strTable {
	t := newStrTable(520)
	for _, l := range []struct {
		words string
		kind  uint32
	}{
		{bizCueWords, bizCue}, {bizWeakWords, bizWeak}, {bizGuardWords, bizGuard}, {bizAddrWords, bizAddr},
		{bizCustomerWords, bizCustomer}, {bizServiceWords, bizService}, {bizConnWords, bizConn},
		{bizTradeWords, bizTrade}, {"sign signed signing", bizSign},
		{"call ring phone email e-mail text contact reach write message mail bel rufen appelez contactez llame escriba chiama scrivi ring ringer", bizInvite},
	} {
		for w := range strings.FieldsSeq(l.words) {
			t.or(w, l.kind)
		}
	}
	bizWords14(t.or)  // business14_words.go
	bizWords15(t.or)  // business15_words.go
	bizWords17(t.or)  // biz17_words.go
	bizWords17b(t.or) // read17b_trades.go
	bizWords23(t.or)  // street23_forms.go
	return t
}()

// bizKind returns the kinds of w, lower case, in bizTable.
func bizKind(w string) uint32 {
	v, _ := bizTable.get(w)
	return v
}

// isContactType reports whether typ is one of the contact data a
// business publishes.
func isContactType(typ string) bool {
	switch typ {
	case "STREET_ADDRESS", "ZIP_CODE", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS":
		return true
	}
	return false
}

// bizMaxChain bounds the contact items businessDemote reads in one text,
// and bizMaxPeople the people (a text with more demotes nothing).
const (
	bizMaxChain  = 48
	bizMaxPeople = 24
)

// businessDemote lowers the contact spans of cands that form a
// business's contact chain (see above) to premisesScore. cands are the
// engine's candidates of one text, in any order.
//
//go:noinline
func businessDemote(text string, cands []Span) {
	var idx [bizMaxChain]uint8
	var ppl [bizMaxPeople]uint8 // the people found, for the guards
	n, np := 0, 0
	strong := false
	for i := range cands {
		if i > 255 {
			return // fail closed: too many candidates to track
		}
		s := &cands[i]
		switch s.Type {
		case "PERSON":
			if s.Score >= DefaultMinScore {
				if np == len(ppl) {
					return // fail closed: a list of people
				}
				ppl[np] = uint8(i)
				np++
			}
		case "PHONE_NUMBER":
			if s.Reason == tollFreeReason && s.Score >= DefaultMinScore {
				// a business's line wherever it stands: the phone
				// detector read it (business13_tollfree.go)
				shadowed(cands, s)
				s.Score = premisesScore
				s.Reason = tollFreeReason
			}
			if n < len(idx) {
				idx[n] = uint8(i)
				n++
				strong = strong || s.Score >= DefaultMinScore
			}
		case "STREET_ADDRESS", "ZIP_CODE", "LOCATION", "EMAIL_ADDRESS":
			if n < len(idx) {
				idx[n] = uint8(i)
				n++
				strong = strong || s.Score >= DefaultMinScore
			}
		}
	}
	if !strong {
		return
	}
	// in order of start (insertion sort: a handful of items)
	for a := 1; a < n; a++ {
		for b := a; b > 0 && cands[idx[b]].Start < cands[idx[b-1]].Start; b-- {
			idx[b], idx[b-1] = idx[b-1], idx[b]
		}
	}
	prevEnd := -1 // the end of the last chain demoted
	for a := 0; a < n; {
		b := a + 1
		end := cands[idx[a]].End
		for b < n && chainGap(text, end, cands[idx[b]].Start) {
			end = max(end, cands[idx[b]].End)
			b++
		}
		// a chain that goes on the sentence of a business's chain: "Salon
		// …, Hauptstraße 12, 80333 München – die Nummer 089 … bitte ans Ende"
		st := cands[idx[a]].Start
		after := prevEnd >= 0 && (sameClause(text, prevEnd, st) ||
			nextLine(text, prevEnd, st) && !personAbove(cands, ppl[:np], max(0, st-240), st))
		if businessChain(text, cands, idx[a:b], ppl[:np], after) {
			prevEnd = end
			for _, k := range idx[a:b] {
				if s := &cands[k]; s.Score >= DefaultMinScore {
					shadowed(cands, s)
					s.Score = premisesScore
					s.Reason = businessReason
				}
			}
			tradeLeadLower(text, cands, ppl[:np], cands[idx[a]].Start) // read17b_lead.go
		}
		a = b
	}
}

// shadowed lowers the candidates that overlap s, a contact item about
// to be demoted, and that s would have won over in resolveOverlaps: a
// name the person detector read in a street ("14 place Jean-Jaurès"), an
// ID's checksum that a business's phone number passes. Demoting s alone
// would hand its bytes to them.
func shadowed(cands []Span, s *Span) {
	for i := range cands {
		c := &cands[i]
		if c != s && c.Start < s.End && s.Start < c.End && c.Score >= DefaultMinScore && !isContactType(c.Type) &&
			comparePriority(s, c) < 0 {
			c.Score = premisesScore
			c.Reason = businessReason
		}
	}
}

// chainGap reports whether the item starting at start continues the
// chain whose last item ends at end: on the same line, at most 40 bytes
// on, with separators, contact labels, conjunctions and capitalised words
// (a town, a state) between them, and no sentence's end.
func chainGap(text string, end, start int) bool {
	if start < end {
		return true // overlapping items (a postcode inside an address)
	}
	if start-end > 40 {
		return false
	}
	g := text[end:start]
	if strings.IndexByte(g, '\n') >= 0 {
		return false
	}
	if len(g) >= 1 && (g[0] == '.' || g[0] == '!' || g[0] == '?') && (len(g) == 1 || g[1] == ' ') {
		return false
	}
	var buf [32]byte
	for i := 0; i < len(g); {
		var w string
		if w, i = nextBizWord(g, i, chainSepByte); w == "" {
			continue
		}
		if w = trimPunct(w); w == "" {
			continue // a dash or a quote mark of another script
		}
		if upperAt(w, 0) && !sentenceEnd(w) || isDigit(w[0]) || !hasAlnum(w) {
			continue
		}
		if len(w) > len(buf) || !bizWords.has(w) || bizKind(lowerASCII(w, &buf))&bizConn == 0 {
			return false
		}
	}
	return true
}

// chainSepByte reports the ASCII separators between a chain's items
// (the dashes and dots of other scripts stand alone and carry no letter).
func chainSepByte(c byte) bool { return bizBytes[c]&bbChainSep != 0 }

// headSepByte reports the ASCII separators between a head's words.
func headSepByte(c byte) bool { return bizBytes[c]&bbHeadSep != 0 }

// nextBizWord returns the word of s at or after i, up to a separator, and
// the position after it ("" at the end).
func nextBizWord(s string, i int, sep func(byte) bool) (string, int) {
	for i < len(s) && sep(s[i]) {
		i++
	}
	j := i
	for j < len(s) && !sep(s[j]) {
		j++
	}
	return s[i:j], j
}

// hasAlnum reports whether w holds a letter or a digit (a word of another
// script counts: its bytes are past ASCII).
func hasAlnum(w string) bool {
	for k := 0; k < len(w); k++ {
		if c := w[k]; isLower(c) || isUpper(c) || isDigit(c) || c >= 0xC0 {
			return true
		}
	}
	return false
}

// businessChain decides the chain of items idx (in order) of cands. The
// cheap tests come first: most contact items are a customer's, with the
// customer's name right before them.
func businessChain(text string, cands []Span, idx, ppl []uint8, after bool) bool {
	first, last := cands[idx[0]].Start, 0
	premises, role, noreply, mails, others := false, false, false, 0, 0
	for _, k := range idx {
		s := &cands[k]
		last = max(last, s.End)
		switch s.Type {
		case "EMAIL_ADDRESS":
			// an e-mail is no other contact item for a role address
			// ("info@… or sales@…" is two desks, or anyone's)
			switch roleKind(text[s.Start:s.End]) {
			case emailRole:
				role = true
				// the business's name it displays or spells is no person,
				// and a named business's desk counts as a mailer's
				// (biz17_desk.go)
				deskNames(text, cands, ppl, s)
				noreply = noreply || emailDesk(text, cands, ppl, s)
			case emailNoReply:
				noreply = true
			default:
				mails++
			}
		case "LOCATION":
		default:
			others++
			if s.Score == premisesScore && s.Reason != businessReason && s.Type != "PHONE_NUMBER" {
				premises = true
			}
		}
	}
	if others+mails == 0 && !role && !noreply {
		return false // towns alone: no contact line
	}
	if _, _, held := recipientHolder25(text, first); held {
		return false // a recipient's name before the chain, read or not (biz25_recipient.go)
	}
	if chainPerson(text, cands, idx, ppl, first, last, premises || role || noreply || after) {
		return orgDeskNumber(text, cands, idx, first) // business14_desk.go
	}
	if !premises && !role && !noreply && !after && ourOrgIs(text, first) {
		after = true // "Our business is <name>, <chain>" (biz17_our.go)
	}
	if !premises && !role && !noreply && !after && !cueGate(text, first) {
		// no cue word before the chain: its head may still be a
		// business's name alone (biz21_namehead.go)
		if cands[idx[0]].Type != "STREET_ADDRESS" || len(idx) < 2 || !nameHeadSepBefore(text, first) {
			return false
		}
		hs, he := chainHead(text, first)
		return he == first && nameHeadChain(text, cands, idx, hs, first)
	}
	hs, he := chainHead(text, first)
	if he != first && personAbove(cands, ppl, hs, he) {
		return false // a person on the line above ("Jane Doe\n12 Elm St")
	}
	if !premises && !role && !noreply && !after && !headMayCue(text[hs:he]) {
		// no word of the head can make a cue (business12_words.go); an
		// organisation's name or label may still head it (business14)
		return orgChain(text, cands, idx, hs, he, first, last) || he == first && nameHeadChain(text, cands, idx, hs, first)
	}
	cue, guard := headCue(text[hs:he])
	if guard && !(cue == bizAddr && role && others > 0) {
		// an address label with a role address and a street or a phone
		// number in the chain is the business's ("Adresse: <firm>, <street>,
		// Tel. …, hallo@…"; business13); a person in the chain ended it above
		return orgChain(text, cands, idx, hs, he, first, last) // business14_org.go
	}
	if cue == bizAddr {
		cue = 0
	}
	if !(premises || noreply || after || cue == bizCue || cue == bizWeak && (role || others > 1 || others+mails > 1 && !chainPersonalMail(text, cands, idx)) || role && others > 0 ||
		role && roleHead(text[hs:he])) {
		return orgChain(text, cands, idx, hs, he, first, last) || he == first && nameHeadChain(text, cands, idx, hs, first)
	}
	return !chainWebmail(text, cands, idx) // business14_org.go
}

// sameClause reports whether the bytes from end to start stay on one line
// and in one sentence, at most 80 of them.
func sameClause(text string, end, start int) bool {
	if start-end > 80 || start < end {
		return false
	}
	g := text[end:start]
	return strings.IndexByte(g, '\n') < 0 && !clauseBreak(g)
}

// nextLine reports whether the item at start opens the line after the one
// a chain ends at end, only separators and contact labels between: a
// signature block's next line ("…, Shrewsbury SY1 9ZZ\n01743 …"); the
// caller wants no person in the block's lines above (a staff member's
// signature: "Jane Doe\nTeam Lead | Acme\n<address>\nM: <mobile>").
func nextLine(text string, end, start int) bool {
	if start < end || start-end > 40 {
		return false
	}
	k := strings.IndexByte(text[end:start], '\n')
	if k < 0 || strings.IndexByte(text[end+k+1:start], '\n') >= 0 {
		return false
	}
	return chainGap(text, end, end+k) && chainGap(text, end+k+1, start)
}

// roleHead reports whether h, the head of a role address alone, is a mail
// header's label ("To:", "Cc:", "An:", "À :") or ends with "go to" ("replies
// go to", "applications go to"): the desk the prompt writes to or names.
func roleHead(h string) bool {
	var buf [32]byte
	t := strings.TrimSpace(h)
	if l, ok := strings.CutSuffix(t, ":"); ok && len(l) < len(buf) {
		if roleLabel(strings.TrimSpace(l)) {
			return true // "Registrar email:", "Secretariat e-mail:" (business13)
		}
		switch lowerASCII(strings.TrimSpace(l), &buf) {
		case "to", "from", "cc", "bcc", "reply-to", "an", "von", "kopie", "à", "de", "para", "a", "aan",
			"van", "till", "från", "til", "fra", "do", "od", "kime", "kimden":
			return true
		}
	}
	for _, suf := range [...]string{" go to", " goes to", " are sent to", " is sent to"} {
		if len(t) >= len(suf) && strings.EqualFold(t[len(t)-len(suf):], suf) {
			return true
		}
	}
	return ourRoleHead(t) // read22_email.go
}

// chainPerson reports whether the person detector found a person in the
// chain or before it in its clause on its line (not a street's words read
// as a name, nor a business's trade word read as a one-word name:
// "Physio", "Dental"; a name of several words only when evidence, such as
// a role address, already tells a business: "BrightSmile Reception"). It
// is the first test of a chain: a customer's name right before the item
// is the common case.
func chainPerson(text string, cands []Span, idx, ppl []uint8, first, last int, evidence bool) bool {
	lo := first - bizHeadMax
	for _, i := range ppl {
		s := &cands[i]
		if s.Start >= last || s.End <= lo || s.Score < DefaultMinScore {
			continue // (a business's name deskNames lowered)
		}
		if s.End <= first {
			if first-s.End > 2 && brokenAfter(text, s.Start, s.End, first) {
				continue // another line, another sentence ("… oder Heidi. Studio: …")
			}
			if tradeLead(text, s, first) {
				continue // "Osteopatia <Name>, <street>, …" (read17b_lead.go)
			}
		} else if insideChain(cands, idx, s.Start, s.End) {
			continue
		}
		if !evidence && strings.IndexByte(text[s.Start:s.End], ' ') >= 0 || !tradeName(text[s.Start:s.End]) {
			return true
		}
	}
	return false
}

// mayBreak reports whether g holds a byte that may end a line, a sentence
// or a clause.
func mayBreak(g string) bool {
	k := 0
	for ; k+8 <= len(g); k += 8 {
		if breakIn8(load64(g, k)) {
			return true
		}
	}
	for ; k < len(g); k++ {
		if bizBytes[g[k]]&bbBreak != 0 {
			return true
		}
	}
	return false
}

// brokenAfter reports whether a line, a sentence or a clause ends between
// a person text[start:end] and a chain at first: mayBreak(text[end:first])
// and a '\n' there or clauseBreak(text[start:first]). clauseBreak starts
// at the first '.', '!', '?' or ';' (the bytes before it cannot end a
// clause), which firstBreak finds in the name and the gap eight bytes at
// a time.
func brokenAfter(text string, start, end, first int) bool {
	g := text[end:first]
	k := firstBreak(g)
	if k < 0 {
		return false
	}
	if strings.IndexByte(g[k:], '\n') >= 0 {
		return true // the first break byte is no stop when it is a '\n'
	}
	k0 := end - start + k
	if j := firstBreak(text[start:end]); j >= 0 {
		k0 = j // a break byte in the name (no stop before it)
	}
	return clauseBreakFrom(text[start:first], k0)
}

// firstBreak returns the position of the first byte of g that may end a
// line, a sentence or a clause (bbBreak), or -1: mayBreak's scan, with
// the lowest zero byte that breakMask marks (exact).
func firstBreak(g string) int {
	k := 0
	for ; k+8 <= len(g); k += 8 {
		if m := breakMask(load64(g, k)); m != 0 {
			return k + bits.TrailingZeros64(m)>>3
		}
	}
	for ; k < len(g); k++ {
		if bizBytes[g[k]]&bbBreak != 0 {
			return k
		}
	}
	return -1
}

// breakIn8 reports whether one of the eight bytes of x is '\n', '.', '!',
// '?' or ';' (bbBreak), eight at a time: a byte equal to one of them is
// a zero byte of x xor it, which (v - 0x01…) &^ v & 0x80… finds exactly.
func breakIn8(x uint64) bool { return breakMask(x) != 0 }

// breakMask returns breakIn8's mask: the high bit of each byte of x that
// is a break byte, and maybe of bytes above the lowest one (a borrow
// from it); the lowest set bit is exact.
func breakMask(x uint64) uint64 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	a, b, c, d, e := x^('\n'*ones), x^('.'*ones), x^('!'*ones), x^('?'*ones), x^(';'*ones)
	return ((a-ones)&^a | (b-ones)&^b | (c-ones)&^c | (d-ones)&^d | (e-ones)&^e) & highs
}

// Classes of bytes for the scans of this file (bizBytes).
const (
	bbBreak    = 1 << iota // '\n', '.', '!', '?', ';': may end a clause
	bbChainSep             // separates a chain's items (chainSepByte)
	bbHeadSep              // separates a head's words (headSepByte)
	bbNewline              // '\n': ends a head's word too (cueGate)
	bbWord                 // an ASCII letter, a digit, '&': trimPunct stops there
	bbStop                 // '.', '!', '?', ';': may end a sentence or a clause on a line
	bbLocalSep             // '.', '-', '_': a role and a market in an e-mail's local part (roleKind)
)

var bizBytes = func() (t [256]uint8) {
	for _, c := range []byte("\n.!?;") {
		t[c] |= bbBreak
	}
	for _, c := range []byte(" ,;|/()\t-<>[]:\r") {
		t[c] |= bbChainSep
	}
	for _, c := range []byte(" ,;|/\t\r") {
		t[c] |= bbHeadSep
	}
	t['\n'] |= bbNewline
	for _, c := range []byte(".!?;") {
		t[c] |= bbStop
	}
	for _, c := range []byte(".-_") {
		t[c] |= bbLocalSep
	}
	for c := range 128 {
		if isLower(byte(c)) || isUpper(byte(c)) || isDigit(byte(c)) || c == '&' {
			t[c] |= bbWord
		}
	}
	return t
}()

// personAbove reports whether a person the person detector found lies in
// [hs, he) (the line above a chain), unless a business's name lowered
// since (deskNames, shadowed).
func personAbove(cands []Span, ppl []uint8, hs, he int) bool {
	for _, i := range ppl {
		if s := &cands[i]; s.Start < he && s.End > hs && s.Score >= DefaultMinScore {
			return true
		}
	}
	return false
}

// clauseBreak reports whether g holds a sentence's or a clause's end
// as chainHead reads them: "; ", or a word closing a sentence before a
// capital.
func clauseBreak(g string) bool { return clauseBreakFrom(g, 0) }

// clauseBreakFrom is clauseBreak for a g with no '.', '!', '?' or ';'
// before k0.
func clauseBreakFrom(g string, k0 int) bool {
	for k := k0; k+2 < len(g); k++ {
		c := g[k]
		if bizBytes[c]&bbStop == 0 || g[k+1] != ' ' { // '.', '!', '?', ';'
			continue
		}
		if c == ';' {
			return true
		}
		if !isUpper(g[k+2]) && g[k+2] < 0xC0 {
			continue
		}
		j := k
		for j > 0 && g[j-1] != ' ' {
			j--
		}
		if headSentenceEnd(g[j : k+1]) {
			return true
		}
	}
	return false
}

// insideChain reports whether [s, e) overlaps one of the chain's items.
func insideChain(cands []Span, idx []uint8, s, e int) bool {
	for _, k := range idx {
		if cands[k].Start < e && s < cands[k].End {
			return true
		}
	}
	return false
}

// tradeName reports whether one of the words of name is a trade or a
// premises word, or a brand in camel case: the person detector read a
// business's name ("Physio", "Family Dental", "BrightSmile Reception").
func tradeName(name string) bool {
	var buf [32]byte
	for w := range strings.FieldsSeq(name) {
		if len(w) > len(buf) {
			continue
		}
		if camelBrand(w) || legalFormWord(w) {
			return true
		}
		if b, p := wordKinds(lowerASCII(w, &buf)); b&(bizTrade|bizCue) != 0 || p&premNoun != 0 {
			return true
		}
	}
	return false
}

// bizHeadMax bounds the bytes a chain's head reads back from the chain.
const bizHeadMax = 120

// chainHead returns the head of a chain that starts at first: the words
// before it back to its sentence's or clause's start on its line (at most
// bizHeadMax bytes), or the line above when the chain opens its line.
func chainHead(text string, first int) (int, int) {
	lo := max(0, first-bizHeadMax)
	hs, ls := lo, -1
	if lo == 0 {
		ls = 0
	}
	// back to the line's start or the last sentence's end, whichever comes
	// first: a word ending with '.', '!' or '?' before a capital, or a ';'
	// (one backward scan: a sentence's end is only looked for after the
	// last '\n', and no '\n' lies between it and the chain)
	for k := first - 1; k >= lo; k-- {
		c := text[k]
		if bizBytes[c]&bbBreak == 0 { // '\n', '.', '!', '?', ';'
			continue
		}
		if c == '\n' {
			hs, ls = k+1, k+1
			break
		}
		if k > first-2 || text[k+1] != ' ' {
			continue
		}
		if c == ';' {
			hs = k + 2 // a clause: "… 200 words; our roastery line is …"
			break
		}
		if k+2 >= len(text) || !isUpper(text[k+2]) && text[k+2] < 0xC0 {
			continue // "Avda. de la …"
		}
		j := k
		for j > lo && text[j-1] != ' ' && text[j-1] != '\n' {
			j--
		}
		if headSentenceEnd(text[j : k+1]) {
			hs = k + 2 // "… on Friday. Dealer: …"
			break
		}
	}
	if ls >= 2 && hs == ls && blankHead(text[hs:first]) {
		// the chain opens its line: the line above, when short, is its head
		pe := ls - 1
		ps := max(0, pe-81)
		if k := lastNewlineIn(text[ps:pe]); k >= 0 {
			return ps + k + 1, pe
		}
		if ps == 0 {
			return 0, pe
		}
	}
	return hs, first
}

// blankHead reports whether h holds no word: spaces, a bullet or a quote
// mark only.
func blankHead(h string) bool {
	for k := 0; k < len(h); k++ {
		switch h[k] {
		case ' ', '\t', '-', '*', '>', '\r':
		default:
			return false
		}
	}
	return true
}

// headSentenceEnd reports whether w closes a sentence when a capital
// follows it: sentenceEnd's words, a word of three letters or more that
// is no abbreviation of an address or a title ("… Day. Centre phone:",
// "… her. RSVP", not "Tel." or "Ave."), and a number or a bracket before
// the dot ("… and 60). Footer:").
func headSentenceEnd(w string) bool {
	if sentenceEnd(w) {
		return true
	}
	n := len(w)
	if n < 2 || w[n-1] != '.' {
		return false
	}
	if w[n-2] == ')' || isDigit(w[n-2]) && n >= 3 && isDigit(w[n-3]) || w == "ok." || w == "OK." || w == "Ok." {
		return true // "… and 60). Footer:", "… Pellegrini ok. Palestra …"
	}
	if n != 4 || strings.IndexByte(w[:n-1], '.') >= 0 {
		return false
	}
	switch w[:n-1] {
	case "Tel", "tel", "Ave", "ave", "Str", "str", "Apt", "apt", "Mrs", "Rev", "Gen", "Col", "Est", "Ste", "Fax",
		"fax", "Ext", "ext", "Inc", "Ltd", "Nos", "nos", "Hwy", "Pde", "Sgt", "Jct", "etc", "Tlf", "tlf", "Tfn",
		"puh", "Puh", "Avd", "avd", "Pza", "pza", "Sra", "Dra", "Sig", "Mme", "Hno", "Mob", "mob", "Prof":
		return false
	}
	if isLower(w[0]) {
		switch w[:n-1] {
		case "her", "him", "you", "now", "too", "day", "all", "one", "two", "out", "off", "yet", "ago", "use", "way":
			return true
		}
		return false // "esc.", "núm.": an abbreviation
	}
	return isLower(w[1]) && isLower(w[2]) || isUpper(w[1]) && isUpper(w[2])
}

// headCue reads the words of a chain's head: it returns bizCue or bizWeak
// for the strongest cue there, and guard when a word of the head keeps
// the chain masked. An address label ("Address:", "Endereço") keeps it
// masked unless a sign-off, footer, sender or premises word is in the
// head too ("Endereço da academia pro rodapé: …"): a business's name
// alone does not lift it.
func headCue(h string) (cue uint32, guard bool) {
	var buf [32]byte
	prev, prev2, prevPrem, nw := uint32(0), uint32(0), uint32(0), 0
	pendingCustomer, addr, strong, prevUpper := false, false, false, false
	for i := 0; i < len(h); {
		var w string
		w, i = nextBizWord(h, i, headSepByte)
		colon := strings.HasSuffix(w, ":") || i+1 < len(h) && h[i] == ' ' && h[i+1] == ':'
		raw := w
		w = trimPunct(w)
		if w == "" || !hasAlnum(w) && w != "&" {
			if raw != "" {
				prevPrem = 0 // a dash between: "our store - Address: …"
			}
			continue
		}
		if w == "&" {
			cue = bizCue // "Pelo & Coccole", "Willow & Oak": a firm's name
			continue
		}
		if len(w) > len(buf) {
			prev, prev2, prevUpper = 0, prev, false
			continue
		}
		upper := upperAt(w, 0)
		if upper {
			if w == "I" {
				return 0, true // the English "I" (a lower-case "i" is a Nordic or Polish "in")
			}
			if f := titleFlags(w); f&nameTitle != 0 && f&nameStop == 0 {
				return 0, true // "Dr", "Mrs", "Frau"
			}
			if legalFormWord(w) {
				cue, prev, prev2, prevUpper = bizCue, 0, prev, true // "GmbH", "SA" (not the Italian "sa")
				nw++
				continue
			}
			if camelBrand(w) {
				cue = bizCue // "BrightSmile"
			}
		}
		lw := lowerASCII(w, &buf)
		k, wp := wordKinds(lw)
		if prev&bizSign != 0 {
			switch lw {
			case "off", "as", "from", "them", "with", "it", "this", "these", "each", "every", "all":
				cue, strong, prev, prev2 = bizCue, true, 0, prev // "sign off as", "sign them from"
				nw++
				continue
			}
		}
		ourLabel := false
		if prevPrem&premOur != 0 {
			switch lw {
			case "phone", "number", "telephone", "email", "e-mail", "contact", "contacts", "details", "address",
				"adresse", "nummer", "numéro", "número", "numero", "telefon", "telefono", "teléfono", "téléphone":
				cue, strong, ourLabel = bizCue, true, true // "Add our phone number at the end: …"
			}
		}
		if pendingCustomer {
			if k&bizService == 0 {
				return 0, true
			}
			pendingCustomer = false
			cue, strong = bizCue, true // "customer service"
		}
		if upper && prevUpper && k&(bizGuard|bizCustomer|bizAddr) != 0 {
			k &^= bizGuard | bizCustomer | bizAddr // a word of a name: "SunCoast Home Companions"
		}
		switch {
		case k&bizCustomer != 0:
			if (prev|prev2)&bizService != 0 {
				cue, strong = bizCue, true // "service client", "atención al cliente"
			} else {
				pendingCustomer = true
			}
		case k&bizGuard != 0:
			return 0, true
		case k&bizAddr != 0:
			switch {
			case ourLabel:
				// "Our address for the footer is …": the cue names the
				// label itself, no field after it (struct23)
			case prevPrem&premNoun != 0:
				// "store address", "shop address": the premises'
			case strong:
				return 0, true // "From our Leeds store - Address: …": the field's
			default:
				addr = true // "Endereço da academia pro rodapé: …" may lift it
			}
		case k&bizCue != 0:
			cue, strong = bizCue, true
		case k&bizTrade != 0:
			cue = bizCue
		case k&bizCapTrade != 0 && capTrade(w, h[:i-len(raw)], h[i:], false):
			cue = bizCue // "… Credit Union, 400 …" (business15_words.go)
		case k&bizWeak != 0:
			if cue == 0 {
				cue = bizWeak
			}
		case k&(bizSign|bizConn|bizService|bizInvite) != 0:
			// "sign", "tel", "care", "call": read with their neighbours
		default:
			pk := wp
			switch {
			case pk&premNoun != 0 && premisesPronoun(lw):
				// "we're moving from …": a household writes it too; the
				// pronoun is a premises cue only right before "at" an
				// address (address_premises.go), never a chain's head
			case pk&premNoun != 0 && (!upper || colon || nw == 0 && i < len(h)-2):
				// "Salon: …", "our roastery line", "Salon „…“, Luisenstraße 12",
				// not "Church Lane" nor a lone "Zentrale 0221 …"
				cue, strong = bizCue, true
			case pk&premNoun != 0 && (!upper || nw == 0) && cue == 0:
				cue = bizWeak // "Zentrale 0221 …": a cue with another contact item
			case pk&premUs != 0 && (prev&bizInvite != 0 || prevPrem&premInvite != 0):
				cue, strong = bizCue, true // "call us", "find us"
			case pk&premBlock != 0 && !bizPreposition(lw) && !(upper && prevUpper):
				return 0, true // "family", "owner", "enviando"
			}
		}
		prev2, prev = prev, k
		prevPrem = wp
		prevUpper = upper
		nw++
	}
	if pendingCustomer {
		return 0, true
	}
	if addr && !strong {
		return bizAddr, true // an address label alone; businessChain may lift it
	}
	return cue, false
}

// trimPunct trims the quote marks, brackets and punctuation around a
// head's word: ASCII ones and the quotes and dashes of other scripts.
func trimPunct(w string) string {
	for w != "" {
		if c := w[0]; c < 0x80 {
			if isLower(c) || isUpper(c) || isDigit(c) || c == '&' {
				break
			}
			w = w[1:]
		} else if n := punctPrefix(w); n > 0 {
			w = w[n:]
		} else {
			break
		}
	}
	for w != "" {
		c := w[len(w)-1]
		if c < 0x80 {
			if isLower(c) || isUpper(c) || isDigit(c) || c == '&' {
				break
			}
			w = w[:len(w)-1]
		} else if n := punctSuffix(w); n > 0 {
			w = w[:len(w)-n]
		} else {
			break
		}
	}
	return w
}

// bizPunct are the quote marks and dashes of other scripts trimPunct
// trims.
var bizPunct = [...]string{"«", "»", "“", "”", "„", "–", "—", "·", "•", "‘", "’"}

func punctPrefix(w string) int {
	for _, p := range bizPunct {
		if strings.HasPrefix(w, p) {
			return len(p)
		}
	}
	return 0
}

func punctSuffix(w string) int {
	for _, p := range bizPunct {
		if strings.HasSuffix(w, p) {
			return len(p)
		}
	}
	return 0
}

// bizPreposition reports the prepositions of premisesBlock, which a
// business's contact line has too ("RSVP to", "sign them from").
func bizPreposition(w string) bool {
	switch w {
	case "to", "from", "for", "by", "an", "à", "para", "per", "naar", "till", "dla":
		return true
	}
	return false
}

// camelBrand reports whether w is a brand written in camel case: a
// capital, lower-case letters, then another capital and lower-case
// letters ("BrightSmile", "FitHub"); not "McDonald" or "MacLeod", which
// are family names.
func camelBrand(w string) bool {
	if len(w) < 5 || strings.HasPrefix(w, "Mc") || strings.HasPrefix(w, "Mac") || strings.HasPrefix(w, "De") || strings.HasPrefix(w, "Di") || strings.HasPrefix(w, "La") || strings.HasPrefix(w, "Le") {
		return false
	}
	inner := false
	for k := 1; k < len(w); k++ {
		c := w[k]
		switch {
		case isUpper(c):
			if !isLower(w[k-1]) || k+1 >= len(w) || !isLower(w[k+1]) {
				return false
			}
			inner = true
		case isLower(c):
		default:
			return false
		}
	}
	return inner
}

// legalFormWord reports whether w, as written, is a company's legal form
// ("Ltd", "GmbH", "e.V.", "s.r.o."); "As" and "Sa" are words.
func legalFormWord(w string) bool {
	switch w {
	case "Ltd", "Ltd.", "LTD", "Limited", "GmbH", "mbH", "gGmbH", "GbR", "UG", "OHG", "e.V.", "e.K.", "PLC", "plc",
		"LLC", "LLP", "Inc", "Inc.", "Corp", "Corp.", "Co.", "AB", "AS", "ASA", "A/S", "ApS", "BV", "B.V.", "NV", "N.V.",
		"AG", "KG", "SAS", "SARL", "S.L.", "SL", "S.A.", "SA", "SRL", "S.R.L.", "Srl", "SpA", "S.p.A.", "Lda", "Lda.",
		"Ltda", "Ltda.", "Pty", "Oy", "Oyj", "OÜ", "SIA", "UAB", "Kft.", "Zrt.", "Bt.", "d.o.o.", "s.r.o.", "a.s.",
		"sp.", "Sp.", "S.C.", "S.N.C.", "snc", "sas", "VOF", "vof":
		return true
	}
	return false
}

// premisesPronoun reports whether lw is one of premisesWords' verbs and
// pronouns ("we're", "estamos", "siamo"), which say where someone is, not
// which business: a family moving house writes them as well.
func premisesPronoun(lw string) bool {
	switch lw {
	case "we're", "we’re", "estamos", "siamo", "sommes", "zitten", "trovate", "trovi":
		return true
	}
	return false
}
