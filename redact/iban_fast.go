package redact

// The IBAN detector's per-character work, by tables: the BBAN structure
// of a country as two masks of positions (ibanMasks, instead of walking
// bbanMatches' parts), and the remainder's steps (ibanStep).
// TestIBANMasks and TestIBANRemainder check them against bbanMatches and
// mod97Rearranged.

// What ibanCollect saw: upper-case letters, lower-case ones, groups.
const (
	ibanUpper = 1 << iota
	ibanLower
	ibanGrouped
)

// ibanCollect copies the letters and digits of the candidate that starts
// at text[s], up to want of them, into buf, upper-cased; single spaces or
// dashes may separate groups of four after the first group. It returns
// their number, the end of the last, the cases and grouping it saw, and
// the positions of the digits among them (for bbanMask.fits).
// It is a function of its own, away from detectScan's loop, so that its
// loop keeps its variables in registers (in the loop they lived in memory).
//
//go:noinline
func ibanCollect(text string, s, want int, buf *[34]byte) (n, i int, seen uint8, digits uint64) {
	i = s
	for i < len(text) && n < want {
		c := text[i]
		if k := byteClass[c]; k&(clsLetter|clsDigit) != 0 {
			if k&clsLetter != 0 {
				seen |= 1 << (c >> 5 & 1) // ibanUpper for 'A'-'Z' (0x41-0x5A), ibanLower for 'a'-'z'
				c &^= 0x20
			} else {
				digits |= 1 << uint(n)
			}
			if uint(n) < uint(len(buf)) {
				buf[n] = c
			}
			n++
			i++
			continue
		}
		if (c == ' ' || c == '-') && n%4 == 0 && n > 0 && i+1 < len(text) && isAlnum(text[i+1]) {
			seen |= ibanGrouped
			i++
			continue
		}
		break
	}
	return n, i, seen, digits
}

// bbanMask is a BBAN structure as the positions in the IBAN (bit 4 for the
// BBAN's first character) that must hold a digit and those that must hold
// a letter; the others hold either.
type bbanMask struct {
	digits, letters uint64
}

// ibanMasks holds the bbanMask of each country of ibanFormats (zero, which
// any candidate passes, for the others).
var ibanMasks [26][26]bbanMask

// fits reports whether an IBAN of the country's length, of letters and
// digits, whose digits are at the positions digits, has digits and
// letters where m wants them.
func (m *bbanMask) fits(digits uint64) bool {
	return m.digits&^digits == 0 && m.letters&digits == 0
}

// bbanMaskOf returns the mask of a BBAN structure.
func bbanMaskOf(parts []bbanPart) bbanMask {
	var m bbanMask
	p := uint(4)
	for _, part := range parts {
		for range part.count {
			switch part.class {
			case 'n':
				m.digits |= 1 << p
			case 'a':
				m.letters |= 1 << p
			}
			p++
		}
	}
	return m
}

// ibanStep holds, for an upper-case letter or a digit, the factor by which
// the remainder's number grows when the character is appended (100 for a
// letter, which stands for two digits, 10 for a digit) and the value it
// adds; ibanRemainder reduces every eight characters, which keeps the
// number below 2^64 (97 followed by 16 digits).
var ibanStep = func() (t [256]struct{ mul, add uint64 }) {
	for c := '0'; c <= '9'; c++ {
		t[c].mul, t[c].add = 10, uint64(c-'0')
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c].mul, t[c].add = 100, uint64(c-'A'+10)
	}
	return t
}()

// ibanRemainder is mod97Rearranged for the scan: the remainder of an
// upper-case IBAN with its first four characters moved to the end.
func ibanRemainder(b []byte) int {
	return int(ibanMod(ibanMod(0, b[4:]), b[:4]))
}

// ibanMod returns the remainder by 97 of the number r (below 97) followed
// by the digits of s (two for a letter), reducing every eight characters,
// which keeps the number below 2^64 (97 followed by 16 digits).
func ibanMod(r uint64, s []byte) uint64 {
	for len(s) >= 8 {
		for _, c := range s[:8] {
			st := &ibanStep[c]
			r = r*st.mul + st.add
		}
		r %= 97
		s = s[8:]
	}
	for _, c := range s {
		st := &ibanStep[c]
		r = r*st.mul + st.add
	}
	return r % 97
}
