package redact

import "strings"

// A house number written with '#' before it opens a street in the
// Caribbean, the Philippines, India and the Americas ("#23 Coconut
// Drive", "#7 Mabini St.", "#45, 3rd Cross"): the address walk sent every
// run after a '#' to intlStreetAt, which reads the number after the
// street ("Calle Hidalgo #45") only, so the number-first form was lost.

// gen24HashStreet reads the run r after a '#' that opens a word as the
// house number of a number-first street (streetAt), the '#' kept in the
// span; it reports whether it stored one in sp.
func gen24HashStreet(sc *textScan, r digitRun, sp *Span) bool {
	text := sc.text
	h := r.start - 1
	// The '#' opens a field: a line, or after ", ", ": ", "; " or "- "
	// ("ticket #42 Main …" is a reference).
	if h > 0 && text[h-1] != '\n' && text[h-1] != '\t' {
		if h < 2 || text[h-1] != ' ' {
			return false
		}
		switch text[h-2] {
		case ',', ':', ';', '-', '\n':
		default:
			return false
		}
	}
	if r.end-r.start > 4 || r.end+2 >= len(text) || text[r.end] != ' ' || !streetWordStart(text, r.end) {
		return false // the number must be followed by the street's words
	}
	// houseNumber's reading, but after the '#' (startOKAddr refuses it).
	e := r.end
	if !wordEndAt(text, e) || !numberFirstStreet(sc, text, r, e, sp) || sp.Start > r.start || sp.Start < h {
		return false // (unitBefore may have taken the '#' already)
	}
	sp.Start = h
	return true
}

// A South Slavic street's name after its type word may open with a
// capitalised word and go on in lower case, a noun and its genitive
// ("Ulica Domovinskog rata 45", "Ulica Matice hrvatske 12"):
// slavicLeadBefore wanted the lead right before the lower-case word.
// gen24SlavicLeadNear also takes one capitalised word between them, the
// number ending a field (fieldEndAfterNumber). (Two lower-case words after
// it, "Trg Hrvatske bratske zajednice 2", are not read.)
func gen24SlavicLeadNear(text string, j int) bool {
	if j < 8 || text[j-1] != ' ' {
		return false
	}
	s := j - 1
	for s > 0 && !isWordStop(text[s-1]) {
		s--
	}
	return s < j-1 && upperAt(text, s) && slavicLeadMaybe(text, s) && slavicLeadBefore(text, s)
}

// gen24RoadLeads are the Croatian, Serbian, Bosnian and Slovene words for
// a road, a path or a passage that lead a street's name ("Put Firula 8",
// "Pot na Fužine 3", "Prilaz baruna Filipovića 12"): words of everyday
// English too ("Put"), so they lead a street only after a field's comma
// or colon, with a number that ends a field.
var gen24RoadLeads = boolTable(map[string]bool{
	"Put": true, "Pot": true, "Prilaz": true, "Prolaz": true, "Uspon": true, "Vijenac": true, "Stube": true,
	"Пут": true, "Пролаз": true,
})

// gen24RoadFirst holds the first bytes of gen24RoadLeads: streetBeforeNumber
// looks a word up only after one of them.
var gen24RoadFirst = [256]bool{'P': true, 'U': true, 'V': true, 'S': true, 0xD0: true}

// gen24RoadLead reports whether t, the word at j that streetBeforeNumber
// reads before the house number at n, is one of gen24RoadLeads after a
// field's comma or colon or at a line's start, the number ending a field.
func gen24RoadLead(text string, j int, t string, n int) bool {
	if !gen24RoadLeads.has(t) || !(j >= 2 && (text[j-2] == ',' || text[j-2] == ':') && text[j-1] == ' ' || j >= 1 && text[j-1] == '\n') {
		return false
	}
	return fieldEndAfterNumber(text, n)
}

// markByteBefore is markCommaBefore's cheap test, inlined where it is
// called: a space before the run r and a dot or a UTF-8 byte before it
// (the end of "n.º", "núm.").
func markByteBefore(text string, r digitRun) bool {
	return r.start >= 6 && text[r.start-1] == ' ' && (text[r.start-2] == '.' || text[r.start-2] >= 0x80)
}

// markCommaBefore is commaBefore for a number's mark between the comma
// and the run r (", n.º 18", ", nº 5"), after markByteBefore.
func markCommaBefore(text string, r digitRun) bool {
	return gen24NumMarkComma(text, r.start-1) >= 0
}

// South and Southeast Asian addresses are a chain of comma-separated
// parts after a house, plot, block or lot number: a block, sector, phase
// or numbered street ("Block K", "Sector 4", "Phase 2", "Street 12"), an
// Islamabad sector code ("F-7/2", "G-9/4"), a named street with its type
// ("Sampaguita St.", "Mabini Street") and a named area that ends with an
// area word ("Model Town", "Vasant Vihar", "Gulberg III", "Lajpat Nagar").
// The plot, house and block rules stopped at their first part, so
// "Block K, Model Town" was left out, "Block K" even read as a town.
// gen24ChainTails widens such spans over the parts. (A letter-dash-number
// house before a named area, "B-14, Vasant Vihar", is left for later.)

