package redact

import (
	"cmp"
	"slices"
	"strings"
	"unsafe"
)

// A marketing prompt names its business's own shop, office or venue as
// often as a customer's home ("visit our flagship store at 221 Regent
// Street", "unser Laden in der Hauptstraße 5", "notre boutique au 12 rue
// de la Paix", "Il ristorante è in Piazza Navona 45"). Such an address is
// no personal data, and the allow list only knows the company's addresses
// that were written into it. premisesDemote lowers the score of an address
// that a premises word introduces below DefaultMinScore, so that it is not
// redacted by default but still shows in a scan with a lower threshold,
// with the word that made the difference.

// premisesScore is the score of an address demoted as a business's own:
// under DefaultMinScore, so that the default engine drops it.
const premisesScore = 0.3

// premisesReason is the reason of a demoted span; withContext adds the
// premises word.
const premisesReason = "address of a business's premises, not a person's"

// premisesWords are the words, lower case, that name a business's
// premises, a venue or an event, or invite customers to one, in English,
// German, French, Spanish, Italian, Dutch, Portuguese, the Nordic
// languages and Polish (inflected forms listed as written). A premises
// word up to premisesMaxGap words before an address marks it as the
// business's own, unless a person or a delivery comes between them (see
// premisesBlock). The labels keep their colon.
const premisesWords = `
	store stores shop shops boutique branch branches office offices showroom showrooms studio
	café cafe salon hq headquarters warehouse venue venues restaurant bar bistro hotel gallery
	bakery clinic gym spa outlet flagship premises factory workshop atelier agency dealership
	pharmacy brewery winery pop-up popup event events launch fair exhibition booth
	museum theatre theater cinema campus depot practice surgery
	pub brasserie trattoria pizzeria hostel inn resort
	night evening party dinner brunch tasting masterclass meetup screening concert gig festival
	open opening reopening reopened
	soirée fête vernissage dégustation serata festa degustazione fiesta noche cena degustación feest
	borrel proeverij jantar feier fest verkostung weinprobe lieu
	palazzo palais palast palacio palace castle château schloss castello
	estamos siamo sommes zitten we're we’re trovate trovi
	laden ladens geschäft filiale filialen büro büros standort standorte lager autohaus praxis
	werkstatt agentur zentrale hauptsitz niederlassung geschäftsstelle markt veranstaltung
	apotheke bäckerei kanzlei geschäftsräume ladengeschäft kellerei weingut brauerei metzgerei
	konditorei gaststätte manufaktur rösterei brennerei hofladen
	magasin magasins bureau bureaux siège entrepôt hôtel galerie cabinet succursale enseigne
	événement locaux établissement boulangerie agence concession
	tienda tiendas oficina oficinas sucursal almacén estudio salón sede restaurante cafetería
	galería clínica taller agencia evento concesionario farmacia panadería
	negozio negozi ufficio uffici magazzino ristorante albergo galleria agenzia
	concessionaria pasticceria cantina enoteca frantoio
	winkel winkels kantoor filiaal vestiging magazijn zaak praktijk evenement hoofdkantoor
	loja lojas escritório armazém estúdio salão agência padaria
	butik butiken butikken kontor kontoret kontorer restaurangen restauranten lokal lokalen
	sklep sklepu sklepie salonu salonie biuro biura biurze siedziba siedzibie restauracja restauracji
	kawiarnia
	catering caterer caterers traiteur bookshop bookstore buchhandlung librairie libreria librería
	boekhandel livraria księgarnia bokhandel boghandel florist fleuriste blumenladen bloemist
	footer: impressum: fußzeile: imprint:
	helyszín helyszíne helyszínünk üzlet üzletünk üzletünkben iroda irodánk étterem Étterem étterme boltunk
	Üzlet Üzletünk Üzletünkben Irodánk címünk Címünk boutiques roastery roasters
	magazin magazinul magazinului sediu sediul showroom-ul restaurantul cafeneaua
	prodejna prodejny provozovna sídlo kancelář obchod predajňa prevádzka sídlom
	trgovina poslovnica ured restoran restorana prodavaonica
	parduotuvė biuras veikala birojs kauplus myymälä toimisto liike verslun skrifstofa búð
	mağaza mağazamız mağazamızın şube ofisimiz
	institut l'institut l’institut salong salongen frisør frisørsalong frisörsalong butiker butikker
	filial filialer verkstad verksted
	retrouvez-nous rejoignez-nous visitez-nous visítanos encuéntranos
	trovarci visitarci visite-nos encontre-nos
`

