package redact

import (
	"encoding/binary"
	"strings"

	"github.com/caddy-guardrail/guardrail/redact/internal/phonemeta"
)

func init() { register(phoneDetector{}) }

// phoneDetector finds phone numbers: international forms (+CC or 00CC)
// checked against libphonenumber's per-country possible lengths, and the
// common national formats of US/CA, UK, DE, FR, ES, IT, NL and IN checked
// by their numbering-plan shape. Context words ("phone", "tel", "call" …)
// raise the score; dates, versions and order or invoice numbers are
// rejected or scored below the default threshold.
//
// It never runs libphonenumber's parser on the hot path: candidates are
// built from the engine's digit runs and checked with tables generated
// from libphonenumber's metadata (internal/phonemeta). Only national
// numbers that are ambiguous (no grouping, no context) are parsed, to
// decide them, with the parser's rules for a run of digits.
type phoneDetector struct{}

func (phoneDetector) ID() string      { return "builtin.phone" }
func (phoneDetector) Types() []string { return []string{"PHONE_NUMBER"} }

func (d phoneDetector) Detect(text string, dst []Span) []Span {
	return detectAlone(d, text, dst)
}

// ccLengths maps a country calling code to a bit set of the possible
// lengths of its national significant numbers, from libphonenumber's
// metadata (generated in internal/phonemeta).
var ccLengths = phonemeta.CCLengths

// nationalRegions are the regions tried, in order, for ambiguous numbers
// written without a country code.
var nationalRegions = phonemeta.Regions

var (
	phoneContext = newWordSet("phone", "telephone", "smartphone", "mob", "whats", "tel", "call", "mobile", "cell", "fax", "whatsapp", "sms", "text me",
		"reach me", "contact", "ring", "handy", "telefon", "téléphone", "teléfono", "telefono", "móvil",
		"movil", "portable", "cellulare", "mobiel", "numero", "número", "number", "dial", "hotline")
	notPhoneContext = newWordSet("order", "invoice", "inv", "ref", "sku", "account", "acct", "tracking", "id ", "id:", "id.", "id#", "id-", "ticket", "case", "serial", "isbn", "version", "release", "build", "iban", "card", "zip", "postcode")
)

// phoneGap reports whether g may separate two digit groups of a number:
// one of " ", "-", ".", "/", ")", "(", ") ", ")-", ").", " (", "-(", ") (",
// " - " or " / ". The gap's bytes are packed into an integer, so the test
// is an integer switch instead of string comparisons.
func phoneGap(g string) bool {
	var k uint32
	switch len(g) {
	case 1:
		return phoneGap1[g[0]]
	case 2:
		k = uint32(g[0]) | uint32(g[1])<<8
	case 3:
		k = uint32(g[0]) | uint32(g[1])<<8 | uint32(g[2])<<16
	default:
		return false
	}
	switch k {
	case ')' | ' '<<8, ')' | '-'<<8, ')' | '.'<<8, ' ' | '('<<8, '-' | '('<<8,
		')' | ' '<<8 | '('<<16, ' ' | '-'<<8 | ' '<<16, ' ' | '/'<<8 | ' '<<16:
		return true
	}
	return false
}

// phoneGap1 marks the one-byte gaps of phoneGap.
var phoneGap1 = [256]bool{' ': true, '-': true, '.': true, '/': true, ')': true, '(': true}

// phoneGlue holds, for a byte before a digit run, the byteClass bits of
// the byte before it that glue the run to a longer token, so that no
// number starts there (phoneStartOK): a letter or digit before '-', '.',
// ',' or ':' ("2.14.3", "12,500", "gpt-4"), a digit before a space ("44
// 20", inside a chain of digit groups).
var phoneGlue = func() (t [256]uint8) {
	for _, c := range []byte{'-', '.', ','} {
		t[c] = clsLetter | clsDigit
	}
	// (read15a) a letter and a colon are left to phoneStartOK, which
	// takes a vCard TEL value or a "tel:" URI ("TEL;TYPE=CELL:07911 …")
	t[':'] = clsDigit
	t[' '] = clsDigit
	return t
}()

