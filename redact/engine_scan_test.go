package redact

import (
	"fmt"
	"math/rand/v2"
	"net/netip"
	"strings"
	"testing"
)

// TestMACDetector covers the scan shortcuts of the MAC detector: the first
// separator from the shared scan, and the Cisco form found between the
// first and the last dot.
func TestMACDetector(t *testing.T) {
	runDetCases(t, macDetector{}, "MAC_ADDRESS", []detCase{
		{"colon at start", "00:1A:2B:3C:4D:5E", []string{"00:1A:2B:3C:4D:5E"}},
		{"colon after other colons", "Note: see: 00:1A:2B:3C:4D:5E now", []string{"00:1A:2B:3C:4D:5E"}},
		{"dash after a dash", "re-flash AA-BB-CC-DD-EE-0F, then 0a-1b-2c-3d-4e-5f", []string{"AA-BB-CC-DD-EE-0F", "0a-1b-2c-3d-4e-5f"}},
		{"colon pair too close to the end", "ab:cd:ef:01:23:4", nil},
		{"cisco only dots", "aabb.ccdd.eeff", []string{"aabb.ccdd.eeff"}},
		{"cisco after dots", "Hi. Ok. Port aabb.ccdd.eeff.", []string{"aabb.ccdd.eeff"}},
		{"cisco twice", "dead.beef.cafe and 0123.4567.89ab.", []string{"dead.beef.cafe", "0123.4567.89ab"}},
		{"dots four apart", "abcd.abc.abcd.", nil},
		{"one dot", "Write a short blurb.", nil},
		{"cisco cut short", "aabb.ccdd.eef", nil},
	})
}

// TestIPv6FromFirstColon checks that IPv6 addresses are found whatever
// precedes them, starting from the shared scan's first colon.
func TestIPv6FromFirstColon(t *testing.T) {
	runDetCases(t, ipDetector{}, "IP_ADDRESS", []detCase{
		{"colon first", "::1 is local", []string{"::1"}},
		{"after a label", "Host: fe80::1ff:fe23:4567:890a", []string{"fe80::1ff:fe23:4567:890a"}},
		{"no colon", "2001 db8 1", nil},
	})
}

// TestOctetOK checks the IPv4 octet test against net/netip for every
// one- to three-digit string.
func TestOctetOK(t *testing.T) {
	for n := 1; n <= 3; n++ {
		lim := []int{0, 10, 100, 1000}[n]
		for v := 0; v < lim; v++ {
			o := fmt.Sprintf("%0*d", n, v)
			_, err := netip.ParseAddr(o + ".1.1.1")
			if got := octetOK(o, digitRun{0, n}); got != (err == nil) {
				t.Errorf("octetOK(%q) = %v, netip says %v", o, got, err)
			}
		}
	}
}

// TestByteClasses checks the table-driven byte tests against their
// definitions, for every byte.
func TestByteClasses(t *testing.T) {
	for c := range 256 {
		b := byte(c)
		letter := b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
		alnum := letter || b >= '0' && b <= '9'
		if isASCIIAlnum(b) != alnum || isAlnum(b) != alnum || isAlpha(b) != letter {
			t.Errorf("byte %#x: isASCIIAlnum %v, isAlnum %v, isAlpha %v; want alnum %v, letter %v",
				b, isASCIIAlnum(b), isAlnum(b), isAlpha(b), alnum, letter)
		}
		hex := b >= '0' && b <= '9' || b >= 'a' && b <= 'f' || b >= 'A' && b <= 'F'
		key := alnum || b == '_' || b == '-'
		domain := alnum || b == '-' || b == '.'
		ctxWord := alnum || b >= 0x80 || b == '\'' || b == '-' || b == '.'
		v6 := hex || b == ':' || b == '.'
		if word := alnum || b >= 0x80; isWordByte(b) != word {
			t.Errorf("byte %#x: isWordByte %v, want %v", b, isWordByte(b), word)
		}
		if isHex(b) != hex || isKeyChar(b) != key || isB64URLChar(b) != key || isDomainChar(b) != domain ||
			isCtxWordByte(b) != ctxWord || isV6Char(b) != v6 {
			t.Errorf("byte %#x: isHex %v, isKeyChar %v, isB64URLChar %v, isDomainChar %v, isCtxWordByte %v, isV6Char %v; want %v, %v, %v, %v, %v, %v",
				b, isHex(b), isKeyChar(b), isB64URLChar(b), isDomainChar(b), isCtxWordByte(b), isV6Char(b), hex, key, key, domain, ctxWord, v6)
		}
	}
}

