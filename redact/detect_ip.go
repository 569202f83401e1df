package redact

import (
	"net/netip"
	"strings"
)

func init() { register(ipDetector{}) }

// ipDetector finds IPv4 dotted quads (not part of a longer dotted number,
// not after words like "version") and IPv6 addresses, including
// compressed and IPv4-mapped forms. Candidates are validated with
// net/netip.
type ipDetector struct{}

func (ipDetector) ID() string      { return "builtin.ip_address" }
func (ipDetector) Types() []string { return []string{"IP_ADDRESS"} }

func (d ipDetector) Detect(text string, dst []Span) []Span {
	return detectAlone(d, text, dst)
}

var versionContext = newWordSet("version", "release", "build", "firmware", "patch", "update", "v.", "ver.")

func (d ipDetector) detectScan(sc *textScan, dst []Span) []Span {
	if sc.sum.ipv4Maybe(sc.anyKind) {
		dst = d.detectV4(sc, dst)
	}
	if sc.sum.ipv6Maybe() {
		dst = d.detectV6(sc, sc.next(mkColon, 0), dst)
	}
	return dst
}

func (ipDetector) detectV4(sc *textScan, dst []Span) []Span {
	text := sc.text
	runs, kinds, anyKind := sc.runKinds()
	if anyKind&kindIPv4 == 0 {
		return dst
	}
	for i := 0; i+3 < len(runs); i++ {
		r := runs[i]
		if kinds[i]&kindIPv4 == 0 {
			continue
		}
		// The next run must follow a single dot: the rarest condition first.
		if r.end-r.start > 3 || runs[i+1].start != r.end+1 || text[r.end] != '.' {
			continue
		}
		if r.start > 0 {
			c := text[r.start-1]
			if alnumBefore(text, r.start) || c == '_' || c == ':' || (c == '.' && r.start > 1 && isAlnum(text[r.start-2])) {
				continue
			}
		}
		ok := true
		for j := i + 1; j <= i+3; j++ {
			q := runs[j]
			if q.end-q.start > 3 || q.start != runs[j-1].end+1 || text[runs[j-1].end] != '.' {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		e := runs[i+3].end
		if e < len(text) {
			c := text[e]
			if isAlnum(c) || c == '_' || (c == '.' && e+1 < len(text) && isDigit(text[e+1])) {
				continue
			}
		}
		if !octetOK(text, r) || !octetOK(text, runs[i+1]) || !octetOK(text, runs[i+2]) || !octetOK(text, runs[i+3]) {
			continue
		}
		score, reason := 0.9, "four dotted decimal octets, each 0-255"
		if versionContext.before(sc, r.start, 24) {
			score, reason = 0.3, "dotted quad after a version word; likely a version number"
		}
		// A CIDR suffix belongs to the address.
		if e+1 < len(text) && text[e] == '/' && isDigit(text[e+1]) {
			k := e + 1
			for k < len(text) && isDigit(text[k]) && k-e <= 2 {
				k++
			}
			if k == len(text) || !isAlnum(text[k]) {
				e = k
			}
		}
		dst = append(dst, Span{Start: r.start, End: e, Type: "IP_ADDRESS", Rule: "builtin.ip_address", Score: score, Reason: reason})
		i += 3
	}
	return dst
}

// octetOK reports whether the run of one to three digits is an IPv4
// octet as net/netip reads one: at most 255, without a leading zero.
func octetOK(text string, r digitRun) bool {
	switch r.end - r.start {
	case 1:
		return true
	case 2:
		return text[r.start] != '0'
	}
	c0, c1, c2 := text[r.start], text[r.start+1], text[r.start+2]
	return c0 == '1' || c0 == '2' && (c1 < '5' || c1 == '5' && c2 <= '5')
}

// detectV6 finds IPv6 addresses around the colons from the first, at
// colon, visiting the colons in the order of the scan's marks.
func (ipDetector) detectV6(sc *textScan, colon int, dst []Span) []Span {
	text := sc.text
	from := colon
	for c := colon; c >= 0; c = sc.next(mkColon, from) {
		from = c + 1
		// Quick reject: an address has a hex digit or a colon beside each colon.
		prevOK := c > 0 && (isHex(text[c-1]) || text[c-1] == ':')
		nextOK := c+1 < len(text) && (isHex(text[c+1]) || text[c+1] == ':')
		if !prevOK && !nextOK {
			continue
		}
		s := c
		for s > 0 && isV6Char(text[s-1]) {
			s--
		}
		e := c + 1
		for e < len(text) && isV6Char(text[e]) {
			e++
		}
		from = e
		// Sentence punctuation is not part of the address.
		for e > s && text[e-1] == '.' {
			e--
		}
		for s < e && text[s] == '.' {
			s++
		}
		if e-s < 2 || e-s > 45 || (s > 0 && (isAlnum(text[s-1]) || text[s-1] == '_')) ||
			(e < len(text) && (isAlnum(text[e]) || text[e] == '_')) {
			continue
		}
		cand := text[s:e]
		if strings.Count(cand, ":") < 2 {
			continue
		}
		addr, err := netip.ParseAddr(cand)
		if err != nil || !addr.Is6() {
			// A trailing ":" (e.g. "at ::1:") belongs to the sentence.
			if e-s > 2 && cand[len(cand)-1] == ':' && cand[len(cand)-2] != ':' {
				if a2, err2 := netip.ParseAddr(cand[:len(cand)-1]); err2 == nil && a2.Is6() {
					e--
					addr, err = a2, nil
				}
			}
			if err != nil || !addr.Is6() {
				continue
			}
		}
		if !strings.ContainsFunc(text[s:e], func(r rune) bool { return r != ':' && r != '0' }) && e-s < 3 {
			continue
		}
		// A zone ("%eth0") and a prefix length ("/64") belong to the address.
		if e+1 < len(text) && text[e] == '%' && isKeyChar(text[e+1]) {
			e = spanWhile(text, e+1, func(c byte) bool { return isKeyChar(c) || c == '.' })
		}
		if e+1 < len(text) && text[e] == '/' && isDigit(text[e+1]) {
			k := spanWhile(text, e+1, isDigit)
			if k-e <= 4 && (k == len(text) || !isAlnum(text[k])) {
				e = k
			}
		}
		from = max(from, e)
		reason := "IPv6 address"
		if addr.Is4In6() {
			reason = "IPv4-mapped IPv6 address"
		} else if strings.Contains(text[s:e], "::") {
			reason = "compressed IPv6 address"
		}
		dst = append(dst, Span{Start: s, End: e, Type: "IP_ADDRESS", Rule: "builtin.ip_address", Score: 0.9, Reason: reason})
	}
	return dst
}
