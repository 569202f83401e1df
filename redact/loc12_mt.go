package redact

import "strings"

// Maltese addresses (issue 9): a street led by "Triq" (street), "Sqaq"
// (alley) or "Vjal" (avenue) whose name opens with the article joined by
// a hyphen ("45 Triq il-Wied", "Triq tal-Ħarruba Ġdida 14"), and a
// postcode of three capitals and four digits after the locality
// ("Birkirkara BKR 4012"). A name of the article's word alone before the
// number ("Triq il-Kbira 5") is left out: upperOrLeadBefore, which every
// number after a word goes through, would pay for it on every prompt
// (+25 instructions per Find measured).

// mtArticleMaybe is mtArticleWord's inlined filter: the article's hyphen
// or apostrophe is the word's second to fifth byte, and a letter
// follows it ("the", "to", "in" before a number fail at once).
func mtArticleMaybe(t string) bool {
	return len(t) >= 4 && (t[1] == '-' || t[2] == '-' || t[3] == '-' || t[2] == '\'' || len(t) > 5 && t[4] == '-')
}

// mtArticleWord reports whether t is a word of a Maltese street's name
// that opens with the article joined by a hyphen ("il-Wied", "iż-Żejt",
// "tal-Ħarruba") or "ta'" and a letter after it.
func mtArticleWord(t string) bool {
	k := 1
	for k < len(t) && k < 5 && t[k] != '-' && t[k] != '\'' {
		k++
	}
	if k >= len(t)-1 || k == 5 {
		return false
	}
	a := t[:k]
	if t[k] == '\'' {
		return a == "ta"
	}
	switch a {
	case "il", "l", "ix", "iż", "is", "ir", "in", "id", "it", "iċ", "iz", "tal", "tas", "taż", "tad", "tat",
		"tan", "tar", "tax", "taċ":
		return true
	}
	return false
}

// leadInnerWord reports whether t, a word after a street's leading type
// word, is a particle of a name ("de", "van") or opens with the Maltese
// article ("Triq il-Kbira").
func leadInnerWord(t string) bool {
	return streetParticle(t) || mtArticleMaybe(t) && mtArticleWord(t) // (struct23) "do", "dos": "Rúa do Franco, 44"
}

// mtPostcodeAt reads a Maltese postcode whose four digits are the run r
// (addressRuns calls it for a run that ends a line, a field or the text):
// three capitals and a space before them, and before those the locality,
// one to three capitalised words after ", " on a line that a street of
// dst ends on, or that holds "Triq" or "Malta". It appends the locality
// and the postcode and returns the postcode's end, or 0.
//
//go:noinline
func mtPostcodeAt(text string, r digitRun, dst []Span) ([]Span, int) {
	p := r.start - 4
	if p < 6 || text[p-1] != ' ' || !wordEndAt(text, r.end) {
		return dst, 0
	}
	// The locality: from the last ", " on the line before the letters
	// (a comma may end it: "Mosta, MST 1234").
	le := p - 1
	if text[le-1] == ',' {
		le--
	}
	ls := strings.LastIndex(text[max(0, p-40):le], ", ")
	if ls < 0 {
		return dst, 0
	}
	ls += max(0, p-40) + 2
	if !upperAt(text, ls) || strings.IndexByte(text[ls:le], '\n') >= 0 || strings.Count(text[ls:le], " ") > 2 {
		return dst, 0
	}
	line := lastNewlineIn(text[:ls]) + 1
	street := len(dst) > 0 && dst[len(dst)-1].Type == "STREET_ADDRESS" && dst[len(dst)-1].End >= line &&
		dst[len(dst)-1].End <= ls
	if !street && !strings.Contains(text[line:ls], "Triq ") && !strings.Contains(text[line:ls], "Malta") {
		return dst, 0
	}
	if n := len(dst); n > 0 && dst[n-1].End > ls {
		return dst, 0
	}
	dst = append(dst,
		Span{Start: ls, End: le, Type: "LOCATION", Rule: "builtin.address", Score: 0.8,
			Reason: "locality before a Maltese postcode"},
		Span{Start: p, End: r.end, Type: "ZIP_CODE", Rule: "builtin.zip_code", Score: 0.85,
			Reason: "Maltese postcode: three capitals and four digits after a locality"})
	return dst, r.end
}
