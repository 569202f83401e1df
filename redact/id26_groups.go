package redact

// Identifiers printed with other groupings than their canonical ones.
//
// The national-ID matcher (nationalid.go) takes each checksummed format in
// its canonical shapes: a Spanish DNI "12345678Z" or "12345678-Z", an NIE
// "X1234567L", a Steuer-ID or NIR in one block or in groups separated by
// spaces. People also write "12.345.678-Z" (the DNI as printed on the
// card), "12345678 Z", "X-1234567-L" or "X 1234567 L" (NIE), "36/574/261/809"
// or "36.574.261.809" (Steuer-ID) and "2-95-10-99-126-111-93" (NIR). Such
// numbers passed every check but the grouping and went upstream.
//
// regroupedAt takes them when the identifier's own context word stands
// next to them ("DNI", "NIE", "Steuer-ID", "sécurité sociale"): with the
// word, a checksum match on a regrouped number is what it says; without
// it, the looser groupings would also read dates, amounts and references
// that pass a one-in-23 or one-in-97 check by chance. The matcher's loop
// calls it before its gates (id_gate.go, idQuickReject), which reject
// these shapes, on the runs of the few lengths they start with; the gates
// and the canonical matching are left as they are.

// regroupedAt reads a regrouped identifier that starts at (or, for an
// NIE, two bytes before) the run runs[ri], which has a kind of
// kindsIDRegroup (scan_kinds.go).
// Its first tests are on the bytes next to the run: most runs of those
// lengths are days, months, times and prices.
func regroupedAt(text string, runs []digitRun, ri int) (Span, bool) {
	r := runs[ri]
	switch r.end - r.start {
	case 1, 2:
		// a separator, then the next run of one digit more: 1-2 (NIR),
		// 2-3 (Steuer-ID, DNI),
		// and a third group after the same separator ("3.50", "12.345"
		// and most dates end before)
		if ri+2 >= len(runs) || runs[ri+1].start != r.end+1 || runs[ri+1].end-runs[ri+1].start != r.end-r.start+1 ||
			runs[ri+2].start != runs[ri+1].end+1 || text[runs[ri+1].end] != text[r.end] {
			return Span{}, false
		}
		// a Steuer-ID has four groups, a NIR seven ("1/12/2024" ends at three)
		if ri+3 < len(runs) && runs[ri+3].start == runs[ri+2].end+1 && text[runs[ri+2].end] == text[r.end] {
			if sp, ok := regroupedDigits(text, runs, ri); ok {
				return sp, true
			}
		}
		if r.end-r.start == 2 {
			return regroupedDNI(text, runs, ri)
		}
	case 7:
		if r.start >= 2 && text[r.start-2]|0x20 >= 'x' && text[r.start-2]|0x20 <= 'z' {
			return regroupedNIE(text, r)
		}
	case 8:
		if r.end+1 < len(text) && (text[r.end] == ' ' || text[r.end] == '.' || text[r.end] == '-') {
			return regroupedDNI(text, runs, ri)
		}
	}
	return Span{}, false
}

// idRunAlone reports whether nothing alphanumeric or a separator joined
// to further digits stands right before start: the run starts a number.
func idRunAlone(text string, start int) bool {
	if start == 0 {
		return true
	}
	c := text[start-1]
	if isASCIIAlnum(c) {
		return false
	}
	return !(isIDSep(c) && start >= 2 && text[start-2] >= '0' && text[start-2] <= '9')
}

// regroupedDigits reads a chain of digit groups from runs[ri] joined by one
// separator, '.', '-' or '/', throughout ("36/574/261/809",
// "2.95.10.99.126.111.93"): eleven digits that pass the Steuer-ID checks
// or fifteen that pass the NIR's, after their own word.
func regroupedDigits(text string, runs []digitRun, ri int) (Span, bool) {
	r := runs[ri]
	if r.end+1 >= len(text) || !idRunAlone(text, r.start) {
		return Span{}, false
	}
	sep := text[r.end]
	if sep != '.' && sep != '-' && sep != '/' {
		return Span{}, false
	}
	var buf [15]byte
	n := copy(buf[:], text[r.start:r.end])
	end := r.end
	for k := ri + 1; k < len(runs) && runs[k].start == end+1 && text[end] == sep; k++ {
		g := runs[k]
		if n+g.end-g.start > len(buf) {
			return Span{}, false
		}
		n += copy(buf[n:], text[g.start:g.end])
		end = g.end
	}
	if end < len(text) && (isASCIIAlnum(text[end]) || end+1 < len(text) && isIDSep(text[end]) && isASCIIAlnum(text[end+1]) && text[end] != ' ') {
		return Span{}, false // more of the number follows
	}
	d := string(buf[:n])
	switch {
	case n == 11 && r.end-r.start == 2 && deTaxIDValid(d) && idOwnContext(text, r.start, end, ctxTaxID):
		return Span{Start: r.start, End: end, Type: "DE_TAX_ID", Rule: "builtin.de_tax_id", Score: 0.95,
			Reason: withContext("11 digits in groups, digit-repetition rule and ISO 7064 mod 11,10 check digit", contextNear(text, r.start, end, ctxTaxID))}, true
	case n == 15 && r.end-r.start == 1 && nirValid(d) && idOwnContext(text, r.start, end, ctxNIR):
		return Span{Start: r.start, End: end, Type: "FR_NIR", Rule: "builtin.fr_nir", Score: 0.95,
			Reason: withContext("15 digits in groups, sex/month structure and mod-97 key", contextNear(text, r.start, end, ctxNIR))}, true
	}
	return Span{}, false
}

