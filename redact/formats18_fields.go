package redact

import (
	"math/bits"
	"strings"
)

// Documented formats (formats18): a machine format names each of its
// fields, and the name says what the value is whatever its words look
// like. A JSON, YAML or XML key ("first_name", "nachname", <citta>), a
// key: value line, a vCard property (FN, N, NICKNAME, BDAY, ADR, RFC
// 6350), an iCalendar attendee's or organiser's CN parameter (RFC 5545
// 3.2.2), the display name of an e-mail header's mailbox (RFC 5322
// 3.4) and an HTML table's header cell name their values as a table's
// header row does (table.go, whose labels and value tests these share).
//
// A key alone is weak evidence in prose ("Name: spring launch"), so the
// values of keys and key: value lines count only in a record: two of
// its fields or more have keys the tables know, or the text has an
// e-mail address or a phone number. The formats themselves (a vCard,
// an iCalendar event, an e-mail header with an address, an HTML table
// with a header row) are records.
//
// A field's value is a span unless another detector's span of the same
// type is exactly it, or a span of another type than PERSON
// and LOCATION overlaps it (a phone number in a name field is a phone
// number), or any span overlaps a street field's value (the address
// detector reads its parts: a street, a town, a postcode); the PERSON
// and LOCATION spans inside it give way, as the label says what the
// value is.

// fieldReasons are the reasons of the spans of formatSpans, by format.
var fieldReasons = [...]string{
	fmtKey:    "value of a structured field whose key names it",
	fmtVCard:  "value of a vCard property that names it",
	fmtICal:   "common name of an iCalendar attendee or organizer, or street of an event's location",
	fmtHeader: "display name of a mailbox in an e-mail header",
	fmtHTML:   "cell of an HTML table column whose header names it",
}

const (
	fmtKey = iota
	fmtVCard
	fmtICal
	fmtHeader
	fmtHTML
)

// formatKinds are the span types an engine lets formatSpans emit.
type formatKinds struct{ person, address, dob bool }

// allows reports whether kinds lets a span of column col be emitted.
func (k formatKinds) allows(col tableColumn) bool {
	switch col {
	case colPerson:
		return k.person
	case colCity, colStreet, colZip:
		return k.address
	case colBirth:
		return k.dob
	}
	return false
}

// pendingField is a key's value waiting for the record test.
type pendingField struct {
	col  tableColumn
	s, e int
}

// maxPending bounds the key values formatSpans holds for the record test.
const maxPending = 64

// formatSpans appends the spans of the fields of the documented formats
// in the text of sc: the values of keys (JSON, YAML, XML, key: value
// lines), vCard and iCalendar properties, e-mail header display names
// and HTML table cells. It reads texts with a line break (a record, a
// card, a header block or a table has lines), JSON on one line one of
// whose keys may be known, and XML or HTML on one line (markupEdge);
// Find calls it for texts with a line break, two colons or a markup
// edge.
func (eng *Engine) formatSpans(sc *textScan, dst []Span) []Span {
	if sc.sum.newline == 0 {
		// One line: may one of its JSON keys (a colon after '"') be
		// one keyColumn knows (jsonKeyMaybe)? A record's object has
		// one ({"ref": 7, "first_name": …}, "billing_cp"). A chat API
		// request ("model", "messages", "role", "content") is not
		// read: the lookups stop at its "model" or "messages" key, as
		// a record inside it is a string whose quotes are escaped,
		// which formatFields does not read. (formats19: formats18
		// tried the first key alone; to look every key up costs 68
		// instructions a Find on the 5 MB corpus, a tenth of whose
		// lines are whole requests, to read every one-line text with a
		// key 497; this test is in line for the same reason.)
		text, known := sc.text, false
	keys:
		for b := range sc.marks {
			for m := sc.marks[b][mkColon]; m != 0; m &= m - 1 {
				c := b<<6 + bits.TrailingZeros64(m)
				if c < 5 || text[c-1] != '"' {
					continue
				}
				if end4 := text[c-5 : c-1]; end4 == "odel" || end4 == "ages" {
					break keys
				}
				if known = jsonKeyMaybe(text, c); known {
					break keys
				}
			}
		}
		if !known && !markupEdge(text) {
			return dst
		}
	}
	return formatFields(sc, dst, formatKinds{eng.person, eng.scans&scanAddress != 0, eng.scans&scanDOB != 0})
}