// premisesBlock are the words, lower case, that put a person or a delivery
// between a premises word and an address: the address is then someone's,
// not the business's ("our store will ship to …", "our customer at …",
// "the shop's winner, who lives at …").
const premisesBlock = `
	to from for by ship ships shipped shipping send sends sent deliver delivers delivered delivery
	mail mailed post posted customer customers client clients member members winner winners guest
	guests buyer recipient subscriber patient patients owner manager staff employee employees
	colleague he she his her him they their who whose lives live living resides resident home house
	flat apartment born name named shopper shoppers user users fan fans donor donors supporter
	supporters subscribers student students parent parents mum mom dad family friend friends
	neighbour neighbor tenant tenants residents homeowner applicant lead leads prospect contact
	addressee consignee household
	an kunde kunden kundin gewinner gewinnerin wohnt wohnhaft wohnung lieferung liefern geliefert
	à cliente gagnant gagnante habite domicile livraison livré livrer
	para clientes ganador ganadora vive domicilio envío entrega enviar envía enviando enviamos mandamos
	per vincitore vincitrice abita consegna spedizione spedire inviare
	naar klant klanten winnaar woont bezorging
	ganhador ganhadora mora
	till kund vinnare bor
	dla klient klienta zwycięzca mieszka dostawa
`

// premisesOur are the first-person plural possessives that make "our
// address" the business's: "Our new address: 42 Bridge Street", "unsere
// Adresse", "notre adresse", "ons adres".
const premisesOur = `our unsere unser unserer notre nos nuestra nuestro nostro nostra onze ons nossa nosso vår vårt vores nasz nasza naszym naša naše naš`

// premisesMovedTo are the verbs after which "to" names the business's
// new premises, not a delivery: "we've moved to 5 Mill Road".
const premisesMovedTo = `moved moving relocated relocating move relocate`

// premisesInvite are the verbs before "us" ("uns", "ons", "nous") that
// invite customers to the premises: "visit us at", "besuchen Sie uns".
const premisesInvite = `visit find meet join see sie besuche besucht finden bezoek vind vindt bij`

// Kinds of the words of premisesTable.
const (
	premNoun   = 1 << iota // one of premisesWords
	premBlock              // one of premisesBlock
	premUs                 // "us", "uns", "ons", "nous"
	premInvite             // one of premisesInvite
	premOur                // one of premisesOur
	premMoved              // one of premisesMovedTo
	premShift  = 8         // a premises word's index in premisesNames sits above this bit
)

// premisesTable holds every word of premisesWords, premisesBlock,
// premisesInvite and the four forms of "us" with their kinds; a premises
// word's value also holds its index in premisesNames, so that a reason
// quotes the list, never the input.
var premisesTable, premisesNames = func() (*strTable, []string) {
	t := newStrTable(700) // (premisesWords9 took it past 540 words: street9_premises.go)
	var names []string
	for w := range strings.FieldsSeq(premisesWords + premisesWords9 + " " + premisesWords15) { // street9_premises.go, business15_words.go
		if v, ok := t.get(w); ok && v&premNoun != 0 {
			// A word listed twice keeps its first index: or-ing a second
			// one into the value would point past premisesNames.
			continue
		}
		t.or(w, premNoun|uint32(len(names))<<premShift)
		names = append(names, w)
	}
	for w := range strings.FieldsSeq(premisesBlock) {
		t.or(w, premBlock)
	}
	for w := range strings.FieldsSeq(premisesInvite + " " + premisesInvite15) { // business15_words.go
		t.or(w, premInvite)
	}
	for w := range strings.FieldsSeq("us uns ons nous " + premisesUs15) {
		t.or(w, premUs)
	}
	for w := range strings.FieldsSeq(premisesOur) {
		t.or(w, premOur)
	}
	for w := range strings.FieldsSeq(premisesMovedTo) {
		t.or(w, premMoved)
	}
	return t, names
}()

// premisesKind returns the kinds of w, lower case, in premisesTable, and
// the premises word it is ("" when it is none).
func premisesKind(w string) (uint32, string) {
	v, ok := premisesTable.get(w)
	if !ok {
		// The last part of a hyphenated compound: "Flagship-Store",
		// "pop-up-store", "Concept-Store".
		k := strings.LastIndexByte(w, '-')
		if k <= 0 {
			return 0, ""
		}
		if v, ok = premisesTable.get(w[k+1:]); !ok || v&premNoun == 0 || premisesLowerOnly.has(w[k+1:]) {
			return 0, ""
		}
	}
	if v&premNoun != 0 {
		return v, premisesNames[v>>premShift]
	}
	return v, ""
}

