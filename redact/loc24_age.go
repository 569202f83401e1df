package redact

import (
	"strings"
	"unicode/utf8"
)

// (loc24) An age's unit belongs to the age. Writers label "12 anos", "81
// ani", "8 ára", "9 år", "7 jahre", "13 a", "3 weeks" as the age, where
// the digit scan marks only the number: the unit left beside a
// placeholder reads "[AGE_1] anos", and a scorer counts the age as not
// fully masked. ageExtent, one of Find's last passes, widens each AGE span
// over the unit after it ("years old", "de ani", "taong gulang" with
// their second word), a glued unit ("5yo", "9歳"), a hyphenated one
// ("5-year-old", "12-vuotias") or the Swahili "miaka" before it, in every
// language the age words cover; and it reads the age in brackets after a
// name the person detectors found, "Aleksandr Petrov (12 a)", "Ama (18
// months)", "Petar (5)", where the bracket holds only a number and an
// age's unit (not "(5 клас)", "(3 hampers)").

// Bits of ageUnits24's values.
const (
	unitShort uint8 = 1 << iota // one letter: must close its field ("13 a)")
	unitDot                     // an abbreviation that takes a dot ("61 god.")
	unitBaby                    // months or weeks: a baby's age
	unitTwo                     // takes a second word (ageUnitSecond)
)

// ageUnits24 are the units after an age's number, lower case: years in
// the languages of the age words (dob.go's ageUnits and more), and the
// months and weeks of a baby's age (days are too often a stay's length).
var ageUnits24 = map[string]uint8{
	// English
	"years": unitTwo, "year": unitTwo, "yrs": unitTwo | unitDot, "yr": unitTwo | unitDot, "yo": unitDot, "y/o": 0, "y.o": unitDot,
	"y": unitShort | unitDot,
	// Romance
	"ans": unitTwo, "an": unitTwo, "años": unitTwo, "año": unitTwo, "anos": unitTwo, "ano": unitTwo, "anni": unitTwo,
	"anno": 0, "anys": 0, "any": 0, "ani": 0, "de": unitTwo, // "85 de ani"
	"urte": 0, "urteko": 0, "anyos": 0,
	// Germanic and Nordic
	"jahre": unitTwo, "jahren": 0, "jahr": unitTwo, "j": unitShort | unitDot, "jaar": unitTwo, "år": unitTwo, "ár": unitTwo,
	"ára": unitTwo, "árs": 0, "jährig": 0,
	// Slavic, Baltic, Finno-Ugric, Turkish, Greek
	"lat": 0, "lata": 0, "rok": 0, "roku": 0, "let": 0, "roků": 0, "rokov": 0, "roky": 0, "roka": 0, "r": unitShort | unitDot,
	"l": unitShort | unitDot, "godina": 0, "godine": 0, "godini": 0, "god": unitDot, "g": unitShort | unitDot,
	"лет": 0, "года": 0, "год": unitDot, "години": 0, "година": 0, "годин": 0, "років": 0, "роки": 0, "рік": 0,
	"г": unitShort | unitDot, "метų": 0, "metų": 0, "metai": 0, "m": unitShort | unitDot, "gadi": 0, "gadus": 0,
	"gads": 0, "aastat": 0, "aastane": 0, "a": unitShort | unitDot, "vuotta": 0, "vuotias": 0, "v": unitShort | unitDot,
	"évet": 0, "éves": 0, "évesen": 0, "yaş": 0, "yaşında": 0, "yaşındayım": 0, "yaşına": 0, "yaşını": 0,
	"χρονών": 0, "ετών": 0, "χρόνων": 0, "χρονων": 0, "ετων": 0,
	// South-East Asian and others
	"tuổi": 0, "tahun": 0, "taon": unitTwo, "taong": unitTwo,
	"साल": 0, "वर्ष": 0, "ปี": 0, "سنة": 0, "عاما": 0, "عامًا": 0, "سنوات": 0,
	// a baby's months and weeks
	"months": unitBaby | unitTwo, "month": unitBaby | unitTwo, "mos": unitBaby | unitDot, "mo": unitBaby | unitDot,
	"mths": unitBaby | unitDot, "weeks": unitBaby | unitTwo, "week": unitBaby | unitTwo, "wks": unitBaby | unitDot,
	"meses": unitBaby, "mes": unitBaby, "mois": unitBaby, "monate": unitBaby | unitTwo,
	"monaten": unitBaby, "maanden": unitBaby | unitTwo, "maand": unitBaby, "mesi": unitBaby, "mese": unitBaby,
	"miesięcy": unitBaby, "miesiące": unitBaby, "miesiąc": unitBaby, "měsíců": unitBaby, "měsíce": unitBaby,
	"mesiacov": unitBaby, "mesiace": unitBaby, "месяцев": unitBaby, "месяца": unitBaby, "місяців": unitBaby,
	"месеца": unitBaby, "meseci": unitBaby, "mjeseci": unitBaby, "mėn": unitBaby | unitDot, "kuud": unitBaby,
	"kuukautta": unitBaby, "kk": unitBaby | unitDot, "hónapos": unitBaby, "hónap": unitBaby, "luni": unitBaby,
	"ay": unitBaby, "aylık": unitBaby, "μηνών": unitBaby, "μηνων": unitBaby, "tháng": unitBaby, "bulan": unitBaby,
	"buwan": unitBaby, "måneder": unitBaby, "månader": unitBaby, "mánaða": unitBaby, "semanas": unitBaby,
	"semaines": unitBaby, "wochen": unitBaby | unitTwo, "weken": unitBaby, "settimane": unitBaby, "tygodni": unitBaby,
	"týdnů": unitBaby, "недель": unitBaby, "недели": unitBaby, "viikkoa": unitBaby, "nädalat": unitBaby,
	"hetes": unitBaby, "săptămâni": unitBaby, "hafta": unitBaby, "haftalık": unitBaby, "εβδομάδων": unitBaby,
	"tuần": unitBaby, "minggu": unitBaby, "linggo": unitBaby, "uker": unitBaby, "veckor": unitBaby,
	"vikur": unitBaby, "tjedana": unitBaby,
}

