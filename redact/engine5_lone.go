package redact

// loneUnknown reports whether run is one capitalised word that no
// gazetteer knows (no flags), with no title, initial or particle: the
// most common run that reaches scoreRun (on the 5 MB corpus 0.15 per
// text, none of them a name), and the one loneUnknownRejected decides.
func loneUnknown(run []nameTok) bool {
	return len(run) == 1 && run[0].flags == 0 && !run[0].initial && !run[0].particle
}

// loneUnknownRejected reports whether scoreRun would find nothing in the
// lone unknown word text[start:end] of the scanned text (see
// loneUnknown): cityPrefix takes none of it, and scoreNameParts scores it
// alone, with no title or greeting. There it is a name only in a slot of
// loneSlotAt (the slot rules, and "from" or "xx" after a word opening a
// sentence, which loneSlotAt reads too), or through scoreNameContext's
// context tests, which are all made here; the counts are those
// scoreNameParts gives such a word. The strong context words are looked
// for with maybeAt, which reads the word starts from the scan's marks and
// is true whenever maybe is. So scoreRun skips cityPrefix,
// scoreNameParts and scoreNameContext for the words that none of the
// tests lets through (on the 5 MB corpus 6,574 of the 6,895 per pass, 4,486 before
// loneSlotFound).
// TestLoneUnknownRejected and TestPersonFastPathChangesNothing check it.
func loneUnknownRejected(sc *textScan, start, end int) bool {
	text := sc.text
	if loneSlotMaybe(text, start, end) && loneSlotFound(text, start, end) || signatureLine(text, start, end) ||
		strongPersonFilter.maybeAt(sc, start-24, start) || relationOrRoleBefore(text, start, end) || ageCueAt(text, end) ||
		staffAtPlaceMaybe(text, end) && staffAtPlace(text, start, end) || // person9_staff.go
		apposNounMaybe(text, start) && apposNounBefore(text, start, true) != "" { // person18_appos.go
		return false
	}
	c := nameCounts{toks: 1, unknown: 1}
	return !lowerTitleAt(text, start, &c)
}

// loneSlotFound reports whether loneSlotAt finds a slot for the word
// text[start:end] (loneNameSlot before its vetoes: a vetoed word may still
// be a name by scoreNameParts' sentence-start rules). Words that only
// look like a slot to loneSlotMaybe's byte tests ("KPIs for", "eine
// Mail") then stop in loneUnknownRejected too.
func loneSlotFound(text string, start, end int) bool {
	score, _ := loneSlotAt(text, start, end)
	return score > 0
}
