package redact

import "slices"

// National phone shapes that nationalScore does not know, from the
// numbering plans of the covered markets (SE, FI, DK, NO, PL, PT, BR, BE,
// DE, AT, CH …), and the context words of their languages. They are
// tried only on candidates nationalScore scored 0, so the common path
// does not pay for them.

// phone2Words are context words of the covered markets' languages, added
// to phoneContext: Scandinavian "tlf", Finnish "puh.", Polish "zadzwoń",
// "komórka" and "kom.", Belgian "GSM", "celular", Spanish "llamar", and
// "ph." and "tél." written in signatures. Each word costs: every word
// start in a candidate's context window that passes wordSet's
// second-byte test scans its bucket. So words whose first two letters
// start common English words ("bel me": be…, "ligue": li…, "anruf":
// an…, "natel": na…) or that join a bucket common words reach
// ("kontakt" co…, "nummer" nu…) are left out: the numbers they would
// boost are found by their shapes alone.
var phone2Words = []string{
	"tlf", "puh.", "gsm", "zadzwo", "komórk", "kom.", "kom:", "celular", "llam", "ph:", "ph.", "tél",
	// (locdob9) see phone2Strong
	"cel ", "cel:", "cel.", "hp:", "hp.", "h/p",
	// (locdob10) see phone2Strong
	"hp ", "escrib",
}

// phone2Strong are the phone context words that name a telephone, not
// just a number or a contact: the shapes only a context word tells from
// other figures (reasonCtxOnly) need one of them, so that "invoice number
// 12345678" stays an invoice number.
var phone2Strong = newWordSet("phone", "telephone", "smartphone", "mob", "whats", "tel", "call", "cell", "fax",
	"sms", "text me", "reach me", "ring", "handy", "telefon", "téléphone", "teléfono", "móvil", "movil",
	"portable", "cellulare", "mobiel", "dial", "hotline", "tlf", "puh.", "gsm", "zadzwo", "komórk",
	"kom.", "kom:", "celular", "llam", "ph:", "ph.", "tél",
	// (locdob9) Mexican "mi cel es", "cel:", and the hand-phone labels
	// "HP:", "H/P" of South-East Asia; with their space or sign,
	// not "celebrate" or "HP laptop"
	"cel ", "cel:", "cel.", "hp:", "hp.", "h/p",
	// (locdob10) "my new hp 9117 4420"; Spanish "escríbele al …",
	// "le escribamos al …" (a chat's way to give a WhatsApp number)
	"hp ", "escrib")

// phone2NotWords are customer, account and register labels of the
// covered markets' languages, added to notPhoneContext: "Kundennummer 40
// 12 34 56" is no Danish phone number. As for phone2Words, only words
// whose first two letters start few English words.
var phone2NotWords = []string{
	"kund", "konto", "klant", "cvr", "ordre",
	// (locdob10) tax and company register labels of a business's footer:
	// "P.IVA 04512980281", "BTW NL…", "KvK 12345678", "SIRET …"
	"p.iva", "p. iva", "partita", "vat ", "vat:", "vat-", "btw ", "btw:", "kvk", "siret", "siren",
}

func init() {
	for _, w := range phone2Words {
		phoneContext.add(w)
	}
	for _, w := range phone2NotWords {
		notPhoneContext.add(w)
	}
	for _, base := range phone2Reasons {
		phoneReasons = append(phoneReasons, phoneReasonVariants(base))
	}
}

// add adds w to the set, with newWordSet's rules.
func (ws *wordSet) add(w string) {
	c := w[0]
	if !isLower(c) || len(w) < 2 {
		panic("redact: context word must start with a lower-case ASCII letter and have two bytes: " + w)
	}
	ws.buckets[c&31] = append(ws.buckets[c&31], w)
	ws.second[c&31][w[1]>>6] |= 1 << (w[1] & 63)
}

// phoneReasonVariants builds the eight reason variants of base (with or
// without a valid national plan, a phone context word and an order word);
// phoneReasons and the reasons of this file are built with it.
func phoneReasonVariants(base string) phoneReasonSet {
	var v [8]string
	for f := range v {
		r := base
		if f&1 != 0 {
			r += ", valid for a national numbering plan"
		}
		if f&2 != 0 {
			r += ", after a phone context word"
		}
		if f&4 != 0 {
			r += ", after an order/reference word"
		}
		v[f] = r
	}
	return phoneReasonSet{base, v}
}