func (phoneDetector) detectScan(sc *textScan, dst []Span) []Span {
	text := sc.text
	runs, kinds, anyKind := sc.runKinds()
	if anyKind&kindsPhone == 0 {
		return dst
	}
	var buf [15 + 8]byte // at most 15 digits, and the last 8-byte store
	var glen [8]int
	for i := 0; i < len(runs); i++ {
		r := runs[i]
		if kinds[i]&kindsPhone == 0 {
			continue
		}
		// Half the runs left are glued to the token before them (see
		// phoneGlue): phoneStartOK's two-byte tests, first.
		if r.start > 1 && byteClass[text[r.start-2]]&phoneGlue[text[r.start-1]] != 0 && !csvGroupsAt(text, r) {
			continue
		}
		// Fast reject: fewer than 7 digits and no group joined after it.
		if r.end-r.start < 7 && (i+1 == len(runs) || runs[i+1].start-r.end > 3 || !phoneGap(text[r.end:runs[i+1].start])) {
			continue
		}
		start := r.start
		plus, paren := false, false
		// Leading "+", "(" or "(+".
		for k := 0; k < 2 && start > 0; k++ {
			c := text[start-1]
			if c == '+' && !plus && !paren {
				plus = true
				start--
			} else if c == '(' && !paren {
				paren = true
				start--
			} else {
				break
			}
		}
		cell := false // a CSV cell opens with the number (struct23)
		if !phoneStartOK(text, start) {
			if cell = paren && cellParen(text, start) || csvCellStart(text, start); !cell {
				continue
			}
		}
		// Join runs, counting their digits; they are copied only for a
		// candidate that passes the length and end checks.
		n := r.end - r.start
		if n > 15 {
			continue
		}
		skipped := -1 // the run of a bracketed trunk prefix, not dialled
		groups := 1
		glen[0] = r.end - r.start
		j := i
		sepKind := byte(0)
		mixedSep := false
		for j+1 < len(runs) {
			q := runs[j+1]
			g := text[runs[j].end:q.start]
			var gapOK bool
			if len(g) == 1 {
				gapOK = phoneGap1[g[0]]
			} else {
				// (" / " after seven digits or more joins a second
				// number, not an area code's: read21b_phone.go)
				gapOK = phoneGap(g) && (n < 7 || g != " / ")
			}
			if !gapOK || n+(q.end-q.start) > 15 {
				break
			}
			// "+31 (0)6…": the bracketed trunk prefix is not dialled.
			if plus && groups == 1 && q.end-q.start == 1 && text[q.start] == '0' && g[len(g)-1] == '(' &&
				q.end < len(text) && text[q.end] == ')' && j+2 < len(runs) && runs[j+2].start <= q.end+2 {
				j++
				skipped = j
				continue
			}
			c := g[len(g)-1]
			if g[0] != ')' && c != '(' {
				if sepKind == 0 {
					sepKind = c
				} else if sepKind != c {
					mixedSep = true
				}
			}
			n += q.end - q.start
			if groups < len(glen) {
				glen[groups] = q.end - q.start
			}
			groups++
			j++
		}
		if !plus && !exactGatesOff && phoneScoreless(text, r.start, glen[:min(groups, len(glen))], n) {
			continue // (phone_early.go)
		}
		// Dates such as 2023-09-25 are dropped before the end test and the
		// copy, which they do not need. (No date has the nine digits or
		// more of the 00 prefix's case, the only one tested before it.)
		if !plus && groups == 3 && phoneDateLike(text, runs[i:i+3], sepKind) {
			continue
		}
		if cell && !paren && (groups < 2 || !csvCellEnd(text, runs[j].end)) {
			continue // one run of digits, or no whole cell: a code, an amount
		}
		spaceDash := mixedSep && groups == 3 && spaceDashNANP(text, runs[i:j+1]) // "514 555-0123" (loc13_phone.go)
		end := runs[j].end
		if !phoneEndOK(text, end) && !(cell && csvCellEnd(text, end)) {
			continue
		}
		if n < 7 {
			continue
		}
		// Each group is copied with one 8-byte load and store when it has
		// at most 8 digits and 8 bytes of text from its start (buf has room
		// for the bytes past the group, which the next group overwrites).
		m := 0
		for k := i; k <= j; k++ {
			if k == skipped {
				continue
			}
			q := runs[k]
			if l := q.end - q.start; l <= 8 && q.start+8 <= len(text) {
				binary.LittleEndian.PutUint64(buf[m:], load64(text, q.start))
				m += l
				continue
			}
			m += copy(buf[m:], text[q.start:q.end])
		}
		d := buf[:n]
		score, reason := 0.0, ""
		var ctx, neg bool
		flags := 0
		switch {
		case plus:
			if !intlPossible(d) {
				if phoneContext.before(sc, start, 40) {
					score, reason = 0.3, "international prefix after a phone context word"
				}
				break
			}
			score, reason = 0.85, "international number: country code and a possible national length"
		case n >= 9 && d[0] == '0' && d[1] == '0' && intlPossible(d[2:]):
			score, reason = 0.75, "00 international prefix, country code and a possible national length"
		default:
			score, reason = nationalScore(d, glen[:min(groups, len(glen))], groups, paren, mixedSep)
			if spaceDash && nanpDigits(d) {
				score, reason = spaceDashScore, reasonSpaceDash
				if spaceDashRecord(text, start) {
					score = spaceDashRecordScore // a customer's record (read21b_phone.go)
				}
			} else if n == 7 && groups == 2 && score == 0.45 && d[0] >= '4' && d[0] <= '8' && icelandicBefore(text, start) {
				score, reason = icelandicScore, reasonIcelandic // "Jónsdóttir, 862 4107" (loc13_phone.go)
			}
			// Shapes of other plans (phone2Score); the SSN shape 3-2-4 and
			// twelve digits or more, the most of what is left, skip the call.
			if score == 0 && n <= 11 && (groups != 3 || glen[1] != 2 || glen[2] != 4) {
				score, reason = phone2Score(sc, runs[i:j+1], start, d, paren)
			}
		}
		// Inside a chain of IBAN groups ("MT84 MALT 0110 0001 2345 …"):
		// checked last of the rejections, as the dearest.
		if score == 0 || start > 1 && text[start-1] == ' ' && insideIBANChain(text, start) {
			continue
		}
		ctx = phoneContext.before(sc, start, 40) || phone2Label(text, start)
		neg = !ctx && notPhoneContext.before(sc, start, 20)
		if ctx && i > 0 && runs[i-1].end > start-40 && runs[i-1].start > 0 && isAlpha(text[runs[i-1].start-1]) &&
			notPhoneContext.before(sc, start, 20) && !phoneContext.before(sc, start, 20) {
			// An order or invoice word right before the number outweighs
			// a phone word further back when a code of letters and digits
			// stands between them, which the phone word named ("tracking
			// number 1Z… and invoice 0045 8821 9930").
			ctx, neg = false, true
		}
		if !plus && score < 0.6 && groups == 1 && !ctx && !neg && nationalValid(text[r.start:end]) {
			score += 0.15
			flags |= 1
		}
		if ctx {
			score = min(score+0.2, 0.99)
			flags |= 2
		}
		if neg && !ctx {
			score -= 0.3
			flags |= 4
		}
		if score <= 0 {
			// An order or reference word took all of a weak shape's score
			// ("serial 14700660747"): not a finding, even for an engine
			// whose floor for phones is 0.
			i = j
			continue
		}
		if paren && start < len(text) && text[start] == '(' && !strings.Contains(text[start:end], ")") {
			start++ // unbalanced "(" belongs to the sentence
		}
		if cell && !paren {
			// a cell glued to the one before: at most an ID's bare
			// checksum score, which wins the same bytes ("…,943 476
			// 5919,": an NHS number's 3-3-4 is a US number's too)
			score = min(score, 0.55)
		}
		why := phoneReason(reason, flags)
		if tollFreeLead(d, plus) && tollFreeDigits(d, glen[:min(groups, len(glen))], plus) {
			why = tollFreeReason // businessDemote lowers it (business13_tollfree.go)
		}
		if !plus && n >= 8 && roundNumber(buf[n-8:n]) {
			score, why = roundScore, roundReason // a switchboard's or a placeholder (read21b_phone.go)
		}
		dst = append(dst, Span{Start: start, End: end, Type: "PHONE_NUMBER", Rule: "builtin.phone", Score: score, Reason: why})
		i = j
	}
	return dst
}