// validDomainRef is the label-splitting form validDomain replaced.
func validDomainRef(dom string) bool {
	if len(dom) < 4 || strings.Count(dom, ".") == 0 {
		return false
	}
	labels := strings.Split(dom, ".")
	for _, lab := range labels {
		if lab == "" || len(lab) > 63 || lab[0] == '-' || lab[len(lab)-1] == '-' {
			return false
		}
	}
	last := labels[len(labels)-1]
	if len(labels) < 2 || len(last) < 2 {
		return false
	}
	for i := 0; i < len(last); i++ {
		if !isAlpha(last[i]) {
			return strings.HasPrefix(last, "xn--")
		}
	}
	return true
}

// TestValidDomain compares validDomain with the reference on random
// strings of domain characters.
func TestValidDomain(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	const alphabet = "ab1-.x-n."
	inputs := []string{"", "a.bc", "example.com", "xn--p1ai.xn--p1ai", "a..bc", ".ab.cd", "ab.cd.", "-a.bc", "a-.bc", "a.b", "a.b-c", strings.Repeat("a", 64) + ".com", strings.Repeat("a", 63) + ".com"}
	for k := 0; k < 20000; k++ {
		b := make([]byte, rng.IntN(14))
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		inputs = append(inputs, string(b))
	}
	for _, d := range inputs {
		if got, want := validDomain(d), validDomainRef(d); got != want {
			t.Errorf("validDomain(%q) = %v, want %v", d, got, want)
		}
	}
}

// beforeRef is the byte-by-byte form wordSet.before replaced.
func beforeRef(ws *wordSet, text string, pos, window int) bool {
	for i := max(pos-window, 0); i < pos; i++ {
		c := text[i] | 0x20
		if c < 'a' || c > 'z' || i+1 >= len(text) || (i > 0 && isAlpha(text[i-1])) {
			continue
		}
		for _, w := range ws.buckets[c&31] {
			if i+len(w) <= len(text) && keyLabelFold(text[i:], w) {
				return true
			}
		}
	}
	return false
}

// TestWordSetBefore compares wordSet.before with the reference on random
// texts made of context-word pieces, letters and separators.
func TestWordSetBefore(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	pieces := []string{"phone", "Tel", "call", "ss#", "SSN", "v.", "version", "x", "A", "b", " ", ":", "-", "9", "é", "\\n", "mob"}
	for k := 0; k < 20000; k++ {
		var sb strings.Builder
		for n := rng.IntN(40); n >= 0; n-- {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		text := sb.String()
		pos, window := rng.IntN(len(text)+1), rng.IntN(45)
		var sc textScan
		sc.reset(text, false)
		for _, ws := range []*wordSet{phoneContext, notPhoneContext, ssnContext, versionContext} {
			if got, want := ws.before(&sc, pos, window), beforeRef(ws, text, pos, window); got != want {
				t.Fatalf("before(%q, %d, %d) = %v, want %v", text, pos, window, got, want)
			}
		}
	}
}

// TestIBANRemainder compares ibanRemainder with mod97Rearranged on random
// upper-case IBAN-like strings of every length the scan sees.
func TestIBANRemainder(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	const chars = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	for k := 0; k < 50000; k++ {
		b := make([]byte, 5+rng.IntN(30))
		for i := range b {
			b[i] = chars[rng.IntN(len(chars))]
			if k%3 == 0 {
				b[i] = 'Z'
			}
		}
		if got, want := ibanRemainder(b), mod97Rearranged(b); got != want {
			t.Fatalf("ibanRemainder(%s) = %d, want %d", b, got, want)
		}
	}
}

// TestPhoneTrunkPrefix checks numbers with a bracketed trunk prefix, whose
// digits are joined without it.
func TestPhoneTrunkPrefix(t *testing.T) {
	runDetCases(t, phoneDetector{}, "PHONE_NUMBER", []detCase{
		{"UK spaced", "call +44 (0)20 7946 0958 today", []string{"+44 (0)20 7946 0958"}},
		{"NL spaced", "tel +31 (0)6 1234 5678", []string{"+31 (0)6 1234 5678"}},
		{"bracketed digit not a trunk prefix", "tel +31 (1)6 1234 5678", []string{"+31 (1)6 1234 5678"}},
	})
}

// TestLocalChars checks the local-part table against the list it encodes.
func TestLocalChars(t *testing.T) {
	for c := 0; c < 256; c++ {
		want := isAlnum(byte(c)) || strings.IndexByte("._%+-'!#$&*/=?^`{|}~", byte(c)) >= 0
		if got := isLocalChar(byte(c)); got != want {
			t.Errorf("isLocalChar(%q) = %v, want %v", byte(c), got, want)
		}
	}
}
