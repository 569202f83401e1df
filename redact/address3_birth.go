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
	for _, w := range strings.FieldsFunc(label, func(r rune) bool {
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

// birthLabelBefore reports whether the date at start follows a birth
// label that opens its line: "nasc.: 02/12/1998", "- Geb.-Datum:
// 3.4.1980", "| fecha_nac | 1984-04-09". Only a date without a birth word
// near it gets here (dobAt), so the line is read rarely.
func birthLabelBefore(text string, start int) bool {
	ls := strings.LastIndexByte(text[:start], '\n') + 1
	if start-ls > 40 {
		return false
	}
	e := start
	for e > ls && (text[e-1] == ' ' || text[e-1] == '\t') {
		e--
	}
	if e == ls || (text[e-1] != ':' && text[e-1] != '|' && text[e-1] != '=') {
		return false
	}
	e--
	s := ls
	for s < e && (text[s] == ' ' || text[s] == '-' || text[s] == '*' || text[s] == '|' || text[s] == '\t') {
		s++
	}
	label, ok := labelOf(text[s:e])
	return ok && birthLabel(label)
}