func phoneStartOK(text string, p int) bool {
	if p == 0 {
		return true
	}
	c := text[p-1]
	if alnumBefore(text, p) || c == '_' || c == '#' || c == '$' || c == '/' || c == '@' || c == '=' {
		return false
	}
	if (c == '-' || c == '.' || c == ',' || c == ':') && p > 1 && isAlnum(text[p-2]) {
		return c == ':' && (phone2TelURI(text, p) || vcardTelValue(text, p))
	}
	// Inside a longer chain of digit groups ("DE88 6472 4123 8372 1575 86");
	// chains of IBAN groups are checked by the caller, last (see
	// insideIBANChain).
	if c == ' ' && p > 1 && isDigit(text[p-2]) {
		return false
	}
	// € (E2 82 AC) and £ (C2 A3) mark amounts.
	if c == 0xAC || c == 0xA3 {
		return false
	}
	return true
}

func phoneEndOK(text string, e int) bool {
	if e >= len(text) {
		return true
	}
	c := text[e]
	if isAlnum(c) || c == '_' || c == '%' || c == '@' {
		return false
	}
	if (c == '.' || c == ',' || c == '-' || c == '/' || c == ':') && e+1 < len(text) && isDigit(text[e+1]) {
		return false
	}
	return true
}

// intlPossible reports whether d (digits after + or 00) starts with a
// country code followed by a possible national length.
func intlPossible(d []byte) bool {
	cc := 0
	for k := 0; k < 3 && k < len(d); k++ {
		cc = cc*10 + int(d[k]-'0')
		rest := len(d) - k - 1
		if m := ccLengths[cc]; m != 0 {
			return rest < 32 && m&(1<<rest) != 0
		}
	}
	return false
}