// regroupedDNI reads a Spanish DNI from runs[ri]: eight digits, alone or
// as 2-3-3 groups joined by '.', then its control letter after ' ',
// '.' or '-' ("12.345.678-Z", "12345678 Z"), after its own word.
func regroupedDNI(text string, runs []digitRun, ri int) (Span, bool) {
	r := runs[ri]
	if !idRunAlone(text, r.start) {
		return Span{}, false
	}
	var buf [9]byte
	n := copy(buf[:], text[r.start:r.end])
	end := r.end
	if n == 2 { // "12.345.678": three groups joined by dots
		if end >= len(text) || text[end] != '.' {
			return Span{}, false
		}
		sep := text[end]
		for k := ri + 1; k <= ri+2; k++ {
			if k >= len(runs) || runs[k].start != end+1 || text[end] != sep || runs[k].end-runs[k].start != 3 {
				return Span{}, false
			}
			n += copy(buf[n:], text[runs[k].start:runs[k].end])
			end = runs[k].end
		}
	}
	// the control letter, alone, after one separator
	if end+2 > len(text) || text[end] != ' ' && text[end] != '.' && text[end] != '-' {
		return Span{}, false
	}
	l := text[end+1] &^ 0x20
	if l < 'A' || l > 'Z' || end+2 < len(text) && isASCIIAlnum(text[end+2]) {
		return Span{}, false
	}
	buf[8] = l
	if n != 8 || !dniValid(string(buf[:])) || !idOwnContext(text, r.start, end+2, ctxSpanishID) {
		return Span{}, false
	}
	return Span{Start: r.start, End: end + 2, Type: "ES_NIF", Rule: "builtin.es_nif", Score: 0.95,
		Reason: withContext("Spanish DNI/NIF digits in groups with valid control letter", contextNear(text, r.start, end+2, ctxSpanishID))}, true
}

// regroupedNIE reads a Spanish NIE around the seven digits of r: X, Y or Z
// and one separator before them, the control letter after them, alone or
// after one separator ("X-1234567-L", "Y 1234567 X", "Z.7654321.H"), after
// its own word.
func regroupedNIE(text string, r digitRun) (Span, bool) {
	s := r.start - 2
	if s < 0 || !isIDSep(text[s+1]) || text[s+1] == ':' || text[s+1] == '/' || s > 0 && isASCIIAlnum(text[s-1]) {
		return Span{}, false
	}
	p := text[s] &^ 0x20
	if p != 'X' && p != 'Y' && p != 'Z' {
		return Span{}, false
	}
	e := r.end
	if e < len(text) && (text[e] == ' ' || text[e] == '.' || text[e] == '-') {
		e++
	}
	if e >= len(text) {
		return Span{}, false
	}
	l := text[e] &^ 0x20
	if l < 'A' || l > 'Z' || e+1 < len(text) && isASCIIAlnum(text[e+1]) {
		return Span{}, false
	}
	var buf [9]byte
	buf[0] = p
	copy(buf[1:8], text[r.start:r.end])
	buf[8] = l
	if !nieValid(string(buf[:])) || !idOwnContext(text, s, e+1, ctxSpanishID) {
		return Span{}, false
	}
	return Span{Start: s, End: e + 1, Type: "ES_NIE", Rule: "builtin.es_nie", Score: 0.95,
		Reason: withContext("Spanish NIE in groups with X/Y/Z prefix and valid control letter", contextNear(text, s, e+1, ctxSpanishID))}, true
}

// idOwnContext reports whether a context word of kind is right before
// start (48 bytes, on the line) or right after end (24 bytes), where
// idSpan looks first; the far context (the line before, a column header)
// does not count here.
func idOwnContext(text string, start, end int, kind ctxKind) bool {
	return contextNear(text, start, end, kind) != ""
}

// contextNear returns idOwnContext's word (a key of contextWords), or "".
func contextNear(text string, start, end int, kind ctxKind) string {
	if w := contextBefore(text, start, 48, kind); w != "" {
		return w
	}
	return contextAfter(text, end, 24, kind)
}

// ctxSpanishID is the context of a regrouped DNI or NIE: either's word
// ("DNI", "NIE", "NIF") or a generic identity-document word ("documento
// de identidad"), as Spanish forms label both with one field.
const ctxSpanishID = ctxDNI | ctxNIE | ctxIDAny
