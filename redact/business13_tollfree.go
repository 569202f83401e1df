package redact

// Toll-free and shared-cost numbers (issue 9): a number of a range that
// only a business or a public body can rent (the UK's 0800 and 0845, an
// Australian 1300, a Spanish 902, a Dutch 0900) reaches a desk, never a
// private person's line, wherever it stands. It falls under the threshold
// with a fixed reason; it stays a contact item of its chain (a role
// address beside it tells a business's contact line).
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
// shared-cost number in its national or international form.
func tollFree(v string) bool {
	// most numbers: a glance at their first bytes, then their first digits
	return tollFreeFirst(v) && tollFreeRest(v)
}

// tollFreeRest is tollFree after tollFreeFirst.
func tollFreeRest(v string) bool {
	return (v[0] != '+' || tollFreePlus(v)) && tollFreeLead(v) && tollFreeWhole(v)
}

// tollFreeFirst reports whether v's first byte may start a number
// tollFree takes: '0', '8' or '9' (after a bracket), or '+' but not "+1".
// It inlines: most numbers end here.
func tollFreeFirst(v string) bool {
	if len(v) < 6 {
		return false
	}
	c := v[0]
	if c == '(' {
		c = v[1]
	}
	return c == '0' || c == '8' || c == '9' || c == '+' && v[1] != '1'
}

// tollFreePlus reports whether v, a number after '+', starts with a
// country code of tollFreeCodes and, when a space follows it, a range's
// first digit ("+44 20 …" no, "+44 800 …" yes). len(v) >= 6.
func tollFreePlus(v string) bool {
	a, b := uint(v[1]-'0'), uint(v[2]-'0')
	if a > 9 || b > 9 {
		return false
	}
	m := tollFreeRanges[a*10+b]
	if r := uint(v[4] - '0'); v[3] == ' ' && r > 0 && r <= 9 {
		return m>>r&1 != 0
	}
	return m != 0
}

// tollFreeRanges holds, for a country code's first two digits, the first
// digits of its ranges in tollFreeCodes as bits (every digit for the
// three-digit codes +351 and +353).
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

// tollFreeWhole is tollFree without its filters: it reads the whole
// number.
func tollFreeWhole(v string) bool {
	var d [tollFreeMax]byte
	var g [6]uint8 // the digits of each group
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
	if n < 8 {
		return false
	}
	ds := string(d[:n]) // no allocation: compared, never kept
	if !plus && len(ds) > 2 && ds[:2] == "00" {
		plus, ds = true, ds[2:]
	}
	if plus {
		return tollFreeIntl(ds)
	}
	switch {
	case hasPrefix(ds, "0800"):
		return n >= 10 && n <= 12 // UK, DE, AT, CH, NL, NZ, BR, FR
	case hasPrefix(ds, "084") && ds[3] >= '3' && ds[3] <= '5', hasPrefix(ds, "087") && ds[3] <= '3':
		// UK 0843-0845 and 0870-0873 in the UK's 4-3-4 (not a German
		// "0871 1234567" nor an Italian "0871 123456")
		return n == 11 && ng == 3 && g[0] == 4 && g[1] == 3 && g[2] == 4
	case hasPrefix(ds, "080"):
		// French 0801-0809 in pairs ("08 05 12 34 56"), not Bari's 080
		return n == 10 && ng == 5 && g[0] == 2 && g[1] == 2 && g[2] == 2 && g[3] == 2
	case hasPrefix(ds, "0900"):
		return n == 8 || n == 11 // Dutch 0900-1234, 0900 123 4567
	case hasPrefix(ds, "0508"):
		return n == 10 // New Zealand
	case hasPrefix(ds, "90") && ds[2] <= '2', hasPrefix(ds, "800"), hasPrefix(ds, "803"):
		// Spanish 900-902, Italian, Portuguese and Polish 800, Italian 803:
		// nine digits
		return n == 9
	}
	return false
}

// tollFreeIntl reports whether ds, the digits after "+" or "00", is a
// toll-free or shared-cost number (a trunk "(0)" may stand after the
// country code).
func tollFreeIntl(ds string) bool {
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

// hasPrefix is strings.HasPrefix for short constant prefixes.
func hasPrefix(s, p string) bool { return len(s) >= len(p) && s[:len(p)] == p }

// tollFreeLead reports whether the first four digits of v may start a
// number tollFreeWhole takes: a cheap filter before it reads the whole
// number.
func tollFreeLead(v string) bool {
	var p [4]byte
	n, plus := 0, false
	for i := 0; i < len(v) && n < len(p); i++ {
		switch c := v[i]; {
		case isDigit(c):
			p[n] = c
			n++
		case c == '+' && i == 0:
			plus = true
		}
	}
	if n < len(p) {
		return false
	}
	if !plus {
		switch p[0] {
		case '0':
			if p[1] == '0' {
				return p[2] != '1' // "00" and a country code, not NANP's
			}
			return p[1] == '8' || p[1] == '9' || p[1] == '5'
		case '8', '9':
			return p[1] == '0'
		}
		return false
	}
	// after "+": the country code's digits, then the range's first
	// digit (a trunk 0 may stand between)
	r := p[2]
	if r == '0' {
		r = p[3]
	}
	switch p[0] {
	case '4':
		switch p[1] {
		case '4':
			return r == '8' || r == '3'
		case '9':
			return r == '8' || r == '1'
		case '1', '3':
			return r == '8'
		}
	case '3':
		switch p[1] {
		case '3', '9':
			return r == '8'
		case '4':
			return r == '9'
		case '1':
			return r == '8' || r == '9'
		case '5':
			return p[2] == '1' || p[2] == '3' // +351, +353: read whole
		}
	case '6':
		switch p[1] {
		case '1':
			return r == '1'
		case '4':
			return r == '8' || r == '5'
		}
	}
	return false
}
