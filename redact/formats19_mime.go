package redact

import (
	"mime"
	"strings"
)

// Encoded display names (formats19): an e-mail header writes a display
// name outside US-ASCII as RFC 2047 encoded words ("=?UTF-8?Q?Ren=C3=A9e?=
// <r@example.fr>", "=?UTF-8?B?...?="). mailboxNames
// (formats18_props.go) hands such a name here: decoded, it has a
// person's name's shape or not as a plain one does, and its span is the
// whole of its encoded words, the bytes of the text that carry it.

// encodedName appends the span of the display name text[a:b] written in
// encoded words if its decoding is a person's name: a name cell's shape
// (cellValue), no trade's or desk's word. A charset the standard
// library does not decode (UTF-8, ISO-8859-1, US-ASCII) or a malformed
// word is no span.
func encodedName(text string, a, b int, k formatKinds, dst []Span) []Span {
	if !k.allows(colPerson) || b-a > 300 {
		return dst
	}
	var dec mime.WordDecoder
	name, err := dec.DecodeHeader(text[a:b])
	if err != nil || name == text[a:b] || strings.Contains(name, "=?") {
		return dst
	}
	if _, _, ok := cellValue(name, 0, len(name)); !ok || tradeName(name) || deskName(name) {
		return dst
	}
	return fieldSpanAt(text, colPerson, a, b, fmtHeader, dst)
}
