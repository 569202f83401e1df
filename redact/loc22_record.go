package redact

import "unicode/utf8"

// Places in the fields of a contact record (loc22). The class: a line of
// a customer, member or delivery list whose fields, set off by commas,
// dashes, bars or tabs, give a person's name, phone number, e-mail
// address or age, and where they live, often as a district or estate
// before its town ("- Amani Wekesa, 0733 410 992, Kapsoit, Kericho",
// "Kato Ssebunya – 0772 300 118 – Kawempe, Mbarara – wants a puppy",
// "Tuvshin Bold, 34, Erdenet, tuvshin@example.mn"). The town is known to
// a gazetteer or found already; the district before it may be any one to
// three capitalised words (with a closing number or code: "Phase 2",
// "Zone 6", "GRA"), as no list holds the estates of Kericho or Lagos.
//
// Safe: the field must follow a name, a phone number, an e-mail address
// or an age right after their span, on a line that holds a name; a lone
// field must be a known town closing its line or set before another
// contact field ("…, Erdenet, tuvshin@…"), and the town after a district
// must close its field. Countries are never marked: a district before a
// country ("Rabat, Malta") is read as a town, and only when known.
//
// Cost: one pass over the spans, with a two-byte test after each; the
// line's name is looked for at most recordFieldTries times a text.

// recordFieldTries bounds the candidate fields after a phone number, an
// e-mail address or an age whose line is searched for a name: a list of
// ten thousand contact lines reads the spans a bounded number of times.
const recordFieldTries = 24

// recordFieldPlaces appends the LOCATION spans of the fields after the
// PERSON, PHONE_NUMBER, EMAIL_ADDRESS and AGE spans of dst (see above).
//
//go:noinline
func recordFieldPlaces(text string, dst []Span) []Span {
	n := len(dst)
	var g spanGuard // span_guard.go: ten thousand contact lines
	locs := posGuard{typ: "LOCATION", start: true}
	tries := 0
	for i := 0; i < n; i++ {
		// The two bytes after the span first: most spans are followed by
		// no field separator (", ", "; ", " – ", " - ", " | ", a tab).
		e := dst[i].End
		if e+4 >= len(text) || !recordFieldSep1[text[e]] || !recordFieldSep2[text[e+1]] && text[e] != '\t' &&
			!(text[e] == ' ' && dst[i].Type == "AGE") {
			continue
		}
		switch dst[i].Type {
		case "PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "AGE":
		default:
			continue
		}
		if text[e] == ' ' && dst[i].Type == "AGE" {
			e = ageUnitAfter(text, e) // "61 v., Kuopio", "34 yrs, Gbagada"
		}
		p := recordFieldStart(text, e)
		if p < 0 || !townUpperAt(text, p) {
			continue
		}
		fe, words := recordFieldWords(text, p)
		if words == 0 {
			continue
		}
		if dst[i].Type != "PERSON" {
			if tries >= recordFieldTries {
				continue
			}
			tries++
			if !personEarlierOnLine(text, dst, e) {
				continue
			}
		}
		dst = recordFieldAt(text, dst, p, fe, dst[i].Type, &g, &locs)
	}
	reportWork("recordFieldPlaces", g.work+locs.work+n)
	return dst
}

// recordFieldAt appends the places of the field of capitalised words
// [p, fe): a district and the known (or already found) town after it, or
// a known town that fills its field.
func recordFieldAt(text string, dst []Span, p, fe int, anchor string, g *spanGuard, locs *posGuard) []Span {
	named := anchor == "PERSON"
	if fe+3 < len(text) && text[fe] == ',' && text[fe+1] == ' ' && townUpperAt(text, fe+2) {
		q := fe + 2
		te, known := readTown(text, q)
		found := locs.at(dst, len(text), q)
		if (known || found) && recordFieldEnds(text, te) && !countryNames.has(text[q:te]) &&
			recordDistrict(text[p:fe], named) {
			if g.townOverlaps(dst, len(text), p, fe) {
				return dst
			}
			dst = append(dst, locationSpan(p, fe, 0.7, "district before a town in a contact record's field"))
			if !found && !g.townOverlaps(dst, len(text), q, te) {
				dst = append(dst, locationSpan(q, te, 0.75, "town after a district in a contact record's field"))
			}
			return dst
		}
	}
	te, known := readTown(text, p)
	if !known || te != fe && !(te < fe && text[te] == ',') || countryNames.has(text[p:te]) || regionNames.has(text[p:te]) {
		return dst
	}
	// "…, Erdenet, tuvshin@…", "…, Borgarnes, Iceland", or the line's
	// end; right after a name, only before a contact field ("Carta per a
	// D. Pere Rovira, Girona." is a letter's heading: the person rules')
	// After an age any field's end will do: "Aino Virtanen, 61 v., Kuopio —
	// eläkkeellä" (an age and a town are how notes describe a person).
	if !contactFieldAfter(text, te) && !countryAfter(text, te) && (named || !recordLineEnds(text, te)) &&
		!(anchor == "AGE" && recordFieldEnds(text, te)) {
		return dst
	}
	if g.townOverlaps(dst, len(text), p, te) {
		return dst
	}
	return append(dst, locationSpan(p, te, 0.7, "known town in a contact record's field"))
}

// recordFieldAfter reports whether the two bytes after a span ending at
// e, with four bytes or more after it, may open a record's next field:
// residenceSpansOf's first test, before recordFieldPlaces runs.
func recordFieldAfter(text string, e int) bool {
	return recordFieldSep1[text[e]] && (recordFieldSep2[text[e+1]] || text[e] == '\t')
}

