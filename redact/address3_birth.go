package redact

import "strings"

// Birth labels read by their stem. A CRM export or a form names its
// birth-date field in many ways ("fecha_nac", "nasc.", "Geb.-Datum",
// "data_nascimento", "dt_nasc", "birth_dt", "fødselsdag"), more than a
// list of whole labels can hold; every one of them holds a birth stem of
// its language as one of its words. A date under such a column, or after
// such a label at the start of its line ("nasc.: 02/12/1998"), is a
// DATE_OF_BIRTH.

// birthStems are the stems a label word starts with to name a birth date
// (EN, DE, FR, ES, IT, NL, PT, PL, SV, DA/NO). "nac" and "geb" are only
// whole words: as prefixes they would take "nacionalidad" or "gebühr".
var birthStems = []string{
	"birth", "born", "bday", "b-day", "naiss", "nasc", "nacim", "nacid", "geburt", "geboorte", "geboren",
	"fødsel", "fodsel", "födelse", "fodelse", "född", "født", "urodz", "cumple", "compleann", "verjaard",
}

// birthWholeWords are birth labels that count only as a whole word.
var birthWholeWords = []string{"dob", "d.o.b", "d.o.b.", "nac", "nac.", "geb", "geb.", "né", "née", "nee", "ur."}

// birthLabel reports whether label, lower case, names a birth date: one
// of its words (split at spaces, '_', '-', '.' and '/') starts with a
// birth stem or is a whole birth word.
func birthLabel(label string) bool {
	// (FieldsFuncSeq: the words without a slice of them; tableHeader
	// asks this of header cells no table knows.)
	for w := range strings.FieldsFuncSeq(label, func(r rune) bool {
		return r == ' ' || r == '_' || r == '-' || r == '/' || r == ':'
	}) {
		for _, s := range birthWholeWords {
			if w == s || strings.TrimSuffix(w, ".") == strings.TrimSuffix(s, ".") {
				return true
			}
		}
		w = strings.TrimSuffix(w, ".")
		for _, s := range birthStems {
			if strings.HasPrefix(w, s) {
				return true
			}
		}
	}
	return false
}

// labelEndBefore reports whether a field label's end (a ':', '|' or '='
// and maybe a space) comes right before the date at start: the first
// test of a birth label before a date ("nasc.: 02/12/1998", "-
// Geb.-Datum: 3.4.1980", "| fecha_nac | 1984-04-09"), small enough to be
// inlined in dobAt. Only a date without a birth word near it gets there,
// and most such dates follow a word and a space.
func labelEndBefore(text string, start int) bool {
	if start < 3 {
		return false
	}
	c := text[start-1]
	if c == ' ' {
		c = text[start-2]
	}
	return labelEnds[c]
}

// labelEnds marks the bytes that end a field label before its value.
var labelEnds = [256]bool{':': true, '|': true, '=': true}

// birthLabelLine reports whether the line before the date at start,
// up to the label's end (a ':', '|' or '=' and maybe a space), is a birth
// label after spaces, a bullet or a bar; in a row of fields set off by
// bars ("Name: … | Fecha de nac.: 04/05/1982") the label starts after the
// last bar.
//
//go:noinline
func birthLabelLine(text string, start int) bool {
	e := start - 1
	if text[e] == ' ' {
		e--
	}
	ls := e
	for ls > 0 && e-ls < 40 && text[ls-1] != '\n' && text[ls-1] != '|' {
		ls--
	}
	if ls > 0 && text[ls-1] != '\n' && text[ls-1] != '|' {
		return false
	}
	s := ls
	for s < e && (text[s] == ' ' || text[s] == '-' || text[s] == '*' || text[s] == '|' || text[s] == '\t') {
		s++
	}
	label, ok := labelOf(text[s:e])
	return ok && birthLabel(label)
}
