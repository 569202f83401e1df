package redact

import "strings"

// Names written in lower case in casual texts that have capitals too ("ok
// so quick q — ask priya if the Pongal creatives are final", "call w/
// jasmine:", "her partner liam does the cooking", "- jasmine reyes,
// filipino nurse"). People who do not capitalise the first word of their
// prompt often write names in lower case as well, while texts that start
// with a capital rarely do; so detectPersons runs these rules only on a
// text that starts with a lower-case letter, and most texts pay one
// compare. Texts written all in lower case go through lowerCaseNames.

// lowerNamesInCasualText appends the lower-case names of a text that has
// capitals and starts with a lower-case letter: a given name of the
// gazetteers (no stop word, city or ambiguous word when capitalised, no
// word of lowerGivenVeto, three letters or more), optionally followed by
// a family name of them, right after a trigger word ("ask", "cc",
// "partner", "w/", "with"; after a title any name of them), or right
// before a personal verb ("says", "does", "from"), or, when followed by a
// family name and a comma, at the start of a line, list item or field
// value ("- jasmine reyes, filipino nurse"). Spans that overlap those the
// detector found already (dst[n0:]) are skipped.
//
//go:noinline
func lowerNamesInCasualText(text string, dst []Span, n0 int) []Span {
	prevStart, prevEnd := -1, -1 // the word before, when one space separates them
	prevPlain := false           // the word before is letters a-z only, after no byte beyond ASCII
	var g spanGuard              // span_guard.go: a long casual text names someone in every line
	for i := 0; i < len(text); {
		// A word starts after no letter: "mañana" holds no "ana".
		if text[i] < 'a' || text[i] > 'z' || i > 0 && (isAlpha(text[i-1]) || text[i-1] >= 0x80 && wordBefore(text, i)) {
			i++
			continue
		}
		e, plain := lowerWordEndPlain(text, i)
		ps, pe, pp := prevStart, prevEnd, prevPlain && prevEnd == i-1
		prevStart, prevEnd, prevPlain = i, e, plain && (i == 0 || text[i-1] < 0x80)
		if e < len(text) && text[e] != ' ' {
			prevStart = -1
		}
		if i >= 3 && text[i-1] == ' ' {
			// person15_honor.go: "call tío ramiro", "tell aling nena cruz"
			if s, en, ok := honorNameAtPrev(text, i, ps, pe, pp); ok {
				if !g.overlaps(dst[n0:], len(text), s, en) {
					dst = append(dst, honorSpan(s, en))
				}
				i, prevStart = en, -1
				continue
			}
		}
		if ps >= 0 && pe == i-1 {
			if en := introNameEnd(text, ps, pe, i); en > 0 { // person16_intro.go: "my name's kezzie"
				if !g.overlaps(dst[n0:], len(text), i, en) {
					dst = append(dst, Span{Start: i, End: en, Type: "PERSON", Rule: "builtin.person", Score: 0.7,
						Reason: "lower-case name after the words that introduce a name in a casual text"})
				}
				i, prevStart = en, -1
				continue
			}
		}
		f := lowerNameFlagsOf(text[i:e], plain)
		given := e-i >= 3 && f&nameGiven != 0 && f&(nameStop|nameCity|nameAmbiguous) == 0 && !lowerGivenVeto.has(capitalised(text[i:e]))
		trig := uint32(0) // as lowerNameTriggers holds it: the word's value<<1 | 1
		if ps >= 0 && pe == i-1 {
			trig, _ = lowerNameTriggers.get(text[ps:pe])
			if trig == 0 && text[ps:pe] == "with" {
				trig = 1<<1 | 1
			}
		} else if i >= 3 && text[i-3:i] == "w/ " && (i == 3 || !isAlpha(text[i-4])) {
			trig = 1<<1 | 1 // "call w/ jasmine"
		}
		if !given && (f&nameFamily == 0 || f&nameAmbiguous != 0) && i >= 3 && (text[i-2] == '.' || trig != 0 || f&nameAmbiguous != 0) {
			// person6_lower.go: "mrs quellmar-vantrelle", "sunny trezise, she …"
			if s, en, reason, ok := lowerPerson6(text, i, e, f, trig); ok {
				if !g.overlaps(dst[n0:], len(text), s, en) {
					dst = append(dst, Span{Start: s, End: en, Type: "PERSON", Rule: "builtin.person", Score: 0.7, Reason: reason})
				}
				i, prevStart = en, -1
				continue
			}
		}
		if !given && f&nameFamily == 0 {
			i = e
			continue
		}
		end := e
		if e+2 < len(text) && text[e] == ' ' {
			if fe := lowerFamilyAt(text, e+1); fe > 0 {
				end = lowerNameTail(text, fe) // "gurpreet kaur sandhu", "… jr" (fp25_lower.go)
			}
		}
		start := i
		var reason string
		switch {
		case given && trig>>1 == 1:
			reason = "given name from gazetteer after a trigger word in a casual text"
		case given && trig>>1 == 3 && clauseEndAfter(text, end):
			reason = "given name from gazetteer after a preposition, ending its clause, in a casual text" // person7_lower.go
		case trig>>1 == 2 && f&(nameStop|nameCity|nameAmbiguous) == 0:
			start, reason = ps, "title and name from gazetteers in a casual text"
		case given && (personCueAfter(text, end) || casualVerbAfter(text, end)):
			reason = "given name from gazetteer before a personal verb in a casual text"
		case given && end > e && end+1 < len(text) && text[end] == ',' && itemStartAt(text, i):
			reason = "given name and family name from gazetteers opening a line or field in a casual text"
		default:
			i = e
			continue
		}
		if end < len(text) && text[end] >= 0x80 {
			end = nameWordEnd(text, end) // "mi hija lucía": not "luc" (person21_lower.go)
		}
		if end > e && lowerNotable(text, start, end) {
			i, prevStart = end, -1 // "a signed nigella lawson cookbook" (public16_public.go)
			continue
		}
		if !g.overlaps(dst[n0:], len(text), start, end) {
			dst = append(dst, Span{Start: start, End: end, Type: "PERSON", Rule: "builtin.person", Score: 0.7, Reason: reason})
		}
		i, prevStart = end, -1
	}
	reportWork("lowerNamesInCasualText", g.work+len(text))
	return dst
}

// casualVerbAfter reports whether one space and a word of casualVerbs
// follow e ("liam does the cooking", "arjun from logistics"), or a dash
// and a personal pronoun ("adaeze - she's been with us since 2019").
func casualVerbAfter(text string, e int) bool {
	if e+3 >= len(text) || text[e] != ' ' {
		return false
	}
	if text[e+1] == '-' && text[e+2] == ' ' {
		k := lowerWordEnd(text, e+3)
		v, _ := lowerPersonCues.get(text[e+3 : k])
		return v == 1 && (k == len(text) || !isAlpha(text[k]))
	}
	k := lowerWordEnd(text, e+1)
	return k < len(text) && text[k] == ' ' && casualVerbs.has(text[e+1:k])
}

// casualVerbs are the words after a lower-case given name that say it is
// a person, besides those of lowerPersonCues ("aus" is the German "from":
// "lena aus der buchhaltung").
var casualVerbs = func() *strTable {
	t := newStrTable(8)
	for _, w := range strings.Fields("does is from aus") {
		t.or(w, 1)
	}
	return t
}()