// ageUnitAfter returns the end of a space and an age unit (ageUnits, with
// its full stop) at e, or e.
func ageUnitAfter(text string, e int) int {
	u := e + 1
	for u < len(text) && u-e <= 16 && isLetterAt(text, u) {
		_, size := utf8.DecodeRuneInString(text[u:])
		u += size
	}
	var buf [16]byte
	if w, ok := lowerWord(text, e+1, u, &buf); !ok || !ageUnitTable.has(w) {
		return e
	}
	if u < len(text) && text[u] == '.' {
		u++
	}
	return u
}

// recordFieldSep1 and recordFieldSep2 mark the first and second bytes
// after a span that may open a record's next field: ", ", "; ", " – ",
// " — ", " - ", " | " and a tab (whose second byte may be any).
var (
	recordFieldSep1 = [256]bool{',': true, ' ': true, '\t': true, ';': true}
	recordFieldSep2 = [256]bool{' ': true, '-': true, '|': true, 0xE2: true}
)

// recordFieldStart returns where the field after a field ending at e
// starts (", ", "; ", " – ", " — ", " - ", " | ", a tab), or -1.
func recordFieldStart(text string, e int) int {
	if p := listSepAfter(text, e); p >= 0 {
		return p
	}
	if e+2 < len(text) && (text[e] == ',' || text[e] == ';') && text[e+1] == ' ' {
		return e + 2
	}
	return -1
}

// recordFieldWords reads one to three capitalised words at p, the last
// of them possibly a number or a code in capitals ("Phase 2", "Zone 6",
// "Gbagada GRA"), and returns where they end and how many there are; 0
// when the field is something else (lower-case words, a sentence).
func recordFieldWords(text string, p int) (int, int) {
	e := capWordEnd(text, p)
	if e <= p {
		return p, 0
	}
	k := 1
	for k < 3 && e+2 < len(text) && text[e] == ' ' {
		s := e + 1
		if townUpperAt(text, s) {
			if we := capWordEnd(text, s); we > s {
				e, k = we, k+1
				continue
			}
		}
		if isDigit(text[s]) {
			we := s
			for we < len(text) && we-s < 3 && isDigit(text[we]) {
				we++
			}
			if we < len(text) && (isDigit(text[we]) || isLetterAt(text, we)) {
				break
			}
			e, k = we, k+1
		}
		break
	}
	return e, k
}

// recordFieldEnds reports whether a record's field may end at e: the end
// of the text or of the line, a full stop closing the line, another
// field's separator, or a bracket.
func recordFieldEnds(text string, e int) bool {
	if e >= len(text) || text[e] == '\n' || text[e] == '\r' || text[e] == '\t' || text[e] == ';' {
		return true
	}
	if text[e] == '.' && (e+1 == len(text) || text[e+1] == '\n' || text[e+1] == '\r') {
		return true
	}
	if text[e] == ',' && e+1 < len(text) && text[e+1] == ' ' {
		return true
	}
	return listSepAfter(text, e) >= 0 || text[e] == ' ' && e+1 < len(text) && text[e+1] == '('
}

// contactFieldAfter reports whether the field after a field ending at e
// holds a phone number or an age (it starts with a digit or '+') or an
// e-mail address.
func contactFieldAfter(text string, e int) bool {
	p := recordFieldStart(text, e)
	if p < 0 {
		return false
	}
	if isDigit(text[p]) || text[p] == '+' {
		return true
	}
	for k := p; k < len(text) && k-p < 64; k++ {
		switch text[k] {
		case '@':
			return true
		case ' ', '\n', ',', '\t', ';':
			return false
		}
	}
	return false
}

// recordDistrict reports whether w, the field before a town, may be a
// district of it: a capitalised word that is no country, region, plan or
// organisation ("Gold, Leeds" names a tier). Right after a name (named),
// with no contact field between, the district must be a known town
// ("Bedok North"), as loc8_items.go's districtBefore wants.
func recordDistrict(w string, named bool) bool {
	if !plausibleTown(w) || countryNames.has(w) || regionNames.has(w) || tierWords[w] || orgField(w) {
		return false
	}
	if !named {
		return true
	}
	e, known := readTown(w, 0)
	return known && e == len(w)
}

// tierWords are the plans and tiers that a member list sets where a
// district could stand ("…, 0722 000 000, Gold, Leeds").
var tierWords = map[string]bool{
	"Gold": true, "Silver": true, "Bronze": true, "Platinum": true, "Premium": true, "Basic": true,
	"Standard": true, "Plus": true, "Pro": true, "Family": true, "Student": true, "Senior": true,
	"Annual": true, "Monthly": true, "Lifetime": true, "Trial": true, "Free": true,
	"Business": true, "Corporate": true, "Diamond": true, "Elite": true, "Classic": true,
}

// orgField reports whether a word of the field w names an organisation
// or a trade (orgWordIn: "Glaziers", "Ltd").
func orgField(w string) bool {
	strong, weak, _ := orgWordIn(w)
	return strong || weak
}

// countryAfter reports whether ", " and a country follow e ("Borgarnes,
// Iceland").
func countryAfter(text string, e int) bool {
	if e+3 >= len(text) || text[e] != ',' || text[e+1] != ' ' || !townUpperAt(text, e+2) {
		return false
	}
	ce, _ := readTown(text, e+2)
	return countryNames.has(text[e+2 : ce])
}
