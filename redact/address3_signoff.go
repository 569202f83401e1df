package redact

// Towns and ages in the sign-off of a review, a testimonial or a quote:
// a dash, the writer's name, and where they live or how old they are, to
// the end of the line:
//
//	"Works great." — Dolores Whitfield, Mesa, AZ
//	– Ray Castellanos, El Paso
//	« … » — Mme Fatoumata Diallo, Villeurbanne
//	"…" - Hemi Walker, sparky, 29
//
// After a comma a capitalised word could open the next clause ("Dear
// Anna, Paris awaits"), which is why townsAfterNames leaves commas out;
// a sign-off has no clause after the town: the line ends there. A role
// may end a sign-off too ("- John Smith, Manager"), so a town alone must
// be known; one before a US state or Canadian province code need not be,
// and the code is a LOCATION of its own. The rule reads only the PERSON
// spans the person detector found.

// maxSignoffParts bounds the comma-separated parts after the name.
const maxSignoffParts = 4

// signoffTowns appends the town, state and age after each PERSON span of
// dst[n0:] that opens a sign-off (a dash and a space before the name, at
// the start of a line or after a closing quote). The parts after the name
// run to the end of the line: a known town, or any capitalised town
// before a US state or Canadian province code, is a LOCATION, as is the
// code; one to three digits are the writer's AGE ("— Hemi Walker,
// sparky, 29"); other parts are roles and pass.
//
//go:noinline
func signoffTowns(text string, dst []Span, n0 int) []Span {
	n := len(dst)
	var g spanGuard // span_guard.go: ten thousand signed reviews
	for i := n0; i < n; i++ {
		s, e := dst[i].Start, dst[i].End
		if e+3 >= len(text) || text[e] != ',' || text[e+1] != ' ' || dst[i].Type != "PERSON" || !signoffDashBefore(text, s) {
			continue
		}
		var parts [maxSignoffParts][2]int
		k, ok := 0, false
		for p := e; k < maxSignoffParts; k++ {
			if p+2 >= len(text) || text[p] != ',' || text[p+1] != ' ' {
				break
			}
			ps := p + 2
			pe := ps
			for pe < len(text) && pe-ps < 40 && text[pe] != ',' && text[pe] != '\n' && text[pe] != '"' {
				pe++
			}
			for pe > ps && (text[pe-1] == ' ' || text[pe-1] == '\r') {
				pe--
			}
			if pe == ps {
				break
			}
			parts[k] = [2]int{ps, pe}
			p = pe
			if signoffEndsAt(text, pe) {
				k, ok = k+1, true
				break
			}
		}
		if !ok {
			continue
		}
		for j := range k {
			ps, pe := parts[j][0], parts[j][1]
			part := text[ps:pe]
			switch {
			case pe-ps <= 3 && allDigits(part) && atoiASCII(part) <= 120:
				dst = append(dst, Span{Start: ps, End: pe, Type: "AGE", Rule: "builtin.age", Score: 0.75,
					Reason: "number after a name in a review's sign-off"})
			case signoffState(part) && j > 0:
				dst = append(dst, Span{Start: ps, End: pe, Type: "LOCATION", Rule: "builtin.location", Score: 0.8,
					Reason: "state after a town in a review's sign-off"})
			case upperAt(text, ps) && !g.townOverlaps(dst, len(text), ps, pe) && (cityNames.has(part) || townNames.has(part) ||
				j+1 < k && signoffState(text[parts[j+1][0]:parts[j+1][1]]) && capitalWordsOnly(part)):
				// A role ends a sign-off too ("- John Smith, Manager"):
				// a town alone must be known.
				dst = append(dst, Span{Start: ps, End: pe, Type: "LOCATION", Rule: "builtin.location", Score: 0.8,
					Reason: "town after a name in a review's sign-off"})
			case upperAt(text, ps) && !g.townOverlaps(dst, len(text), ps, pe) && signoffUnknownTown(text, &parts, j, k): // loc3_signoff.go
				dst = append(dst, Span{Start: ps, End: pe, Type: "LOCATION", Rule: "builtin.location", Score: 0.7,
					Reason: "capitalised town after a name in a review's sign-off"})
			}
		}
	}
	reportWork("signoffTowns", g.work+n-n0)
	return dst
}

// signoffState reports whether p is a US state or Canadian province code.
func signoffState(p string) bool {
	return len(p) == 2 && isUpper(p[0]) && isUpper(p[1]) && (usStateSet.has(p) || caProvinces[p])
}

// capitalWordsOnly reports whether p is one to three capitalised words of
// letters ("Daly City").
func capitalWordsOnly(p string) bool {
	words := 0
	for i := 0; i < len(p); {
		if !isUpper(p[i]) && p[i] < 0xC0 {
			return false
		}
		j := i
		for j < len(p) && p[j] != ' ' {
			if !(isAlpha(p[j]) || p[j] >= 0x80 || p[j] == '-' || p[j] == '.' || p[j] == '\'') {
				return false
			}
			j++
		}
		words++
		i = j + 1
	}
	return words >= 1 && words <= 3
}

// signoffDashBefore reports whether a dash ('-', '–' or '—') and one
// space come right before the name at s, with the line's start, a closing
// quote or the full stop, '!' or '?' of the quote's last sentence (and a
// space) before the dash.
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
	case c == '.' || c == '!' || c == '?':
		// the end of the quote's last sentence, the sign-off on its line
		// ("Fast repair. — Arvid Kessel, Drammen")
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
