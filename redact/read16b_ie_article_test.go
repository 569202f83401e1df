package redact

import "testing"

// TestIrishArticleAn: a house number, an Irish street word, the article
// "an" and a name (read16b_ie_article.go); own test values.
func TestIrishArticleAn(t *testing.T) {
	e, _ := NewEngine(Options{})
	cases := []struct{ text, want string }{
		{"She lives at 3 Bóthar an Chnoic, Knocknacarra.", "3 Bóthar an Chnoic"},
		{"Post it to 9 Cnoc an Óir, Gleann Mór.", "9 Cnoc an Óir"},
		{"Post it to 9 Páirc an Fhéidh please.", "9 Páirc an Fhéidh"},
		{"send to 21 Sráid an Mhuilinn, Tuam", "21 Sráid an Mhuilinn"},
		// "an" before a lower-case word is not read on
		{"Post it to 9 Main Street an hour later.", "9 Main Street"},
	}
	for _, c := range cases {
		got := lastOfType(e, c.text, "STREET_ADDRESS")
		if got != c.want {
			t.Errorf("%q: street %q, want %q", c.text, got, c.want)
		}
	}
	if got := irishAnAfter(" an Chnoic", "Main", 0); got != 0 {
		t.Errorf("irishAnAfter after an English word = %d, want 0", got)
	}
}
