package redact

// phoneScoreless reports whether a candidate without a leading '+' whose
// groups have the lengths glen (the first eight of them) and n digits in
// all, the first run starting at text[s], scores nothing whatever its
// context: the US SSN shape 3-2-4 (nationalScore's first case; phone2Score
// is not asked) unless it opens with the 00 international prefix, and
// twelve digits or more unless they open with a trunk 0 (nationalScore
// knows no longer national number, phone2Score takes at most eleven).
// detectScan drops such a candidate before its end test and the copy of
// its digits, as its scoring would (TestPhoneScoreless; exactGatesOff skips the test).
func phoneScoreless(text string, s int, glen []int, n int) bool {
	if n >= 12 {
		return text[s] != '0'
	}
	return len(glen) == 3 && glen[0] == 3 && glen[1] == 2 && glen[2] == 4 && (text[s] != '0' || text[s+1] != '0')
}
