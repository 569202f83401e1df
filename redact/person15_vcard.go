package redact

import "strings"

// vCard names (read15a): the FN property of a vCard holds the formatted
// name of the person the card is about ("FN:Quillon Ashgrave", RFC 6350
// 6.2.1), whatever the gazetteers know of its words. A business's card
// gives its organisation's name there too, and says so in ORG: a value
// the card's ORG repeats is left to the business rules.

// vcardNameField reports whether text[start:end] is the whole value of a
// vCard FN property line ("FN:" or "FN;…:" at the line's start, nothing
// after the name but the line's end) of a card that is not about its
// organisation.
func vcardNameField(text string, start, end int) bool {
	if end < len(text) && text[end] != '\n' && text[end] != '\r' {
		return false
	}
	ls := lastNewlineIn(text[:start]) + 1
	name := text[ls : start-1]
	if semi := strings.IndexByte(name, ';'); semi >= 0 {
		name = name[:semi]
	}
	if len(name) != 2 || !keyLabelFold(name, "fn") || strings.IndexByte(text[ls:start-1], ':') >= 0 {
		return false
	}
	// the card's ORG value, within the card around the line
	lo, hi := max(ls-600, 0), min(end+600, len(text))
	if b := strings.LastIndex(text[lo:ls], "BEGIN:VCARD"); b >= 0 {
		lo += b
	}
	if e := strings.Index(text[end:hi], "END:VCARD"); e >= 0 {
		hi = end + e
	}
	card := text[lo:hi]
	if o := strings.Index(card, "\nORG"); o >= 0 {
		v := card[o+4:]
		if c := strings.IndexByte(v, ':'); c >= 0 {
			v = v[c+1:]
			if nl := strings.IndexByte(v, '\n'); nl >= 0 {
				v = v[:nl]
			}
			if strings.HasPrefix(strings.TrimSpace(v), text[start:end]) {
				return false
			}
		}
	}
	return true
}