// formatFields is formatSpans's reading of the text, out of line: most
// texts formatSpans is called for have no field.
//
//go:noinline
func formatFields(sc *textScan, dst []Span, k formatKinds) []Span {
	text := sc.text
	var pend [maxPending]pendingField
	np, record := 0, false
	vcard := -1 // whether the text holds a vCard, not looked for yet
	prev := -1  // the colon before c, if any: the line's first colon has none on its line
	for c := sc.next(mkColon, 0); c >= 0; prev, c = c, sc.next(mkColon, c+1) {
		if c > 1 && text[c-1] == '"' {
			// a JSON key: most (a request's "model", "role",
			// "content") end in four bytes no key ends in
			if c >= 5 && !jsonKeyMaybe(text, c) {
				continue
			}
			q := strings.LastIndexByte(text[max(c-42, 0):c-1], '"')
			if q < 0 {
				continue
			}
			ks := max(c-42, 0) + q + 1
			key := text[ks : c-1]
			col, known := keyColumn(key)
			record = record || known && col == colOther
			if col == colOther {
				continue
			}
			s, e := jsonString(text, c+1)
			if s >= e {
				continue
			}
			if col == colPerson && thingName(key, jsonParentKey(text, ks-2)) {
				dropPersons(dst, s, e)
				continue
			}
			if np < maxPending {
				pend[np] = pendingField{col, s, e}
				np++
			}
			continue
		}
		// a key: value line's key, at most maxKeyLine bytes after the
		// line's start
		lo := max(c-maxKeyLine-1, 0)
		ls := sc.lastNewline(lo, c) + 1 // engine24_lines.go: from the newline marks
		if ls == 0 && lo > 0 {
			continue
		}
		if c-ls > maxKeyLine || prev >= ls {
			continue // too far for a key, or not the line's first colon
		}
		key := trimKey(text[ls:c])
		semi := strings.IndexByte(key, ';')
		if semi < 0 && key != "" && len(key) <= maxMailKey {
			dst = mailHeaderLine(text, key, ls, c, sc.lineEnd(c), k, dst) // formats21_mail.go: "Von:", "De :"
		} else if len(key) > maxMailKey && strings.IndexByte(key, '@') > 0 {
			dst = quoteLineSender(text, text[ls:c], ls, sc.lineEnd(c), k, dst) // "Ann Lee <ann@…> schrieb am …:"
		}
		if key == "" || len(key) > 40 && semi < 0 || semi < 0 && !lineKeyMaybe(key) {
			continue
		}
		ve := sc.lineEnd(c)
		if semi >= 0 || len(key) <= 9 && propertyKey(key) {
			if vcard < 0 {
				vcard = 0
				if strings.Contains(text, "VCARD") {
					vcard = 1
				}
			}
			dst = propertyLine(text, key, ls, c+1, ve, vcard == 1, k, dst)
			if semi >= 0 {
				continue
			}
		}
		col, known := keyColumn(key)
		record = record || known && col == colOther
		if col == colOther {
			continue
		}
		ve = sideFieldStart24(text, c+1, ve) // loc24_zip.go: "City: Pune  PIN: 411001"
		s, e := trimCell(text, c+1, ve)
		if e > s && text[e-1] == ',' { // a YAML flow or a JSON-like line
			e--
		}
		if col == colPerson && s < e && thingName(key, yamlParentKey(text, ls)) {
			dropPersons(dst, s, e)
			continue
		}
		if s < e && np < maxPending {
			pend[np] = pendingField{col, s, e}
			np++
		}
	}
	if i := strings.Index(text, "</"); i >= 0 {
		var n int
		dst, n = markupFields(text, i, pend[np:], k, dst)
		np += n
	}
	if np >= 2 || np == 1 && (record || contactIn(dst)) {
		for _, f := range pend[:np] {
			dst = fieldSpan(text, f.col, f.s, f.e, fmtKey, k, dst)
		}
	}
	return dst
}

// maxKeyLine bounds the bytes of a key: value line's key (a vCard
// property's parameters included).
const maxKeyLine = 100

// trimKey returns key without the spaces, list marks and quotes around
// it ("- name", "**Name**", "• Name").
func trimKey(key string) string {
	for {
		key = trimBytes(key, &keyTrimBytes) // table.go: strings.Trim(key, " \t-*\"'`")
		k, ok := strings.CutPrefix(key, "•")
		if !ok {
			return key
		}
		key = k
	}
}

