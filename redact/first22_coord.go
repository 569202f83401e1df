package redact

import "strings"

// A name joined to a found name by "and" is a name too: "Lucy Thornton
// and Oyelaran Adetunji", "Sunil & Ishara Wanigasekara", "Dr. Hadas
// (Hadi) and Tzofit Kornblum", "Hrefna Björk og Arnþór Kári" (first22,
// issue 9: thanks, guest lists and seating plans pair people). coordNames
// takes the capitalised words after a person's span, its nickname's
// bracket and a conjunction of coordConjunctions, when they are one to
// four words (capRunEnd: no stop word or place of the gazetteers among
// them) that no capitalised word follows and that are spelt like a name
// as a record's item is (the found name vouches as contact data does);
// a lone word no gazetteer knows must be spelt more like a name than a
// word ("Maria and Bärbel", not "Peter and Tower"). A public figure's
// name (person12_public.go) stays out, and so does the Polish and
// Catalan "i", which joins pets' names as often ("Fiona i Shrek").

// coordConjunctions are the conjunctions coordNames reads, with the
// spaces around them.
var coordConjunctions = [...]string{" and ", " & ", " und ", " og ", " och ", " et ", " y ", " e ", " en ", " és ", " ja "}

// coordLoneFloor is the least spelling score of a lone word no gazetteer
// knows after a conjunction.
const coordLoneFloor = 40

// coordNames appends the names joined to the PERSON spans of dst[n0:]
// (see above) that no span of dst covers.
//
//go:noinline
func coordNames(text string, dst []Span, n0 int) []Span {
	for k := n0; k < len(dst); k++ {
		if dst[k].Type != "PERSON" {
			continue
		}
		e := dst[k].End
		if e+1 < len(text) && text[e] == ')' {
			e++ // "Dr. Hadas (Hadi) and …"
		}
		if e+4 >= len(text) || text[e] != ' ' {
			continue
		}
		v := 0
		for _, c := range coordConjunctions {
			if strings.HasPrefix(text[e:], c) {
				v = e + len(c)
				break
			}
		}
		if v == 0 || v >= len(text) || !upperRuneAt(text, v) {
			continue
		}
		end, words, ok := capRunEnd(text, v)
		if !ok || end+1 < len(text) && text[end] == ' ' && upperRuneAt(text, end+1) || liveSpanOverlaps(dst, v, end) {
			continue
		}
		if words == 1 {
			f := nameFlagsOf(text[v:end])
			if f != 0 && (f&nameGiven == 0 || f&nameAmbiguous != 0) {
				continue
			}
			if sum, _, parts := spellScores(text[v:end]); f == 0 && (parts != 1 || sum < coordLoneFloor) {
				continue
			}
		} else if !spellNameLikeAt(text, v, end, spellContactMean, spellContactFloor) {
			continue
		}
		if coordOpensWithNoun(text, v, end) || publicNear(text, v, end) && publicSpanAt(text, v, end) {
			continue // "Judges include … and Chef Ama Boateng", a job's title (a judge's, a public figure's)
		}
		dst = append(dst, Span{Start: v, End: end, Type: "PERSON", Rule: "builtin.person", Score: 0.8,
			Reason: "capitalised words joined to a name by 'and'"})
	}
	return dst
}

// coordOpensWithNoun reports whether the run text[v:end] opens with a
// person noun written as a title ("Chef", "Coach", "Nurse"): a public
// figure's or a staff member's, which the found name does not vouch for.
func coordOpensWithNoun(text string, v, end int) bool {
	w := v
	for w < end && text[w] != ' ' {
		w++
	}
	var buf [16]byte
	n, _ := apposLower(text[v:w], &buf)
	if n == 0 {
		return false
	}
	if _, _, ok := personNouns.getBytes(buf[:n]); ok {
		return true
	}
	_, _, ok := roleWords.getBytes(buf[:n])
	return ok
}
