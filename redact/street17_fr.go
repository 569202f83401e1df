package redact

import "strings"

// French address lines that give the building's parts before the
// residence or estate (AFNOR NF Z10-011's line 3, "complément
// d'adresse": "Bât. B, esc. 3, 2e étage, cité Les Tilleuls, 13013
// Nîmes"; "Bâtiment B, appt 12, résidence Les Tilleuls, 69008
// Lyon"). The line is read only where ruralLineBefore already reads a
// residence, estate or hamlet before a postcode: the building's parts
// before it (a building, a stair, a floor, a flat, a door, each opening
// its comma-set part) widen that street back over them, and a
// lower-case "résidence" or "cité" leads as its capitalised form does.
// A building word alone, with no estate and no postcode after it, reads
// nothing ("Bât. C fermé"). Cost: only where that rural line is found.

func init() {
	for _, w := range []string{"résidence", "cité", "Rés.", "rés."} {
		ruralLeads.or(w, 1)
	}
}

// frBuildingWords open a part of a French address that names a part of
// the building.
var frBuildingWords = boolTable(map[string]bool{
	"Bât.": true, "Bât": true, "bât.": true, "bât": true, "Bat.": true, "Bâtiment": true, "bâtiment": true,
	"Esc.": true, "esc.": true, "Escalier": true, "escalier": true, "Entrée": true, "entrée": true,
	"Appt": true, "Appt.": true, "appt": true, "appt.": true, "Appartement": true, "appartement": true,
	"Porte": true, "porte": true, "Immeuble": true, "Imm.": true, "Étage": true, "étage": true, "RDC": true,
	"rdc": true,
})

// frBuildingPartsBefore returns where the building's parts before the
// part that starts at s begin (s when none stands before it): up to four
// parts set off by ", ", each opened by one of frBuildingWords or a
// floor ("4e étage", "1er étage"), the first of them maybe after a word
// of the clause ("domiciliée Bât. C").
func frBuildingPartsBefore(text string, s int) int {
	for range 4 {
		if s < 4 || text[s-1] != ' ' || text[s-2] != ',' {
			return s
		}
		p := s - 2
		ps := p
		for ps > 0 && p-ps < 40 && text[ps-1] != ',' && text[ps-1] != '\n' && text[ps-1] != ':' &&
			text[ps-1] != '(' && !dashSepBefore(text, ps) {
			ps--
		}
		for ps < p && text[ps] == ' ' {
			ps++
		}
		b := frBuildingPartStart(text, ps, p)
		if b < 0 {
			return s
		}
		s = b
		if b > ps {
			return s // the clause's word before the first part
		}
	}
	return s
}

// frBuildingPartStart returns where a building's part starts in the
// part text[ps:p]: at ps when it opens it, after one lower-case word
// when that word opens it ("domiciliée Bât. C"), else -1.
func frBuildingPartStart(text string, ps, p int) int {
	part := text[ps:p]
	if frBuildingPart(part) {
		return ps
	}
	k := strings.IndexByte(part, ' ')
	if k <= 0 || !isLower(part[0]) {
		return -1
	}
	rest := part[k+1:]
	if w, _, _ := strings.Cut(rest, " "); frBuildingWords.has(w) && frBuildingPart(rest) {
		return ps + k + 1
	}
	return -1
}

// frBuildingPart reports whether part (one comma-set part) names a part
// of a building: one of frBuildingWords and at most one more word ("Bât.
// C", "esc. 2", "appt 12"), or a floor ("4e étage", "2ème étage").
func frBuildingPart(part string) bool {
	f := strings.Fields(part)
	if len(f) == 0 || len(f) > 2 {
		return false
	}
	if frBuildingWords.has(f[0]) {
		return len(f) == 1 || len(f[1]) <= 4
	}
	if len(f) == 2 && (f[1] == "étage" || f[1] == "Étage") && isDigit(f[0][0]) {
		t := strings.TrimLeft(f[0], "0123456789")
		return t == "e" || t == "er" || t == "ème" || t == "è" || t == "ᵉ"
	}
	return false
}
