package redact

// Towns in the sign-off of a review, a testimonial or a quote: a dash,
// the writer's name, and where they live, to the end of the line:
//
//	"Works great." — Dolores Whitfield, Mesa, AZ
//	– Ray Castellanos, El Paso
//	« … » — Mme Fatoumata Diallo, Villeurbanne
//
// After a comma a capitalised word could open the next clause ("Dear
// Anna, Paris awaits"), which is why townsAfterNames leaves commas out;
// a sign-off has no clause after the town: the line ends there. A role
// may end a sign-off too ("- John Smith, Manager"), so a town alone must
// be known; one before a US state or Canadian province code need not be,
// and the code is a LOCATION of its own. The rule reads only the PERSON spans the
// person detector found.

// signoffTowns appends the town (and state) after each PERSON span of
// dst[n0:] that opens a sign-off: a dash and a space before the name,
// at the start of a line or after a closing quote.
//
//go:noinline
func signoffTowns(text string, dst []Span, n0 int) []Span {
	n := len(dst)
	for i := n0; i < n; i++ {
		s, e := dst[i].Start, dst[i].End
		if e+3 >= len(text) || text[e] != ',' || text[e+1] != ' ' || dst[i].Type != "PERSON" || !signoffDashBefore(text, s) {
			continue
		}
		ts := e + 2
		te, n := nameWordsAfter(text, ts-1, 3)
		if n == 0 || !upperAt(text, ts) || townOverlaps(dst, ts, te) {
			continue
		}
		// The town ends the line, or a state or province code does.
		ss, se := -1, -1
		if te+4 <= len(text) && text[te] == ',' && text[te+1] == ' ' && isUpper(text[te+2]) && isUpper(text[te+3]) &&
			(usStateSet.has(text[te+2:te+4]) || caProvinces[text[te+2:te+4]]) {
			ss, se = te+2, te+4
		}
		end := te
		if se > 0 {
			end = se
		}
		// A role ends a sign-off too ("- John Smith, Manager"): a town
		// alone must be known.
		town := text[ts:te]
		if !signoffEndsAt(text, end) || se < 0 && !cityNames.has(town) && !townNames.has(town) {
			continue
		}
		dst = append(dst, Span{Start: ts, End: te, Type: "LOCATION", Rule: "builtin.location", Score: 0.8,
			Reason: "town after a name in a review's sign-off"})
		if se > 0 {
			dst = append(dst, Span{Start: ss, End: se, Type: "LOCATION", Rule: "builtin.location", Score: 0.8,
				Reason: "state after a town in a review's sign-off"})
		}
	}
	return dst
}

// signoffDashBefore reports whether a dash ('-', '–' or '—') and one
// space come right before the name at s, with the line's start or a
// closing quote (and a space) before the dash.
func signoffDashBefore(text string, s int) bool {
	if s < 2 || text[s-1] != ' ' {
		return false
	}
	d := s - 2
	switch {
	case text[d] == '-':
	case d >= 2 && (text[d-2:d+1] == "—" || text[d-2:d+1] == "–"):
		d -= 2
	default:
		return false
	}
	if d == 0 || text[d-1] == '\n' {
		return true
	}
	if text[d-1] != ' ' {
		return false
	}
	q := d - 2
	if q < 0 {
		return false
	}
	switch c := text[q]; {
	case c == '"' || c == '\'' || c == '\n':
		return true
	case q >= 1 && (text[q-1:q+1] == "»"):
		return true
	case q >= 2 && (text[q-2:q+1] == "”" || text[q-2:q+1] == "“"):
		return true
	}
	return false
}

// signoffEndsAt reports whether the sign-off's line ends at e: a line
// break, the end of the text, or a closing quote, spaces allowed before.
func signoffEndsAt(text string, e int) bool {
	for e < len(text) && (text[e] == ' ' || text[e] == '\r') {
		e++
	}
	return e >= len(text) || text[e] == '\n' || text[e] == '"'
}