// gen24ChainUnits are the unit words that open a chain's part before a
// short code: "Block K", "Sector 15", "Phase 2", "Street 12", "Gali 4".
var gen24ChainUnits = boolTable(map[string]bool{
	"Block": true, "Blk": true, "Blk.": true, "Sector": true, "Sec.": true, "Phase": true, "Ph.": true,
	"Street": true, "St.": true, "Lane": true, "Gali": true, "Lot": true, "Purok": true, "Zone": true,
	"Section": true, "Pocket": true, "Road": true, "Cross": true, "Main": true, "Extension": true, "Ext.": true,
	"Stage": true, "Soi": true, "Lorong": true, "Jalan": true, "Taman": true,
})

// gen24AreaWords end a named area of South Asian and Philippine
// addresses: a town, colony, "nagar", "vihar", an estate, a subdivision.
var gen24AreaWords = boolTable(map[string]bool{
	"Town": true, "Colony": true, "Nagar": true, "Vihar": true, "Enclave": true, "Bagh": true, "Kunj": true,
	"Puram": true, "Layout": true, "Estate": true, "Society": true, "Subdivision": true, "Village": true,
	"Homes": true, "Residences": true, "Villas": true, "Heights": true, "Gardens": true, "Garden": true,
	"Abad": true, "Ganj": true, "Chowk": true, "Mohalla": true, "Basti": true, "Market": true,
	"Housing": true, "Scheme": true, "Park": true, "Extension": true, "Cantt": true, "Cantonment": true,
})

// gen24ChainHead reports whether the span at s opens with a house, plot,
// block, lot or stand word or a '#' (not a flat's or unit's: "Unit 6, …
// Business Park, Dublin Road" is read by the premises rules as it was).
func gen24ChainHead(text string, s int) bool {
	switch text[s] {
	case 'H', 'P', 'B', 'L', 'F', '#', 'D', 'U', 'S':
	default:
		return false
	}
	e := s
	for e < len(text) && e-s < 8 && (isAlpha(text[e]) || text[e] == '.') {
		e++
	}
	switch text[s:e] {
	case "House", "H.", "Plot", "Blk", "Blk.", "Block", "Lot", "Stand", "":
		return true
	}
	return false
}

// gen24ChainPart returns the end of one part of a chain at i (after the
// comma and space), or i.
func gen24ChainPart(text string, i, limit int) int {
	if i >= limit || !isUpper(text[i]) {
		return i
	}
	// The first word.
	e := i
	for e < limit && (isAlpha(text[e]) || text[e] == '.') {
		e++
	}
	w := text[i:e]
	// A sector code: "F-7/2", "G-9", "I-8/3".
	if e-i == 1 && e+1 < limit && text[e] == '-' && isDigit(text[e+1]) {
		k := e + 1
		for k < limit && k-e <= 3 && (isDigit(text[k]) || text[k] == '/') {
			k++
		}
		if isDigit(text[k-1]) && (k == limit || !isAlnum(text[k])) {
			return k
		}
		return i
	}
	// A unit word and its short code: "Block K", "Phase 2", "Sector G-9/4".
	if gen24ChainUnits.has(w) && e+1 < limit && text[e] == ' ' && isAlnum(text[e+1]) {
		k := e + 1
		for k < limit && k-e <= 6 && (isAlnum(text[k]) || text[k] == '-' || text[k] == '/') {
			k++
		}
		if k-e-1 <= 5 && (k == limit || text[k] == ',' || text[k] == ' ' || text[k] == '\n' || text[k] == '.') &&
			(isDigit(text[e+1]) || isUpper(text[e+1]) && (k-e-1 <= 3 || text[e+2] == '-')) {
			return k
		}
		return i
	}
	// One or two capitalised words and a street type or an area word,
	// maybe a Roman numeral after it: "Sampaguita St.", "Model Town",
	// "Gulberg III", "Vasant Vihar".
	last := w
	end := e
	for n := 0; n < 2 && end+1 < limit && text[end] == ' ' && isUpper(text[end+1]); n++ {
		k := end + 1
		for k < limit && (isAlpha(text[k]) || text[k] == '.' || text[k] >= 0x80) {
			k++
		}
		last, end = text[end+1:k], k
	}
	t := strings.TrimSuffix(last, ".")
	if end > e && (streetTypes[t] || gen24AreaWords.has(t)) || end > e && romanNumeral(t) {
		if strings.HasSuffix(last, ".") && !streetTypes[t] {
			end--
		}
		return end
	}
	return i
}

