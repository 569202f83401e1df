package redact

import "strings"

// Towns that a record or a list sets beside a person: in brackets right
// after the name, as reviews and quotes are credited ("Lena Ortiz
// (Tarragona)"), or as the last field of a contact line, after the phone
// number or the e-mail address ("ana.ruiz@example.com, Zamora", "+44 7700
// 900123 - Stirling"). The town must be known, or an unknown capitalised
// word must have its state or province after it ("…, Millbrook ON"):
// "Tom Baker (Marketing)" and "0800 123 456 - Support" name no place.

// recordTowns appends the towns of text in brackets after a PERSON span
// or closing a line after a PHONE_NUMBER or EMAIL_ADDRESS span of dst. It
// reads only those spans, so a text costs one pass over its spans.
func recordTowns(text string, dst []Span) []Span {
	n := len(dst)
	var g spanGuard // span_guard.go: ten thousand contact lines
	for i := 0; i < n; i++ {
		// The two bytes after the span first: most spans are followed by
		// neither " (" nor a contact line's separator.
		e := dst[i].End
		if e+2 >= len(text) || !recordSep[text[e]] || !recordSep2[text[e+1]] {
			continue
		}
		sp := dst[i]
		cs := -1
		switch sp.Type {
		case "PERSON":
			if text[e] == ' ' && text[e+1] == '(' {
				cs = e + 2
			}
		case "PHONE_NUMBER", "EMAIL_ADDRESS":
			cs = nextRecordField(text, e)
		}
		if cs < 0 || cs >= len(text) || !townUpperAt(text, cs) {
			continue
		}
		ce, known := readTown(text, cs)
		if ce <= cs || countryNames.has(text[cs:ce]) || g.townOverlaps(dst, len(text), cs, ce) {
			continue
		}
		reason := "known town in brackets after a name"
		if sp.Type == "PERSON" {
			if ce >= len(text) || text[ce] != ')' || !known {
				continue
			}
		} else {
			reason = "town closing a contact line"
			if !recordLineEnds(text, ce) || !known && !(plausibleTown(text[cs:ce]) && regionVouches(text, ce)) {
				continue
			}
		}
		dst = append(dst, Span{Start: cs, End: ce, Type: "LOCATION", Rule: "builtin.location", Score: 0.75,
			Reason: reason})
	}
	reportWork("recordTowns", g.work+n)
	return dst
}

// recordSep and recordSep2 mark the first and second bytes after a span
// that may open a town in brackets or a contact line's next field: " (",
// ", ", " - ", and the first byte of " – " and " — ".
var (
	recordSep  = [256]bool{' ': true, ',': true}
	recordSep2 = [256]bool{'(': true, ' ': true, '-': true, 0xE2: true}
)

// nextRecordField returns where the field after a contact line's field
// ending at e starts, past a separator (", ", " - ", " – ", " — "), or -1.
func nextRecordField(text string, e int) int {
	switch {
	case strings.HasPrefix(text[e:], ", "):
		return e + 2
	case strings.HasPrefix(text[e:], " - "):
		return e + 3
	case strings.HasPrefix(text[e:], " – "), strings.HasPrefix(text[e:], " — "):
		return e + 5
	}
	return -1
}

// recordLineEnds reports whether a contact line's last field may end at
// e: the end of the text or of the line, a full stop there, or a state or
// province after the town (regionAfter, which marks it).
func recordLineEnds(text string, e int) bool {
	if e >= len(text) || text[e] == '\n' || text[e] == '\r' {
		return true
	}
	if text[e] == '.' && (e+1 == len(text) || text[e+1] == '\n') {
		return true
	}
	_, ok := regionAfter(text, e)
	return ok
}