// premisesMaxGap is the most words between a premises word and the
// address it introduces ("our warehouse at", "nos bureaux ont déménagé
// au", "our new store opens on Saturday at").
const premisesMaxGap = 6

// premisesDemote lowers the spans of an address that a premises word
// introduces (see premisesWords) to premisesScore. spans are the address
// detector's own spans of one text, in order; a postcode or city that
// follows a demoted span on the same line, only separators and a state
// word between them, shares its fate. It reports whether it demoted any.
//
//go:noinline
func premisesDemote(text string, spans []Span) bool {
	demoted := false
	cue := ""
	prevEnd := -1
	for i := range spans {
		sp := &spans[i]
		if prevEnd < 0 || !addressContinues(text, prevEnd, sp.Start) && !(cue != "" && listContinues(text, prevEnd, sp.Start)) {
			cue = premisesBefore(text, sp.Start)
			if cue == "" && sp.Type == "STREET_ADDRESS" {
				cue = premisesOpening(text, *sp) // address_premises_intl.go
				if cue == "" {
					cue = premisesAfter(text, sp.End) // street9_premises.go
				}
			}
			if cue != "" && sp.Type == "STREET_ADDRESS" && homeUnitIn(text, sp.Start, sp.End) {
				cue = "" // "we're at 88 Elm Grove Dr, Apt 904" (loc13_unit.go)
			}
			if privateWeCue(cue) && privateWe(text, sp.Start, sp.End) {
				cue = "" // "We're at 9 Tui Road … my youngest" (address21_we.go)
			}
			if cue != "" {
				if _, _, held := recipientHolder25(text, sp.Start); held {
					cue = "" // "Write to Taylor Quorn, The Old Bakery, 14 …" (biz25_recipient.go)
				}
			}
		}
		prevEnd = sp.End
		if cue != "" {
			sp.Score = premisesScore
			sp.Reason = withContext(premisesReason, cue)
			demoted = true
		}
	}
	return demoted
}

// dropInsidePremises drops the spans of dst[n0:] (the person detector's)
// that overlap an address of dst[:n0] demoted as a business's: the
// demoted span falls under the threshold and would otherwise leave its
// street's words to the person detector ("im Hotel Adlon, Unter den
// Linden 77" gave the PERSON "Unter den Linden").
//
//go:noinline
func dropInsidePremises(dst []Span, n0 int) []Span {
	// the premises' spans first: a few, where dst[:n0] holds every span
	// found so far (checking each new span against all of them made a
	// long text's cost quadratic in its spans)
	var buf [8][2]int
	prem := buf[:0]
	for _, a := range dst[:n0] {
		if a.Score == premisesScore && a.Type == "STREET_ADDRESS" {
			prem = append(prem, [2]int{a.Start, a.End})
		}
	}
	if len(prem) == 0 {
		return dst
	}
	if len(prem) > len(buf) {
		// a long text's many premises: by start, each with the
		// greatest end so far, so that one binary search tells
		slices.SortFunc(prem, func(a, b [2]int) int { return cmp.Compare(a[0], b[0]) })
		for i := 1; i < len(prem); i++ {
			prem[i][1] = max(prem[i][1], prem[i-1][1])
		}
	}
	k := n0
	for _, s := range dst[n0:] {
		drop := false
		if len(prem) > len(buf) {
			// the premises that start before s ends: does one end after s starts?
			i, _ := slices.BinarySearchFunc(prem, s.End, func(a [2]int, e int) int { return cmp.Compare(a[0], e) })
			drop = i > 0 && prem[i-1][1] > s.Start
		} else {
			for _, a := range prem {
				if a[0] < s.End && s.Start < a[1] {
					drop = true
					break
				}
			}
		}
		if !drop {
			dst[k] = s
			k++
		}
	}
	return dst[:k]
}

