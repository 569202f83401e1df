package redact

import "strings"

// Ages of people after a number and a unit or verb of more languages
// (loc17). The classes, each in the sets of two writers or more:
//   - German and Dutch "became N", the number before "geworden" ("der am
//     2. März 80 geworden ist", "is net 18 geworden"); not after a plural
//     verb ("sind 80 geworden", "zijn 80 geworden": a count of things);
//   - the Lithuanian and Estonian abbreviations of "years", "m." (metų)
//     and "a." (aastat), as lists write an age after a name: "Rūta, 22
//     m.", "Kask, 38 a., tel …": only with their dot, that dot ending the
//     field (a comma, a semicolon, a bracket or the line's end after it,
//     not "25 m. weiter"), and only set off by commas after a name
//     (ageUnits marks them as needing unitAppositive);
//   - an age in brackets right after a date of birth, "DOB: 4 Mar 1951
//     (74)" (dobBracketAge, read by residenceSpansOf's pass over the
//     spans);
//   - an age that a coming day follows, "she's 45 on the 9th", "I'm 30 on
//     Saturday" (dayAfterOn, read by comingTimeAfter after "he's",
//     "she's", "I'm"), the day itself a DATE_OF_BIRTH as after a turning
//     verb ("Rowan will be sixty on the 12th": beAgeBefore, read by
//     turnAgeBefore);
//   - an age set off by commas after a noun for a person, as canvassing
//     and radio notes describe someone ("lovely woman, 82, wants …", "a
//     retired teacher, 74, and …"; personNounBefore, read by
//     appositiveAge): a comma after the number too;
//   - Czech and Slovak "slaví 5. narozeniny", an ordinal before the
//     birthday word after a verb of celebrating, where English and German
//     put a possessive (celebrateVerb, ordinalBirthdayAge).
//
// Cost: unitOK17 runs only after an age unit was read; dobBracketAge a
// few byte tests per date of birth; celebrateVerb one switch per ordinal
// before a birthday word without a possessive.

// unitOK17 reports whether the unit w that ends at j after the number r
// makes it an age (see above); other units pass.
func unitOK17(text string, r digitRun, w string, j int) bool {
	switch w {
	case "m", "a":
		if j >= len(text) || text[j] != '.' {
			return false
		}
		return j+1 >= len(text) || fieldEndAfterDot(text[j+1])
	case "tu\u1ed5i":
		return !vietAgeLimitBefore(text, r.start) // read16c_cjkage.go
	case "geworden":
		var buf [16]byte
		pw, _, ok := wordBeforeSpace(text, r.start, &buf)
		return !ok || pw != "sind" && pw != "zijn" && pw != "waren" && pw != "werden"
	}
	return true
}

// fieldEndAfterDot reports whether c, after an abbreviation's dot, ends a
// list's field.
func fieldEndAfterDot(c byte) bool {
	return c == ',' || c == ';' || c == ')' || c == '\n' || c == '\r'
}

// dobBracketAge returns the AGE span of a number of one to three digits
// (at most 120) in brackets right after a DATE_OF_BIRTH span that ends at
// e: "DOB: 4 Mar 1951 (74)", "geb. 03.02.1950 (76)".
func dobBracketAge(text string, e int) (Span, bool) {
	if e+3 >= len(text) || text[e] != ' ' || text[e+1] != '(' {
		return Span{}, false
	}
	s := e + 2
	end, ok := digitsAt(text, s, 1, 3)
	if !ok || end >= len(text) || text[end] != ')' || atoiASCII(text[s:end]) > 120 {
		return Span{}, false
	}
	return Span{Start: s, End: end, Type: "AGE", Rule: "builtin.age", Score: 0.8,
		Reason: "number in brackets after a date of birth"}, true
}

// celebrateVerb reports whether w, lower case, is a verb of celebrating
// that stands before an ordinal and a birthday word without a possessive
// (Czech "slaví 5. narozeniny", Slovak "oslávi 40. narodeniny", Polish
// "obchodzi 60. urodziny").
func celebrateVerb(w string) bool {
	switch w {
	case "slaví", "oslaví", "oslavuje", "oslavil", "oslavila", "slávi", "oslávi", "oslávil",
		"oslávila", "obchodzi", "obchodził", "obchodziła", "świętuje", "świętował", "świętowała":
		return true
	}
	return false
}

// dobBracketAges appends the age in brackets after the DATE_OF_BIRTH
// span dst[i] (dobBracketAge) when no AGE span of dst holds it yet.
// numberWordAges (where13_words.go) calls it for each such span, when
// residenceSpansOf's pass over the spans saw " (" after an age or a date;
// it is kept out of line.
//
//go:noinline
func dobBracketAges(text string, dst []Span, i int) []Span {
	if sp, ok := dobBracketAge(text, dst[i].End); ok && !posAt(dst, "AGE", true, sp.Start) {
		dst = append(dst, sp)
	}
	return dst
}

// dayAfterOn reports whether rest opens with "on" and a day: "on the 9th",
// "on the 21st", "on Saturday" (a birthday's day, after an age).
func dayAfterOn(rest string) bool {
	if len(rest) < 6 || rest[1] != 'n' || rest[2] != ' ' {
		return false
	}
	rest = rest[3:]
	if strings.HasPrefix(rest, "the ") {
		d := rest[4:]
		i := 0
		for i < len(d) && i < 2 && isDigit(d[i]) {
			i++
		}
		return i > 0 && i+2 <= len(d) && isOrdinal(d[:i+2]) && (i+2 == len(d) || !isLetterAt(d, i+2))
	}
	for _, w := range [...]string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// beAgeBefore reports whether w, the word before an age that a day
// follows ("… 45 on the 9th"), says a person is or will be that age:
// "she's", "he's", "I'm", or "be" after "will" and a personal pronoun or
// a capitalised word ("Rowan will be sixty on the 12th"; not "the price
// will be 50 on the 3rd"). q is where w starts.
func beAgeBefore(text string, q int, w string) bool {
	if pronounBeWord(w) {
		return true
	}
	var buf [16]byte
	switch w {
	case "be":
		m, mq, ok := wordBeforeSpace(text, q, &buf)
		if !ok {
			return false
		}
		switch m {
		case "she'll", "he'll", "i'll", "she’ll", "he’ll", "i’ll":
			return true
		case "will":
			s, sq, ok := wordBeforeSpace(text, mq, &buf)
			return ok && (s == "she" || s == "he" || s == "i" || townUpperAt(text, sq) && nameFlagsOf(text[sq:mq-1])&nameStop == 0)
		}
	}
	return false
}

// personNounBefore reports whether text[q:c], the word before the comma
// of an age set off by commas, is a noun for a person (lower case).
func personNounBefore(text string, q, c int) bool {
	if c-q < 3 || c-q > 10 {
		return false
	}
	switch text[q:c] {
	case "woman", "man", "lady", "gentleman", "gent", "chap", "fellow", "widow", "widower", "teacher", "nurse",
		"farmer", "pensioner", "retiree", "veteran", "mechanic", "grandmother", "grandfather", "grandma", "grandpa",
		"granny", "neighbour", "neighbor", "lad", "lass", "guy", "girl", "boy":
		return true
	}
	return false
}