// phoneDateLike reports dates such as 2023-09-25, 25.09.2023 or 9/25/2023
// in the three groups q of a candidate whose separator is sep.
func phoneDateLike(text string, q []digitRun, sep byte) bool {
	if sep != '-' && sep != '.' && sep != '/' {
		return false
	}
	num := func(r digitRun) int {
		v := 0
		for _, c := range []byte(text[r.start:r.end]) {
			v = v*10 + int(c-'0')
		}
		return v
	}
	g0, g1, g2 := q[0].end-q[0].start, q[1].end-q[1].start, q[2].end-q[2].start
	switch {
	case g0 == 4 && g1 <= 2 && g2 <= 2:
		return num(q[1]) <= 12
	case g0 <= 2 && g1 <= 2 && (g2 == 4 || g2 == 2):
		a, b := num(q[0]), num(q[1])
		return a >= 1 && b >= 1 && a <= 31 && b <= 31 && (a <= 12 || b <= 12)
	}
	return false
}

// nationalScore scores a number written without a country code by the
// shapes of the national plans this detector knows.
func nationalScore(d []byte, g []int, groups int, paren, mixedSep bool) (float64, string) {
	n := len(d)
	nanp := func(x []byte) bool { return x[0] >= '2' }
	if mixedSep && !paren {
		return 0, ""
	}
	switch {
	case groups == 3 && g[0] == 3 && g[1] == 2 && g[2] == 4:
		return 0, "" // AAA-GG-SSSS is the shape of a US SSN
	case n == 10 && groups == 3 && g[0] == 3 && g[1] == 3 && nanp(d):
		if paren {
			return 0.8, "US/CA number: (area code) exchange-line"
		}
		return 0.75, "US/CA number: area code, exchange and line groups"
	case n == 11 && d[0] == '1' && groups == 4 && g[0] == 1 && g[1] == 3 && g[2] == 3 && nanp(d[1:]):
		return 0.75, "US/CA number with trunk prefix 1"
	case n == 10 && groups == 1 && nanp(d):
		return 0.45, "ten digits in US/CA shape"
	case d[0] == '0' && d[1] != '0' && n >= 9 && n <= 12 && groups >= 2:
		if groups == 5 && n == 10 && g[0] == 2 && g[1] == 2 {
			return 0.8, "French number in pairs with trunk prefix 0"
		}
		return 0.65, "national number with trunk prefix 0 in groups (UK, DE, FR, IT, NL, IN)"
	case d[0] == '0' && d[1] != '0' && n >= 10 && n <= 11 && groups == 1:
		return 0.45, "national number with trunk prefix 0"
	case (n == 9 || n == 10) && d[0] >= '6' && d[0] <= '9' && groups >= 2 && (g[0] >= 2 && g[0] <= 5):
		return 0.55, "mobile number in national groups (ES, IN)"
	case n == 10 && d[0] == '3' && groups == 2 && g[0] == 3:
		return 0.55, "Italian mobile number: operator prefix and subscriber number"
	case n >= 7 && n <= 8 && groups == 2 && g[0] == 3 && g[1] == 4 && d[0] >= '2':
		return 0.45, "local number without area code"
	case n == 11 && d[0] == '1' && d[1] >= '3' && groups == 3 && g[0] == 3 && g[1] == 4 && g[2] == 4:
		// Eleven digits from 13 to 19: a mainland Chinese mobile number
		// written without +86, grouped 3-4-4 ("138 0013 8000").
		return 0.7, "Chinese mobile number in 3-4-4 groups"
	case n == 11 && d[0] == '1' && d[1] >= '3' && groups == 1:
		// Run together, it needs a context word (0.3 + 0.2).
		return 0.3, "eleven digits in Chinese mobile shape"
	}
	return 0, ""
}

