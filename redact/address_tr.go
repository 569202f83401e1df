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
	// one to three capitalised words of the name before the type
	start := ts
	for n := 0; n < 3; n++ {
		j := start - 1
		if j <= 0 || text[j] != ' ' {
			break
		}
		k := j
		for k > 0 && text[k-1] != ' ' && text[k-1] != '\n' && text[k-1] != ',' {
			k--
		}
		if k == j || !upperRuneAt(text, k) || text[j-1] == ':' {
			break // not a label: "Adres: Moda Cad."
		}
		start = k
	}
	if start == ts {
		return 0, 0, false
	}
	e, ok := houseNumber(text, r)
	if !ok {
		if e, ok = houseSlash(text, r); !ok { // "No: 7/3": house 7, flat 3
			return 0, 0, false
		}
	}
	// a flat after it: "Daire 3", "Daire:3", "D: 3", "Kat 2"
	for _, u := range [...]string{" daire ", " daire:", " d: ", " d:", " kat "} {
		if hasPrefixFoldASCII(text[e:], u) {
			j := e + len(u)
			k := j
			for k < len(text) && isDigit(text[k]) {
				k++
			}
			if k > j && wordEndAt(text, k) {
				e = k
			}
			break
		}
	}
	return start, e, true
}