// gen24ChainTails widens each street span of spans that opens with a
// chain head (gen24ChainHead) over the comma-separated parts after it
// (gen24ChainPart), up to the next span; a span inside the widened part
// (a town read in "Block K") is dropped.
func gen24ChainTails(text string, dst []Span, first int) []Span {
	for i := first; i < len(dst); i++ {
		sp := &dst[i]
		if sp.Type != "STREET_ADDRESS" || !gen24ChainHead(text, sp.Start) {
			continue
		}
		limit := min(len(text), sp.End+120)
		end := sp.End
		for n := 0; n < 4; n++ {
			if end+2 >= limit || text[end] != ',' || text[end+1] != ' ' {
				break
			}
			k := gen24ChainPart(text, end+2, limit)
			// a street span that starts the part is joined ("Plot 17-C, |
			// Block 6, Gulshan Town"); another span there stops the chain
			stop := false
			for j := i + 1; j < len(dst); j++ {
				if dst[j].Start >= max(k, end+3) {
					break
				}
				if dst[j].Start == end+2 && dst[j].Type == "STREET_ADDRESS" {
					k = max(k, dst[j].End)
					continue
				}
				if dst[j].Start >= end && dst[j].Type != "LOCATION" {
					stop = true
				}
			}
			if k == end+2 {
				break
			}
			if stop {
				break
			}
			end = k
		}
		if end == sp.End {
			continue
		}
		sp.End = end
		// drop the towns read inside the widened part: the spans right
		// after it that lie within it. dst is not sorted past the
		// address runs' spans (lower24Streets appends a lower-case
		// line's street, which may stand earlier in the text), so a span
		// that starts before the chain or ends after it stops the drop.
		j := i + 1
		for j < len(dst) && dst[j].Start >= sp.Start && dst[j].Start < end && dst[j].End <= end {
			j++
		}
		if j > i+1 {
			dst = append(dst[:i+1], dst[j:]...)
		}
	}
	return dst
}

// Iberian writers abbreviate the street type to one letter ("C. de
// Pujades, 112", "R. Dom João V, n.º 18", "C. del Pi, 7") and put a
// number's mark between the name's comma and the number ("n.º 18", "nº
// 5", "núm. 12", "no. 4"). streetLeads left "C." and "R." out ("vitamin
// C. Take 2"), and commaStreetAt wanted the number right after the comma.
// gen24AbbrevLead takes them when a particle or a title of the name
// follows; gen24NumMarkComma finds the comma before a number's mark.

// gen24AbbrevLeadWords are the one-letter street types, with their dot.
var gen24AbbrevLeadWords = boolTable(map[string]bool{"C.": true, "R.": true, "Pg.": true, "Trv.": true})

// gen24LeadFollowers are the words that follow an abbreviated street
// type in a street's name: particles and the titles of its namesake.
var gen24LeadFollowers = boolTable(map[string]bool{
	"de": true, "del": true, "dels": true, "da": true, "do": true, "dos": true, "das": true, "d'en": true,
	"d'": true, "Dom": true, "Dona": true, "Sant": true, "Santa": true, "San": true, "São": true, "Doctor": true,
	"Dr.": true, "Infante": true, "Rei": true, "Rainha": true, "Major": true, "Conde": true, "Comte": true,
})

// gen24AbbrevLead reports whether w is one of gen24AbbrevLeadWords
// followed by a word of gen24LeadFollowers.
func gen24AbbrevLead(text string, w word) bool {
	if w.end-w.start > 4 || !gen24AbbrevLeadWords.has(w.str(text)) || w.end+3 >= len(text) || text[w.end] != ' ' {
		return false
	}
	e := w.end + 1
	for e < len(text) && e-w.end < 10 && (isAlpha(text[e]) || text[e] >= 0x80 || text[e] == '.' || text[e] == '\'') {
		e++
	}
	return gen24LeadFollowers.has(text[w.end+1 : e])
}

// gen24NumMarks are a number's marks between a street's comma and its
// house number.
var gen24NumMarks = boolTable(map[string]bool{
	"n.º": true, "nº": true, "n.°": true, "n°": true, "N.º": true, "Nº": true, "núm.": true, "n.": true,
	"no.": true, "No.": true, "nr.": true, "Nr.": true, "br.": true,
})

// gen24NumMarkComma returns the index of the comma before a number's mark
// that ends at the space sp before a house number (", n.º 18"), or -1.
func gen24NumMarkComma(text string, sp int) int {
	s := sp
	for s > 0 && sp-s <= 5 && text[s-1] != ' ' {
		s--
	}
	if s < 3 || text[s-1] != ' ' || text[s-2] != ',' || !gen24NumMarks.has(text[s:sp]) {
		return -1
	}
	return s - 2
}

// gen24HyphenType reports whether the hyphenated word t, its last hyphen
// at h, ends with a street type streetTypeWord leaves out when it stands
// alone ("Ring", "Berg", "Pfad", "Vej", "Gade"): after a hyphenated
// namesake it is a street's ("Kaiser-Wilhelm-Ring 17", "Theodor-Heuss-Ring
// 3", "H.C.-Andersens-Vej 8"), and a flat's floor after the number no
// longer hides it ("…, 3. OG links").
func gen24HyphenType(t string, h int) bool {
	p := t[h+1:]
	if len(p) < 3 || !isUpper(p[0]) || strings.IndexByte(t[:h], '-') < 0 && !isUpper(t[0]) {
		return false
	}
	if len(p) > 32 {
		return false
	}
	var buf [32]byte
	return notAlone[lowerASCII(p, &buf)]
}