// addressContinues reports whether the span starting at start continues
// the address that ends at end: at most a dozen bytes on one line, with
// separators and one short word (a state, a unit) between them.
func addressContinues(text string, end, start int) bool {
	if start < end || start-end > 12 {
		return false
	}
	words := 0
	inWord := false
	for _, c := range []byte(text[end:start]) {
		switch c {
		case '\n', '.', '!', '?', ';', '(', ')':
			return false
		case ' ', ',', '\t', '-', '/':
			inWord = false
		default:
			if !inWord {
				words++
				inWord = true
			}
		}
	}
	return words <= 1
}

// premisesBefore returns the premises word that introduces an address
// starting at start, or "" when there is none: the nearest premises word
// at most premisesMaxGap words back in the same sentence, with no word of
// premisesBlock, no other field label and no given name or title between
// it and the address.
func premisesBefore(text string, start int) string {
	var buf [32]byte
	i := start
	nextUs := false // the word after this one is "us"
	for gap := 0; gap <= premisesMaxGap; gap++ {
		// Skip the separators before the word; a line break ends the search.
		for i > 0 && (text[i-1] == ' ' || text[i-1] == '\t' || text[i-1] == ',' || text[i-1] == '"') {
			i--
		}
		if i == 0 || text[i-1] == '\n' || text[i-1] == '\r' {
			if gap == 0 && i > 0 {
				return companyLinesBefore(text, i) // an e-mail signature's address line
			}
			return ""
		}
		end := i
		for i > 0 && text[i-1] != ' ' && text[i-1] != '\n' && text[i-1] != '\t' && text[i-1] != '\r' {
			i--
		}
		w := text[i:end]
		if sentenceEnd(w) {
			return ""
		}
		w = strings.TrimLeft(w, "(\"'«“„")
		w = strings.TrimRight(w, ")\"'»”;")
		if w == "" || len(w) > len(buf) {
			nextUs = false
			continue
		}
		lw := lowerASCII(w, &buf)
		kind, name := premisesKind(lw)
		if kind&premNoun != 0 && !notPremisesWord(text, i, end, name) {
			return name // "store", "footer:"
		}
		if kind == 0 && len(lw) > 9 {
			if p := compoundPremisesLabel(strings.TrimSuffix(lw, ":")); p != "" {
				return p // "die Filialadresse", "Agenturadresse:" (address_premises_intl.go)
			}
		}
		if nextUs && kind&premInvite != 0 {
			return "visit us"
		}
		label, colon := strings.CutSuffix(lw, ":")
		if addressLabels.has(label) {
			// "Store address: 12 High Street", "Our new address is 42
			// Bridge Street".
			if p := premisesWordBefore(text, i); p != "" {
				return p
			}
			if ourBefore(text, i) {
				return "our address"
			}
			if venueLabel25(text, i, end) {
				return "venue's address label" // "Gym address 4 …" (street25_venue.go)
			}
		}
		if colon {
			// "Showroom: 12 High Street", "Find us: 12 High Street"; any
			// other field label ends the search: the address is the
			// field's ("Address: …" after "our Leeds store —").
			k, name := premisesKind(label)
			if k&premNoun != 0 {
				return name
			}
			if p := compoundPremisesLabel(label); p != "" {
				return p // "Agenturadresse:" (address_premises_intl.go)
			}
			switch label {
			case "centro", "locatie":
				// labels only: "Centro: Calle …" (a gym's or clinic's
				// centre), "Onze locatie: …"; "Centro" after a street
				// is a district
				return "centre"
			}
			if p := premisesWordBefore(text, i); p != "" {
				return p // "Negozio storico: …", "Boutique principale: …"
			}
			if k&premUs != 0 {
				var b2 [32]byte
				if k, _ := premisesKind(lowerWordBeforeAt(text, i, &b2)); k&premInvite != 0 {
					return "visit us"
				}
			}
			if ourAddressLabel(text, i) {
				return "our address" // "Add our address at the end: …" (street9_premises.go)
			}
			if venueLabel25(text, i, end) {
				return "venue's address label" // "Indirizzo palestra: …" (street25_venue.go)
			}
			return ""
		}
		if lw == "to" {
			if c := movedBefore(text, i); c != "" {
				return c // "we've moved to 5 Mill Road", "returns to Unit 4"
			}
		}
		if base := strings.TrimSuffix(strings.TrimSuffix(lw, "'s"), "’s"); base != lw {
			k, name := premisesKind(base)
			if k&premNoun != 0 {
				return name // "the café's"
			}
			if k&premBlock != 0 {
				return "" // "the customer's"
			}
		}
		if kind&premBlock != 0 {
			return ""
		}
		if gap == 0 && end < len(text) && text[end] == ',' && lowerLetters(w) {
			// Another noun in apposition before the address: "our
			// store's top spender, 9 Elm Street" is a person's.
			return ""
		}
		if t, ok := strings.CutSuffix(lw, "."); ok {
			if k, _ := premisesKind(t); k&premBlock != 0 {
				return "" // "… to our customer."
			}
		}
		if upperAt(w, 0) {
			n := strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(w, "."), "'s"), "’s")
			appos := gap == 0 && end < len(text) && text[end] == ','
			if f := nameFlagsOf(n); f&(nameGiven|nameTitle) != 0 && f&nameStop == 0 || appos && nameBeforeComma(text, i, end) {
				if !appos {
					return ""
				}
				// A name in apposition: a person's, unless its words
				// make it a business's or a venue's (street9_premises.go).
				if cue, decided := premisesApposition(text, i, end); decided {
					return cue
				}
			} else if (appos || text[end-1] == '.' || end+2 < len(text) && text[end+1] == '|') && legalForm(text, i, end) {
				return "company" // "Brindle Foods Ltd, 4 …", "Fenwick Pickle Co. | 021 … | 12 Long Street"
			} else if brandLead(w) {
				return "brand" // "Maison Brévélec, 6 rue …" (street9_premises.go)
			}
		}
		nextUs = kind&premUs != 0
	}
	return ""
}

