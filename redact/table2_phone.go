package redact

import "strings"

// Phone and birth-date columns of pasted tables. An export names its phone
// column in many ways ("phone", "work_phone", "Mobile number", "Handy",
// "Telemóvel", "tlf", "GSM") and writes the numbers the way the customer
// typed them, test ranges included ("07700 900951", "(415) 555-0172"): a
// cell with the shape of a phone number under such a column is a
// PHONE_NUMBER whatever libphonenumber or the shape of its groups says,
// failing closed, as the header further up is the number's context word.
// Birth-date columns are also named by abbreviations the stems of
// address3_birth.go miss ("GEBDAT", "FNAC", "DATE_NAIS").

// phoneLabelWords are the words of a header label that name a phone
// number (EN, DE, FR, ES, IT, NL, PT, PL, SV, DA/NO, FI, TR), lower case.
var phoneLabelWords = map[string]bool{
	"phone": true, "phones": true, "telephone": true, "tel": true, "tél": true, "tele": true, "tlf": true,
	"tfn": true, "ph": true, "mob": true, "mobile": true, "mobil": true, "mobiel": true, "móvil": true,
	"movil": true, "cell": true, "cellular": true, "cel": true, "celular": true, "cellulare": true,
	"handy": true, "telefon": true, "telefono": true, "teléfono": true, "telefone": true, "telemóvel": true,
	"telemovel": true, "tlm": true, "tlmv": true, "telefoon": true, "téléphone": true, "portable": true,
	"gsm": true, "komórka": true, "komorka": true, "kom": true, "whatsapp": true, "sms": true,
	"msisdn": true, "puhelin": true, "puh": true, "landline": true, "festnetz": true,
	"natel": true, "numtel": true, "telnr": true, "tlfnr": true,
}

// phoneLabelStems are the starts of compound phone labels
// ("telefonnummer", "handynummer", "mobilnr", "phonenumber").
var phoneLabelStems = []string{"phone", "telefon", "telefoon", "telephon", "téléphon", "handy", "mobilnr",
	"mobilnum", "mobiln", "mobielnum", "puhelin", "cellphone", "whatsapp", "komórk", "komork"}

// phoneLabelNot are label words that make a phone label name something
// else than the number: its extension, type, country code, consent, the
// device or a count ("phone_ext", "mobile_opt_in", "phone_type").
var phoneLabelNot = map[string]bool{
	"ext": true, "extension": true, "durchwahl": true, "type": true, "typ": true, "kind": true,
	"verified": true, "valid": true, "opt": true, "optin": true, "consent": true,
	"country": true, "code": true, "prefix": true, "cc": true, "model": true, "brand": true, "make": true,
	"os": true, "app": true, "id": true, "imei": true, "serial": true, "plan": true, "tariff": true,
	"tarif": true, "contract": true, "vertrag": true, "status": true, "count": true, "revenue": true,
	"spend": true, "sales": true, "orders": true, "sessions": true, "visits": true, "share": true,
	"rate": true, "pct": true, "percent": true, "minutes": true, "calls": true, "bill": true,
}

// phoneLabelWith are the other words a phone label may hold: what the
// number is and whose ("Mobile number", "work_phone", "tel_privat",
// "número de teléfono", "nr telefonu").
var phoneLabelWith = map[string]bool{
	"number": true, "no": true, "nr": true, "num": true, "nummer": true, "numero": true, "número": true,
	"numéro": true, "numer": true, "work": true, "home": true, "private": true, "privat": true, "privé": true,
	"business": true, "office": true, "main": true, "primary": true, "contact": true, "customer": true,
	"client": true, "kunde": true, "personal": true, "direct": true, "alt": true, "alternative": true,
	"second": true, "secondary": true, "day": true, "evening": true, "emergency": true, "fixe": true,
	"fixo": true, "fijo": true, "de": true, "di": true, "do": true, "du": true, "da": true, "of": true,
	"geschäftlich": true, "dienstlich": true, "prywatny": true, "telefonu": true, "kontakt": true,
	"contacto": true, "contato": true, "contatto": true, "e164": true, "intl": true, "international": true,
	"cep": true, "n°": true, "nº": true, "núm": true, "nro": true, "n": true, "email": true, "mail": true, "e": true,
}