const (
	reasonAreaSep = "national number with trunk prefix 0: area code, then subscriber groups"
	reasonNordic8 = "eight digits in Danish or Norwegian groups"
	reasonNine    = "nine digits in Spanish, Portuguese or Polish groups"
	reasonBrazil  = "Brazilian number: area code and subscriber number"
	reasonCtxOnly = "eight or nine digits after a phone word (DK, NO, ES, PT, PL)"
	reasonAU13    = "Australian 1300 or 1800 number"
	reasonMexico  = "Mexican number: two-digit area code and eight digits"
)

var phone2Reasons = []string{reasonAreaSep, reasonNordic8, reasonNine, reasonBrazil, reasonCtxOnly, reasonAU13, reasonMexico}

// phone2Score scores the candidate made of runs (its digit groups, joined
// in d) that nationalScore scored 0: national shapes whose first
// separator differs from the others (Swedish "070-123 45 67", Belgian
// "0470/12.34.56", German "0221 12345-0"), the eight-digit numbers of
// Denmark and Norway, the nine-digit ones of Spain, Portugal and Poland
// without a trunk prefix, and Brazilian numbers with a two-digit area
// code. Numbers only a context word can tell from other figures (eight or
// nine digits run together or in 4-4 groups) score 0 without one of
// phone2Strong's words before start.
func phone2Score(sc *textScan, runs []digitRun, start int, d []byte, paren bool) (float64, string) {
	n, groups := len(d), len(runs)
	if n < 8 || n > 12 || groups > 5 || d[0] == '0' && d[1] == '0' {
		return 0, ""
	}
	shape := 0 // group lengths, one decimal digit each
	for _, r := range runs {
		shape = shape*10 + min(r.end-r.start, 9)
	}
	// Without a trunk prefix, only the shapes below are numbers: a test
	// of the group lengths first, so that most candidates (SSNs, IDs,
	// long codes) leave before their gaps are read.
	if d[0] != '0' {
		switch shape {
		case 244, 254, 2144, 433, 2222, 323, 44, 8, 333, 2322, 234, 3222, 9, 233:
		default:
			return 0, ""
		}
	}
	text := sc.text
	// first is the first gap's separator; rest the one the other gaps
	// share, 0 when they differ. A bracketed first group counts as "(".
	var first, rest byte
	uniform := true
	for k := 0; k+1 < groups; k++ {
		g := text[runs[k].end:runs[k+1].start]
		var c byte
		switch {
		case g[0] == ')':
			c = '('
		case len(g) == 3: // " - ", " / "
			c = g[1]
		case len(g) == 1:
			c = g[0]
		default:
			return 0, ""
		}
		if c == '(' && (k > 0 || !paren) {
			return 0, ""
		}
		if k == 0 {
			first = c
			continue
		}
		if rest == 0 {
			rest = c
		} else if rest != c {
			uniform = false
		}
	}
	g0, last := runs[0].end-runs[0].start, runs[groups-1].end-runs[groups-1].start
	// Brazil: a two-digit area code (11-99, no 0), then eight digits
	// (landlines, 2-5 first) or nine (mobiles, 9 first), the last four
	// after a dash: "(11) 91234-5678", "11 91234-5678", "(11) 9 1234-5678".
	if (shape == 244 && d[2] >= '2' && d[2] <= '5' || (shape == 254 || shape == 2144) && d[2] == '9') &&
		d[0] != '0' && d[1] != '0' && text[runs[groups-2].end] == '-' && (first == '(' || first == ' ') {
		if first == '(' {
			// (struct23) above a US ZIP+4's score: "(11) 98712-3344"
			// holds the ZIP's 5-4 shape, which no postcode follows a
			// bracketed area code with
			return 0.85, reasonBrazil
		}
		return 0.6, reasonBrazil
	}
	if !uniform || rest == '(' {
		return 0, ""
	}
	if d[0] == '0' {
		// Trunk prefix 0, an area code and its separator, then groups of
		// one kind: "070-123 45 67", "08-12 34 56", "09/123.45.67",
		// "0221 12345-0" (the last group an extension).
		if groups < 2 || g0 > 5 || first == rest && first != '(' {
			return 0, ""
		}
		if first == '.' || rest == '/' {
			return 0, ""
		}
		// Eight digits need the Swedish "08-12 34 56" (a range or a date
		// such as "05-12 2023" has fewer groups); a dash after a space
		// only the German extension "0221 12345-0" (a short last group
		// or a long one before it, never a range "2019-2023").
		if n == 8 && groups < 4 || first == ' ' && rest == '-' && (groups != 3 || last > 3 && runs[1].end-runs[1].start < 5) {
			return 0, ""
		}
		return 0.6, reasonAreaSep
	}
	if first == '(' {
		first = rest // "(22) 123 45 67": the area code in brackets
		if groups == 2 {
			first = ' '
		}
	}
	// Spaces, or dashes in the Polish shapes ("22-123-45-67",
	// "512-345-678"): four groups with dots are an IPv4 address, 2-3-4 with
	// dashes a mistyped US number.
	if groups > 1 && (first != rest && groups > 2 || first != ' ' && (first != '-' || shape != 2322 && shape != 333)) {
		return 0, ""
	}
	switch n {
	case 10:
		// Australian 1300 and 1800 numbers, "1300 123 456".
		if shape == 433 && d[0] == '1' && d[2] == '0' && d[3] == '0' && (d[1] == '3' || d[1] == '8') {
			return 0.6, reasonAU13
		}
		// the three areas of Mexico with a two-digit code (55 and 56,
		// 33, 81): "55 1234 5678", "33 2961 0475" (locdob9),
		// after a phone word
		if shape == 244 && (d[0] == '5' && (d[1] == '5' || d[1] == '6') || d[0] == '3' && d[1] == '3' || d[0] == '8' && d[1] == '1') &&
			phone2StrongBefore(sc, start) {
			return 0.45, reasonMexico
		}
	case 8:
		switch {
		case d[0] < '2':
		case shape == 2222:
			return 0.5, reasonNordic8 // "20 12 34 56"
		case shape == 323 && (d[0] == '4' || d[0] == '9'):
			return 0.5, reasonNordic8 // Norwegian mobile "412 34 567"
		case shape == 44 || shape == 8 || shape == 323 || shape == 233:
			// (233: the Latvian, Cypriot and Greek mobiles' "26 123 456",
			// read21b_phone.go)
			if phone2StrongBefore(sc, start) {
				return 0.3, reasonCtxOnly
			}
			if shape == 44 && sgPhoneSlot(text, runs, start) {
				return 0.5, reasonSG8 // (read15a) "– 9240 6613"
			}
			if shape == 44 && listPhoneSlot(text, runs, start, &sc.lineAt) {
				return 0.5, reasonList8 // (struct23) "- Name, Town, 2633 0918"
			}
		}
	case 9:
		switch {
		case d[0] < '1' || d[0] == '1' && shape != 2322:
		case shape == 333:
			// "512 345 678": Canadian SINs and Australian TFNs are written
			// so too, so it needs a phone word (0.45 + 0.2), not just a
			// number word ("NHS number 417 203 688").
			if phone2StrongBefore(sc, start) {
				return 0.45, reasonNine
			}
		case shape == 2322 || shape == 234 || shape == 3222:
			return 0.5, reasonNine // "22 123 45 67", "21 123 4567", "612 34 56 78"
		case shape == 9:
			if phone2StrongBefore(sc, start) {
				return 0.3, reasonCtxOnly
			}
		}
	}
	return 0, ""
}

