package redact

import "slices"

// Run kinds: a digit run's kind bits say which detectors' first tests it
// passes, computed once per run from its length, its first digit, the
// bytes before and after it and the gap to the next run (see runKinds).
// A detector skips a run whose kind has none of its bits, and skips the
// whole text when no run has one. The tests behind each bit are a subset
// of the detector's own, so a run ruled out here is one the detector
// would have passed over: TestRunKinds checks that the spans are those
// found with every bit set.
const (
	kindAddrStart      = 1 << iota // address: up to six digits where a house number or postcode may start
	kindAddrUpper                  // address: one or two digits after a capital (UK outward code)
	kindDOBDate                    // date of birth: one or two digits at a word start, a date's byte after, a next run
	kindDOBAgeAfter                // date of birth (age): up to three digits at a word start, ' ', '-' or ')' after
	kindDOBAgeBefore               // date of birth (age): up to three digits after ' ' or ':', no letter or digit after
	kindDOB4                       // date of birth: four digits at a word start, an ISO date separator after, a next run
	kindCardLong                   // card: 13 to 19 digits, no letter after
	kindCardGroup                  // card: a group of 3 to 6 digits, a space or '-' after, the next run one byte on
	kindIBAN                       // IBAN: two or more digits after a letter
	kindIPv4                       // IPv4: up to three digits, a dot after, the next run one byte on
	kindPhoneLong                  // phone: 7 to 15 digits
	kindPhoneGroup                 // phone: up to six digits, a group separator after, the next run near
	kindSSN3                       // SSN: three digits, a separator after, the next run one byte on
	kindSSN9                       // SSN: nine digits, a boundary after
	kindCrypto58                   // crypto: base58 starting 1 or 3, letters after
	kindCrypto58Long               // crypto: base58 starting 1 or 3, 26 to 35 digits
	kindCryptoBech                 // crypto: "bc1…"
	kindCryptoEth                  // crypto: "0x…"
	kindIDLong                     // national ID: five or more digits
	kindIDLetterBefore             // national ID: an ASCII letter before the digits
	kindIDJoined                   // national ID: an ASCII letter or '-' after the digits
	kindIDNext                     // national ID: a separator after, the next run one byte on
	kindDOBYear                    // date of birth: a bare year, four digits starting 19 or 20 after ' ', no letter or digit after
	kindAddrHash                   // address: up to five digits after '#' (address_intl.go)
	kindAddrDash                   // address: three to six digits after '-', no '-', '/', ':' or letter after (address_intl_postcodes.go)
	kindDOBMonth                   // date of birth: one or two digits after ' ', a month word's byte after, a next run (monthBefore)
	kindAddrCJK                    // address: three or four digits after a non-ASCII character, 番's first byte after ("町427番地", address_cjk.go)
	kindIDRegroupShort             // national ID regrouped: one or two digits, no letter or digit before, '.', '-' or '/' after, the next run one byte on (id26_groups.go)
	kindIDRegroupLong              // national ID regrouped: seven or eight digits, no letter or digit before, ' ', '.', '-' or a letter after

	// Kinds that need the next run one byte after this one, and those
	// that need it at most three bytes on.
	kindsNextAdjacent = kindCardGroup | kindIPv4 | kindSSN3 | kindIDNext | kindIDRegroupShort
	// Kinds that need a next run at all.
	kindsNext     = kindDOBDate | kindDOB4 | kindDOBMonth
	kindsNextNear = kindPhoneGroup

	kindsAddress  = kindAddrStart | kindAddrUpper | kindAddrHash | kindAddrDash | kindAddrCJK
	kindsAddrMark = kindAddrHash | kindAddrDash
	// The date-of-birth detector parses a date only with a next run (the
	// month after a separator, or the year), on one or two digits with a
	// separator, a space or an ordinal's letter after them, or on four and
	// an ISO separator, or on one or two after a space with a month word's
	// byte after them (a space, a comma or an ordinal's letter: the day of
	// "March 12, 1990", monthBefore); and an age (ageMaybe) on up to three
	// digits with no letter or digit after them, and a space, '-' or ')'
	// after them or a space or ':' before them.
	kindsDOB    = kindDOBDate | kindDOBMonth | kindDOBAgeAfter | kindDOBAgeBefore | kindDOB4 | kindDOBYear
	kindsCard   = kindCardLong | kindCardGroup
	kindsPhone  = kindPhoneLong | kindPhoneGroup
	kindsSSN    = kindSSN3 | kindSSN9
	kindsCrypto = kindCrypto58 | kindCrypto58Long | kindCryptoBech | kindCryptoEth
	// A run may start a national ID when it is long, touches a letter, or
	// joins a further group; a short lone group of digits ("max 60
	// words") never does (see the national-ID detector's loop).
	kindsID = kindIDLong | kindIDLetterBefore | kindIDJoined | kindIDNext
	// A regrouped identifier (id26_groups.go) starts with a run of one or
	// two digits (a NIR's, a Steuer-ID's, a DNI's in groups) or seven or
	// eight (an NIE's, a DNI's); such runs have kindsID as well.
	kindsIDRegroup = kindIDRegroupShort | kindIDRegroupLong
)

