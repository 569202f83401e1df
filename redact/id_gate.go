package redact

// An exact pre-test of idQuickReject. Of the digit runs the national-ID
// loop hands to idQuickReject, most begin a chain of short groups joined
// by a separator other than a space: versions ("2.14.3"), dates
// ("2031-07-14", "14/07/2031"), amounts ("1.250,00"), SSN shapes
// ("123-45-6789") and IPv4 addresses. idQuickReject walks each chain and
// rejects it by its group sizes (idGroupsFit); in the prompts where no
// run goes further, that walk is the only part of the detector past its
// loop, and its code does not stay in the I1 cache between prompts.
// idFirstGroupsFail decides the common case from the first two groups
// alone, with the same byte classes, so that idQuickReject's code stays
// cold for those prompts. It may only say yes where idQuickReject says
// yes (TestIDFirstGroupsFail, TestGatesExact and FuzzGateExact hold it
// to that).

// idFirstGroupsFail reports whether idQuickReject would reject the run
// runs[ri], which may start a candidate (startOK) and has no ASCII letter
// before it, from its first two groups: a run of other than six digits,
// a separator other than a space after it, then a group of digits with
// no letter after it, and group sizes no grouped format starts with (3-3
// or 4-4; see idGroupsFit).
//
// Why that suffices: the chain continues past the run, so it is neither
// a lone group nor one with a letter after it, and the National Insurance
// test (ninoDigits) needs six digits in the run or in groups joined by
// spaces: a run of six is left to idQuickReject. The second group holds no
// letter, so every later return of the walk is a cut (true), a letter in
// a later group (true: two groups or more) or idGroupsFit's verdict on two
// groups or more: with a first separator that is not a space, only three
// groups of 3-3-3, 4-4-1, 3-3-4, 4-4-4 or (with dots) 4-2-3 fit, which the
// sizes rule out.
func idFirstGroupsFail(text string, runs []digitRun, ri int) bool {
	e := runs[ri].end
	if uint(e+1) >= uint(len(text)) || text[e] == ' ' || idByte[text[e]]&idSep == 0 || idByte[text[e+1]]&idDigit == 0 {
		return false
	}
	nx := runs[ri+1] // starts at e+1
	if nx.end < len(text) && idByte[text[nx.end]]&idLetter != 0 {
		return false
	}
	n, m := e-runs[ri].start, nx.end-nx.start
	if n != 6 && (n != m || n < 3 || n > 4) {
		// "1234.56.789", a Dutch BSN with dots (bsnDotted), is left to
		// idQuickReject; "1234.56" is not.
		return n != 4 || m != 2 || text[e] != '.' || nx.end+1 >= len(text) || text[nx.end] != '.'
	}
	return false
}
