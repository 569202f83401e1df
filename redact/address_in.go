package redact

import "strings"

// Indian addresses name a flat and a building before the street, and the
// street often by an ordinal ("Flat 402, Sai Krupa Apartments, 12th Cross
// Road, Indiranagar, Bengaluru 560041"; "No. 22, 4th Main Road"). The
// number after a unit word, then up to three comma-separated segments of
// capitalised words or ordinals, the last with a street type, make the
// street; afterStreet then reads the locality, the city and the PIN. The
// street scores 0.9: a unit, a building and a street type outweigh the
// person detector's reading of a building named like a person ("Shanti
// Kunj").

// inStreetTypes are the words that end an Indian street's name besides
// the English streetTypes: "4th Main", "12th Cross", "MG Marg", "Anna
// Salai".
var inStreetTypes = boolTable(map[string]bool{
	"Main": true, "Cross": true, "Marg": true, "Salai": true, "Path": true,
})

// inUnitWords are the words before a flat's or house's number that
// streetAt's unit list lacks: "No. 14", "H.No. 5", "Door No 12", "Plot 7".
var inUnitWords = boolTable(map[string]bool{
	"No.": true, "No": true, "H.No.": true, "H.No": true, "Plot": true, "Villa": true, "House": true,
	"Flat": true, "flat": true, "Apt": true, "Unit": true, "#": true, "Door": true, "D.No.": true,
})

// unitLineStreet reads an Indian street line whose unit or house number is
// the run r, ending at e before a comma ("Flat 402, Sai Krupa Apartments,
// 12th Cross Road"), and stores the street in sp.
//
//go:noinline
func unitLineStreet(text string, r digitRun, e int, sp *Span) bool {
	start, ok := inUnitBefore(text, r.start)
	if !ok {
		return false
	}
	return typedUnitLine(text, start, e, sp) || houseLocalityStreet(text, start, e, sp)
}

// typedUnitLine is unitLineStreet's reading of the segments after the
// number, the last with a street type; the unit word starts at start.
func typedUnitLine(text string, start, e int, sp *Span) bool {
	i := e
	for seg := 0; seg < 3; seg++ {
		if i+2 >= len(text) || text[i] != ',' || text[i+1] != ' ' {
			return false
		}
		i += 2
		// One segment: capitalised words or ordinals, up to a comma.
		last := word{}
		for n := 0; ; n++ {
			w, ok := addrWordAt(text, i)
			if !ok || n == 5 || !(upperAt(text, w.start) || isOrdinal(w.str(text)) || allDigits(w.str(text))) {
				return false
			}
			last = w
			i = w.end
			if i >= len(text) || text[i] != ' ' {
				break
			}
			i++
		}
		t := trimDot(text, last).str(text)
		if streetTypeSet.has(t) || inStreetTypes.has(t) {
			// and the cross or block after it: "…, 4th Cross, 6th
			// Block" (locdob10_in.go)
			// (0.96: the person detector's reading of a street named for
			// someone, "Plot 9, Adebayo Doherty Road", must not win; street23)
			*sp = Span{Start: start, End: ordinalPartsEnd(text, trimDot(text, last).end), Type: "STREET_ADDRESS", Rule: "builtin.address",
				Score: 0.96, Reason: "flat or house number, building and street"}
			return true
		}
	}
	return false
}

// houseLocalityStreet reads a house's label (its unit word at start), its
// number (ending at e before a comma) and the locality after them when no
// street type follows ("H.No. 14, Aldona, Mapusa"; afterStreet reads
// the town), and stores the street in sp.
func houseLocalityStreet(text string, start, e int, sp *Span) bool {
	hs, ok := houseLabelAt(text, start)
	if !ok || e+2 >= len(text) || text[e] != ',' || text[e+1] != ' ' {
		return false
	}
	if end := inPartsEnd(text, e); end > 0 {
		// "H. No. 14, Ward 9, Ram Nagar" (locdob10_in.go)
		*sp = Span{Start: hs, End: end, Type: "STREET_ADDRESS", Rule: "builtin.address",
			Score: 0.9, Reason: "house number label, number, ward or sector and locality"}
		return true
	}
	end, n := nameWordsAfter(text, e+1, 4)
	if n == 0 || end >= len(text) || text[end] != ',' {
		return false
	}
	*sp = Span{Start: hs, End: end, Type: "STREET_ADDRESS", Rule: "builtin.address",
		Score: 0.9, Reason: "house number label, number and locality"}
	return true
}

// houseLabelAt reports whether the unit word at k names a house, a plot
// or a door ("H.No.", "D.No.", "House No.", "Plot No.", "Door No."),
// which a locality may follow without a street type, and where the label
// starts.
func houseLabelAt(text string, k int) (int, bool) {
	w, ok := addrWordAt(text, k)
	if !ok {
		return 0, false
	}
	switch w.str(text) {
	case "H.No.", "H.No", "D.No.", "D.No":
		return k, true
	case "No.", "No":
		for _, l := range [...]string{"House ", "Plot ", "Door ", "house ", "plot ", "H. ", "Flat ", "Shop ", "Quarter "} {
			if k >= len(l) && text[k-len(l):k] == l {
				return k - len(l), true
			}
		}
	}
	return 0, false
}

