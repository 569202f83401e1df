package redact

import "strings"

// US addresses in a chat's lower case (issue 9): a house number, a street
// and its lower-case type word or a rural road and its number, then a
// comma, the town, the state (its code or its name) and the ZIP code
// ("14 willow ln, macon ga 31201", "9 oak st apt 2b, dayton, oh 45402",
// "2231 county road 14, aztec new mexico 87410"), or a preposition before
// the town, state and ZIP code ("moved to macon ga 31201"). Each part
// alone is a word of prose; the whole chain, read back from the ZIP code,
// is an address.

// usLowerTypes are US street type words, lower case, that end a street in
// a chat.
var usLowerTypes = boolTable(map[string]bool{
	"st": true, "st.": true, "street": true, "ave": true, "ave.": true, "avenue": true, "rd": true, "rd.": true,
	"road": true, "ln": true, "lane": true, "ct": true, "court": true, "dr": true, "dr.": true, "drive": true,
	"blvd": true, "boulevard": true, "way": true, "pl": true, "place": true, "cir": true, "circle": true,
	"ter": true, "terrace": true, "trl": true, "trail": true, "hwy": true, "highway": true, "pkwy": true,
	"parkway": true, "loop": true, "pike": true, "sq": true, "square": true, "cove": true, "pass": true,
})

// usLowerRoads are the rural roads, lower case, that a number ends
// ("county road 19", "cr 45", "fm 1960", "route 2", "township road 118");
// a one-word key is the word right before the number, a two-word key the
// two words.
var usLowerRoads = boolTable(map[string]bool{
	"cr": true, "fm": true, "rm": true, "route": true, "rte": true, "hwy": true, "highway": true, "rr": true,
	"hc": true, "county road": true, "county rd": true, "township road": true, "twp rd": true,
	"state route": true, "farm road": true, "ranch road": true, "state road": true, "forest road": true,
})

// usTownPrepositions stand before a lower-case town, state and ZIP code
// with no street ("moved to macon ga 31201").
var usTownPrepositions = boolTable(map[string]bool{"in": true, "to": true, "from": true, "near": true, "outside": true})

// townArticles are words that open no town's name ("to the lake").
var townArticles = boolTable(map[string]bool{"the": true, "a": true, "an": true, "my": true, "our": true,
	"your": true, "his": true, "her": true, "their": true, "this": true, "that": true})

// usLowerUnits are the unit words, lower case, after a street ("apt 4b").
var usLowerUnits = boolTable(map[string]bool{
	"apt": true, "apt.": true, "unit": true, "ste": true, "suite": true, "#": true, "no.": true, "lot": true,
	"trlr": true, "space": true, "bldg": true,
})

// usStateNames are the US states' names, lower case.
var usStateNames = boolTable(func() map[string]bool {
	m := map[string]bool{}
	for s := range strings.SplitSeq("alabama,alaska,arizona,arkansas,california,colorado,connecticut,delaware,"+
		"florida,georgia,hawaii,idaho,illinois,indiana,iowa,kansas,kentucky,louisiana,maine,maryland,"+
		"massachusetts,michigan,minnesota,mississippi,missouri,montana,nebraska,nevada,new hampshire,"+
		"new jersey,new mexico,new york,north carolina,north dakota,ohio,oklahoma,oregon,pennsylvania,"+
		"rhode island,south carolina,south dakota,tennessee,texas,utah,vermont,virginia,washington,"+
		"west virginia,wisconsin,wyoming,puerto rico", ",") {
		m[s] = true
	}
	return m
}())

// lowerWordBack returns the word of ASCII letters, digits, dots, '#' and
// apostrophes that ends at e, or ok false.
func lowerWordBack(text string, e int) (s int, ok bool) {
	s = e
	for s > 0 {
		c := text[s-1]
		if !(isLower(c) || isDigit(c) || c == '.' || c == '#' || c == '\'') {
			break
		}
		s--
	}
	return s, s < e && e-s <= 24
}

// usLowerStateBefore returns where a lower-case US state code or name
// that ends at e starts, or -1.
func usLowerStateBefore(text string, e int) int {
	s, ok := lowerWordBack(text, e)
	if !ok {
		return -1
	}
	if e-s == 2 && usStateSet.has(strings.ToUpper(text[s:e])) {
		return s
	}
	if usStateNames.has(text[s:e]) {
		return s
	}
	if s >= 4 && text[s-1] == ' ' {
		if s2, ok := lowerWordBack(text, s-1); ok && usStateNames.has(text[s2:e]) {
			return s2
		}
	}
	return -1
}