// nationalValid runs libphonenumber's full validation (Parse and
// IsValidNumberForRegion, reimplemented on generated tables in
// internal/phonemeta) for the fixed list of regions; it is called only for
// ambiguous candidates, which are one run of digits.
func nationalValid(s string) bool {
	return phonemeta.NationalValid(s)
}

// phoneReasons holds every reason variant, precomputed so that a match
// does not allocate: base reason → flags (1 valid for a national plan,
// 2 after a context word, 4 after an order/reference word). It is a list,
// searched linearly: the bases differ in length, so a lookup is a few
// length comparisons and no hashing.
var phoneReasons = func() []phoneReasonSet {
	var m []phoneReasonSet
	for _, base := range []string{
		"00 international prefix, country code and a possible national length",
		"French number in pairs with trunk prefix 0",
		"US/CA number with trunk prefix 1",
		"US/CA number: (area code) exchange-line",
		"US/CA number: area code, exchange and line groups",
		"international number: country code and a possible national length",
		"international prefix after a phone context word",
		"local number without area code",
		"mobile number in national groups (ES, IN)",
		"Italian mobile number: operator prefix and subscriber number",
		"national number with trunk prefix 0",
		"national number with trunk prefix 0 in groups (UK, DE, FR, IT, NL, IN)",
		"ten digits in US/CA shape",
		// Last, as the rarest (the list is searched in order).
		"Chinese mobile number in 3-4-4 groups",
		"eleven digits in Chinese mobile shape",
	} {
		m = append(m, phoneReasonVariants(base))
	}
	return m
}()

// phoneReasonSet is a base reason and its variants by flags.
type phoneReasonSet struct {
	base     string
	variants [8]string
}

func phoneReason(base string, flags int) string {
	for i := range phoneReasons {
		if phoneReasons[i].base == base {
			return phoneReasons[i].variants[flags&7]
		}
	}
	return base
}
