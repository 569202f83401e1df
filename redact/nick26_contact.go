package redact

// nick26 (session 26): a name paired with its contact in a bracket. A
// quoted review signed in brackets ("… took 9 days." (Wen Hui Tay, 9012
// 3345)), a sign-up's "(Nnamdi Eze, nnamdi.e@example.com)" put a
// person's name right before the phone number or e-mail address the
// other detectors found, with a comma between, the bracket closing after
// it: the pair is a contact, whatever the gazetteers know of the name.
// contactPairNames26 reads, before each such span of dst, ", " and a run
// of one to four capitalised words (capRunEnd: no stop word, city,
// greeting or title) that opens the bracket. The run is a name when it
// is spelt like one (a lone word, roleWordNameLike; words in Greek or
// Cyrillic, roleNonLatinNameLike) and no word of it is a business word
// of the demotion's table (bizWords: "Bakery", "Plumbing", "Ltd"). The
// same pair as a list item ("- Name, street, phone") was tried and left
// out: shops' and firms' contact lines ("- LagerBox Köln-Ehrenfeld,
// Venloer Str. 1") took as many false names as it found.

// contactPairMax is the most PHONE_NUMBER and EMAIL_ADDRESS spans of a
// text contactPairNames26 reads.
const contactPairMax = 64

// contactPairNames26 appends the names paired with the contact spans of
// dst[:n0] (see above) that no span of dst covers.
//
//go:noinline
func contactPairNames26(text string, dst []Span, n0 int) []Span {
	lg := spanGuard{live: true}
	seen := 0
	for k := 0; k < n0 && seen < contactPairMax; k++ {
		p := dst[k]
		if p.Type != "PHONE_NUMBER" && p.Type != "EMAIL_ADDRESS" {
			continue
		}
		seen++
		s := p.Start
		if s < 4 || p.End >= len(text) || text[p.End] != ')' || text[s-1] != ' ' || text[s-2] != ',' {
			continue
		}
		ws, we, ok := contactPairRun(text, s-2)
		if !ok || lg.overlaps(dst, len(text), ws, we) {
			continue
		}
		dst = append(dst, Span{Start: ws, End: we, Type: "PERSON", Rule: "builtin.person", Score: 0.8,
			Reason: "name before its phone number or e-mail in a bracket"})
	}
	reportWork("contactPairNames26", lg.work)
	return dst
}

// contactPairRun returns the bounds of the name that ends at we, before
// the comma of a contact span in a bracket (see above).
func contactPairRun(text string, we int) (int, int, bool) {
	// back over at most four words of letters, one space between them
	ws, words := we, 0
	for words < 4 {
		b, _ := wordBefore23b(text, ws)
		if b == ws || !upperRuneAt(text, b) {
			break
		}
		ws, words = b, words+1
		if ws < 2 || text[ws-1] != ' ' || text[ws-2] == ' ' {
			break
		}
		if nb, _ := wordBefore23b(text, ws-1); nb == ws-1 || !upperRuneAt(text, nb) {
			break
		}
		ws--
	}
	if words == 0 {
		return 0, 0, false
	}
	if ws == 0 || text[ws-1] != '(' {
		return 0, 0, false
	}
	e, n, ok := capRunEnd(text, ws)
	if !ok || e != we || n != words {
		return 0, 0, false
	}
	for k := ws; k < we; {
		j := k
		for j < we && text[j] != ' ' {
			j++
		}
		if bizWords.has(text[k:j]) {
			return 0, 0, false
		}
		k = j + 1
	}
	switch {
	case text[ws] >= 0xCE && text[ws] <= 0xD3:
		return ws, we, roleNonLatinNameLike(text[ws:we])
	case words == 1:
		return ws, we, roleWordNameLike(text[ws:we])
	}
	return ws, we, spellNameLikeAt(text, ws, we, spellContactMean, spellContactFloor)
}
