package redact

// Swedish postcodes after a street address, before their town ("114 51
// Stockholm": three digits, a space, two), and the districts of Mexican
// and Brazilian addresses. Danish and Norwegian codes have four digits,
// and Polish ones ("00-950") two, a dash and three; both go through
// postcodeAfterAddress's other cases. A Swedish or Polish code with no
// street before it is not read: testing every three-digit run for one
// cost the walk over the runs 10 instructions per text (cachegrind,
// FindCorpus/all) and found none more in the eval sets.

// swedishPostcodeEnd returns where a Swedish postcode whose first group
// is the three-digit run r ends ("114 51").
func swedishPostcodeEnd(text string, r digitRun) (int, bool) {
	e := r.end + 3
	if r.end-r.start != 3 || e > len(text) || text[r.end] != ' ' || !isDigit(text[r.end+1]) || !isDigit(text[r.end+2]) ||
		!wordEndAt(text, e) {
		return 0, false
	}
	return e, true
}

// districtWords name the district that Mexican and Brazilian addresses
// put between the street and the postcode: "Col. Roma Norte", "Colonia
// Del Valle", "Fracc. Las Palmas", "Bairro Centro".
var districtWords = boolTable(map[string]bool{
	"Col.": true, "Colonia": true, "Fracc.": true, "Bairro": true, "Barrio": true,
})

// districtAt reads a district at the word w (one of districtWords, then
// one to four capitalised words) and returns where it ends.
func districtAt(text string, w word) (int, bool) {
	if !districtWords.has(w.str(text)) {
		return 0, false
	}
	end, n := nameWordsAfter(text, w.end, 4)
	return end, n > 0
}

// A Dutch, Swedish or Polish postcode right after its town, without a
// street before it: "in Utrecht (3531 CJ)", "i göteborg (417 05)",
// "Kraków, kod 31-054", and five digits in brackets ("à Bordeaux
// (33000)"). Only these shapes are read (four digits and two capitals,
// three digits and two, two digits, a dash and three, five in brackets):
// a bare number after a town is more often a year ("Somerset West,
// 2019") than a postcode.

// postcodeAfterTown reads the postcode whose first group is the run r
// when its shape is one of those and a known town (any case) comes right
// before it, with a bracket, a comma or a postcode label ("kod", "PLZ",
// "postnr") between. It appends the town's span (a LOCATION, also in
// lower case: "i göteborg") and the postcode's to dst, and returns the
// postcode's end (0 when there is none).
//
//go:noinline
func postcodeAfterTown(text string, r digitRun, dst []Span) ([]Span, int) {
	e, country := 0, ""
	switch r.end - r.start {
	case 2:
		if e = r.end + 4; e > len(text) || text[r.end] != '-' || !allDigits(text[r.end+1:e]) || !wordEndAt(text, e) ||
			e+1 < len(text) && text[e] == '-' && isDigit(text[e+1]) {
			return dst, 0
		}
		country = "Polish"
	case 3:
		var ok bool
		if e, ok = swedishPostcodeEnd(text, r); !ok {
			return dst, 0
		}
		country = "Swedish"
	case 4:
		if e = r.end + 3; e > len(text) || text[r.end] != ' ' || !isUpper(text[r.end+1]) || !isUpper(text[r.end+2]) ||
			!wordEndAt(text, e) {
			return dst, 0
		}
		country = "Dutch"
	case 5:
		// five digits in brackets: "à Bordeaux (33000)", "en Sevilla
		// (41001)", "a Torino (10121)", "in Kiel (24103)" (address3)
		if e = r.end; r.start < 1 || text[r.start-1] != '(' || e >= len(text) || text[e] != ')' {
			return dst, 0
		}
		country = "Five-digit"
	default:
		return dst, 0
	}
	if e+1 < len(text) && (text[e] == ' ' || text[e] == '-') && isDigit(text[e+1]) {
		return dst, 0 // a phone number's groups: "Barcelona, 654 32 10 98"
	}
	ts, te, ok := townBeforePostcode(text, r.start)
	if !ok || country == "Five-digit" && countsList(text, ts, e) {
		return dst, 0
	}
	return append(dst,
		Span{Start: ts, End: te, Type: "LOCATION", Rule: "builtin.location", Score: 0.8,
			Reason: "known town before a postcode"},
		Span{Start: r.start, End: e, Type: "ZIP_CODE", Rule: "builtin.zip_code", Score: 0.8,
			Reason: country + " postcode after a known town"}), e
}

// postcodeLabelsShort are the short postcode labels that may stand
// between a town and its postcode ("Kraków, kod 31-054").
var postcodeLabelsShort = boolTable(map[string]bool{
	"kod": true, "plz": true, "postnr": true, "postnr.": true, "cp": true, "cap": true, "zip": true, "postcode": true,
})

// townBeforePostcode returns the bounds of a known town that ends right
// before the postcode at i: spaces, one '(' or ',' and one short postcode
// label may come between. The town is matched with its first letter in
// capitals, as chat writes it in lower case ("göteborg").
func townBeforePostcode(text string, i int) (int, int, bool) {
	for label := 0; label < 2; label++ {
		for k := 0; k < 3 && i > 0 && (text[i-1] == ' ' || text[i-1] == '(' || text[i-1] == ','); k++ {
			i--
		}
		s := i
		for s > 0 && (isAlpha(text[s-1]) || text[s-1] >= 0x80 || text[s-1] == '.') && i-s <= 24 {
			s--
		}
		if s == i || i-s > 24 {
			return 0, 0, false
		}
		w := text[s:i]
		var buf [24]byte
		for k := 0; k < len(w); k++ {
			buf[k] = toLowerASCII(w[k])
		}
		if postcodeLabelsShort.has(string(buf[:len(w)])) {
			i = s
			continue
		}
		buf[0] = w[0]
		if w[0] >= 'a' && w[0] <= 'z' {
			buf[0] = w[0] - ('a' - 'A')
		}
		copy(buf[1:], w[1:])
		return s, i, cityNames.has(string(buf[:len(w)]))
	}
	return 0, 0, false
}

// countsList reports whether the town at ts and the bracket that closes
// at e are an item of a list of towns with counts ("Paris (12000), Lyon
// (8000)"): another bracket closes right before the town, or another
// town and bracket follow.
func countsList(text string, ts, e int) bool {
	b := ts
	for b > 0 && (text[b-1] == ' ' || text[b-1] == ',') {
		b--
	}
	if b > 0 && b < ts && text[b-1] == ')' {
		return true
	}
	a := e + 1
	if a+2 >= len(text) || text[a] != ',' || text[a+1] != ' ' || !upperAt(text, a+2) {
		return false
	}
	for k := a + 2; k < len(text) && k-a < 32 && text[k] != '\n'; k++ {
		if text[k] == '(' {
			return k+1 < len(text) && isDigit(text[k+1])
		}
	}
	return false
}
