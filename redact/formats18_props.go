package redact

import "strings"

// Property lines of documented formats (formats18): vCard FN, N,
// NICKNAME, BDAY and ADR (RFC 6350 6.2.1-6.2.5, 6.3.1), iCalendar
// ATTENDEE and ORGANIZER common names and an event's LOCATION (RFC 5545
// 3.2.2, 3.8.7.1), e-mail header mailboxes (RFC 5322 3.4), read by
// formatFields (formats18_fields.go).

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
			if b > a && strings.Contains(text[a:b], "=?") {
				dst = encodedName(text, a, b, k, dst) // formats19_mime.go
			} else if b > a && !tradeName(text[a:b]) && !deskName(text[a:b]) {
				dst = fieldSpan(text, colPerson, a, b, fmtHeader, k, dst)
			}
		}
		s = i + 1
	}
	return dst
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
