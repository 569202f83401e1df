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
// card, a header block or a table has lines), and JSON on one line whose
// first key may be known; Find calls it for texts with a line break or
// two colons.
func (eng *Engine) formatSpans(sc *textScan, dst []Span) []Span {
	if sc.sum.newline == 0 {
		// One line: is its first JSON key (a colon after '"', at the
		// first or second colon: "customer: {"first_name": …") one
		// keyColumn may know? A record's object starts with its fields
		// ({"first_name": …}, {"customer": {…}}), where a chat API
		// request's starts with "model". (To read every key of the
		// one-line texts would cost some 20 instructions a Find on the
		// 5 MB corpus, a tenth of whose lines are whole requests; this
		// test is in line, not a call of its own, for the same reason.)
		text, colons, known := sc.text, 0, false
	first:
		for b := range sc.marks {
			for m := sc.marks[b][mkColon]; m != 0; m &= m - 1 {
				c := b<<6 + bits.TrailingZeros64(m)
				if c >= 5 && text[c-1] == '"' {
					known = text[c-3] == '"' || text[c-2] == '"' || keyEndMaybe(text[c-5:c-1])
					break first
				}
				if colons++; colons == 2 {
					break first
				}
			}
		}
		if !known {
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
	for c := sc.next(mkColon, 0); c >= 0; c = sc.next(mkColon, c+1) {
		if c > 1 && text[c-1] == '"' {
			// a JSON key: most (a request's "model", "role",
			// "content") end in four bytes no key ends in
			if c >= 5 && text[c-3] != '"' && text[c-2] != '"' && !keyEndMaybe(text[c-5:c-1]) {
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
		ls := strings.LastIndexByte(text[lo:c], '\n') + 1
		if ls == 0 && lo > 0 {
			continue
		}
		ls += lo
		if c-ls > maxKeyLine || strings.IndexByte(text[ls:c], ':') >= 0 {
			continue // too far for a key, or not the line's first colon
		}
		key := trimKey(text[ls:c])
		semi := strings.IndexByte(key, ';')
		if key == "" || len(key) > 40 && semi < 0 || semi < 0 && !lineKeyMaybe(key) {
			continue
		}
		ve := lineEndAt(text, c)
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
		key = strings.Trim(key, " \t-*\"'`")
		k, ok := strings.CutPrefix(key, "•")
		if !ok {
			return key
		}
		key = k
	}
}

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
// keyColumn or propertyLine knows.
func keyEndMaybe(end4 string) bool {
	h := keyEndHash(end4)
	return keyEnds[h>>6]&(1<<(h&63)) != 0
}

// lineKeyMaybe is keyEndMaybe for the key of a key: value line: keys
// of one or two bytes all may be known.
func lineKeyMaybe(key string) bool {
	switch {
	case len(key) < 3:
		return true
	case len(key) == 3:
		return keyEndMaybe("\"" + key)
	}
	return keyEndMaybe(key[len(key)-4:])
}

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
		cut := strings.IndexAny(key, "_.")
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

// propertyKey reports whether key (no ';') is a vCard, iCalendar or
// e-mail header property formatSpans reads itself.
func propertyKey(key string) bool {
	switch strings.ToLower(key) {
	case "fn", "n", "nickname", "bday", "adr", "attendee", "organizer", "location", "from", "to", "cc", "bcc", "reply-to":
		return true
	}
	return false
}

// propertyLine appends the spans of the property line at ls whose name
// and parameters are key and whose value is text[vs:ve].
func propertyLine(text, key string, ls, vs, ve int, vcard bool, k formatKinds, dst []Span) []Span {
	name, params, _ := strings.Cut(key, ";")
	if dot := strings.IndexByte(name, '.'); dot >= 0 {
		name = name[dot+1:] // a group: "item1.ADR"
	}
	switch strings.ToLower(name) {
	case "fn":
		s, e := trimCell(text, vs, ve)
		if vcard && e > s && vcardNameField(text, s, e) {
			dst = fieldSpan(text, colPerson, s, e, fmtVCard, k, dst)
		}
	case "n", "nickname":
		if !vcard {
			return dst
		}
		// N is family;given;additional;prefixes;suffixes, NICKNAME a
		// list: each part a list split by commas.
		part, s := 0, vs
		for i := vs; i <= ve && part < 3; i++ {
			if i < ve && text[i] != ';' && text[i] != ',' || i > vs && text[i-1] == '\\' {
				continue
			}
			a, b := trimCell(text, s, i)
			if b > a {
				dst = fieldSpan(text, colPerson, a, b, fmtVCard, k, dst)
			}
			if i < ve && text[i] == ';' {
				part++
			}
			s = i + 1
		}
	case "bday":
		if s, e := trimCell(text, vs, ve); vcard && e > s {
			dst = fieldSpan(text, colBirth, s, e, fmtVCard, k, dst)
		}
	case "adr":
		if vcard && !strings.Contains(strings.ToLower(params), "work") {
			dst = adrFields(text, vs, ve, k, dst)
		}
	case "attendee", "organizer":
		if semi := strings.IndexByte(text[ls:vs-1], ';'); semi >= 0 {
			dst = commonName(text, text[ls+semi+1:vs-1], ls+semi+1, k, dst)
		}
	case "location":
		// an event's place, TEXT with its commas escaped ("22 Birch
		// Avenue\, Ripon"): a house number and a street before the
		// first comma, where the address detector stops at the '\\'
		if e := strings.Index(text[vs:ve], "\\,"); e > 0 && isDigit(text[vs]) && strings.Contains(text, "VEVENT") {
			dst = fieldSpan(text, colStreet, vs, vs+e, fmtICal, k, dst)
		}
	case "from", "to", "cc", "bcc", "reply-to":
		if params == "" && strings.IndexByte(text[vs:ve], '<') >= 0 {
			dst = mailboxNames(text, vs, ve, k, dst)
		}
	}
	return dst
}

// adrFields appends the street, locality, region and postcode of the
// vCard ADR value text[vs:ve] (pobox;ext;street;locality;region;code;
// country).
func adrFields(text string, vs, ve int, k formatKinds, dst []Span) []Span {
	cols := [...]tableColumn{colOther, colOther, colStreet, colCity, colCity, colZip, colOther}
	part, s := 0, vs
	for i := vs; i <= ve && part < len(cols); i++ {
		if i < ve && text[i] != ';' || i > vs && text[i-1] == '\\' {
			continue
		}
		if a, b := trimCell(text, s, i); b > a && cols[part] != colOther {
			dst = fieldSpan(text, cols[part], a, b, fmtVCard, k, dst)
		}
		part++
		s = i + 1
	}
	return dst
}

// commonName appends the CN parameter of an iCalendar ATTENDEE or
// ORGANIZER property whose parameters, params, start at ps.
func commonName(text, params string, ps int, k formatKinds, dst []Span) []Span {
	i := 0
	for ; i+3 <= len(params) && !strings.EqualFold(params[i:i+3], "cn="); i++ {
		for i < len(params) && params[i] != ';' {
			i++ // to the next parameter
		}
	}
	if i+3 > len(params) {
		return dst
	}
	s := ps + i + 3
	var e int
	if s < len(text) && text[s] == '"' {
		q := strings.IndexByte(text[s+1:ps+len(params)], '"')
		if q < 0 {
			return dst
		}
		s, e = s+1, s+1+q
	} else {
		e = s + strings.IndexAny(text[s:ps+len(params)]+";", ";")
	}
	if a, b := trimCell(text, s, e); b > a && !tradeName(text[a:b]) && !deskName(text[a:b]) {
		dst = fieldSpan(text, colPerson, a, b, fmtICal, k, dst)
	}
	return dst
}

// mailboxNames appends the display names of the mailboxes of the
// address list text[vs:ve] ("Ann Lee" <ann@…>, "Lee, Ann" <…>) whose
// addresses are a person's (not a role's such as info@ or noreply@).
func mailboxNames(text string, vs, ve int, k formatKinds, dst []Span) []Span {
	s, quoted := vs, false
	for i := vs; i <= ve; i++ {
		if i < ve {
			switch text[i] {
			case '"':
				quoted = !quoted
				continue
			case ',':
				if quoted {
					continue
				}
			default:
				continue
			}
		}
		item := text[s:i]
		lt := strings.IndexByte(item, '<')
		gt := strings.IndexByte(item, '>')
		if lt > 0 && gt > lt && strings.IndexByte(item[lt:gt], '@') > 0 && roleKind(item[lt+1:gt]) == emailPlain {
			a, b := trimCell(text, s, s+lt)
			if b > a && !strings.Contains(text[a:b], "=?") && !tradeName(text[a:b]) && !deskName(text[a:b]) {
				dst = fieldSpan(text, colPerson, a, b, fmtHeader, k, dst)
			}
		}
		s = i + 1
	}
	return dst
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

// markupFields reads the XML elements of text from the first "</" at i,
// "<key>value</key>" without attributes, into pend (for the record test)
// and returns how many it holds; it appends the cells of the HTML tables
// of text to dst.
func markupFields(text string, i int, pend []pendingField, k formatKinds, dst []Span) ([]Span, int) {
	if strings.Contains(text, "<th") {
		dst = htmlTables(text, k, dst)
	}
	n := 0
	for i >= 0 {
		j := i + 2
		for j < len(text) && j-i < 42 && (isAlpha(text[j]) || isDigit(text[j]) || text[j] == '_' || text[j] == '-') {
			j++
		}
		if j < len(text) && text[j] == '>' && j > i+2 && n < len(pend) {
			name := text[i+2 : j]
			vs := strings.LastIndexByte(text[:i], '>') + 1
			open := vs - len(name) - 2
			if open >= 0 && text[open] == '<' && text[open+1:vs-1] == name && strings.IndexByte(text[vs:i], '<') < 0 {
				if col, _ := keyColumn(name); col != colOther {
					if s, e := trimCell(text, vs, i); s < e {
						pend[n] = pendingField{col, s, e}
						n++
					}
				}
			}
		}
		next := strings.Index(text[i+2:], "</")
		if next < 0 {
			break
		}
		i += 2 + next
	}
	return dst, n
}

// htmlTables appends the spans of the data cells of the HTML tables of
// text under header cells (<th>) whose labels tableLabels knows.
func htmlTables(text string, k formatKinds, dst []Span) []Span {
	var cols [maxTableColumns]tableColumn
	have := false
	for i := strings.Index(text, "<t"); i >= 0 && i+3 < len(text); {
		tag := text[i+2]
		gt := strings.IndexByte(text[i:], '>')
		if gt < 0 {
			break
		}
		switch {
		case tag == 'r' && (text[i+3] == '>' || text[i+3] == ' '):
			row := strings.Index(text[i:], "</tr")
			if row < 0 {
				row = len(text) - i
			}
			if gt < row {
				dst, have = htmlRow(text, i+gt+1, i+row, &cols, have, k, dst)
			}
			i += row
		case tag == 'a' && strings.HasPrefix(text[i:], "<table"):
			have = false
		}
		next := indexIn(text, i+2, len(text), "<t")
		if next < 0 {
			break
		}
		i = next
	}
	return dst
}

// htmlRow reads the cells of the HTML table row text[rs:re]: a row of
// header cells sets cols (and have, when a label is known), a row of
// data cells under known labels appends their spans.
func htmlRow(text string, rs, re int, cols *[maxTableColumns]tableColumn, have bool, k formatKinds, dst []Span) ([]Span, bool) {
	c, header := 0, false
	var row [maxTableColumns]tableColumn
	for i := indexIn(text, rs, re, "<t"); i >= 0 && c < maxTableColumns; c++ {
		if i+3 >= re || text[i+2] != 'h' && text[i+2] != 'd' || text[i+3] != '>' && text[i+3] != ' ' {
			break
		}
		vs := indexIn(text, i, re, ">") + 1
		ve := indexIn(text, vs, re, "<")
		if vs <= 0 || ve < 0 {
			break
		}
		if text[i+2] == 'h' {
			header = true
			if l, ok := labelOf(text[vs:ve]); ok {
				if col, ok := tableLabels[l]; ok && !weakPlaceLabels[l] {
					row[c] = col
				}
			}
		} else if have && cols[c] != colOther {
			dst = fieldSpan(text, cols[c], vs, ve, fmtHTML, k, dst)
		}
		i = indexIn(text, ve, re, "<t")
	}
	if header {
		*cols = row
		have = false
		for _, col := range row {
			have = have || col != colOther
		}
	}
	return dst, have
}

// indexIn returns the index in text of the first sub in text[from:to],
// or -1.
func indexIn(text string, from, to int, sub string) int {
	if from < 0 || from > to {
		return -1
	}
	if i := strings.Index(text[from:to], sub); i >= 0 {
		return from + i
	}
	return -1
}

// deskName reports whether a word of the display name name is a role's
// or a desk's ("Donor Team", "Support", "Events Desk"): a mailbox of a
// business or a group, not of a person.
func deskName(name string) bool {
	var buf [32]byte
	for w := range strings.FieldsSeq(name) {
		if len(w) > len(buf) {
			continue
		}
		if l := lowerASCII(w, &buf); roleLocalParts.has(l) || orgDeskNouns.has(l) {
			return true
		}
	}
	return false
}

// thingName reports whether the generic name key key ("name", "nombre",
// "nom" …) names a thing: the object it is in is the value of a key
// that thingNameWords lists ("campaign:\n  name: …", {"product": {"name":
// …}}), not a user's or an account's.
func thingName(key, parent string) bool {
	if parent == "" || len(parent) > 32 {
		return false
	}
	switch strings.ToLower(key) {
	case "name", "nombre", "nom", "nome", "naam", "navn", "namn", "nimi", "isim", "ime", "nama":
	default:
		return false
	}
	var buf [32]byte
	p := lowerASCII(parent, &buf)
	if i := strings.LastIndexAny(p, "_-. "); i >= 0 {
		p = p[i+1:] // "spring_campaign"
	}
	if p == "user" || p == "account" || p == "users" || p == "accounts" {
		return false
	}
	return thingNameWords.has(p) || strings.HasSuffix(p, "s") && thingNameWords.has(p[:len(p)-1])
}

// dropPersons drops the PERSON spans of dst that overlap text[s:e].
func dropPersons(dst []Span, s, e int) {
	for i := range dst {
		if dst[i].Type == "PERSON" && dst[i].End > s && dst[i].Start < e {
			dst[i].Score = 0
		}
	}
}

// yamlParentKey returns the key of the YAML mapping the line at ls is
// in: the key of the nearest line above, indented less, that ends in a
// colon ("campaign:"), or "".
func yamlParentKey(text string, ls int) string {
	ind := yamlIndent(text, ls)
	if ind == 0 {
		return ""
	}
	for pe, n := ls-1, 0; pe > 0 && n < 12; n++ {
		pls := strings.LastIndexByte(text[:pe], '\n') + 1
		line := strings.TrimRight(text[pls:pe], " \r")
		if strings.TrimSpace(line) != "" && yamlIndent(text, pls) < ind {
			k, ok := strings.CutSuffix(strings.TrimLeft(line, " -"), ":")
			if !ok {
				return ""
			}
			return strings.Trim(k, "\"'")
		}
		pe = pls - 1
	}
	return ""
}

// yamlIndent returns the indent of the line at ls, a list item's "- "
// counted as spaces.
func yamlIndent(text string, ls int) int {
	i := ls
	for i < len(text) && (text[i] == ' ' || text[i] == '-') {
		i++
	}
	return i - ls
}

// jsonParentKey returns the key whose value is the JSON object (or the
// array of objects) around the byte at i, or "": it reads back at most
// 600 bytes, braces inside strings not told apart.
func jsonParentKey(text string, i int) string {
	depth, lo := 0, max(i-600, 0)
	for ; i >= lo; i-- {
		switch text[i] {
		case '}', ']':
			depth++
		case '{', '[':
			if depth > 0 {
				depth--
				continue
			}
			j := i - 1
			for j >= 0 && (text[j] == ' ' || text[j] == '\n' || text[j] == '\r' || text[j] == '\t') {
				j--
			}
			if j < 0 || text[j] == ',' || text[j] == '[' {
				continue // an element of an array: the array's key
			}
			if text[j] != ':' {
				return ""
			}
			for j--; j >= 0 && text[j] == ' '; j-- {
			}
			if j < 1 || text[j] != '"' {
				return ""
			}
			q := strings.LastIndexByte(text[max(j-40, 0):j], '"')
			if q < 0 {
				return ""
			}
			return text[max(j-40, 0)+q+1 : j]
		}
	}
	return ""
}