// inUnitBefore returns where a unit word right before the number at n
// starts ("Flat 402", "No. 14", "#12"), if there is one.
func inUnitBefore(text string, n int) (int, bool) {
	if n >= 1 && text[n-1] == '#' {
		return n - 1, true
	}
	if n < 3 || text[n-1] != ' ' {
		return 0, false
	}
	j := n - 1
	k := j
	for k > 0 && j-k < 6 && text[k-1] != ' ' && text[k-1] != '\n' {
		k--
	}
	if k == j || !inUnitWords.has(text[k:j]) {
		return 0, false
	}
	if text[k] == 'N' || text[k] == 'D' || text[k] == 'H' {
		// "No. 14", "Door No 12", "H.No. 5": "No" alone only after a
		// line or field start, where it is no "No 5 reasons".
		if k > 0 && text[k-1] != '\n' && text[k-1] != ' ' {
			return 0, false
		}
	}
	return k, true
}

// pinAt finds an Indian PIN (six digits, the first not 0) at the run r
// after its label ("…, PIN 560041", "Pincode: 400050") or after a known
// city ("Bengaluru 560041", "New Delhi - 110057"), and appends it, and
// the city, to dst.
//
//go:noinline
func pinAt(text string, r digitRun, dst []Span) []Span {
	var sp Span
	cs, ok := pinSpan(text, r, &sp)
	if !ok {
		return dst
	}
	if cs >= 0 {
		ce := cs + len(strings.TrimRight(text[cs:r.start], " -,:"))
		dst = append(dst, Span{Start: cs, End: ce, Type: "LOCATION", Rule: "builtin.location", Score: 0.8,
			Reason: "known city before a six-digit postcode"})
	}
	return append(dst, sp)
}

// pinSpan is pinAt's test: it stores the PIN in sp and returns where the
// city before it starts, or -1 after a label.
func pinSpan(text string, r digitRun, sp *Span) (int, bool) {
	if r.start < 4 || text[r.start] == '0' || !wordEndAt(text, r.end) || !startOKAddr(text, r.start) {
		return 0, false
	}
	// the word before, after spaces, a colon, a comma or a dash
	j := r.start
	for j > 0 && r.start-j < 4 && (text[j-1] == ' ' || text[j-1] == ':' || text[j-1] == ',' || text[j-1] == '-') {
		j--
	}
	if j == r.start {
		return 0, false
	}
	k := j
	for k > 0 && j-k < 16 && text[k-1] != ' ' && text[k-1] != '\n' && text[k-1] != ',' {
		k--
	}
	w := text[k:j]
	reason := ""
	cs := -1
	if w == "code" && k > 5 && text[k-1] == ' ' && (text[k-4:k-1] == "PIN" || text[k-4:k-1] == "Pin") {
		k -= 4 // "PIN code 400050"
		w = "PIN"
	}
	switch {
	case pinLabels.has(w):
		// Only after an address's comma or town: "PIN: 123456" alone,
		// or "enter your PIN 123456", may be a card's PIN.
		if !(k >= 2 && text[k-1] == ' ' && (text[k-2] == ',' || cityBefore(text, k-1))) && !cityFieldBefore24(text, k) {
			return 0, false
		}
		reason = "Indian PIN after its label"
	default:
		// a known city of two words ("New Delhi 110001") or one
		if k > 1 && text[k-1] == ' ' {
			h := k - 1
			for h > 0 && k-1-h < 12 && text[h-1] != ' ' && text[h-1] != '\n' {
				h--
			}
			if cityNames.has(text[h:j]) {
				cs = h
			}
		}
		if cs < 0 && (cityNames.has(w) || townNames.has(w)) {
			cs = k // townNames (location_residence.go): "Coimbatore 641002"
		}
		if cs >= 0 {
			reason = "six-digit postcode after a known city"
		}
	}
	if reason == "" {
		return 0, false
	}
	*sp = Span{Start: r.start, End: r.end, Type: "ZIP_CODE", Rule: "builtin.zip_code", Score: 0.8, Reason: reason}
	return cs, true
}

// pinLabels are the labels of an Indian PIN.
var pinLabels = boolTable(map[string]bool{
	"PIN": true, "Pin": true, "Pincode": true, "pincode": true, "PINCODE": true, "PIN-code": true,
})

// cityBefore reports whether a known city ends at e.
func cityBefore(text string, e int) bool {
	k := e
	for k > 0 && e-k < 16 && text[k-1] != ' ' && text[k-1] != '\n' && text[k-1] != ',' {
		k--
	}
	return k < e && cityNames.has(text[k:e])
}
