package redact

// A name joined to a found name by "and" is a name too: "Lucy Thornton
// and Oyelaran Adetunji", "Sunil & Ishara Wanigasekara", "Dr. Hadas
// (Hadi) and Tzofit Kornblum", "Hrefna Björk og Arnþór Kári" (first22,
// issue 9: thanks, guest lists and seating plans pair people). coordNames
// takes the capitalised words after a person's span, its nickname's
// bracket and a conjunction (conjunctionEnd), when they are one to
// four words (capRunEnd: no stop word or place of the gazetteers among
// them) that no capitalised word follows and that are spelt like a name
// as a record's item is (the found name vouches as contact data does);
// a lone word no gazetteer knows must be spelt more like a name than a
// word ("Maria and Bärbel", not "Peter and Tower"). A public figure's
// name (person12_public.go) stays out, and so does the Polish and
// Catalan "i", which joins pets' names as often ("Fiona i Shrek").

// conjunctionEnd returns where the word after the conjunction that
// starts with the space at e starts, or 0: " and ", " & ", " und ",
// " og ", " och ", " et ", " y ", " e ", " en ", " és ", " ja ". The
// byte after the space picks the words to compare (most names are
// followed by none of them), each a comparison of a few bytes, not a
// call.
func conjunctionEnd(text string, e int) int {
	t := text[e:]
	if len(t) < 4 {
		return 0
	}
	var n int
	switch t[1] {
	case 'a':
		if len(t) >= 5 && t[:5] == " and " {
			n = 5
		}
	case '&':
		if t[2] == ' ' {
			n = 3
		}
	case 'u':
		if len(t) >= 5 && t[:5] == " und " {
			n = 5
		}
	case 'o':
		switch {
		case t[:4] == " og ":
			n = 4
		case len(t) >= 5 && t[:5] == " och ":
			n = 5
		}
	case 'e':
		switch {
		case t[2] == ' ':
			n = 3
		case t[:4] == " et " || t[:4] == " en ":
			n = 4
		}
	case 'y':
		if t[2] == ' ' {
			n = 3
		}
	case 'j':
		if t[:4] == " ja " {
			n = 4
		}
	case 0xC3:
		if len(t) >= 5 && t[:5] == " és " {
			n = 5
		}
	}
	if n == 0 {
		return 0
	}
	return e + n
}

// coordLoneFloor is the least spelling score of a lone word no gazetteer
// knows after a conjunction.
const coordLoneFloor = 40

// coordNames appends the names joined to the PERSON spans of dst[n0:]
// (see above) that no span of dst covers.
//
//go:noinline
func coordNames(text string, dst []Span, n0 int) []Span {
	lg := spanGuard{live: true} // liveSpanOverlaps for a long text's many names
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
		v := conjunctionEnd(text, e)
		if v == 0 || v >= len(text) || !upperRuneAt(text, v) {
			continue
		}
		end, words, ok := capRunEnd(text, v)
		if !ok || end+1 < len(text) && text[end] == ' ' && upperRuneAt(text, end+1) || lg.overlaps(dst, len(text), v, end) {
			continue
		}
		if words == 1 {
			f := nameFlagsOf(text[v:end])
			if f != 0 && (f&nameGiven == 0 || f&nameAmbiguous != 0) {
				continue
			}
			if f == 0 && knownTownAt(text, v) {
				continue // Spanish and French "en" is "in": "… a su hermana Ana Ruiz en Tarija"
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
	reportWork("coordNames", lg.work)
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