// keyTrimBytes marks the bytes trimKey trims around a key: formatFields
// trims the key of every line with a colon.
var keyTrimBytes = [256]bool{' ': true, '\t': true, '-': true, '*': true, '"': true, '\'': true, '`': true}

// jsonString returns the bounds of the JSON string value that starts
// after spaces at v, without the spaces inside its quotes; s >= e when
// the value is no string on the line (a number, an object, null).
func jsonString(text string, v int) (s, e int) {
	for v < len(text) && (text[v] == ' ' || text[v] == '\t') {
		v++
	}
	if v >= len(text) || text[v] != '"' {
		return 0, 0
	}
	v++
	for i := v; i < len(text) && i-v <= 120; i++ {
		switch text[i] {
		case '\\':
			i++
		case '\n':
			return 0, 0
		case '"':
			return trimCell(text, v, i)
		}
	}
	return 0, 0
}

// keyEnds holds a bit for every hash of the last four bytes of a key
// keyColumn or propertyLine may know, ASCII letters lower case, the
// byte before a key of three bytes one of '"', '_', '.', '-' and ' '
// ("zip", "billing_zip"): keyEndMaybe rules most keys out with one
// lookup ("model", "role", "content").
var keyEnds = func() (t [128]uint64) {
	add := func(l string) {
		switch {
		case len(l) >= 4:
			h := keyEndHash(l[len(l)-4:])
			t[h>>6] |= 1 << (h & 63)
		case len(l) == 3:
			for _, b := range []string{"\"", "_", ".", "-", " "} {
				h := keyEndHash(b + l)
				t[h>>6] |= 1 << (h & 63)
			}
		}
	}
	for l := range tableLabels {
		add(l)
	}
	for _, l := range person4TableLabels { // added to tableLabels by an init
		add(l)
	}
	for l := range keyLabels {
		add(l)
	}
	for _, l := range []string{"nickname", "bday", "adr", "attendee", "organizer", "location", "from", "bcc", "reply-to"} {
		add(l)
	}
	return t
}()

// keyEndHash hashes the four bytes of b, ASCII capitals folded to lower
// case (and a few other bytes folded with them), to 13 bits.
func keyEndHash(b string) uint32 {
	x := (uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24) | 0x20202020
	return (x * 0x9E3779B1) >> 19
}

// keyEndMaybe reports whether the four bytes end4, a key's last four
// (a key of three bytes with the byte before it), may end a key that
// keyColumn or propertyLine knows. (formatSpans's test of a one-line
// text's first JSON key is this lookup alone, keys of one or two bytes
// apart: a one-line "billing_cp" is not read.)
func keyEndMaybe(end4 string) bool {
	h := keyEndHash(end4)
	return keyEnds[h>>6]&(1<<(h&63)) != 0
}

// lineKeyMaybe is keyEndMaybe for the key of a key: value line: keys
// of one or two bytes all may be known.
func lineKeyMaybe(key string) bool {
	n := len(key)
	switch {
	case n < 3 || keySep(key[n-2]) || keySep(key[n-3]):
		return true // a last part of one or two bytes ("cp", "billing_cp")
	case n == 3:
		return keyEndMaybe("\"" + key)
	}
	return keyEndMaybe(key[n-4:])
}

// jsonKeyMaybe is lineKeyMaybe for the JSON key that ends before the
// '"' before the colon at c (c >= 5).
func jsonKeyMaybe(text string, c int) bool {
	b3, b4 := text[c-3], text[c-4] // the first bytes of keys of one and two bytes
	return b3 == '"' || b4 == '"' || keySep(b3) || keySep(b4) || keyEndMaybe(text[c-5:c-1])
}

// keySep reports whether c separates the parts of a key ("billing_cp").
func keySep(c byte) bool { return c == '_' || c == '.' || c == '-' }

// contactIn reports whether dst has an e-mail address or a phone number.
func contactIn(dst []Span) bool {
	for i := range dst {
		if dst[i].Type == "EMAIL_ADDRESS" || dst[i].Type == "PHONE_NUMBER" {
			return true
		}
	}
	return false
}