// premisesWordBefore returns the premises noun right before position i
// (spaces between), or "".
func premisesWordBefore(text string, i int) string {
	var buf [32]byte
	kind, name := premisesKind(lowerWordBeforeAt(text, i, &buf))
	if kind&premNoun == 0 || strings.HasSuffix(name, ":") {
		return ""
	}
	return name
}

// ourBefore reports whether a first-person plural possessive comes right
// before position i, or before one adjective there ("our address", "our
// new address", "notre nouvelle adresse"); "our customer's address" is
// a person's.
func ourBefore(text string, i int) bool {
	var buf [32]byte
	w := lowerWordBeforeAt(text, i, &buf)
	if k, _ := premisesKind(w); k&premOur != 0 {
		return true
	}
	switch w {
	case "new", "current", "postal", "mailing", "business", "full", "updated", "neue", "nouvelle",
		"nueva", "nuovo", "nieuwe", "novo":
	default:
		return false
	}
	for i > 0 && text[i-1] == ' ' {
		i--
	}
	i -= len(w)
	k, _ := premisesKind(lowerWordBeforeAt(text, i, &buf))
	return k&premOur != 0
}

// movedBefore returns "moved" when the word before position i (a "to")
// is a verb of moving ("moved", "relocating") whose subject is the
// business: "we", "we've", "our" or a premises word up to three words
// before the verb ("we've moved to", "our studio is relocating to"), and
// no person ("our customer moved to" is someone's new home); "returns"
// when it is "returns" ("returns to Unit 4"); else "".
func movedBefore(text string, i int) string {
	var buf [32]byte
	w := lowerWordBeforeAt(text, i, &buf)
	if w == "returns" || w == "return" {
		// the business's address for returned goods ("returns to Unit
		// 4, Brunel Park"), as a shop's footer gives it
		return "returns"
	}
	if k, _ := premisesKind(w); k&premMoved == 0 {
		return ""
	}
	for range 3 {
		for i > 0 && text[i-1] == ' ' {
			i--
		}
		i -= len(w)
		if w = lowerWordBeforeAt(text, i, &buf); w == "" {
			return ""
		}
		switch w {
		case "we", "we've", "we’ve", "we're", "we’re", "we'll":
			return "moved"
		}
		k, _ := premisesKind(w)
		if k&(premOur|premNoun) != 0 {
			return "moved"
		}
		if k&premBlock != 0 {
			return ""
		}
	}
	return ""
}

// lowerWordBeforeAt returns the word before position i (spaces between,
// on the same line), lower case in buf, or "".
func lowerWordBeforeAt(text string, i int, buf *[32]byte) string {
	k, j := wordBoundsBefore(text, i)
	if j == k || j-k > len(buf) {
		return ""
	}
	return lowerASCII(text[k:j], buf)
}

