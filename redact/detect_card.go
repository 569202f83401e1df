package redact

import "encoding/binary"

func init() { register(cardDetector{}) }

// cardDetector finds payment card numbers: 13 to 19 digits, compact or in
// groups separated by single spaces or dashes, with a known issuer prefix
// and length and a valid Luhn checksum.
type cardDetector struct{}

func (cardDetector) ID() string      { return "builtin.credit_card" }
func (cardDetector) Types() []string { return []string{"CREDIT_CARD"} }

func (d cardDetector) Detect(text string, dst []Span) []Span {
	return detectAlone(d, text, dst)
}

// cardIssuer returns the issuer whose prefix and length rules fit the
// digits, or "".
func cardIssuer(d []byte) string {
	n := len(d)
	// The prefixes the rules test, as numbers: the first two, three, four
	// and six digits (all of them when there are fewer), read once.
	n6 := min(n, 6)
	p6 := 0
	for i := range n6 {
		p6 = p6*10 + int(d[i]-'0')
	}
	p2, p3, p4 := p6/pow10[n6-min(n6, 2)], p6/pow10[n6-min(n6, 3)], p6/pow10[n6-min(n6, 4)]
	switch {
	case (p2 == 34 || p2 == 37) && n == 15:
		return "American Express"
	case d[0] == '4' && (n == 13 || n == 16 || n == 19):
		return "Visa"
	case (p2 >= 51 && p2 <= 55 || p4 >= 2221 && p4 <= 2720) && n == 16:
		return "Mastercard"
	case (p4 == 6011 || p2 == 65 || p3 >= 644 && p3 <= 649 || p6 >= 622126 && p6 <= 622925) && n >= 16 && n <= 19:
		return "Discover"
	case (p3 >= 300 && p3 <= 305 || p2 == 36 || p2 == 38 || p2 == 39 || p4 == 3095) && n >= 14 && n <= 19:
		return "Diners Club"
	case p4 >= 3528 && p4 <= 3589 && n >= 16 && n <= 19:
		return "JCB"
	case (p2 == 62 || p2 == 81) && n >= 16 && n <= 19:
		return "UnionPay"
	case d[0] == '1' && n == 15:
		return "UATP"
	case (p4 == 5018 || p4 == 5020 || p4 == 5038 || p4 == 5893 || p4 == 6304 || p4 == 6759 ||
		p4 == 6761 || p4 == 6762 || p4 == 6763 || p2 == 50 || p2 >= 56 && p2 <= 58 || p2 == 67) && n >= 12 && n <= 19:
		return "Maestro"
	}
	return ""
}

// pow10 holds the powers of ten cardIssuer divides by.
var pow10 = [...]int{1, 10, 100, 1000, 10000, 100000, 1000000}