// phoneLabel reports whether a header label, lower case, names a phone
// number column: its words (split at spaces, '_', '-', '.' and '/'), at
// most four, are phone words, words starting with a phone stem or ending
// in "phone" ("workphone") and the words of phoneLabelWith, with one
// phone word at least. A cell of prose ("ring her mobile") is no label,
// and a label with a word of phoneLabelNot names something else.
func phoneLabel(label string) bool {
	phone, n := false, 0
	for w := range strings.FieldsFuncSeq(label, labelWordSep) { // the words without a slice of them
		if n++; n > 4 || phoneLabelNot[w] {
			return false
		}
		w = strings.TrimRight(w, "0123456789") // "phone2", "tel_1"
		switch {
		case w == "":
		case phoneLabelWords[w] || strings.HasSuffix(w, "phone") || strings.HasSuffix(w, "telefon") || strings.HasSuffix(w, "puhelin") ||
			hasAnyPrefix(w, phoneLabelStems):
			phone = true
		case !phoneLabelWith[w]:
			return false
		}
	}
	return phone
}

// labelWordSep reports the bytes that split a header label into words.
func labelWordSep(r rune) bool {
	return r == ' ' || r == '_' || r == '-' || r == '.' || r == '/' || r == '#' || r == '(' || r == ')'
}