// ageUnitSecond are the words that finish a unit of unitTwo: "years
// old", "Jahre alt", "jaar oud", "år gammel", "ára gamall", "taong
// gulang", "de ani", "años de edad" (its "de" is read as a unit first).
var ageUnitSecond = map[string]bool{
	"old": true, "young": true, "alt": true, "oud": true, "gammel": true, "gammal": true, "gamall": true, "gömul": true,
	"gamalt": true, "gulang": true, "ani": true, "edad": true, "idade": true, "età": true, "d'âge": true, "d’âge": true,
	"de": true,
}

// ageGlued are the units written right after an age's digits.
var ageGlued = [...]string{"歳", "岁", "歲", "세", "살", "yo", "y/o", "y.o.", "yrs", "yr"}

// ageHyphened are the starts of the words after an age and a hyphen:
// "5-year-old", "7-jährige", "12-vuotias", "8-åring", "6-letý",
// "10-latek", "5-летний", "3-month-old".
var ageHyphened = [...]string{"year", "yr", "month", "week", "jährig", "vuotia", "åring", "årig", "letý", "letá",
	"leté", "ročn", "latek", "latka", "летн", "годишњ", "godišnj", "aastane", "éves"}

// ageWordAt reads a unit word at i: letters (any script), with a '/' or
// '.' between letters ("y/o", "y.o"). It returns the word's end.
func ageWordAt(text string, i int) int {
	j := i
	for j < len(text) && j-i < 24 {
		if isLetterAt(text, j) {
			_, n := utf8.DecodeRuneInString(text[j:])
			j += n
			continue
		}
		if (text[j] == '/' || text[j] == '.' || text[j] == '\'' || text[j] == 0xe2 && strings.HasPrefix(text[j:], "’")) && j > i && j+1 < len(text) && isLetterAt(text, j+1+2*b2i(text[j] == 0xe2)) {
			j += 1 + 2*b2i(text[j] == 0xe2)
			continue
		}
		break
	}
	return j
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// ageUnitEnd24 returns the end of an age's unit that starts one space
// after e (or at e, glued or after a hyphen), or e when there is none.
// baby reports a unit of months or weeks.
func ageUnitEnd24(text string, e int) (end int, baby bool) {
	if e >= len(text) {
		return e, false
	}
	if text[e] != ' ' {
		if text[e] == '-' {
			w := e + 1
			for _, h := range ageHyphened {
				if hasPrefixFoldASCII(text[w:], h) {
					we := w
					for we < len(text) && (isLetterAt(text, we) || text[we] == '-' && we+1 < len(text) && isLetterAt(text, we+1)) {
						_, n := utf8.DecodeRuneInString(text[we:])
						we += n
					}
					return we, h == "month" || h == "week"
				}
			}
			return e, false
		}
		for _, g := range ageGlued {
			if hasPrefixFoldASCII(text[e:], g) && wordEndAt(text, e+len(g)) {
				return e + len(g), false
			}
		}
		return e, false
	}
	s := e + 1
	we := ageWordAt(text, s)
	if we == s {
		return e, false
	}
	w := strings.ToLower(text[s:we])
	fl, ok := ageUnits24[w]
	if !ok {
		return e, false
	}
	u := we
	if fl&unitTwo != 0 && u+1 < len(text) && text[u] == ' ' {
		if se := ageWordAt(text, u+1); se > u+1 && ageUnitSecond[strings.ToLower(text[u+1:se])] {
			if sw := strings.ToLower(text[u+1 : se]); sw == "de" {
				// "85 de ani" is "de" read as the unit; "años de edad"
				if ne := ageWordAt(text, se+1); se+1 < len(text) && text[se] == ' ' && ne > se+1 {
					if nw := strings.ToLower(text[se+1 : ne]); nw == "edad" || nw == "idade" {
						u = ne
					}
				}
			} else {
				u = se
			}
		}
	}
	if w == "de" {
		if u == we {
			return e, false // "de" alone is no unit
		}
	}
	dot := u < len(text) && text[u] == '.' && fl&unitDot != 0
	if fl&unitShort != 0 {
		// "13 a)", "58 v.,": one letter is a unit only where it closes
		// its field; "12 a day" or "5 v 3" stay as they are.
		c := u
		if dot {
			c++
		}
		if c < len(text) && !ageUnitClosed23(text, c) && !(dot && text[c] == ' ') {
			return e, false
		}
	}
	if dot && (u+1 >= len(text) || text[u+1] == ',' || text[u+1] == ')' || text[u+1] == ';' ||
		text[u+1] == ' ' && u+2 < len(text) && !isUpper(text[u+2]) && text[u+2] != '\n') {
		u++ // "(10 год.)", "61 god., Split": the abbreviation's dot
	}
	return u, fl&unitBaby != 0
}

// ageExtent widens the AGE spans of out, sorted and disjoint, over their
// units, and adds the ages in brackets after PERSON spans (see above).
// Find calls it when AGE spans may be reported (Engine.ageOn).
func (e *Engine) ageExtent(text string, out []Span) []Span {
	for k := 0; k < len(out); k++ {
		s := &out[k]
		if n := len(s.Type); n != 3 && n != 6 {
			continue // most spans: one length test
		}
		switch s.Type {
		case "AGE":
			end, _ := ageUnitEnd24(text, s.End)
			if end > s.End && (k+1 == len(out) || out[k+1].Start >= end) && !(e.filters && e.allowed(text[s.Start:end])) {
				s.End = end
			}
			if s.Start >= 6 && text[s.Start-1] == ' ' && hasSuffixFoldASCII(text[:s.Start-1], "miaka") && (k == 0 || out[k-1].End <= s.Start-6) {
				s.Start -= 6 // Swahili "miaka 45": the unit before the number
			}
		case "PERSON":
			if s.End+3 >= len(text) || text[s.End] != ' ' {
				continue
			}
			var sp Span
			var ok bool
			switch {
			case text[s.End+1] == '(' && isDigit(text[s.End+2]):
				sp, ok = bracketAgeAfterName24(text, s.End+2)
			case strings.HasPrefix(text[s.End:], " is ") && s.End+4 < len(text) && isDigit(text[s.End+4]):
				sp, ok = babyAgeAfterName24(text, s.End+4)
			}
			if !ok || k+1 < len(out) && out[k+1].Start < sp.End || e.filters && !e.passes(text, &sp) {
				continue
			}
			out = append(out, Span{})
			copy(out[k+2:], out[k+1:])
			out[k+1] = sp
			k++
		}
	}
	return out
}

// bracketAgeAfterName24 returns the age in brackets that starts at p
// (after a name and " ("): a number of up to three digits, an age's unit
// or none, and the closing bracket (or a comma: "(13 a, Tartu)").
func bracketAgeAfterName24(text string, p int) (Span, bool) {
	d := p
	for d < len(text) && isDigit(text[d]) && d-p < 4 {
		d++
	}
	if d-p > 3 || d >= len(text) {
		return Span{}, false
	}
	v := atoiASCII(text[p:d])
	u, baby := ageUnitEnd24(text, d)
	if u >= len(text) || text[u] != ')' && text[u] != ',' {
		return Span{}, false
	}
	if u == d && (text[u] != ')' || v < 1) || v > 110 || !baby && u > d && v < 1 {
		return Span{}, false
	}
	return Span{Start: p, End: u, Type: "AGE", Rule: "builtin.age", Score: 0.8,
		Reason: "number and an age's unit in brackets after a name"}, true
}

// babyAgeAfterName24 returns a baby's age that starts at p, after a name
// and "is": a number and months or weeks, with "old" ("Kwame is 3 weeks
// old") or closing its clause ("Kwame is 3 weeks."); "Ana is 3 weeks
// late" stays as it is. After a comma such a number is as often a stay's
// length ("Ana Roy, 3 weeks, sea view"), and is left alone.
func babyAgeAfterName24(text string, p int) (Span, bool) {
	d := p
	for d < len(text) && isDigit(text[d]) && d-p < 3 {
		d++
	}
	if d-p > 2 || d >= len(text) || text[d] != ' ' {
		return Span{}, false
	}
	u, baby := ageUnitEnd24(text, d)
	if !baby {
		return Span{}, false
	}
	if u < len(text) && !ageUnitClosed23(text, u) && !hasSuffixFoldASCII(text[d:u], " old") {
		return Span{}, false
	}
	return Span{Start: p, End: u, Type: "AGE", Rule: "builtin.age", Score: 0.75,
		Reason: "number and months or weeks after a name"}, true
}
