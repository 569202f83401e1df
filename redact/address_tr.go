package redact

// Turkish addresses: the street's name, its type after it (Caddesi,
// Sokak, Bulvarı…) and the house number after "No:" ("Bağdat Caddesi No:
// 215", "Atatürk Bulvarı No: 45 Daire 3"), then the postcode and the
// district and city ("34728 Kadıköy/İstanbul"), which afterStreet reads.

// trStreetTypes are the Turkish street types, written after the name, and
// their abbreviations.
var trStreetTypes = boolTable(map[string]bool{
	"Caddesi": true, "Cad.": true, "Cd.": true, "Sokak": true, "Sokağı": true, "Sok.": true, "Sk.": true,
	"Bulvarı": true, "Blv.": true, "Bulvar": true, "Yolu": true, "Meydanı": true, "Mahallesi": true,
	"Mah.": true, "Küme": true, "Evleri": true,
})

// noLabelAt returns where "No" starts when "No:", "No: ", "No." or "No. "
// stands right before the house number at n, or -1.
func noLabelAt(text string, n int) int {
	c := n - 1
	if c >= 1 && text[c] == ' ' {
		c--
	}
	if c < 3 || text[c] != ':' && text[c] != '.' || text[c-1] != 'o' || text[c-2] != 'N' {
		return -1
	}
	return c - 2
}

// turkishStreet reads a Turkish street whose house number is the run r
// after "No: ", "No:" or "No." and returns where the street starts and
// ends.
//
//go:noinline
func turkishStreet(text string, r digitRun) (int, int, bool) {
	// "No" right before the number, a street type before it
	nl := noLabelAt(text, r.start)
	if nl < 4 || text[nl-1] != ' ' {
		return 0, 0, false
	}
	te := nl - 1
	ts := te
	for ts > 0 && text[ts-1] != ' ' && text[ts-1] != '\n' {
		ts--
	}
	if !trStreetTypes.has(text[ts:te]) {
		return 0, 0, false
	}
	start := trNameStart(text, ts)
	if start == ts {
		return 0, 0, false
	}
	e, ok := houseNumber(text, r)
	if !ok {
		if e, ok = houseSlash(text, r); !ok { // "No: 7/3": house 7, flat 3
			return 0, 0, false
		}
	}
	return start, trFlatEnd(text, e), true
}

// trFlatEnd returns the end of a flat after a Turkish house number that
// ends at e ("Daire 3", "Daire:3", "D: 3", "Kat 2"), or e.
func trFlatEnd(text string, e int) int {
	for _, u := range [...]string{" daire ", " daire:", " d: ", " d:", " kat "} {
		if hasPrefixFoldASCII(text[e:], u) {
			j := e + len(u)
			k := j
			for k < len(text) && isDigit(text[k]) {
				k++
			}
			if k > j && wordEndAt(text, k) {
				return k
			}
			break
		}
	}
	return e
}

// trNameStart returns where the name before a Turkish street type that
// starts at ts begins: one to three capitalised words or a numbered
// street's number ("1284."), and before them, once, a district or a
// second street with its own type ("Çamlık Mah. Lale Sok.", "Moda Cad.
// Nail Bey Sok.", "Yıldız Mah. 1284. Sok."); ts when there is no name. A
// quote may open the first word (a JSON value); a label ("Adres: Moda
// Cad.") stays out, and so does a bracket's word, which a business's
// contact line opens more often than a customer's.
func trNameStart(text string, ts int) int {
	start, good := ts, ts
	names, types := 0, 0
	bare := false // a numbered street's number without its dot ("1024 Sk."): only after a district (street23)
	for start > 0 {
		j := start - 1
		if text[j] != ' ' {
			break
		}
		k := j
		for k > 0 && text[k-1] != ' ' && text[k-1] != '\n' && text[k-1] != ',' {
			k--
		}
		for k < j && (text[k] == '"' || text[k] == '\'') {
			k++ // "\"Bağdat Cad.": the quote opens a JSON value
		}
		if k == j || text[j-1] == ':' || text[j-1] == '"' {
			break // not a label: "Adres: Moda Cad."
		}
		w := text[k:j]
		switch {
		case trStreetTypes.has(w) && names > 0 && types == 0:
			types++ // the district's or the first street's type
			names = 0
		case upperRuneAt(text, k) && names < 3, names == 0 && types == 0 && trNumberedName(w):
			names++
			good = k
		case names == 0 && types == 0 && len(w) >= 2 && len(w) <= 5 && allDigits(w):
			names++
			good = k
			bare = true
		default:
			if bare && types == 0 {
				return ts
			}
			return good
		}
		start = k
	}
	if bare && types == 0 {
		return ts
	}
	return good
}

// trNumberedName reports whether w is a numbered street's number with its
// ordinal dot ("1284.").
func trNumberedName(w string) bool {
	return len(w) >= 2 && len(w) <= 6 && w[len(w)-1] == '.' && allDigits(w[:len(w)-1])
}

// turkishTypeNumber reads a Turkish street whose house number, the run r,
// follows its abbreviated type without "No:" ("Lale Sok. 14/3", "Moda Cad.
// 212", "Gazi Mah. Çınar Sk. 9 D: 2") and stores it in sp. The name
// before the type is capitalised (trNameStart); a district's "Mah." is no
// street type before a number.
func turkishTypeNumber(text string, r digitRun, sp *Span) bool {
	te := r.start - 1
	ts := te
	for ts > 0 && text[ts-1] != ' ' && text[ts-1] != '\n' {
		ts--
	}
	w := text[ts:te]
	if w == "Mah." || !trStreetTypes.has(w) || !upperAt(text, ts) {
		return false
	}
	start := trNameStart(text, ts)
	if start == ts {
		return false
	}
	e, ok := houseNumber(text, r)
	if !ok {
		if e, ok = houseSlash(text, r); !ok {
			return false
		}
	}
	*sp = Span{Start: start, End: trFlatEnd(text, e), Type: "STREET_ADDRESS", Rule: "builtin.address", Score: 0.85,
		Reason: "street name, abbreviated Turkish street type, house number"}
	return true
}