// keyColumn returns the column a field key names, by tableLabels and
// keyLabels, and whether the key is one a record has (a column's, an
// e-mail's or a phone's). A key is tried lower case, with '_' and '-'
// read as spaces, and without the prefixes before its first '_' or '.'
// ("billing_city", "contact.first_name") or its last capital
// ("shippingPostcode").
func keyColumn(key string) (tableColumn, bool) {
	var buf [40]byte
	for try := 0; try < 4 && key != "" && len(key) <= len(buf); try++ {
		b := buf[:copy(buf[:], key)]
		sep := false
		for i, c := range b {
			if isUpper(c) {
				b[i] = c + 'a' - 'A'
			}
			sep = sep || c == '_' || c == '-'
		}
		if col, ok := keyLabels[string(b)]; ok {
			return col, true
		}
		if col, ok := tableLabels[string(b)]; ok && !weakPlaceLabels[string(b)] {
			return col, true
		}
		if sep {
			for i, c := range b {
				if c == '_' || c == '-' {
					b[i] = ' '
				}
			}
			if col, ok := tableLabels[string(b)]; ok && !weakPlaceLabels[string(b)] {
				return col, true
			}
		}
		cut := strings.IndexAny(key, "_.-")
		if cut < 0 {
			for i := len(key) - 1; i > 0; i-- {
				if isUpper(key[i]) && !isUpper(key[i-1]) {
					cut = i - 1
					break
				}
			}
			if cut < 0 {
				break
			}
		}
		key = key[cut+1:]
	}
	return colOther, false
}

// keyLabels are the field keys of machine formats tableLabels lacks: the
// street lines of address objects, middle names and nicknames, and the
// e-mail and phone keys a record has (colOther: counted, never a span).
var keyLabels = map[string]tableColumn{
	"line1": colStreet, "line_1": colStreet, "addressline1": colStreet, "street1": colStreet,
	"street_1": colStreet, "street_line1": colStreet, "addr1": colStreet, "address_1_line": colStreet,
	"streetaddress": colStreet, "street_name": colStreet, "streetname": colStreet, "strada": colStreet,
	"middle_name": colPerson, "middlename": colPerson, "middle name": colPerson, "nickname": colPerson,
	"display_name": colPerson, "displayname": colPerson, "given": colPerson, "family": colPerson,
	"segundo_apellido": colPerson, "primer_apellido": colPerson,
	"postal_code": colZip, "postalcode": colZip, "zip_code": colZip,
	"email": colOther, "e-mail": colOther, "mail": colOther, "email_address": colOther, "correo": colOther,
	"phone": colOther, "tel": colOther, "telephone": colOther, "mobile": colOther, "telefono": colOther,
	"teléfono": colOther, "telefon": colOther, "téléphone": colOther, "telefone": colOther, "handy": colOther,
}

// fieldSpan appends the span of the value text[s:e] of a field of column
// col, if the value has the column's shape and no other span says what
// it is (see the file's comment).
func fieldSpan(text string, col tableColumn, s, e, format int, k formatKinds, dst []Span) []Span {
	if !k.allows(col) {
		return dst
	}
	var ok bool
	switch col {
	case colPerson, colCity:
		s, e, ok = cellValue(text, s, e)
	default:
		s, e, ok = dataCellValue(text, s, e, col)
	}
	if !ok {
		return dst
	}
	return fieldSpanAt(text, col, s, e, format, dst)
}

// fieldSpanAt is fieldSpan for a value text[s:e] whose shape is checked:
// it appends its span unless another span says what it is.
func fieldSpanAt(text string, col tableColumn, s, e, format int, dst []Span) []Span {
	sp := tableSpan(col, s, e)
	for i := range dst {
		d := &dst[i]
		if d.End <= s || d.Start >= e || d.Score < DefaultMinScore {
			continue
		}
		if d.Type == sp.Type && d.Start == s && d.End == e {
			return dst // found already
		}
		if d.Type != "PERSON" && d.Type != "LOCATION" && d.Type != sp.Type || col == colStreet {
			return dst // (the address detector reads the parts of a street field)
		}
	}
	for i := range dst {
		d := &dst[i]
		if d.End > s && d.Start < e && (d.Type == "PERSON" || d.Type == "LOCATION" || d.Type == sp.Type) {
			d.Score = 0 // inside the value, or across its edge: the field says
		}
	}
	sp.Reason = fieldReasons[format]
	return append(dst, sp)
}
