package redact

import "testing"

func TestXMLParentTag(t *testing.T) {
	for _, tc := range []struct{ text, elem, want string }{
		{"<product><name>x</name></product>", "<name>", "product"},
		{"<shop><product id=\"4\"><sku>1</sku><br/><!-- c --><name>x</name>", "<name>", "product"},
		{"<a><b><c>1</c></b><name>x</name>", "<name>", "a"},
		{"<name>x</name>", "<name>", ""},
		{"</b></c><name>", "<name>", ""},
		{"<a <name>", "<name>", ""},
	} {
		open := len(tc.text) - len(tc.text[indexIn(tc.text, 0, len(tc.text), tc.elem):])
		if got := xmlParentTag(tc.text, open); got != tc.want {
			t.Errorf("%q: %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestMarkupEdge(t *testing.T) {
	for text, want := range map[string]bool{
		"<x>": true, "tidy <b>this</b>": true, "a < b": false, "<": false, "x": false, "ok>": true, "<b>x</b> ok": false,
	} {
		if got := markupEdge(text); got != want {
			t.Errorf("%q: %v", text, got)
		}
	}
}
