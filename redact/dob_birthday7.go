package redact

// Birthdays without a year that the birth word does not stand right next
// to: a day and month in brackets after a birth word in the same clause
// ("her birthday falls on the trip (12 April)"), a list item under a line
// about birthdays ("Doğum günü mesajları:" then "1) Name – 22 Ekim"), and
// the month first after a birth word ("bday Oct 27", "birthday: March 3").

// birthdayCueNear returns the birth word that makes the day and month at
// start a birthday though it does not stand right before it: the day
// opens a bracket and a birth word comes in the 48 bytes before it on the
// line with no capitalised word between ("her birthday falls on the tour
// (12 April)"; not "the birthday of Frédéric Chopin (1 March)", a famous
// person's), or the day lies on a list item under a line that holds one.
func birthdayCueNear(text string, start int) string {
	if start > 1 && text[start-1] == '(' {
		if w := birthWordInClause(text, start-1, 48); w != "" {
			return w
		}
	}
	return birthdayListItem(text, start)
}

// birthWordInClause returns the birth word (ctxBirth or birthdayWords)
// among the lower-case words in the window bytes before pos, on the same
// line and with no capitalised word or sentence end after it, or "".
func birthWordInClause(text string, pos, window int) string {
	lo := max(pos-window, 0)
	var buf [32]byte
	for i := pos; i > lo; {
		c := text[i-1]
		if ctxByte[c] != ctxWordByte {
			if c == '\n' || c == '.' || c == '!' || c == '?' || c == ';' {
				return ""
			}
			i--
			continue
		}
		e := i
		for i > lo && ctxByte[text[i-1]] == ctxWordByte {
			i--
		}
		if w, ok := lookupCtx(text[i:e], &buf, ctxBirth); ok {
			return w
		}
		if lw, ok := lowerWord(text, i, e, (*[16]byte)(buf[:16])); ok && birthdayWords.has(lw) {
			return "birthday"
		}
		if upperAt(text, i) {
			return "" // a name between: someone else's birthday, or a title
		}
	}
	return ""
}

// monthDayBirthday reads "Oct 27", "March 3rd" (the run r is the day,
// after a month word and one space) as a birthday when no year follows
// and a birth word comes right before the month ("bday Oct 27",
// "Birthday: March 3"), right after the day ("March 3 is her birthday")
// or the line is an item of a list of birthdays.
//
//go:noinline
func monthDayBirthday(text string, r digitRun) (Span, bool) {
	ms, e, ok := monthFirst(text, r)
	if !ok || yearAfter(text, e) {
		return Span{}, false
	}
	if d := atoiASCII(text[r.start:r.end]); d < 1 || d > 31 {
		return Span{}, false
	}
	w := birthWordJustBefore(text, ms)
	if w == "" {
		w = birthWordJustAfter(text, e)
	}
	if w == "" {
		w = birthdayCueNear(text, ms)
	}
	if w == "" {
		return Span{}, false
	}
	return birthdaySpan(ms, e, withContext("month and day next to a birth word", w)), true
}

// monthFirstNames are the month names of the languages that write the
// month before the day without a year (besides English, whose tails
// monthTailSet lists): Hungarian ("március 8."), Filipino ("Hunyo 21"),
// Lithuanian ("gegužės 6 d.").
var monthFirstNames = []string{
	"január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember",
	"október", "november", "december", "márc", "ápr", "jún", "júl", "szept", "okt",
	"enero", "pebrero", "marso", "abril", "mayo", "hunyo", "hulyo", "agosto", "setyembre", "oktubre",
	"nobyembre", "disyembre",
	"sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos", "rugpjūčio", "rugsėjo",
	"spalio", "lapkričio", "gruodžio",
}

// monthFirstTails returns the last three bytes of monthFirstNames, for
// monthTailSet (the month-first gate in detectScan).
func monthFirstTails() []string {
	out := make([]string, 0, len(monthFirstNames))
	for _, m := range monthFirstNames {
		if _, ok := monthNames[m]; !ok {
			panic("redact: a month-first name that monthNames lacks")
		}
		out = append(out, m[len(m)-3:])
	}
	return out
}