// maxKindLen is the last entry of kindLen; longer runs share it.
const maxKindLen = 63

// The kind tables: the bits a run may have given its length, its first
// digit, the byte before it and the byte after it. The byte 0 stands for
// the start or end of the text as well as for a NUL, and has the bits of
// both. They lie in one struct, kindTab, so that runKindsAsm reads them
// all from one address (its offsets follow the field order); the names
// below point into it.
var kindTab = struct {
	before, after [256]uint32
	first         [256]uint32 // indexed by the digit itself, '0' to '9'
	len           [maxKindLen + 1]uint32
	// gap holds the bits a run may have given the bytes between it and
	// the next run, 1 to 3, or 4 for more, and 5 for no next run.
	gap [6]uint32
}{gap: [6]uint32{
	^uint32(0), ^uint32(0),
	^uint32(kindsNextAdjacent), ^uint32(kindsNextAdjacent),
	^uint32(kindsNextAdjacent | kindsNextNear),
	^uint32(kindsNextAdjacent | kindsNextNear | kindsNext),
}}

var (
	kindLen    = &kindTab.len
	kindFirst  = &kindTab.first
	kindBefore = &kindTab.before
	kindAfter  = &kindTab.after
	kindGap    = &kindTab.gap
)

func init() {
	for n := 1; n <= maxKindLen; n++ {
		var k uint32
		if n <= 6 { // six for an Indian PIN (pinAt)
			k |= kindAddrStart
		}
		if n <= 5 {
			k |= kindAddrHash
		}
		if n >= 3 && n <= 6 {
			k |= kindAddrDash
		}
		if n <= 2 {
			k |= kindAddrUpper
		}
		if n == 3 || n == 4 {
			k |= kindAddrCJK
		}
		if n <= 2 {
			k |= kindDOBDate | kindDOBMonth
		}
		if n <= 3 {
			k |= kindDOBAgeAfter | kindDOBAgeBefore
		}
		if n == 4 {
			k |= kindDOB4 | kindDOBYear
		}
		if n >= 13 && n <= 19 {
			k |= kindCardLong
		}
		if n >= 3 && n <= 6 {
			k |= kindCardGroup
		}
		if n >= 2 {
			k |= kindIBAN
		}
		if n <= 3 {
			k |= kindIPv4
		}
		if n >= 7 && n <= 15 {
			k |= kindPhoneLong
		}
		if n <= 6 {
			k |= kindPhoneGroup
		}
		if n == 3 {
			k |= kindSSN3
		}
		if n == 9 {
			k |= kindSSN9
		}
		if n <= 34 {
			k |= kindCrypto58
		}
		if n >= 26 && n <= 35 {
			k |= kindCrypto58Long
		}
		k |= kindCryptoBech
		if n == 1 {
			k |= kindCryptoEth
		}
		k |= kindIDLetterBefore | kindIDJoined | kindIDNext
		if n >= 5 {
			k |= kindIDLong
		}
		if n <= 2 {
			k |= kindIDRegroupShort
		}
		if n == 7 || n == 8 {
			k |= kindIDRegroupLong
		}
		kindLen[n] = k
	}
	const notCrypto = ^uint32(kindsCrypto)
	for d := byte('0'); d <= '9'; d++ {
		kindFirst[d] = notCrypto &^ kindDOBYear
	}
	kindFirst['1'] |= kindDOBYear
	kindFirst['2'] |= kindDOBYear
	kindFirst['0'] |= kindCryptoEth
	kindFirst['1'] |= kindCrypto58 | kindCrypto58Long | kindCryptoBech
	kindFirst['3'] |= kindCrypto58 | kindCrypto58Long

	for c := range 256 {
		b := byte(c)
		// A letter ends alnumBefore's word unless it is that of an
		// escape such as "\n", which only the text tells.
		wordLetter := isAlpha(b) && b != 'n' && b != 't' && b != 'r'
		var k uint32
		if addrByte[b]&addrStartOK != 0 || b == 0 || b == 0x92 {
			// (0x92: the last byte of the Japanese postcode mark 〒,
			// "〒060-0042", address_cjk.go)
			k |= kindAddrStart
		}
		switch b {
		case '#':
			k |= kindAddrHash
		case '-':
			k |= kindAddrDash
		}
		if isUpper(b) || b >= 0x80 && b < 0xC0 {
			// (a non-ASCII character's last byte: the chōme after a
			// Japanese district, "恵比寿2-14-6", address_cjk.go)
			k |= kindAddrUpper
			if b >= 0x80 {
				k |= kindAddrCJK
			}
		}
		if b >= 0x80 || dobByte[b]&dobAlnum == 0 {
			k |= kindsDOB &^ (kindDOBAgeBefore | kindDOBYear | kindDOBMonth)
		}
		if b == ' ' {
			k |= kindDOBYear | kindDOBMonth
		}
		if ageGap[b] || b == '\'' || b == 0x99 {
			// (after an apostrophe: a year in two digits, "born in
			// '79", birthYearAt)
			k |= kindDOBAgeBefore
		}
		if !wordLetter {
			k |= kindsCard
		}
		if isAlpha(b) {
			k |= kindIBAN
		}
		if !wordLetter && b != '_' && b != ':' {
			k |= kindIPv4
		}
		if b == '+' || b == '(' || !wordLetter && b != '_' && b != '#' && b != '$' && b != '/' && b != '@' && b != '=' {
			k |= kindsPhone
		}
		if !wordLetter && b != '-' && b != '.' && b != '/' {
			k |= kindsSSN
		}
		if b >= 0x80 || !isAlnum(b) {
			k |= kindCrypto58 | kindCrypto58Long | kindCryptoEth
		}
		if b|0x20 == 'c' {
			k |= kindCryptoBech
		}
		// No national ID starts after a byte that startOK rejects ('+',
		// '(', '_', '/', '#', '$', a digit); after a letter it may.
		switch {
		case idByte[b]&idLetter != 0:
			k |= kindsID
		case idByte[b]&idNoStart == 0:
			k |= kindsID &^ kindIDLetterBefore
		}
		if !isASCIIAlnum(b) {
			k |= kindsIDRegroup
		}
		kindBefore[c] = k

		k = ^uint32(kindsDOB | kindCardLong | kindCardGroup | kindIPv4 | kindPhoneGroup | kindSSN3 | kindSSN9 | kindCrypto58 | kindCryptoEth)
		if dobByte[b]&dobDate4 != 0 || b >= 0xE5 && b <= 0xEF {
			// (a CJK year, "1985年", "1990년": read21b_cjkdate.go)
			k |= kindDOB4
		}
		if dobByte[b]&dobDate2 != 0 {
			k |= kindDOBDate
		}
		if dobByte[b]&dobMonthBefore != 0 {
			k |= kindDOBMonth
		}
		// dobDay but '.': "9th of May", "40e verjaardag" (birthdayMaybe;
		// "14. Mai" only after ' ' or ':', kindDOBAgeBefore)
		if dobByte[b]&(dobAgeAfter|dobAgeBracket) != 0 || dobByte[b]&dobDay != 0 && b != '.' || b|0x20 == 'y' || sexLetters[b] {
			// ('y': "29yo", yoAge; a sex letter: "(34M)", sexAge)
			k |= kindDOBAgeAfter
		}
		if dobByte[b]&dobAlnum == 0 {
			k |= kindDOBAgeBefore | kindDOBYear
		}
		if !isAlnum(b) {
			k |= kindCardLong | kindSSN9
		}
		if b == ' ' || b == '-' {
			k |= kindCardGroup
		}
		if b == '.' {
			k |= kindIPv4
		}
		switch b {
		case ' ', '-', '.', '/', ')', '(':
			k |= kindPhoneGroup
		}
		if b == '-' || b == ' ' || b == '.' {
			k |= kindSSN3
		}
		if isAlpha(b) {
			k |= kindCrypto58
		}
		if b|0x20 == 'x' {
			k |= kindCryptoEth
		}
		if b == '-' || b == '/' || b == ':' || isAlpha(b) {
			k &^= kindAddrDash
		}
		if b != 0xE7 {
			k &^= kindAddrCJK
		}
		k &^= kindIDJoined | kindIDNext
		if idByte[b]&idLetter != 0 || b == '-' {
			k |= kindIDJoined
		}
		if idByte[b]&idSep != 0 {
			k |= kindIDNext
		}
		k &^= kindsIDRegroup
		switch {
		case b == '.' || b == '-':
			k |= kindsIDRegroup
		case b == '/':
			k |= kindIDRegroupShort
		case b == ' ':
			k |= kindIDRegroupLong
		case idByte[b]&idLetter != 0:
			k |= kindIDRegroupLong
		}
		kindAfter[c] = k
	}
}

