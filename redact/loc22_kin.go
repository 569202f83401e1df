package redact

import "strings"

// Towns after a relative's name and after "of" (loc22). Two classes:
//
//   - a relative named with the family word before the name and "in" (or
//     the word for it) and a known town after it: "sends money to her
//     mother Grace Atieno in Kisii", "le mando a mi hermana Rosa Delgado
//     en Camagüey", "j'envoie à ma mère Awa Sow à Kaolack". A name and
//     "in" alone is how shop pop-ups word a sale ("Jim in Tulsa
//     purchased"), so the family word is what says the town is a home;
//   - a name and "and family of" and the town they live in, as notices
//     and newsletters credit donors: "Mrs Tahira Malik and family of
//     Longsight" (a name and "of" alone is fromWords' already). The town
//     must be known, or a state after it must vouch for it
//     (regionVouches), and no capitalised word may follow it ("… of Leeds
//     United" names a club).
//
// The words for "in" after a relative's name: "in", "en", "em", "na",
// "no", "à", the Nordic "i", the Polish "w" and the Italian "a".
//
// Cost: one pass over the spans with a test of the bytes after each.

// kinExtraWords are family words of the covered languages that kinWords
// (dob_age.go) lacks, lower case.
var kinExtraWords = boolTable(map[string]bool{
	"mamá": true, "papá": true, "hermana": true, "hermano": true, "prima": true, "primo": true,
	"tía": true, "tío": true, "nieta": true, "nieto": true, "sœur": true, "frère": true, "tante": true,
	"oncle": true, "cousine": true, "grand-mère": true, "grand-père": true, "irmã": true, "irmão": true,
	"avó": true, "avô": true, "tia": true, "tio": true, "schwester": true, "bruder": true, "onkel": true,
	"zus": true, "broer": true, "siostra": true, "brat": true, "sorella": true, "fratello": true,
	"zia": true, "zio": true, "auntie": true, "aunty": true, "grandmom": true, "grandpop": true,
	"stepmother": true, "stepfather": true, "sister-in-law": true, "brother-in-law": true,
	"daughter-in-law": true, "son-in-law": true, "fiance": true, "fiancee": true,
})

// kinTownsAfterNames appends the towns after relatives' names and after
// "and family of" (see above) to dst.
//
//go:noinline
func kinTownsAfterNames(text string, dst []Span) []Span {
	n := len(dst)
	var g spanGuard // span_guard.go: ten thousand relatives
	for i := 0; i < n; i++ {
		// The bytes after the span first: most names are followed by
		// neither "in" (or its like) nor a Japanese honorific.
		e := dst[i].End
		if e+5 >= len(text) {
			continue
		}
		if c := text[e]; c >= 0xE3 && c <= 0xEF { // an honorific, a bracket or a comma of CJK
			if dst[i].Type == "PERSON" && text[dst[i].Start] >= 0xE3 && text[dst[i].Start] <= 0xE9 {
				dst = japaneseResidence(text, dst, i, &g) // loc22_cjk.go: "長野県松本市在住"
			}
			continue
		}
		if text[e] != ' ' {
			continue
		}
		if text[e+1] == 'a' && text[e+2] == 'n' && strings.HasPrefix(text[e+1:], "and family of ") {
			if dst[i].Type == "PERSON" {
				dst = ofTownAt(text, dst, e+len(" and family of "), &g, "known town after a name and 'and family of'")
			}
			continue
		}
		cs := kinInAt(text, e+1)
		if cs < 0 || !townUpperAt(text, cs) || dst[i].Type != "PERSON" ||
			!kinNameBefore(text, dst[i].Start) && !titledNameAt(text, dst[i].Start, e) {
			continue // most names have neither "in" nor a family word or a title beside them
		}
		ce, known := readTown(text, cs)
		if !known || !townClosesAt(text, ce) || countryNames.has(text[cs:ce]) || regionNames.has(text[cs:ce]) ||
			g.townOverlaps(dst, len(text), cs, ce) {
			continue
		}
		dst = append(dst, locationSpan(cs, ce, 0.75, "known town after a relative's name"))
	}
	reportWork("kinTownsAfterNames", g.work+n)
	return dst
}

