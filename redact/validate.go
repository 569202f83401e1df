package redact

import "sort"

// validators holds the checksum functions that custom detectors (rules
// files) can name. Other files add more in their init functions.
var validators = map[string]func(string) bool{
	"luhn":  luhnString,
	"mod97": ibanMod97,
}

// Validator returns the checksum function registered under name, e.g.
// "luhn" or "mod97". Validators ignore spaces and dashes in their input.
func Validator(name string) (func(string) bool, bool) {
	f, ok := validators[name]
	return f, ok
}

// ValidatorNames lists the registered validator names, sorted.
func ValidatorNames() []string {
	names := make([]string, 0, len(validators))
	for n := range validators {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// luhn reports whether digits (ASCII digits only, at least two) pass the
// Luhn checksum. Any other byte makes it false.
func luhn(digits string) bool {
	if len(digits) < 2 {
		return false
	}
	sum := 0
	double := false
	for i := len(digits) - 1; i >= 0; i-- {
		c := digits[i]
		if c < '0' || c > '9' {
			return false
		}
		d := int(c - '0')
		if double {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
		double = !double
	}
	return sum%10 == 0
}

// luhnString is luhn that skips spaces and dashes, for custom detectors.
func luhnString(s string) bool {
	var buf [64]byte
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' || c == '-' {
			continue
		}
		if c < '0' || c > '9' || n == len(buf) {
			return false
		}
		buf[n] = c
		n++
	}
	return luhn(string(buf[:n]))
}

// ibanMod97 reports whether s, an IBAN with optional spaces or dashes, has
// a valid ISO 7064 MOD 97-10 check (letters count as 10..35, case
// insensitive). It does not check the per-country length.
func ibanMod97(s string) bool {
	var buf [40]byte
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ' || c == '-':
			continue
		case n == len(buf):
			return false
		case c >= '0' && c <= '9', c >= 'A' && c <= 'Z':
		case c >= 'a' && c <= 'z':
			c -= 'a' - 'A'
		default:
			return false
		}
		buf[n] = c
		n++
	}
	if n < 5 || !isUpper(buf[0]) || !isUpper(buf[1]) || !isDigit(buf[2]) || !isDigit(buf[3]) {
		return false
	}
	return mod97Rearranged(buf[:n]) == 1
}

// mod97Rearranged computes the ISO 7064 remainder of an upper-case IBAN
// with its first four characters moved to the end.
func mod97Rearranged(b []byte) int {
	r := 0
	step := func(c byte) {
		if c >= 'A' {
			v := int(c-'A') + 10
			r = (r*100 + v) % 97
			return
		}
		r = (r*10 + int(c-'0')) % 97
	}
	for _, c := range b[4:] {
		step(c)
	}
	for _, c := range b[:4] {
		step(c)
	}
	return r
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }
func isLower(c byte) bool { return c >= 'a' && c <= 'z' }

// The byte tests below that take more than one range or value read the
// byteClass table instead: one load and test, where a chain of tests is
// several branches, taken at random in the loops that read words.

func isAlpha(c byte) bool      { return byteClass[c]&clsLetter != 0 }
func isAlnum(c byte) bool      { return byteClass[c]&(clsLetter|clsDigit) != 0 }
func isASCIIAlnum(c byte) bool { return byteClass[c]&(clsLetter|clsDigit) != 0 }
func isHex(c byte) bool        { return byteClass[c]&clsHex != 0 }

// isKeyChar and isB64URLChar report whether c is a letter, digit, '_' or
// '-': a byte of an API key or of base64url.
func isKeyChar(c byte) bool    { return byteClass[c]&clsKey != 0 }
func isB64URLChar(c byte) bool { return byteClass[c]&clsKey != 0 }

// isDomainChar reports whether c is a letter, digit, '-' or '.'.
func isDomainChar(c byte) bool { return byteClass[c]&clsDomain != 0 }

// isCtxWordByte reports whether c can be part of a context word: ASCII
// letters, digits, apostrophe, dot and hyphen, and any non-ASCII byte.
func isCtxWordByte(c byte) bool { return byteClass[c]&clsCtxWord != 0 }

// isV6Char reports whether c is a hex digit, ':' or '.'.
func isV6Char(c byte) bool { return byteClass[c]&clsV6 != 0 }

// isWordByte reports whether c is an ASCII letter or digit or any
// non-ASCII byte.
func isWordByte(c byte) bool { return byteClass[c]&clsWord != 0 }

// Classes of byteClass.
const (
	clsDigit   = 1 << iota // '0'-'9'
	clsLetter              // 'A'-'Z', 'a'-'z'
	clsHex                 // a hex digit, either case
	clsKey                 // a letter, digit, '_' or '-' (API keys, base64url)
	clsDomain              // a letter, digit, '-' or '.' (e-mail domains)
	clsCtxWord             // a letter, digit, '\'', '-', '.' or any non-ASCII byte (context words)
	clsV6                  // a hex digit, ':' or '.' (IPv6 addresses)
	clsWord                // a letter, digit or any non-ASCII byte (words)
)

var byteClass = func() (t [256]uint8) {
	for c := range 256 {
		b := byte(c)
		var k uint8
		if b >= '0' && b <= '9' {
			k |= clsDigit
		}
		if b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' {
			k |= clsLetter
		}
		if b >= '0' && b <= '9' || b >= 'a' && b <= 'f' || b >= 'A' && b <= 'F' {
			k |= clsHex | clsV6
		}
		if k&(clsDigit|clsLetter) != 0 {
			k |= clsKey | clsDomain | clsCtxWord
		}
		switch b {
		case '_':
			k |= clsKey
		case '-':
			k |= clsKey | clsDomain | clsCtxWord
		case '.':
			k |= clsDomain | clsCtxWord | clsV6
		case '\'':
			k |= clsCtxWord
		case ':':
			k |= clsV6
		}
		if b >= 0x80 || k&(clsDigit|clsLetter) != 0 {
			k |= clsWord
		}
		if b >= 0x80 {
			k |= clsCtxWord
		}
		t[c] = k
	}
	return t
}()

// afterEscape reports whether text[p-2:p] is an escape such as "\n" (as
// in a raw JSON string), which ends a word although its letter is alphanumeric.
func afterEscape(text string, p int) bool {
	return p >= 2 && text[p-2] == '\\' && (text[p-1] == 'n' || text[p-1] == 't' || text[p-1] == 'r')
}

// alnumBefore reports whether the byte before p is a letter or digit that
// belongs to a word (not the letter of an escape like "\n").
func alnumBefore(text string, p int) bool {
	return p > 0 && isAlnum(text[p-1]) && !afterEscape(text, p)
}

// toLowerASCII lowers an ASCII letter.
func toLowerASCII(c byte) byte {
	if isUpper(c) {
		return c + ('a' - 'A')
	}
	return c
}
