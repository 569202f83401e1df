package redact

import "strings"

// Address blocks as the UPU's addressing standard (S42) lays them out and
// as labels and letter heads are pasted (formats21): the addressee's name
// line, the street line (house number before or after the street), the
// locality line with its postcode before or after the town, each on its
// own line ("Zorblax Quint / 14 Tamarisk Close / Looe / TR18 4QX",
// "Zorblax Quint / Lindenstraße 14a / 34117 Kassel"). The address
// detector reads the street and the locality; the name line above the
// street is the addressee, whatever its words look like, as a table's
// header names its column.
//
// Safe: the street opens its line, a postcode follows within three lines,
// and the line above is a name's shape: two to four words of letters
// with capitals (particles such as "van", "de" aside), a title allowed, no
// digit or punctuation but '-', '\'' and an initial's '.', no trade,
// premises or desk word ("Maple Cottage", "Harbour Bakery", "Support
// Team"), no article first ("The Old Mill"), no label word ("Billing
// Address", "Ship To"), and no other detector's span on it. A name the
// person detector found already is left as it is.
//
// Cost: personSpans calls addresseeLines only for a text with lines and a
// contact span; it reads the spans, and a line for each street span.

// addresseeLines appends a PERSON span for the name line above each
// street line of an address block in text (see above).
//
//go:noinline
func addresseeLines(sc *textScan, dst []Span) []Span {
	text := sc.text
	n := len(dst)
	zips := posIndex{start: true} // postcodeAfter's ZIP_CODE spans of dst[:n], by start
	var over spanGuard            // spanOverlaps for a long text's many address blocks
	work := 0                     // bytes read back to the streets' line starts (TestFindLongWork)
	for i := 0; i < n; i++ {
		sp := dst[i]
		if sp.Type != "STREET_ADDRESS" || sp.Score < DefaultMinScore {
			continue
		}
		ls := sp.Start // the line's start, when only spaces and tabs come before the street on it
		for ls > 0 && (text[ls-1] == ' ' || text[ls-1] == '\t') {
			ls--
		}
		work += sp.Start - ls
		if ls < 2 || text[ls-1] != '\n' || !postcodeAfterIx(text, dst[:n], sp.End, &zips) {
			continue // (not read back to a long line's start for every street on it)
		}
		ps := sc.lineStart(ls - 1)
		if houseNameLine(text[ps:ls-1]) && ps >= 2 {
			// a house's name between the addressee and the street
			// ("Maple Cottage", "Villa Rosa"), as S42 allows
			ls, ps = ps, sc.lineStart(ps-1)
		}
		s, e := trimCell(text, ps, ls-1)
		if e-s < 4 || !addresseeShape(text[s:e]) || over.overlaps(dst, len(text), s, e) {
			continue
		}
		dst = append(dst, Span{Start: s, End: e, Type: "PERSON", Rule: "builtin.person", Score: 0.85,
			Reason: "name line above the street line of an address block"})
	}
	reportWork("addresseeLines", work)
	return dst
}

// postcodeAfter reports whether a ZIP_CODE span of spans starts after end
// and within the three lines from end's.
func postcodeAfter(text string, spans []Span, end int) bool {
	limit := end
	for n := 0; n < 3 && limit < len(text); n++ {
		limit = lineEndAt(text, limit+1)
	}
	for _, sp := range spans {
		if sp.Type == "ZIP_CODE" && sp.Start >= end && sp.Start <= limit && sp.Score >= DefaultMinScore {
			return true
		}
	}
	return false
}

// postcodeAfterIx is postcodeAfter through ix, the live ZIP_CODE spans of
// spans by start (filed at its first call), once spans holds more than
// guardLinear: spans stays as it is between calls.
func postcodeAfterIx(text string, spans []Span, end int, ix *posIndex) bool {
	if len(spans) <= guardLinear {
		return postcodeAfter(text, spans, end)
	}
	if !ix.built {
		ix.build(spans, func(d *Span) bool { return d.Type == "ZIP_CODE" && d.Score >= DefaultMinScore })
	}
	limit := end
	for n := 0; n < 3 && limit < len(text); n++ {
		limit = lineEndAt(text, limit+1)
	}
	return end <= limit && len(ix.in(end, limit+1)) > 0
}

// spanOverlaps reports whether a span of spans overlaps text[s:e].
func spanOverlaps(spans []Span, s, e int) bool {
	for _, sp := range spans {
		if sp.Start < e && sp.End > s {
			return true
		}
	}
	return false
}