// kinAfterName reports whether the bytes after a name ending at e, with
// five bytes or more after it, may open kinTownsAfterNames' words: "in"
// or its like, "and family of", or a CJK honorific or bracket.
// residenceSpansOf's first test, before kinTownsAfterNames runs.
func kinAfterName(text string, e int) bool {
	if c := text[e]; c != ' ' {
		return c >= 0xE3 && c <= 0xEF
	}
	return kinInAt(text, e+1) >= 0 || text[e+1] == 'a' && text[e+2] == 'n' && text[e+3] == 'd'
}

// kinInAt returns where the word after "in" or its like (kinInWords) at p
// starts, or -1: a switch on the bytes, as most words after a name are
// none of them.
func kinInAt(text string, p int) int {
	if p+3 >= len(text) {
		return -1
	}
	a, b := text[p], text[p+1]
	if b == ' ' {
		if a == 'i' || a == 'w' || a == 'a' {
			return p + 2
		}
		return -1
	}
	if text[p+2] != ' ' {
		return -1
	}
	if a == 'i' && b == 'n' || a == 'e' && (b == 'n' || b == 'm') || a == 'n' && (b == 'a' || b == 'o') ||
		a == 0xC3 && b == 0xA0 {
		return p + 3
	}
	return -1
}

// kinNameBefore reports whether a family word and a space come right
// before s ("her mother Grace", "mi hermana Rosa").
func kinNameBefore(text string, s int) bool {
	if s < 3 || text[s-1] != ' ' {
		return false
	}
	k := s - 1
	for k > 0 && text[k-1] != ' ' && text[k-1] != '\n' && text[k-1] != '(' && s-1-k < 16 {
		k--
	}
	var buf [16]byte
	w, ok := lowerWord(text, k, s-1, &buf)
	return ok && (kinWords.has(w) && w != "friend" && w != "partner" || kinExtraWords.has(w))
}

// titledNameAt reports whether the name text[s:e] opens with a title or
// has one right before it ("Mr Ronan Daly", "Frau Anna Keller"): a
// sales pop-up's made-up buyer has none.
func titledNameAt(text string, s, e int) bool {
	k := s
	for k < e && text[k] != ' ' {
		k++
	}
	if k < e && (personTitles.has(text[s:k]) || inTitles[text[s:k]]) {
		return true
	}
	if s < 3 || text[s-1] != ' ' {
		return false
	}
	j := s - 1
	for j > 0 && text[j-1] != ' ' && text[j-1] != '\n' && s-1-j < 8 {
		j--
	}
	return personTitles.has(text[j:s-1]) || inTitles[text[j:s-1]]
}

// inTitles are titles of the covered languages that personTitles
// (loc12_uk.go) lacks.
var inTitles = map[string]bool{
	"Frau": true, "Herr": true, "Mme": true, "Mme.": true, "M.": true, "Sr.": true, "Sra.": true,
	"Señor": true, "Señora": true, "Dona": true, "Pani": true, "Mevrouw": true, "Meneer": true,
	"Signora": true, "Sig.": true, "Sig.ra": true, "Fru": true, "Hr.": true,
}

// ofTownAt appends the town at cs after "of" when it is known, or a state
// after it vouches for it, and no capitalised word follows it.
func ofTownAt(text string, dst []Span, cs int, g *spanGuard, reason string) []Span {
	if !townUpperAt(text, cs) {
		return dst
	}
	ce, known := readTown(text, cs)
	if ce <= cs || !townClosesAt(text, ce) || countryNames.has(text[cs:ce]) || regionNames.has(text[cs:ce]) {
		return dst
	}
	if !known && !(plausibleTown(text[cs:ce]) && regionVouches(text, ce)) {
		return dst
	}
	if g.townOverlaps(dst, len(text), cs, ce) {
		return dst
	}
	return append(dst, locationSpan(cs, ce, 0.7, reason))
}

// townClosesAt reports whether a town's name ends at e: no letter, digit
// or further capitalised word follows it ("of Leeds United" is a club).
func townClosesAt(text string, e int) bool {
	if e >= len(text) {
		return true
	}
	if isLetterAt(text, e) || isDigit(text[e]) {
		return false
	}
	return !(text[e] == ' ' && townUpperAt(text, e+1))
}
