package redact

// Context words farther from an identifier. Prose names the number a
// clause or a sentence before it: "SIN was asked for by mistake during
// verification (527 319 404)", "Passport needed for the trip: she gave
// AK482019". idSpan's windows (48 bytes before, 24 after) and
// contextOnlyID's (40 before) miss such words. A number that passed its
// checksum (one in ten or eleven random numbers does) takes a context
// word anywhere on its line up to idFarWindow bytes before it, on the
// line before, or, in a '|' or tab table, in its column's header; a
// passport number, which has no checksum, under the stricter terms of
// passportFar. Both are read only for a candidate that the detector
// already has and that has no context word near it.

// idFarWindow bounds how far back, in bytes, a far context word may be.
const idFarWindow = 160

// idFarScore is the score of a checksummed ID with a far context word:
// above the default threshold, below one with its word next to it.
const idFarScore = 0.8

// passportFarScore is the score of a passport number with a far context
// word.
const passportFarScore = 0.6

// idContextFar returns a context word of kind on the line of start, at
// most idFarWindow bytes before it, or on the line before, or, for a cell
// of a '|' or tab table, in its column's header ("| Naam | BSN |" rows
// above; tableHeaderWord), or "".
//
// lines, when not nil, remembers the line starts of the walk's candidates.
func idContextFar(text string, start int, kind ctxKind, lines *idLines) string {
	ls := lines.curStart(text, start)
	if w := contextBefore(text, start, min(start-ls, idFarWindow), kind); w != "" || ls == 0 {
		return w
	}
	pe := ls - 1 // the line break that ends the line before
	ps := lines.prevStart(text, pe)
	if w := contextBefore(text, pe, min(pe-ps, idFarWindow), kind); w != "" {
		return w
	}
	return tableHeaderWord(text, ls, start, kind) // id14_table.go
}

// passportFar reads the candidate c (text[start:end], one group with nd
// digits) as a passport number when it has a passport's shape and a
// passport word stands on its line, at most idFarWindow bytes before it
// (a word of a script written without spaces may be glued to the next:
// cjkPassportIn), or, for a number within 24 bytes of its line's start
// ("Number: 531234567" under "Passport details"), on the line before,
// or, for a table cell, in its column's header (tableHeaderWord);
// and no order or product label right before it, and no marketing phrase
// ("passport to savings"). A number of digits only needs nine of them
// (US, UK and Canadian passports; idQuickReject drops runs of fewer
// without a docFilter word in contextOnlyID's 40 bytes, and so must this)
// and a field's line or a table column: in prose, a passport word a
// clause before nine digits does not make them its number.
// cjkFieldBytes bounds the bytes between a passport word glued to its
// "number" in a script without spaces and nine digits it labels: up to
// ten such characters ("パスポート番号：", "护照号码 ").
const cjkFieldBytes = 30

func passportFar(text string, start, end int, c string, nd int, lines *idLines) (Span, bool) {
	digits := nd == len(c)
	if digits && nd != 9 || !passportShape(c, nd) {
		return Span{}, false
	}
	ls := lines.curStart(text, start)
	lo := max(ls, start-idFarWindow)
	w := ""
	if !digits && docFilter.maybe(text, lo, start) {
		w = contextBefore(text, start, start-lo, ctxPassport)
	}
	if w == "" && !digits {
		w = cjkPassportIn(text[lo:start])
	} else if w == "" {
		// (struct23) nine digits too when the glued word and its "number"
		// end the field's label right before them ("パスポート番号 …")
		w = cjkPassportIn(text[max(lo, start-cjkFieldBytes):start])
	}
	if w == "" && ls > 0 && start-ls <= 24 {
		pe := ls - 1 // the line break that ends the line before
		lo = max(lines.prevStart(text, pe), pe-idFarWindow)
		if w = contextBefore(text, pe, pe-lo, ctxPassport); w == "" {
			w = cjkPassportIn(text[lo:pe])
		}
	}
	if w == "" {
		w = tableHeaderWord(text, ls, start, ctxPassport) // id14_table.go: '|' or tab tables
	}
	if w == "" || idLabelBefore(text, start) || passportMarketing(text[lo:start]) {
		return Span{}, false
	}
	return Span{Start: passportLetterBefore(text, start, c, nd), End: end, Type: "PASSPORT", Rule: "builtin.passport",
		Score: passportFarScore, Reason: withContext("passport number shape", w)}, true
}
