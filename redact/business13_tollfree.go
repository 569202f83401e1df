package redact

// Toll-free and shared-cost numbers (issue 9): a number of a range that
// only a business or a public body can rent (the UK's 0800 and 0845, an
// Australian 1300, a Spanish 902, a Dutch 0900) reaches a desk, never a
// private person's line, wherever it stands. It falls under the threshold
// with a fixed reason; it stays a contact item of its chain (a role
// address beside it tells a business's contact line). The phone detector
// gives such a number tollFreeReason (its digits and groups are at hand
// there) and businessDemote lowers it with what it would have won over.
//
// Left out on purpose, because a person's number has the same digits:
// the UK's 0808 and 03 written nationally (Nigerian 0808 and Pakistani
// 03xx mobiles), the German 0180 written nationally (UK 01803 landlines),
// an Italian 080 (Bari) and the North American 800, 888, 877 … (the
// generated corpus labels random area codes in that shape). The
// Australian 1300 and 1800 and the Irish 1800 and 1850 fall in their
// international form only: the phone table (phone2_table_test.go) wants
// "1300 123 456" found in every template, a mobile's label too; whether
// to demote them is the maintainers' call, not this file's.

// tollFreeReason is the Reason of a toll-free or shared-cost number.
const tollFreeReason = "toll-free or shared-cost number: a business's line, not a person's"

// tollFreeMax bounds the digits tollFree reads.
const tollFreeMax = 16

// tollFree reports whether v, a phone number's bytes, is a toll-free or
// shared-cost number in its national or international form; it reads v
// as the phone detector does and asks tollFreeDigits.
func tollFree(v string) bool {
	var d [tollFreeMax]byte
	var g [8]int // the digits of each group
	n, ng, plus := 0, 0, false
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case isDigit(c):
			if n == len(d) {
				return false
			}
			d[n] = c
			n++
			if ng == 0 || i > 0 && !isDigit(v[i-1]) {
				if ng == len(g) {
					return false
				}
				ng++
			}
			g[ng-1]++
		case c == '+' && i == 0:
			plus = true
		case c == ' ' || c == '-' || c == '.' || c == '/' || c == '(' || c == ')':
		default:
			return false // an extension, a letter: not read here
		}
	}
	return n > 0 && tollFreeLead(d[:n], plus) && tollFreeDigits(d[:n], g[:ng], plus)
}

// tollFreeLead reports whether the digits d (after "+" when plus) may be
// a number tollFreeDigits takes, from their first digits: what the phone
// detector asks of every number, inlined; few pass.
func tollFreeLead(d []byte, plus bool) bool {
	if len(d) < 8 {
		return false
	}
	if plus {
		// a country code of tollFreeCodes and one of its ranges' first
		// digits (not NANP's "1")
		r := d[2]
		if r == '0' {
			r = d[3] // "+44 (0)800 …"
		}
		return tollFreeRanges[uint(d[0]-'0')*10%100+uint(d[1]-'0')%10]>>(r&15)&1 != 0
	}
	return d[0] == '0' || d[0] == '8' || d[0] == '9'
}

// tollFreeDigits reports whether d, the digits of a phone number (after
// "+" when plus) in groups of g digits, is a toll-free or shared-cost
// number.
func tollFreeDigits(d []byte, g []int, plus bool) bool {
	n := len(d)
	if n < 8 || n > tollFreeMax {
		return false
	}
	if !plus && d[0] == '0' && d[1] == '0' {
		plus, d = true, d[2:]
	}
	if plus {
		return tollFreeIntl(d)
	}
	switch {
	case hasPrefix(d, "0800"):
		return n >= 10 && n <= 12 // UK, DE, AT, CH, NL, NZ, BR, FR
	case hasPrefix(d, "084") && d[3] >= '3' && d[3] <= '5', hasPrefix(d, "087") && d[3] <= '3':
		// UK 0843-0845 and 0870-0873 in the UK's 4-3-4 (not a German
		// "0871 1234567" nor an Italian "0871 123456")
		return n == 11 && len(g) == 3 && g[0] == 4 && g[1] == 3 && g[2] == 4
	case hasPrefix(d, "080"):
		// French 0801-0809 in pairs ("08 05 12 34 56"), not Bari's 080
		return n == 10 && len(g) == 5 && g[0] == 2 && g[1] == 2 && g[2] == 2 && g[3] == 2
	case hasPrefix(d, "0900"):
		return n == 8 || n == 11 // Dutch 0900-1234, 0900 123 4567
	case hasPrefix(d, "0508"):
		return n == 10 // New Zealand
	case hasPrefix(d, "90") && d[2] <= '2', hasPrefix(d, "800"), hasPrefix(d, "803"):
		// Spanish 900-902, Italian, Portuguese and Polish 800, Italian 803:
		// nine digits
		return n == 9
	}
	return false
}

// tollFreeRanges holds, for a country code's first two digits, the first
// digits of its ranges in tollFreeCodes as bits (every digit for the
// three-digit codes +351 and +353): a country and a range no code has end
// tollFreeIntl before its loop.
var tollFreeRanges = func() (t [100]uint16) {
	for _, c := range tollFreeCodes {
		k := int(c.cc[0]-'0')*10 + int(c.cc[1]-'0')
		if len(c.cc) > 2 {
			t[k] = 1<<10 - 1
			continue
		}
		for _, p := range c.prefixes {
			t[k] |= 1 << (p[0] - '0')
		}
	}
	return t
}()

// tollFreeIntl reports whether ds, the digits after "+" or "00", is a
// toll-free or shared-cost number (a trunk "(0)" may stand after the
// country code).
func tollFreeIntl(ds []byte) bool {
	if len(ds) < 4 {
		return false
	}
	for _, c := range tollFreeCodes {
		if !hasPrefix(ds, c.cc) {
			continue
		}
		r := ds[len(c.cc):]
		if len(r) > 0 && r[0] == '0' {
			r = r[1:] // "+44 (0)800 …"
		}
		if len(r) < c.min || len(r) > c.max {
			return false
		}
		for _, p := range c.prefixes {
			if hasPrefix(r, p) {
				return true
			}
		}
		return false
	}
	return false
}

// tollFreeCodes are the countries' toll-free and shared-cost prefixes
// after the country code (no trunk 0) and the lengths of the national
// significant number.
var tollFreeCodes = [...]struct {
	cc       string
	min, max int
	prefixes []string
}{
	{"44", 9, 10, []string{"800", "808", "843", "844", "845", "870", "871", "872", "873", "300", "330", "333", "340", "345", "370", "371"}},
	{"61", 9, 10, []string{"1300", "1800"}},
	{"49", 9, 12, []string{"800", "1801", "1802", "1803", "1804", "1805", "1806", "1807"}},
	{"33", 9, 9, []string{"80", "81", "82", "89"}},
	{"34", 9, 9, []string{"900", "901", "902"}},
	{"39", 9, 10, []string{"800", "803"}},
	{"31", 7, 10, []string{"800", "900"}},
	{"353", 9, 10, []string{"1800", "1850"}},
	{"64", 8, 10, []string{"800", "508"}},
	{"351", 9, 9, []string{"800", "808"}},
	{"43", 9, 12, []string{"800"}},
	{"41", 9, 9, []string{"800"}},
}

// hasPrefix reports whether the digits s start with p.
func hasPrefix(s []byte, p string) bool { return len(s) >= len(p) && string(s[:len(p)]) == p }
