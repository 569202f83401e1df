package redact

// atAndColon reports whether the text whose marks are blocks has an '@'
// and a ':', and a line break. Most prompts have none of them (on the 5
// MB corpus 86 % have no '@', 75 % no ':', none a line break), and for
// them a search for the first one (textScan.next) is a call that passes
// over every block; runScans asks for the three marks (the e-mail and IP
// detectors, and the person detector's table and list rules, see
// textScan.lines) in this one pass instead.
func atAndColon(blocks []markBlock) (at, colon, newline bool) {
	var a, c, n uint64
	for b := range blocks {
		a |= blocks[b][mkAt]
		c |= blocks[b][mkColon]
		n |= blocks[b][mkNewline]
	}
	return a != 0, c != 0, n != 0
}