func (cardDetector) detectScan(sc *textScan, dst []Span) []Span {
	text := sc.text
	runs, kinds, anyKind := sc.runKinds()
	if anyKind&kindsCard == 0 {
		return dst
	}
	var buf [19 + 8]byte // 19 digits at most, and copyGroup's last 8-byte store
	for i := 0; i < len(runs); i++ {
		r := runs[i]
		if kinds[i]&kindsCard == 0 {
			continue
		}
		if l := r.end - r.start; l < 3 || (l < 13 && (i+1 == len(runs) || runs[i+1].start != r.end+1)) {
			continue
		}
		if r.start > 0 && (alnumBefore(text, r.start) || (text[r.start-1] == '.' || text[r.start-1] == ',') && r.start > 1 && isDigit(text[r.start-2])) {
			continue
		}
		// Compact form.
		if l := r.end - r.start; l >= 13 {
			if l <= 19 && cardEndOK(text, r.end) {
				n := copy(buf[:19], text[r.start:r.end])
				if iss := cardIssuer(buf[:n]); iss != "" && luhn(text[r.start:r.end]) {
					dst = append(dst, Span{Start: r.start, End: r.end, Type: "CREDIT_CARD", Rule: "builtin.credit_card",
						Score: 0.9, Reason: cardReason(iss, false)})
				}
			}
			continue
		}
		if l := r.end - r.start; l < 3 || l > 6 {
			continue
		}
		// Grouped form: the separator after the first group sets the style.
		if r.end >= len(text) {
			continue
		}
		sep := text[r.end]
		if sep != ' ' && sep != '-' {
			continue
		}
		// The groups of the chain: most chains (phone numbers, dates, the
		// digits of an IBAN) have fewer than 13 digits in all, and are
		// dropped before their digits are copied.
		last, total := i, r.end-r.start
		for j := i + 1; j < len(runs); j++ {
			q := runs[j]
			if q.start != runs[j-1].end+1 || text[runs[j-1].end] != sep {
				break
			}
			l := q.end - q.start
			if l > 6 || total+l > 19 {
				break
			}
			last, total = j, total+l
		}
		if total < 13 {
			continue
		}
		// Inside a longer chain (e.g. the digits of an IBAN) only a weaker
		// candidate is allowed.
		midChain := i > 0 && runs[i-1].end == r.start-1 && text[r.start-1] == sep
		n := copyGroup(&buf, 0, text, r)
		bestEnd, bestN := -1, 0
		for j := i + 1; j <= last; j++ {
			q := runs[j]
			n = copyGroup(&buf, n, text, q)
			if n >= 13 && cardEndOK(text, q.end) && cardIssuer(buf[:n]) != "" && luhn(string(buf[:n])) {
				bestEnd, bestN = q.end, n
			}
		}
		// Inside a chain of IBAN groups: checked last, as the dearest test.
		if bestEnd < 0 || insideIBANChain(text, r.start) {
			continue
		}
		score := 0.9
		if midChain {
			score = 0.6
		}
		dst = append(dst, Span{Start: r.start, End: bestEnd, Type: "CREDIT_CARD", Rule: "builtin.credit_card",
			Score: score, Reason: cardReason(cardIssuer(buf[:bestN]), true)})
		for i+1 < len(runs) && runs[i+1].start < bestEnd {
			i++
		}
	}
	return dst
}

// cardEndOK reports whether a card number may end at e: not followed by a
// letter, a digit or a decimal part.
func cardEndOK(text string, e int) bool {
	if e >= len(text) {
		return true
	}
	c := text[e]
	if isAlnum(c) {
		return false
	}
	if (c == '.' || c == ',') && e+1 < len(text) && isDigit(text[e+1]) {
		return false
	}
	return true
}

var cardIssuers = []string{"American Express", "Visa", "Mastercard", "Discover", "Diners Club", "JCB", "UnionPay", "UATP", "Maestro"}

// cardReasons holds the precomputed reasons of each of cardIssuers
// (compact, grouped), so a match does not allocate.
var cardReasons = func() [][2]string {
	r := make([][2]string, len(cardIssuers))
	for i, iss := range cardIssuers {
		r[i] = [2]string{
			"compact digits, " + iss + " prefix and length, valid Luhn checksum",
			"digit groups, " + iss + " prefix and length, valid Luhn checksum",
		}
	}
	return r
}()

// cardReason returns the reason of a card of issuer: a look along the
// nine issuers, which compares the bytes of those of the same length
// only (a map hashed the name, ~120 instructions).
func cardReason(issuer string, grouped bool) string {
	for i, iss := range cardIssuers {
		if len(iss) == len(issuer) && iss == issuer {
			if grouped {
				return cardReasons[i][1]
			}
			return cardReasons[i][0]
		}
	}
	return ""
}

// copyGroup copies the digits of the group q, of at most six, to buf[n:]
// and returns the new end: with one 8-byte load and store where the text
// has eight bytes from the group's start (the next group overwrites the
// bytes past it), instead of a call to copy.
func copyGroup(buf *[19 + 8]byte, n int, text string, q digitRun) int {
	if q.start+8 <= len(text) && uint(n) <= 19 {
		binary.LittleEndian.PutUint64(buf[n:], load64(text, q.start))
		return n + q.end - q.start
	}
	return n + copy(buf[n:19], text[q.start:q.end])
}