// nameBeforeComma reports whether the capitalised word at i..end, right
// before an address and its comma, and the word before it are both
// capitalised words that no premises, city or stop list knows: a name in
// apposition ("our florist Xiomara Quispe, 12 Elm Street"), whose address
// is a person's. A venue's name ends with its premises word ("the
// Larkfield Hotel, 3 Orchard Street") and is read as one.
func nameBeforeComma(text string, i, end int) bool {
	if end >= len(text) || text[end] != ',' || !plainCapWord(text, i, end) {
		return false
	}
	k, j := wordBoundsBefore(text, i)
	return j > k && j < i && plainCapWord(text, k, j)
}

// wordBoundsBefore returns the bounds k, j of the word before position i:
// the spaces before i skipped, back to a space, a line break or the
// text's start (k == j when there is none).
func wordBoundsBefore(text string, i int) (k, j int) {
	j = i
	for j > 0 && text[j-1] == ' ' {
		j--
	}
	k = j
	for k > 0 && text[k-1] != ' ' && text[k-1] != '\n' {
		k--
	}
	return k, j
}

// plainCapWord reports whether text[i:end] is a capitalised word of
// letters that is no premises word, known city or stop word.
func plainCapWord(text string, i, end int) bool {
	if end-i < 2 || end-i > 32 || !upperAt(text, i) {
		return false
	}
	w := text[i:end]
	for k := 1; k < len(w); k++ {
		if c := w[k]; c < 0x80 && !(c >= 'a' && c <= 'z' || c == '-' || c == '\'') {
			return false
		}
	}
	var buf [32]byte
	if k, _ := premisesKind(lowerASCII(w, &buf)); k&premNoun != 0 {
		return false
	}
	return !cityNames.has(w) && nameFlagsOf(w)&(nameStop|nameCity) == 0
}

// lowerLetters reports whether w is all lower-case ASCII letters.
func lowerLetters(w string) bool {
	for k := 0; k < len(w); k++ {
		if w[k] < 'a' || w[k] > 'z' {
			return false
		}
	}
	return w != ""
}

// sentenceEnd reports whether the word w closes a sentence: it ends with
// '!' or '?', or with a dot after a word of four or more letters (so that
// "St.", "ul." and "Av." do not).
func sentenceEnd(w string) bool {
	if w == "" {
		return false
	}
	switch w[len(w)-1] {
	case '!', '?':
		return true
	case '.':
		return len(w) > 4 && !strings.Contains(w[:len(w)-1], ".")
	}
	return false
}

// lowerASCII returns w with its ASCII letters in lower case, in buf (w
// must fit); the other bytes are copied as they are. The result shares
// buf's bytes, so that a lookup costs no allocation: it is valid until
// buf is reused.
func lowerASCII(w string, buf *[32]byte) string {
	b := buf[:len(w)]
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[k] = c
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// companySuffixes are the legal forms that end a company's name, lower
// case, without their final dot.
var companySuffixes = boolTable(map[string]bool{
	"ltd": true, "limited": true, "plc": true, "llc": true, "inc": true, "corp": true, "gmbh": true, "ag": true,
	"kg": true, "bv": true, "b.v": true, "nv": true, "n.v": true, "sarl": true, "sas": true, "s.a": true,
	"s.l": true, "sl": true, "srl": true, "s.r.l": true, "spa": true, "s.p.a": true, "lda": true, "ltda": true,
	"pty": true, "ab": true, "aps": true, "a/s": true, "as": true, "oy": true, "o.o": true,
})

// companyLinesBefore reports, for an address that opens the line at ls,
// whether one of the three lines before it names a company by its legal
// form ("Atlantic Larder Ltd.", "Customer Marketing | Nordlicht GmbH"), as
// an e-mail signature does above the sender's business address: it
// returns "company" then, else "". Only short lines are read, as a
// signature's are.
func companyLinesBefore(text string, ls int) string {
	e := ls - 1 // the line break before the address
	for range 3 {
		if e <= 0 {
			return ""
		}
		s := lastNewlineIn(text[:e]) + 1
		line := strings.TrimRight(text[s:e], " \r\t.,")
		if len(line) > 80 {
			return ""
		}
		if k := strings.LastIndexByte(line, ' '); k >= 0 && k+1 < len(line) {
			var buf [32]byte
			if w := line[k+1:]; len(w) <= len(buf) && companySuffixes.has(lowerASCII(w, &buf)) {
				return "company"
			}
		}
		if titleBarLine(line) {
			return "company" // "Team Lead | Brewhaus Home" (address_premises_intl.go)
		}
		e = s - 1
	}
	return ""
}
