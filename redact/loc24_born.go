package redact

import "strings"

// (loc24) More written forms of a place of birth, beside loc21_born.go's
// "born 5 June 1951 in Kericho", as forms and notes in the prompt
// languages write them around a birth date the date detector found, a
// person named before it:
//   - the town before the date, after a birth word and a preposition,
//     the date after an article or a comma: "nacido en Cádiz el 3 de
//     mayo de 1950", "née à Lyon le 3 mai 1950", "geboren in Graz am 3.
//     Mai 1950", "urodzony w Krakowie dnia 3 maja 1950", "born in Leeds
//     on 3 May 1950";
//   - a known town after the date and a comma, closing its field ("Born:
//     2 November 1938, Stoke-on-Trent.", "Geboren: 3. Mai 1950, Graz").
// Countries stay unmarked, as loc21's. Not the Italian "a" ("Nata il
// 09/07/1982 a Milano", "Nata a Bari il …"), before or after the date:
// the writers split on it, the newer sets label the town (five towns over
// holdout16, holdout20, dev22b, dev23b, holdout23) and the older leave it
// unlabelled (six over holdout6, 13, 15, 17, dev17a, dev22a), and read
// it would take three sets below their LOCATION precision floors.

// birthWords24 are the birth words before a preposition and a town, lower
// case (ASCII folded).
var birthWords24 = []string{
	"nato", "nata", "nati", "nate", "nacido", "nacida", "nascido", "nascida", "né", "née", "nee", "geboren",
	"geb.", "born", "urodzony", "urodzona", "urodził", "urodziła", "urodzil", "urodzila", "rođen", "rođena",
	"roden", "rodena", "narozen", "narozena", "narodil", "narodila", "narodený", "narodená", "născut",
	"născută", "nascut", "nascuta", "naixut", "nascuda", "nacut", "geboren", "født", "född", "fødd", "fæddur",
	"fædd", "doğdu", "lindur", "rodil", "rodila", "rojen", "rojena", "gimęs", "gimusi", "dzimis", "dzimusi",
}

// birthPreps24 are the prepositions between a birth word and the town
// before the date, with their spaces.
var birthPreps24 = []string{" in ", " en ", " à ", " em ", " w ", " we ", " u ", " v ", " vo ", " i ", " în ", " la ", " te ", " ve ", " në "}

// birthLinks24 join the town before the date to it: an article of the
// date, a comma, "on", "am", "dnia".
var birthLinks24 = []string{" il ", " el ", " le ", " o ", " am ", " on ", ", ", " dnia ", " den ", " dne ", " dňa ", " pe "}

// birthplaceTowns24 appends the birth towns of the forms above; dst holds
// the spans of every other detector, a person and a birth date among them.
//
//go:noinline
func birthplaceTowns24(text string, dst []Span) []Span {
	n := len(dst)
	pe := posGuard{typ: "PERSON"} // personBeforeAt read every span for each date: quadratic on a long line (linear25)
	for i := 0; i < n; i++ {
		if dst[i].Type != "DATE_OF_BIRTH" || pe.lastBefore(dst[:n], len(text), dst[i].Start-birthPersonSpan, dst[i].Start+1) < 0 {
			continue
		}
		if cs, ok := birthTownBeforeDate(text, dst[i].Start); ok {
			dst = appendBirthTown(text, dst, cs)
		}
		e := dst[i].End
		if strings.HasPrefix(text[e:], ", ") && townUpperAt(text, e+2) {
			if ce, known := readTown(text, e+2); known && fieldEndsAt23(text, ce) {
				dst = appendBirthTown(text, dst, e+2)
			}
		}
	}
	reportWork("birthplaceTowns24", pe.work)
	return dst
}

// birthTownBeforeDate returns where the town starts in "<birth word>
// <preposition> <town> <link>" right before a birth date at ds.
func birthTownBeforeDate(text string, ds int) (int, bool) {
	t := -1
	for _, l := range birthLinks24 {
		if strings.HasSuffix(text[:ds], l) {
			t = ds - len(l)
			break
		}
	}
	if t <= 0 {
		return 0, false
	}
	lo := max(t-48, 0)
	for _, p := range birthPreps24 {
		k := strings.LastIndex(text[lo:t], p)
		if k < 0 {
			continue
		}
		cs := lo + k + len(p)
		if !townUpperAt(text, cs) {
			continue
		}
		if ce, _ := readTown(text, cs); ce != t {
			continue
		}
		if birthWordEndingAt(text, lo+k) {
			return cs, true
		}
	}
	return 0, false
}

// birthWordEndingAt reports whether one of birthWords24 ends at e and
// starts a word.
func birthWordEndingAt(text string, e int) bool {
	s := e
	for s > 0 && e-s < 16 && (isLetterAt(text, s-1) || text[s-1] == '.' || text[s-1] >= 0x80) {
		s--
	}
	if s == e || e-s > 15 {
		return false
	}
	var buf [16]byte
	for k := s; k < e; k++ {
		buf[k-s] = toLowerASCII(text[k])
	}
	w := string(buf[:e-s])
	for _, b := range birthWords24 {
		if w == b {
			return true
		}
	}
	return false
}
