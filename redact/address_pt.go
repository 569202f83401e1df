package redact

// Portuguese and West African address lines that give the house number
// after "n.º" (número) or "n°" and the postcode after the street's parts.
// The CTT's form is a street-type word and the name, then the door
// number, then the floor and side ("Rua do Sol, n.º 45, 2.º Esq.", "…,
// r/c" for the ground floor), or a rural "Lugar de …, 14" with no street,
// then the postcode of four digits, a dash and three, and the postal
// town ("3800-123 Aveiro"). Senegal and its neighbours number a villa
// within its housing estate ("Villa n° 48, Sicap Baobabs"). Both are read
// only from their own trigger: a number after "º " or "° " (noStreetAt),
// and a four-digit run with a dash and three digits and a capitalised
// town after it (ptCodeLine).

// ptLeads are the Portuguese street and place types that open an address
// line ("Lugar" and "Sítio" name a rural place, "Urbanização" an estate).
var ptLeads = boolTable(map[string]bool{
	"Rua": true, "Avenida": true, "Av.": true, "Travessa": true, "Trav.": true, "Tv.": true, "Largo": true,
	"Praça": true, "Pç.": true, "Lugar": true, "Estrada": true, "Calçada": true, "Beco": true, "Rossio": true,
	"Alameda": true, "Urbanização": true, "Urb.": true, "Quinta": true, "Bairro": true, "Caminho": true,
	"Sítio": true, "Rotunda": true, "Azinhaga": true, "Estr.": true, "Cç.": true, "Pátio": true,
	"Praceta": true, // a small square or close of flats (street17_pt.go)
})

// villaLeads are the words before "n°" that number a dwelling of a West
// African housing estate ("Villa n° 48", "Lot n° 7").
var villaLeads = boolTable(map[string]bool{"Villa": true, "villa": true, "Lot": true, "Lotissement": true,
	"Maison": true, "Parcelle": true, "Casa": true, "Lote": true})

// numberMarkBefore reports whether "n.º", "nº", "n°", "N°" or "Nº" and a
// space end right before i, and returns where the mark starts.
func numberMarkBefore(text string, i int) (int, bool) {
	k := i - 1 // the space
	if k < 3 || text[k] != ' ' || text[k-2] != 0xC2 || text[k-1] != 0xBA && text[k-1] != 0xB0 {
		return 0, false
	}
	s := k - 2
	if text[s-1] == '.' && s >= 2 {
		s--
	}
	if c := text[s-1]; c != 'n' && c != 'N' {
		return 0, false
	}
	s--
	if s > 0 && isLetterAt(text, s-1) {
		return 0, false
	}
	return s, true
}

// noStreetAt reads a street whose house number, the run r, follows "n.º"
// ("Rua do Pinhal, n.º 31, r/c", "Villa n° 48, Sicap Baobabs") and stores
// it in sp.
//
//go:noinline
func noStreetAt(text string, r digitRun, sp *Span) bool {
	m, ok := numberMarkBefore(text, r.start)
	if !ok || r.end-r.start > 4 || !wordEndAt(text, r.end) {
		return false
	}
	start := -1
	villa := false
	if w, ok := wordBack(text, m); ok && w.end == m-1 && villaLeads.has(w.str(text)) {
		start, villa = w.start, true
	} else if m >= 3 && text[m-1] == ' ' && text[m-2] == ',' {
		start = ptLeadOnLine(text, lineOpen(text, m-2), m-2)
	}
	if start < 0 {
		return false
	}
	e := ptPartsAfter(text, r.end)
	if villa && e+2 < len(text) && text[e] == ',' && text[e+1] == ' ' && upperAt(text, e+2) {
		// the housing estate ("Sicap Baobabs", "Cité Keur 2")
		if ce, n := nameWordsAfter(text, e+1, 3); n > 0 {
			e = ce
			if e+2 < len(text) && text[e] == ' ' && isDigit(text[e+1]) && wordEndAt(text, e+2) {
				e += 2
			}
		}
	}
	*sp = Span{Start: start, End: e, Type: "STREET_ADDRESS", Rule: "builtin.address", Score: 0.85,
		Reason: "street or dwelling and its number after a number sign"}
	return true
}

// markStreetAt reads, for the run r after a space and the non-ASCII byte
// b, a street whose house number follows "n.º" or "n°" (noStreetAt) or a
// Korean road's name (krScriptRoadAt, address_cjk.go), and stores it in sp.
func markStreetAt(text string, r digitRun, b byte, sp *Span) bool {
	switch b {
	case 0xBA, 0xB0: // 'º', '°'
		return noStreetAt(text, r, sp)
	case 0x9C, 0xB8: // '로', '길'
		return krScriptRoadAt(text, r, sp)
	}
	return false
}

