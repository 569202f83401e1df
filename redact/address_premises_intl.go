package redact

import "strings"

// A business's address under a compound label that names the premises
// ("Agenturadresse:", "die Filialadresse", "Büroadresse:"; "Shop address"
// is two words and premisesBefore's): the label's first part is a
// premises word, with a German linking "-n-" or "-s-" or a hyphen. A
// premises word that a street rule took as the street's first word
// ("Mağazamız Bağdat Cad. No: 5", "our store"), and the next streets of
// a business's list ("Tiendas: Calle A 4 (Madrid), Plaza B 3 (León) y
// Avenida C 10"), are the business's too.

// addressLabelTails end a compound address label.
var addressLabelTails = []string{"adresse", "anschrift", "adres", "address", "adresa", "címe", "cím"}

// compoundPremisesLabel returns the premises word that opens the compound
// address label label (lower case, without its colon), or "".
func compoundPremisesLabel(label string) string {
	for _, t := range addressLabelTails {
		head, ok := strings.CutSuffix(label, t)
		if !ok || len(head) < 3 {
			continue
		}
		head = strings.TrimSuffix(head, "-")
		for _, h := range []string{head, strings.TrimSuffix(head, "n"), strings.TrimSuffix(head, "s"),
			strings.TrimSuffix(head, "en")} {
			if k, name := premisesKind(h); k&premNoun != 0 {
				return name
			}
		}
		return ""
	}
	return ""
}

// premisesOpening returns the premises word that opens the street span sp
// itself (a street rule read it as a name's first word), or "".
func premisesOpening(text string, sp Span) string {
	e := sp.Start
	for e < sp.End && text[e] != ' ' {
		e++
	}
	if e-sp.Start < 3 || e-sp.Start > 31 || e == sp.End {
		return ""
	}
	var buf [32]byte
	k, name := premisesKind(lowerASCII(text[sp.Start:e], &buf))
	if k&premNoun == 0 || streetNamedAfterPremises(text, e, sp.End) {
		return "" // "Church Lane" names a street (street17_uk.go)
	}
	return name
}

// listContinues reports whether the span at start is the next item of a
// list of addresses whose previous item ends at end: on the same line, at
// most 40 bytes on, with only a bracketed town and a comma, a semicolon or
// a list's conjunction between ("…47 (Madrid), Plaza …", "…3 (León) y
// Avenida …", "…69002 Lyon ; 5 place …").
func listContinues(text string, end, start int) bool {
	if start < end || start-end > 40 {
		return false
	}
	gap := text[end:start]
	if strings.ContainsAny(gap, "\n.:") {
		return false
	}
	if i := strings.IndexByte(gap, '('); i >= 0 {
		j := strings.IndexByte(gap, ')')
		if j < i || strings.TrimSpace(gap[:i]) != "" {
			return false
		}
		gap = gap[j+1:]
	}
	if dashPartAfter(gap, 0) {
		// a town set off by a dash before the separator: "…, 1000 – São
		// Paulo; Rua …" (address_lower_first.go)
		if k := strings.LastIndexAny(gap, ";,"); k > 0 {
			gap = gap[k:]
		}
	}
	switch strings.TrimSpace(gap) {
	case ",", "y", "and", "e", "et", "und", "och", "og", "en", "i", "a", ", and", ", y", ", e", "&", ";":
		return true
	}
	return townBetweenItems(gap) // "… à Lyon et …" (street9_premises.go)
}

// jobTitleEnds are the last words, as written, of a job title in an
// e-mail signature's "title | company" line.
var jobTitleEnds = boolTable(map[string]bool{
	"Lead": true, "Manager": true, "Director": true, "Officer": true, "Coordinator": true, "Executive": true,
	"Assistant": true, "Specialist": true, "Advisor": true, "Adviser": true, "Consultant": true, "Agent": true,
	"Representative": true, "Associate": true, "Supervisor": true, "Head": true, "Partner": true, "Founder": true,
	"Owner": true, "CEO": true, "Team": true,
})

// titleBarLine reports whether line is an e-mail signature's "job title |
// company" line ("Customer Care Team Lead | Brewhaus Home"): the words
// before its first " | " end with a job title.
func titleBarLine(line string) bool {
	k := strings.Index(line, " | ")
	if k <= 0 {
		return false
	}
	left := line[:k]
	w := left[strings.LastIndexByte(left, ' ')+1:]
	return jobTitleEnds.has(w)
}