// hasAnyPrefix reports whether w starts with one of prefixes.
func hasAnyPrefix(w string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// birthLabelWords2 are whole label words, lower case, that name a birth
// date and that birthLabel's stems miss: German, French, Spanish and
// Portuguese abbreviations of exports ("GEBDAT", "DATE_NAIS", "FNAC",
// "DT_NASC").
var birthLabelWords2 = map[string]bool{
	"geb": true, "gebdat": true, "gebdatum": true, "gebdt": true, "gebtag": true, "nais": true,
	"naiss": true, "dnais": true, "datenais": true, "ddn": true, "fnac": true, "fnacim": true,
	"fecnac": true, "fechanac": true, "datanasc": true, "dtnasc": true, "dnasc": true, "dob": true,
	"bdate": true, "dateofbirth": true, "birthdt": true,
}

// birthLabelStems2 are birth stems of languages birthStems lacks
// (Turkish, Finnish, Czech, Romanian, Hungarian).
var birthLabelStems2 = []string{"doğum", "dogum", "syntym", "naroz", "naşter", "nașter", "naster", "szület", "szulet"}

// birthLabel2 reports whether a header label, lower case, names a birth
// date by a word of birthLabelWords2 or birthLabelStems2, among three
// words at most; its words are also split at dots ("GEB.DATUM", "F.NAC"),
// unlike birthLabel's.
func birthLabel2(label string) bool {
	var buf [3]string // the words without a slice of them
	words := buf[:0]
	for w := range strings.FieldsFuncSeq(label, labelWordSep) {
		if len(words) == len(buf) {
			return false // a cell of prose, not a label
		}
		words = append(words, w)
	}
	for _, w := range words {
		if birthLabelWords2[w] || hasAnyPrefix(w, birthLabelStems2) {
			return true
		}
	}
	return false
}

// tableColumn2 is the kind of a header label that tableLabels and
// birthLabel do not know: a label of tableLabels before a part in
// parentheses ("Teilnehmer(in)", "Name (full)"), a phone or
// birth-date column, or another.
func tableColumn2(label string) tableColumn {
	if i := strings.IndexByte(label, '('); i > 0 {
		base := strings.TrimRight(label[:i], " ")
		if col := tableLabels[base]; col != colOther && !weakPlaceLabels[base] {
			return col // a weak place label stays one ("State (US)"), as tableHeader reads it whole
		}
	}
	switch {
	case birthLabel(label) || birthLabel2(label):
		return colBirth // "fecha_nac", "dt_nasc" (address3_birth.go), "GEBDAT"
	case phoneLabel(label):
		return colPhone
	case personColumnLabel(label):
		return colPerson // "sender_first", "recipient_name", "buyer" (person6_table.go)
	}
	return tableColumn17(label) // "Shipping City", "Village", "miestas" (loc17_columns.go)
}

// phoneCellValue returns the value of the cell text[cs:ce] without spaces
// and quotes around it, if it has the shape of a phone number: 7 to 15
// digits in groups split by spaces, '-', '.' or '/' (at most three bytes
// between two digits), a leading '+' (maybe in parentheses) and one pair
// of parentheses allowed, starting with a digit, '+' or '(' and ending
// with a digit. A decimal number (one '.' before one or two digits) and a
// date (8 digits as 4-2-2 or 2-2-4) are no phone number.
func phoneCellValue(text string, cs, ce int) (int, int, bool) {
	cs, ce = trimCell(text, cs, ce)
	v := text[cs:ce]
	if len(v) < 7 || len(v) > 24 || !isDigit(v[len(v)-1]) {
		return 0, 0, false
	}
	digits, dots, open, closed, gap := 0, 0, 0, 0, 0
	var glen [4]int // the lengths of the first digit groups
	groups := 0
	for i := 0; i < len(v); i++ {
		c := v[i]
		if isDigit(c) {
			if i == 0 || !isDigit(v[i-1]) {
				groups++
			}
			if groups <= len(glen) {
				glen[groups-1]++
			}
			digits++
			gap = 0
			continue
		}
		gap++
		switch {
		case gap > 3:
			return 0, 0, false
		case c == '+' && (i == 0 || i == 1 && v[0] == '('): // "+44 …", "(+44) …"
		case c == '(' && open == 0:
			open++
		case c == ')' && open == 1 && closed == 0:
			closed++
		case c == '.':
			dots++
		case c == ' ' || c == '-' || c == '/':
		default:
			return 0, 0, false
		}
	}
	if digits < 7 || digits > 15 || open != closed {
		return 0, 0, false
	}
	if dots == 1 && len(v)-strings.LastIndexByte(v, '.') <= 3 {
		return 0, 0, false // a decimal: 1234567.5, 2450000.00
	}
	if digits == 8 && groups == 3 && (glen[0] == 4 && glen[1] == 2 && glen[2] == 2 || glen[0] == 2 && glen[1] == 2 && glen[2] == 4) {
		return 0, 0, false // a date: 1991-07-22, 22.07.1991
	}
	return cs, ce, true
}

// phoneCellSpans appends a PHONE_NUMBER span for each number of the phone
// cell text[cs:ce]: a cell may hold two ("0161 496 0000 / 07700 900123")
// or a note ("07700 900123 (after 6pm)", "+44 20 7946 0000 ext. 12").
// The cell is cut at letters, commas, semicolons and a slash between
// spaces; each piece, trimmed to start with a digit, '+' or '(' and end
// with a digit, counts if phoneCellValue takes it.
func phoneCellSpans(text string, cs, ce int, dst []Span) []Span {
	if s, e, ok := phoneCellValue(text, cs, ce); ok {
		if roundCell(text[s:e]) {
			return dst // a switchboard's or a placeholder (read21b_phone.go)
		}
		return append(dst, tableSpan(colPhone, s, e)) // the common case: the number alone
	}
	for p := cs; p < ce; {
		q := p
		for q < ce && !phoneCellCut(text, q) {
			q++
		}
		s, e := p, q
		for s < e && !isDigit(text[s]) && text[s] != '+' && text[s] != '(' {
			s++
		}
		for e > s && !isDigit(text[e-1]) {
			e--
		}
		if e-s >= 7 {
			if s, e, ok := phoneCellValue(text, s, e); ok && !roundCell(text[s:e]) {
				dst = append(dst, tableSpan(colPhone, s, e))
			}
		}
		p = q + 1
	}
	return dst
}

// phoneCellCut reports whether the byte at i ends a piece of a phone cell
// (see phoneCellSpans).
func phoneCellCut(text string, i int) bool {
	switch c := text[i]; {
	case isAlpha(c) || c >= 0x80 || c == ',' || c == ';':
		return true
	case c == '/':
		return i > 0 && text[i-1] == ' ' && i+1 < len(text) && text[i+1] == ' '
	}
	return false
}

// numberedLabel returns a header cell lower-cased and trimmed as labelOf
// does, if it is a label with digits ("phone2", "address1", "Q3 spend",
// "Tel 2"): 1 to 24 bytes of labelOf's bytes and digits, starting with a
// letter, no more than two digits in a row. labelOf refuses digits, which a data row's cells hold; a header
// holds them only after a letter, and a row of such cells needs a label
// of tableLabels to be a header.
func numberedLabel(cell string) (string, bool) {
	cell = trimLabel(cell)
	if cell == "" || len(cell) > 24 || !(isAlpha(cell[0]) || cell[0] >= 0x80) {
		return "", false
	}
	for i, run := 0, 0; i < len(cell); i++ {
		c := cell[i]
		if run = run + 1; !isDigit(c) {
			run = 0
		}
		if run > 2 || !(isAlpha(c) || c >= 0x80 || run > 0 || labelBytes[c]) {
			return "", false // a year or a count ("born 1974") is a value, not a label's number
		}
	}
	return strings.ToLower(cell), true
}

// emptyTrailingCells reports whether the row text[rs:re] of a table split
// by tabs has ncols cells with its empty last ones, which trimPipes cut
// with the line's trailing tabs ("Jo Li\t0161 496 0000\t" under three
// columns): a spreadsheet's copy leaves them.
func emptyTrailingCells(text string, rs, re int, sep byte, ncols int) bool {
	if sep != '\t' {
		return false
	}
	if re > rs && text[re-1] == '\r' {
		re--
	}
	return strings.Count(text[rs:re], "\t")+1 == ncols
}
