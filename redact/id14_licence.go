package redact

// UK (DVLA) driving licence numbers are printed in three blocks
// ("MORGA 753116 SM9IJ"): the surname part, the six digits of the birth
// date and the initials with the check part. The ID walk reads a chain
// from a digit run, so a surname of letters alone is a word of its own
// before the digits; a surname padded with 9 ("KAY99") starts the chain.

// ukLicenceBlocks reports whether the chain's first g groups are the three
// blocks of a UK licence, 5, 6 and 5 characters joined by spaces.
func ukLicenceBlocks(ch *idChain, g int) bool {
	return g == 3 && ch.sep[0] == ' ' && groupsAre(ch, g, 5, 6, 5)
}

// ukLicenceAround returns the span of a UK licence number whose six birth
// digits are text[start:end]: five capital letters alone before them and
// five characters alone after them, each block after a single space, that
// pass ukLicenceValid.
func ukLicenceAround(text string, start, end int) (int, int, bool) {
	s, e := start-6, end+6
	if end-start != 6 || s < 0 || e > len(text) || text[start-1] != ' ' || text[end] != ' ' ||
		s > 0 && idByte[text[s-1]]&idAlnum != 0 || e < len(text) && idByte[text[e]]&idAlnum != 0 {
		return 0, 0, false
	}
	var c [16]byte
	n := copy(c[:], text[s:start-1])
	n += copy(c[n:], text[start:end])
	copy(c[n:], text[end+1:e])
	for _, b := range c {
		if idByte[b]&idAlnum == 0 {
			return 0, 0, false
		}
	}
	return s, e, ukLicenceValid(string(c[:]))
}
