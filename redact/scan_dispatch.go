package redact

// scanSet is a set of the built-in scan detectors, one bit each, in the
// order of their ids, which is the order Find runs them in. Calling them
// through runScans instead of an interface slice saves an indirect call
// per detector and text (a quarter of BenchmarkFindShort when measured).
type scanSet uint32

const (
	scanAddress scanSet = 1 << iota
	scanCard
	scanCrypto
	scanDOB
	scanEmail
	scanIBAN
	scanIP
	scanMAC
	scanNationalID
	scanPhone
	scanSecret
	scanSSN

	// scansWithRuns are the detectors that read the digit runs.
	scansWithRuns = scanAddress | scanCard | scanCrypto | scanDOB | scanIBAN | scanIP | scanNationalID | scanPhone | scanSSN
)

// scanBit returns the bit of a built-in scan detector. It panics on one
// it does not know, a programming error caught by any test.
func scanBit(sd scanDetector) scanSet {
	switch sd.(type) {
	case addressDetector:
		return scanAddress
	case cardDetector:
		return scanCard
	case cryptoDetector:
		return scanCrypto
	case dobDetector:
		return scanDOB
	case emailDetector:
		return scanEmail
	case ibanDetector:
		return scanIBAN
	case ipDetector:
		return scanIP
	case macDetector:
		return scanMAC
	case nationalIDDetector:
		return scanNationalID
	case phoneDetector:
		return scanPhone
	case secretDetector:
		return scanSecret
	case ssnDetector:
		return scanSSN
	}
	panic("redact: scan detector without a bit in scanSet")
}

// runScans runs the scan detectors of set over sc, in id order, and
// appends their spans to dst. A detector whose first test would fail on
// the text's run kinds (see runKinds) is not called at all: on most texts
// most of the digit-run detectors have nothing to look at.
func runScans(set scanSet, sc *textScan, dst []Span) []Span {
	anyKind := sc.anyKind
	n0 := len(dst)
	if set&scanAddress != 0 && anyKind&kindsAddress != 0 {
		dst = addressDetector{}.detectScan(sc, dst)
		sc.contact = len(dst) > n0 // business12_block.go reads contact items
	}
	if set&scanCard != 0 && anyKind&kindsCard != 0 {
		dst = cardDetector{}.detectScan(sc, dst)
	}
	if set&scanCrypto != 0 && anyKind&kindsCrypto != 0 {
		dst = cryptoDetector{}.detectScan(sc, dst)
	}
	if set&scanDOB != 0 && anyKind&kindsDOB != 0 {
		dst = dobDetector{}.detectScan(sc, dst)
	}
	// The e-mail and IP detectors' first tests, in line: most texts have
	// no '@' and fewer than two colons (see markSum).
	sc.lines = sc.sum.newline != 0
	if set&scanEmail != 0 && sc.sum.at != 0 {
		n := len(dst)
		dst = emailsFrom(sc, sc.next(mkAt, 0), dst)
		sc.contact = sc.contact || len(dst) > n
	}
	if set&scanIBAN != 0 && anyKind&kindIBAN != 0 {
		dst = ibanDetector{}.detectScan(sc, dst)
	}
	// The IP and MAC detectors' first tests, in line: most texts have
	// no IPv4 run with three dots, fewer than two colons, and no row of
	// MAC separators.
	if set&scanIP != 0 && (sc.sum.ipv4Maybe(anyKind) || sc.sum.ipv6Maybe()) {
		dst = ipDetector{}.detectScan(sc, dst)
	}
	if set&scanMAC != 0 && sc.markRows()&rowMAC != 0 {
		dst = macRows(sc, dst)
	}
	if set&scanNationalID != 0 && anyKind&kindsID != 0 && idMayMatch(sc) {
		dst = nationalIDDetector{}.detectScan(sc, dst)
	}
	if set&scanPhone != 0 && anyKind&kindsPhone != 0 {
		n := len(dst)
		dst = phoneDetector{}.detectScan(sc, dst)
		sc.contact = sc.contact || len(dst) > n
	}
	if set&scanSecret != 0 {
		dst = secretDetector{}.detectScan(sc, dst)
	}
	if set&scanSSN != 0 && anyKind&kindsSSN != 0 {
		dst = ssnDetector{}.detectScan(sc, dst)
	}
	return dst
}