// usLowerAddressAt reads the chain that ends with the five-digit run r
// (a space and a lower-case letter before it) and appends the street, the
// town with its state, and the ZIP code to dst. It returns the end of
// what it read, or 0.
//
//go:noinline
func usLowerAddressAt(text string, r digitRun, dst []Span) ([]Span, int) {
	if !wordEndAt(text, r.end) {
		return dst, 0
	}
	st := usLowerStateBefore(text, r.start-1)
	if st < 6 || text[st-1] != ' ' {
		return dst, 0
	}
	// The town: one to three lower-case words before the state (a comma
	// may stand after it), after ", ".
	te := st - 1
	if text[te-1] == ',' {
		te--
	}
	ts := te
	ss, se := -1, -1
	for range 3 {
		s, ok := lowerWordBack(text, ts)
		if !ok || !isLower(text[s]) || s < 3 || text[s-1] != ' ' {
			return dst, 0
		}
		ts = s
		if text[s-2] == ',' {
			// "14 willow ln, macon ga 31201"
			if n := len(dst); n > 0 && dst[n-1].End == s-2 && dst[n-1].Type == "STREET_ADDRESS" {
				ss = -2
			} else if st, ok := usLowerStreetBefore(text, s-2); ok && (n == 0 || dst[n-1].End <= st) {
				ss, se = st, s-2
			}
			break
		}
		// No comma: a street found before it ("2290 Selby Ave st
		// cloud mn 56301") or a lower-case one ends right before the town.
		if n := len(dst); n > 0 && dst[n-1].End == s-1 && dst[n-1].Type == "STREET_ADDRESS" {
			ss = -2
			break
		}
		if st, ok := usLowerStreetBefore(text, s-1); ok && (len(dst) == 0 || dst[len(dst)-1].End <= st) {
			ss, se = st, s-1
			break
		}
		if ps, ok := lowerWordBack(text, s-1); ok && usTownPrepositions.has(text[ps:s-1]) && te-s <= 24 && te == st-1 &&
			!townArticles.has(firstWordIn(text, s, te)) {
			// "she moved to macon ga 31201": no street, a preposition
			// before the town
			ss = -2
			break
		}
		ts = s - 1
	}
	if ss == -1 {
		return dst, 0
	}
	if ss >= 0 {
		dst = append(dst, Span{Start: ss, End: se, Type: "STREET_ADDRESS", Rule: "builtin.address", Score: 0.85,
			Reason: "lower-case house number, street and type word before a town, state and ZIP code"})
	}
	dst = append(dst,
		Span{Start: ts, End: r.start - 1, Type: "LOCATION", Rule: "builtin.address", Score: 0.8,
			Reason: "lower-case town and state before a ZIP code, after a street"},
		Span{Start: r.start, End: r.end, Type: "ZIP_CODE", Rule: "builtin.zip_code", Score: 0.85,
			Reason: "US ZIP code after a lower-case town and state, after a street"})
	return dst, r.end
}

// usLowerStreetBefore returns where a lower-case US street that ends at e
// starts: a house number, one to three name words and a type word, or a
// house number and a rural road with its number, with a unit after
// either ("apt 4b", "#12").
func usLowerStreetBefore(text string, e int) (int, bool) {
	// A unit: "apt 4b", "unit 3", ", apt 4", "#12".
	s, ok := lowerWordBack(text, e)
	if !ok {
		return 0, false
	}
	if w := text[s:e]; w[0] == '#' && len(w) > 1 && s >= 2 && text[s-1] == ' ' {
		e = s - 1
	} else if len(w) <= 5 && s >= 4 && text[s-1] == ' ' {
		if us, ok := lowerWordBack(text, s-1); ok && usLowerUnits.has(text[us:s-1]) && us >= 2 {
			e = us - 1
			if text[e-1] == ',' {
				e--
			}
		}
	}
	if s, ok = lowerWordBack(text, e); !ok {
		return 0, false
	}
	w := text[s:e]
	if s < 3 || text[s-1] != ' ' {
		return 0, false
	}
	start := -1
	if usLowerTypes.has(w) {
		// one to three name words, then the house number
		i := s - 1
		for k := range 4 {
			ws, ok := lowerWordBack(text, i)
			if !ok {
				return 0, false
			}
			if allDigits(text[ws:i]) || ws < i-1 && allDigits(text[ws:i-1]) && isLower(text[i-1]) {
				if k == 0 || i-ws > 6 {
					return 0, false
				}
				start = ws
				break
			}
			if !isLower(text[ws]) && !isDigit(text[ws]) || ws < 2 || text[ws-1] != ' ' {
				return 0, false
			}
			i = ws - 1
		}
	} else if allDigits(w) && len(w) <= 4 {
		// a rural road and its number, then the house number
		rs, ok := lowerWordBack(text, s-1)
		if !ok {
			return 0, false
		}
		if !usLowerRoads.has(text[rs : s-1]) {
			if rs < 2 || text[rs-1] != ' ' {
				return 0, false
			}
			rs2, ok := lowerWordBack(text, rs-1)
			if !ok || !usLowerRoads.has(text[rs2:s-1]) {
				return 0, false
			}
			rs = rs2
		}
		if rs < 2 || text[rs-1] != ' ' {
			return 0, false
		}
		hs, ok := lowerWordBack(text, rs-1)
		if !ok || !allDigits(text[hs:rs-1]) || rs-1-hs > 6 {
			return 0, false
		}
		start = hs
	}
	if start < 0 || !clauseStartBefore(text, start) {
		return 0, false
	}
	return start, true
}

// firstWordIn returns the first word of text[s:e] (up to a space).
func firstWordIn(text string, s, e int) string {
	k := s
	for k < e && text[k] != ' ' {
		k++
	}
	return text[s:k]
}