// phone2Label reports a one-letter phone label of a signature or a
// contact block right before start: "M: ", "T: ", "P. " or "C: " at the
// start of a line or after "| ".
func phone2Label(text string, start int) bool {
	p := start
	for p > 0 && text[p-1] == ' ' {
		p--
	}
	if p < 2 || p == start || text[p-1] != ':' && text[p-1] != '.' {
		return false
	}
	switch text[p-2] | 0x20 {
	case 'm', 't', 'p', 'c', 'h', 'w', 'o':
	default:
		return false
	}
	if p == 2 {
		return true
	}
	switch text[p-3] {
	case '\n', '\t', '|', '>':
		return true
	case ' ':
		return p > 3 && (text[p-4] == '|' || text[p-4] == '\n')
	}
	return false
}

// phone2StrongBefore reports one of phone2Strong's words, or a one-letter
// label (phone2Label), before start.
func phone2StrongBefore(sc *textScan, start int) bool {
	return phone2Label(sc.text, start) || phone2Strong.before(sc, start, 40)
}

// phone2WordBefore is phone2Strong.before for callers without a scan: it
// reports whether one of phone2Strong's words starts a word in the 40
// bytes before pos (or a one-letter label stands right before it).
func phone2WordBefore(text string, pos int) bool {
	if phone2Label(text, pos) {
		return true
	}
	for j := max(pos-40, 0); j < pos-1; j++ {
		c := text[j]
		if !isAlpha(c) || j > 0 && isAlpha(text[j-1]) {
			continue
		}
		for _, w := range phone2Strong.buckets[c&31] {
			if j+len(w) <= len(text) && keyLabelFold(text[j:], w) {
				return true
			}
		}
	}
	return false
}