// runKinds returns the text's digit runs with the kind bits of each and
// the union of those bits. The kinds are resliced to the runs' length, so
// that a loop over the runs reads them without a bounds check.
func (sc *textScan) runKinds() ([]digitRun, []uint32, uint32) {
	return sc.runs, sc.kinds[:len(sc.runs)], sc.anyKind
}

// appendRunKinds appends the kind bits of each run to kinds and returns
// them with their union. Each test, the gap to the next run's included,
// is a table load. (The indexes are compared as unsigned numbers, which
// lets the compiler drop their bounds checks: runs lie inside the text.)
func appendRunKinds(text string, runs []digitRun, kinds []uint32) ([]uint32, uint32) {
	n0 := len(kinds)
	kinds = slices.Grow(kinds, len(runs))[:n0+len(runs)]
	out := kinds[n0:][:len(runs)] // a length the compiler sees: out[i] is not checked
	var all uint32
	for i, r := range runs {
		var before, after byte
		if uint(r.start-1) < uint(len(text)) { // r.start > 0
			before = text[r.start-1]
		}
		if uint(r.end) < uint(len(text)) {
			after = text[r.end]
		}
		gap := uint(5) // no next run
		if i+1 < len(runs) {
			gap = min(uint(runs[i+1].start-r.end), 4)
		}
		k := kindLen[min(uint(r.end-r.start), maxKindLen)] & kindFirst[text[r.start]] & kindBefore[before] &
			kindAfter[after] & kindGap[gap]
		out[i] = k
		all |= k
	}
	return kinds, all
}

// fewDigits returns all, the union of the kinds of the runs of a text
// with the given number of digits (the runs' length together, from the
// text's markSum), without the bits of the detectors that need more
// digits than that: a phone number has at least 7, an SSN 9 and a card
// number 13. A text with fewer skips those detectors (the runs keep their
// bits; only the union loses them).
func fewDigits(digits int, all uint32) uint32 {
	if digits < 13 {
		all &^= kindsCard
		if digits < 9 {
			all &^= kindsSSN
			if digits < 7 {
				all &^= kindsPhone
			}
		}
	}
	return all
}