// addresseeShape reports whether line has the shape of an addressee's
// name (see above).
func addresseeShape(line string) bool {
	if tradeName(line) || deskName(line) || mailDesk(line) {
		return false
	}
	words, capitals := 0, 0
	for w := range strings.FieldsSeq(line) {
		words++
		if words > 5 {
			return false
		}
		lw := strings.ToLower(strings.TrimRight(w, "."))
		if words == 1 && blockArticles[lw] || blockLabelWords[lw] || premiseLineWords[lw] {
			return false
		}
		if words == 1 && blockTitles[lw] {
			continue // "Sig.ra", "Dott.ssa": titles with a dot inside
		}
		for i := 0; i < len(w); i++ {
			if c := w[i]; !(isAlpha(c) || c >= 0x80 || c == '-' || c == '\'' || c == '.' && i == len(w)-1) {
				return false
			}
		}
		switch {
		case upperAt(w, 0):
			capitals++
		case !nameParticles[lw]: // person.go: "van", "de la"
			return false
		}
	}
	return words >= 2 && capitals >= 2
}

// blockArticles are articles that open a house's or a business's name,
// not a person's ("The Old Mill", "Le Petit Four", "Die Werkstatt").
var blockArticles = map[string]bool{
	"the": true, "le": true, "la": true, "les": true, "l'": true, "der": true, "die": true, "das": true,
	"el": true, "los": true, "las": true, "il": true, "lo": true, "gli": true, "het": true, "de": true, "o": true,
	"a": true, "os": true, "as": true, "an": true, "our": true, "my": true, "your": true,
}

// blockLabelWords are words of the label lines above an address block
// ("Shipping Address", "Ship To", "Lieferadresse"), lower case.
var blockLabelWords = map[string]bool{
	"address": true, "addresses": true, "adresse": true, "anschrift": true, "lieferadresse": true,
	"rechnungsadresse": true, "dirección": true, "direccion": true, "indirizzo": true, "adres": true,
	"endereço": true, "morada": true, "adress": true, "shipping": true, "billing": true, "delivery": true,
	"invoice": true, "postal": true, "mailing": true, "return": true, "sender": true, "recipient": true,
	"ship": true, "deliver": true, "send": true, "to": true, "from": true, "details": true, "label": true,
	"contact": true, "customer": true, "office": true, "headquarters": true, "warehouse": true,
	"registered": true, "absender": true, "empfänger": true, "expéditeur": true, "destinataire": true,
	"destinatario": true, "remitente": true, "mittente": true, "afzender": true, "ontvanger": true,
	"attn": true, "attention": true, "c/o": true, "po": true, "box": true,
}

// blockTitles are titles with a dot inside that open an addressee's line
// (Italian "Sig.ra", "Dott.ssa"), lower case, without a final dot.
var blockTitles = map[string]bool{
	"sig.ra": true, "sig.na": true, "dott.ssa": true, "gent.mo": true, "gent.ma": true, "egr": true,
	"sig": true, "dott": true, "prof.ssa": true, "avv": true, "ing": true,
}

// premiseLineWords are the words of a house's or a building's name on the
// line of an address block above its street ("Maple Cottage", "Villa
// Rosa", "Hof Lindenau"), lower case.
var premiseLineWords = map[string]bool{
	"cottage": true, "house": true, "farm": true, "farmhouse": true, "barn": true, "lodge": true, "villa": true,
	"manor": true, "hall": true, "court": true, "mill": true, "croft": true, "grange": true, "rectory": true,
	"vicarage": true, "chapel": true, "bungalow": true, "cabin": true, "chalet": true, "mews": true,
	"apartments": true, "flats": true, "tower": true, "towers": true, "building": true, "buildings": true,
	"residence": true, "residenz": true, "haus": true, "hof": true, "maison": true, "casa": true,
	"quinta": true, "masseria": true, "cascina": true, "podere": true, "huis": true, "hoeve": true,
	"gård": true, "gården": true, "cortijo": true, "finca": true, "hacienda": true, "château": true,
	"domaine": true, "moulin": true, "ferme": true, "cottages": true, "estate": true,
	"centre": true, "center": true, "block": true, "wing": true, "annex": true, "annexe": true,
}

// houseNameLine reports whether line, at most four words, has a word of
// premiseLineWords or of houseNameWords (loc12_uk.go).
func houseNameLine(line string) bool {
	n := 0
	for w := range strings.FieldsSeq(line) {
		if n++; n > 4 {
			return false
		}
		if premiseLineWords[strings.ToLower(w)] || houseNameWords.has(w) {
			return true
		}
	}
	return false
}
