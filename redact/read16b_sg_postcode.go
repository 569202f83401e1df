package redact

// SingPost (SG) postcodes written with their "S" prefix (read16b, session 19).
//
// Class: a documented national format. SingPost's six-digit postal code is
// commonly written "S(520088)" after the street and unit ("Blk 88 Kembang
// Ave 3, #05-12, S(520088)"), as delivery systems and property listings
// print it. Its first two digits are the postal sector, 01 to 82 (74
// unused). The engine read a six-digit run only after a known city (the
// city-state's own name before it) or an Indian PIN label, and lost this
// form.
//
// Safe: it needs the capital S right before the bracket, the S starting a
// word, the closing bracket right after exactly six digits and a valid
// sector. The bare form "S520088", which order and product codes share,
// is left alone, as is a seven-digit run (an NRIC, "S1234567A").
// Cost: a byte test on six-digit runs that no other postcode rule took.

// sgPostcodeAt reads an SG postcode "S(dddddd)" at the six-digit run
// r and stores it in sp.
func sgPostcodeAt(text string, r digitRun, sp *Span) bool {
	s := r.start - 2
	if r.end-r.start != 6 || s < 0 || text[s+1] != '(' || text[s] != 'S' ||
		r.end >= len(text) || text[r.end] != ')' || s > 0 && isAlnum(text[s-1]) {
		return false
	}
	if sec := int(text[r.start]-'0')*10 + int(text[r.start+1]-'0'); sec < 1 || sec > 82 || sec == 74 {
		return false
	}
	*sp = Span{Start: r.start, End: r.end, Type: "ZIP_CODE", Rule: "builtin.zip_code", Score: 0.8,
		Reason: "SG postcode after its S prefix"}
	return true
}