// phone2TelURI reports whether the number at p follows a "tel:" URI
// scheme ("tel:+46701234567"), which phoneStartOK would take for a
// label glued to it.
func phone2TelURI(text string, p int) bool {
	return p >= 4 && keyLabelFold(text[p-4:p], "tel:") && (p == 4 || !isAlnum(text[p-5]))
}

// cellParen reports whether the '(' at p opens a cell of a CSV or
// semicolon-separated row ("…,Campinas,(19) 99812-4470"): phoneStartOK
// refuses a ',' or ';' glued to a word before a number, which a bracketed
// area code opening the cell is not (struct23).
func cellParen(text string, p int) bool {
	return p > 0 && text[p] == '(' && (text[p-1] == ',' || text[p-1] == ';')
}

// csvCellStart reports whether the number at p opens a cell of a CSV or
// semicolon-separated row glued to the cell before ("…,BD23 2NA,07700
// 912 338,…"), which phoneStartOK refuses: the separator before it and
// three more of it on its line. The caller wants the number in groups
// and ending its cell (csvCellEnd).
func csvCellStart(text string, p int) bool {
	if p < 2 || text[p-1] != ',' && text[p-1] != ';' {
		return false
	}
	sep, n := text[p-1], 0
	for k := p - 2; k >= 0 && text[k] != '\n' && n < 3; k-- {
		if text[k] == sep {
			n++
		}
	}
	for k := p; k < len(text) && text[k] != '\n' && n < 3; k++ {
		if text[k] == sep {
			n++
		}
	}
	return n >= 3
}

// csvGroupsAt reports whether the run r, glued to the token before it by
// a ',' or ';', is the first of a number's groups opening a CSV cell
// ("…,BD23 2NA,07700 912 338,…"): a space and a digit after it, then
// csvCellStart. Most glued runs ("1,250", "3.5") leave at the first tests.
func csvGroupsAt(text string, r digitRun) bool {
	c := text[r.start-1]
	return (c == ',' || c == ';') && csvGroupsAfter(text, r) // small enough to inline: one byte test
}

// csvGroupsAfter is csvGroupsAt after its separator's test.
func csvGroupsAfter(text string, r digitRun) bool {
	return r.end+1 < len(text) && text[r.end] == ' ' && isDigit(text[r.end+1]) && csvCellStart(text, r.start)
}

// csvCellEnd reports whether a cell ends at e: a ',' or ';', a line's
// or the text's end.
func csvCellEnd(text string, e int) bool {
	return e >= len(text) || text[e] == ',' || text[e] == ';' || text[e] == '\n' || text[e] == '\r'
}

// phoneChainTail reports whether the digit run r is the last group of a
// phone number written in groups ("667 203 118, Rúa do Franco, 44";
// "020 7946 1234, 5 rue …"): three groups or more joined by single
// spaces, dashes or dots, with no letter or digit glued before the first,
// that an international prefix starts or that nationalScore reads as a
// national number. Its digits are no house number (numberFirstStreet,
// address.go; struct23). Groups no phone shape takes ("232 720 300") are
// left to the street's reading.
func phoneChainTail(text string, r digitRun) bool {
	var d [16]byte
	var g [8]int
	n, groups, p := 0, 0, r.end
	for {
		q := p
		for q > 0 && isDigit(text[q-1]) {
			q--
		}
		if n+p-q > 15 || groups == len(g) {
			return false
		}
		copy(d[n:], text[q:p]) // backwards: reversed below
		g[groups] = p - q
		n += p - q
		groups++
		if !(q >= 2 && (text[q-1] == ' ' || text[q-1] == '-' || text[q-1] == '.') && isDigit(text[q-2])) {
			p = q
			break
		}
		p = q - 1
	}
	if groups < 3 || n < 8 {
		return false
	}
	if p > 0 && text[p-1] == '+' {
		return !alnumBefore(text, p-1)
	}
	if alnumBefore(text, p) {
		return false
	}
	// the groups were read last first: put them, and their digits, in order
	var dd [16]byte
	k := 0
	for i := groups - 1; i >= 0; i-- {
		off := 0
		for j := 0; j < i; j++ {
			off += g[j]
		}
		k += copy(dd[k:], d[off:off+g[i]])
	}
	slices.Reverse(g[:groups])
	score, _ := nationalScore(dd[:n], g[:groups], groups, false, false)
	return score > 0
}