// ptPartsAfter returns where the floor and side after a Portuguese door
// number that ends at e end (", r/c", ", 2.º Esq.", ", 3.º Dto.", ", cave").
func ptPartsAfter(text string, e int) int {
	for range 2 {
		if e+3 >= len(text) || text[e] != ',' || text[e+1] != ' ' {
			return e
		}
		j := e + 2
		switch {
		case equalFoldASCIIPrefix(text[j:], "r/c"):
			j += 3
		case equalFoldASCIIPrefix(text[j:], "cave"):
			j += 4
		case isDigit(text[j]):
			k := j
			for k < len(text) && k-j < 2 && isDigit(text[k]) {
				k++
			}
			if k+1 < len(text) && text[k] == '.' {
				k++
			}
			if k+2 > len(text) || text[k] != 0xC2 || text[k+1] != 0xBA && text[k+1] != 0xB0 {
				return e
			}
			j = k + 2
			if j+4 < len(text) && text[j] == ' ' {
				if w, ok := intlWordAt(text, j+1); ok {
					switch trimDot(text, w).str(text) {
					case "Esq", "Dto", "Dt", "Frente", "Esquerdo", "Direito", "andar", "Andar", "esq", "dto":
						j = w.end
					}
				}
			}
		default:
			return e
		}
		if !wordEndAt(text, j) && text[j] != '.' {
			return e
		}
		e = j
	}
	return e
}

// lineOpen returns where the address line that holds i opens: after a
// line break, a tab, a bar, a colon, a quote or a dash between spaces, at
// most 120 bytes back.
func lineOpen(text string, i int) int {
	s := i
	for s > 0 && i-s < 120 {
		switch text[s-1] {
		case '\n', '\r', '\t', '|', ':', '"', ';':
			return s
		case ' ':
			if s >= 3 && (text[s-2] == '-' || text[s-2] == 0x93 && text[s-3] == 0x80) {
				return s // " - ", " – "
			}
		}
		s--
	}
	return s
}

// ptLeadOnLine returns where the first of ptLeads at a word start in
// text[ls:e] begins, or -1.
func ptLeadOnLine(text string, ls, e int) int {
	for i := ls; i < e; i++ {
		if (i == ls || text[i-1] == ' ') && isUpper(text[i]) {
			j := i
			for j < e && text[j] != ' ' && text[j] != ',' {
				j++
			}
			if ptLeads.has(text[i:j]) && j < e && text[j] == ' ' {
				return i
			}
			i = j
		}
	}
	return -1
}

// ptCodeLine reads a Portuguese postcode whose first four digits are the
// run r ("4900-321 Viana do Castelo") and the street line before it on
// the same line, which vouches for it, as a street already found there,
// a known town after it or a postcode label does; it appends them and the
// town to dst and returns where they end (0 when it reads nothing).
//
//go:noinline
func ptCodeLine(text string, r digitRun, dst []Span) ([]Span, int) {
	e, ok := ptPostcodeEnd(text, r)
	if !ok || e+2 >= len(text) || text[e] != ' ' || !upperAt(text, e+1) {
		return dst, 0
	}
	s := r.start
	ls := lineOpen(text, s)
	var street Span
	if se := ptStreetEndBefore(text, s); se > 0 {
		if st := ptLeadOnLine(text, ls, se); st >= 0 && (len(dst) == 0 || dst[len(dst)-1].End <= st) {
			street = Span{Start: st, End: se, Type: "STREET_ADDRESS", Rule: "builtin.address", Score: 0.85,
				Reason: "Portuguese street or place line before its postcode"}
		}
	}
	if street.End == 0 && !spanOnLine(text, dst, s) && !knownTownAt(text, e+1) && !ptCodeLabel(text, ls, s) {
		return dst, 0
	}
	if street.End > 0 {
		dst = append(dst, street)
	}
	zip := Span{Start: s, End: e, Type: "ZIP_CODE", Rule: "builtin.zip_code", Score: 0.85,
		Reason: "Portuguese postcode before its town"}
	dst = append(dst, zip)
	return cityAfterPostcode(text, zip, dst, e)
}

// spanOnLine reports whether the last span of dst is an address or a town
// that ends on the line of s, at most 80 bytes before it.
func spanOnLine(text string, dst []Span, s int) bool {
	if len(dst) == 0 {
		return false
	}
	p := dst[len(dst)-1]
	if p.End > s || s-p.End > 80 || p.Type != "STREET_ADDRESS" && p.Type != "LOCATION" {
		return false
	}
	for k := p.End; k < s; k++ {
		if text[k] == '\n' {
			return false
		}
	}
	return true
}

// ptCodeLabel reports whether a Portuguese address or postcode label opens
// the line part text[ls:s] ("Morada:", "Código postal:", "CP").
func ptCodeLabel(text string, ls, s int) bool {
	k := ls - 1
	for k > 0 && text[k-1] == ' ' {
		k--
	}
	if k < 0 || text[k] != ':' {
		return false
	}
	w, ok := wordBack(text, k)
	if !ok {
		return false
	}
	switch w.str(text) {
	case "Morada", "morada", "Endereço", "endereço", "postal", "Postal", "CP", "Localidade":
		return true
	}
	return false
}
