package redact

import "strings"

func init() { register(emailDetector{}) }

// emailDetector finds e-mail addresses: it looks for '@' and validates the
// local part and the domain by hand.
type emailDetector struct{}

func (emailDetector) ID() string      { return "builtin.email" }
func (emailDetector) Types() []string { return []string{"EMAIL_ADDRESS"} }

func (d emailDetector) Detect(text string, dst []Span) []Span {
	return detectAlone(d, text, dst)
}

func isLocalChar(c byte) bool { return localChars[c] }

// localChars marks the bytes of an e-mail address's local part.
var localChars = func() (t [256]bool) {
	for c := 0; c < 256; c++ {
		t[c] = isAlnum(byte(c))
	}
	for _, c := range []byte("._%+-'!#$&*/=?^`{|}~") {
		t[c] = true
	}
	return t
}()

// detectScan looks for the first '@' in the scan's marks and leaves the
// rest to emailsFrom: small enough to be inlined, it costs most texts
// (which have no '@') a few instructions and no call.
func (emailDetector) detectScan(sc *textScan, dst []Span) []Span {
	if at := sc.next(mkAt, 0); at >= 0 {
		return emailsFrom(sc, at, dst)
	}
	return dst
}

// emailsFrom finds the e-mail addresses around each '@' of the text, the
// first at index first.
func emailsFrom(sc *textScan, first int, dst []Span) []Span {
	text := sc.text
	from := 0
	for at := first; at >= 0; at = sc.next(mkAt, from) {
		from = at + 1
		// Local part: walk left over allowed characters.
		s := at
		for s > 0 && isLocalChar(text[s-1]) && at-s < 64 {
			s--
		}
		// A JSON or C escape ("\nana@…") is not part of the address.
		if s >= 2 && s < at && text[s-1] == '\\' && (text[s] == 'n' || text[s] == 't' || text[s] == 'r') {
			s++
		}
		// Trim punctuation a sentence might put before the address.
		for s < at && !isAlnum(text[s]) && text[s] != '_' {
			s++
		}
		if s == at || text[at-1] == '.' || (s > 0 && text[s-1] == '@') || doubleDotIn(sc, s, at) {
			continue
		}
		// Domain: labels separated by dots (emailDomainAt).
		e, valid := emailDomainAt(sc, at)
		if e < len(text) && text[e] == '@' || !valid {
			continue
		}
		dst = append(dst, Span{Start: s, End: e, Type: "EMAIL_ADDRESS", Rule: "builtin.email", Score: 1,
			Reason: "local part, '@' and a domain with a valid top-level label"})
		from = e
	}
	return dst
}

// validDomain checks dotted labels of letters, digits and inner dashes,
// with an alphabetic top-level label of at least two letters.
func validDomain(dom string) bool {
	if len(dom) < 4 {
		return false
	}
	labels, start := 0, 0
	for i := 0; i <= len(dom); i++ {
		if i < len(dom) && dom[i] != '.' {
			continue
		}
		if i == start || i-start > 63 || dom[start] == '-' || dom[i-1] == '-' {
			return false
		}
		labels++
		if i < len(dom) {
			start = i + 1
		}
	}
	last := dom[start:]
	if labels < 2 || len(last) < 2 {
		return false
	}
	for i := 0; i < len(last); i++ {
		if !isAlpha(last[i]) {
			// Punycode TLDs (xn--...) are allowed.
			return strings.HasPrefix(last, "xn--")
		}
	}
	return true
}
