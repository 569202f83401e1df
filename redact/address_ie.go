package redact

// Irish addresses: a town before ", Co. Wicklow", the county itself, and
// the Eircode after it ("14 Seafield Close, Blackrock, Co. Dublin A94
// W2K5"). An Eircode is a routing key (a letter and two digits, or "D6W")
// and four letters or digits; it looks like any product code, so it
// counts only after a county, an Irish city or the word "Eircode".

// irishCounties are the counties of Ireland and Northern Ireland.
var irishCounties = boolTable(map[string]bool{
	"Dublin": true, "Cork": true, "Galway": true, "Kerry": true, "Limerick": true, "Clare": true,
	"Mayo": true, "Sligo": true, "Donegal": true, "Wicklow": true, "Wexford": true, "Waterford": true,
	"Kilkenny": true, "Carlow": true, "Kildare": true, "Meath": true, "Louth": true, "Westmeath": true,
	"Longford": true, "Offaly": true, "Laois": true, "Tipperary": true, "Roscommon": true, "Leitrim": true,
	"Cavan": true, "Monaghan": true, "Antrim": true, "Down": true, "Armagh": true, "Tyrone": true,
	"Fermanagh": true, "Derry": true, "Londonderry": true,
})

// irishCountyAt reads "Co. Wicklow", "Co Wicklow" or "County Wicklow" at
// the word w and returns where the county's name ends.
func irishCountyAt(text string, w word) (int, bool) {
	switch w.str(text) {
	case "Co.", "Co", "County":
	default:
		return 0, false
	}
	c, ok := nextWord(text, w.end, false)
	if !ok {
		return 0, false
	}
	c = trimDot(text, c)
	if !irishCounties.has(c.str(text)) {
		return 0, false
	}
	return c.end, true
}

// eircodeLetter reports whether c may stand in an Eircode (the letters
// that cannot be misread as digits, and the digits).
func eircodeLetter(c byte) bool {
	switch c {
	case 'A', 'C', 'D', 'E', 'F', 'H', 'K', 'N', 'P', 'R', 'T', 'V', 'W', 'X', 'Y':
		return true
	}
	return isDigit(c)
}

// eircodeAt reads an Eircode starting at i ("A94 W2K5", "D6W X8Y4",
// "A94W2K5") and returns where it ends.
func eircodeAt(text string, i int) (int, bool) {
	if i+7 > len(text) || !eircodeLetter(text[i]) || isDigit(text[i]) || !wordStartAt(text, i) {
		return 0, false
	}
	ok := isDigit(text[i+1]) && isDigit(text[i+2]) || text[i] == 'D' && text[i+1] == '6' && text[i+2] == 'W'
	if !ok {
		return 0, false
	}
	j := i + 3
	if text[j] == ' ' {
		j++
	}
	if j+4 > len(text) {
		return 0, false
	}
	for k := j; k < j+4; k++ {
		if !eircodeLetter(text[k]) {
			return 0, false
		}
	}
	if !wordEndAt(text, j+4) {
		return 0, false
	}
	return j + 4, true
}

// irishTail reads a county and an Eircode after a street or town ("Co.
// Dublin A94 W2K5"), starting at the word w, and appends their spans.
func irishTail(text string, w word, dst []Span, skipTo int) ([]Span, int, bool) {
	ce, ok := irishCountyAt(text, w)
	if !ok {
		return dst, skipTo, false
	}
	dst = append(dst, Span{Start: w.start, End: ce, Type: "LOCATION", Rule: "builtin.location", Score: 0.85,
		Reason: "Irish county after a street address"})
	skipTo = ce
	if z, ok := nextWord(text, ce, true); ok {
		if e, ok := eircodeAt(text, z.start); ok {
			dst = append(dst, Span{Start: z.start, End: e, Type: "ZIP_CODE", Rule: "builtin.zip_code", Score: 0.85,
				Reason: "Eircode after an Irish county"})
			skipTo = e
		}
	}
	return dst, skipTo, true
}

// eircodeInContext reports an Eircode whose routing key's digits are the
// run r, after a county ("Co. Cork T12 X5R2"), an Irish city or the word
// "Eircode".
func eircodeInContext(text string, r digitRun, sp *Span) bool {
	st := r.start - 1
	if r.end-r.start == 1 {
		if r.end >= len(text) || text[r.end] != 'W' {
			return false
		}
	}
	e, ok := eircodeAt(text, st)
	if !ok {
		return false
	}
	// the word before, after spaces and a comma or colon
	j := st
	for j > 0 && (text[j-1] == ' ' || text[j-1] == ',' || text[j-1] == ':') {
		j--
	}
	k := j
	for k > 0 && text[k-1] != ' ' && text[k-1] != '\n' {
		k--
	}
	if j == k {
		return false
	}
	prev := text[k:j]
	if irishCounties.has(prev) || capsCounty(prev) || prev == "Eircode" || prev == "eircode" || prev == "EIRCODE" ||
		dublinDistrict(text, k, j) {
		*sp = Span{Start: st, End: e, Type: "ZIP_CODE", Rule: "builtin.zip_code", Score: 0.85,
			Reason: eircodeReason}
		return true
	}
	return false
}

// dublinDistrict reports whether text[k:j] is the number of a Dublin
// postal district after "Dublin" ("Dublin 13, D13 X2Y4", "Dublin 6W").
func dublinDistrict(text string, k, j int) bool {
	n := j - k
	if n < 1 || n > 2 || !isDigit(text[k]) || n == 2 && !isDigit(text[k+1]) && text[k+1] != 'W' || k < 7 {
		return false
	}
	return text[k-7:k] == "Dublin " && (k == 7 || !isLetterAt(text, k-8))
}

// eircodeReason is the reason of an Eircode after a county or its label.
const eircodeReason = "Eircode after an Irish county or its label"

// capsCounty reports whether w is an Irish county written in capitals,
// as on a form filled in by hand ("CO. LAOIS, R32 P2T6").
func capsCounty(w string) bool {
	if len(w) < 4 || len(w) > 12 || !isUpper(w[0]) || !isUpper(w[1]) {
		return false
	}
	var buf [12]byte
	buf[0] = w[0]
	for i := 1; i < len(w); i++ {
		if !isUpper(w[i]) {
			return false
		}
		buf[i] = w[i] + ('a' - 'A')
	}
	return irishCounties.has(string(buf[:len(w)]))
}
