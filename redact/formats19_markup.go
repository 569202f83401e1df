package redact

import "strings"

// markupEdge reports whether the one-line text may be XML or HTML whose
// fields formatFields reads (formats19): it ends with a tag
// ("<customer><name>…</name></customer>", "Tidy this up: <table>…
// </table>"), for formatSpans's test of a one-line text. One byte test:
// a search for "</" would cost more than the rare markup record is
// worth; markup followed by prose ("…</table> thanks") is not read.
// (Find makes this test for every text without two colons or a line
// break: it costs 6 instructions a Find on the 5 MB corpus, in Find's
// code around the test.)
func markupEdge(text string) bool {
	return text[len(text)-1] == '>'
}

// xmlParentTag returns the name of the XML element the element whose
// start tag is at open is in ("product" for <product><sku>1</sku><name>),
// or "": it reads back over at most 16 tags and 600 bytes, elements
// closed before open skipped.
func xmlParentTag(text string, open int) string {
	depth, lo := 0, max(open-600, 0)
	for n, i := 0, open; n < 16 && i > lo; n++ {
		lt := strings.LastIndexByte(text[lo:i], '<')
		if lt < 0 {
			return ""
		}
		lt += lo
		gt := strings.IndexByte(text[lt:i], '>')
		if gt < 0 {
			return ""
		}
		tag := text[lt+1 : lt+gt]
		i = lt
		switch {
		case tag == "" || tag[len(tag)-1] == '/' || tag[0] == '?' || tag[0] == '!':
			// an empty element, a declaration or a comment
		case tag[0] == '/':
			depth++
		case depth > 0:
			depth--
		default:
			if sp := strings.IndexAny(tag, " \t"); sp >= 0 {
				tag = tag[:sp] // attributes
			}
			return tag
		}
	}
	return ""
}
