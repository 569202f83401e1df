package redact

import "testing"

// TestCzechFlatBetween: a Czech or Slovak flat ("byt 3") between the
// house number and the postcode (read16b_cz_flat.go); own test values.
func TestCzechFlatBetween(t *testing.T) {
	e, _ := NewEngine(Options{})
	cases := []struct {
		text, street, zip string // "" means none of that type
	}{
		{"Bydlím v Plzni, Palackého 17, byt 3, 301 00. Volejte.", "Palackého 17, byt 3", "301 00"},
		{"Kollárova 310/5, byt 12, 370 01 České Budějovice", "Kollárova 310/5, byt 12", "370 01"},
		{"Bývam na Hurbanova 14, byt č. 7, 010 01 Žilina.", "Hurbanova 14, byt č. 7", "010 01"},
		{"Nová adresa: Lipová 8, Byt 2a, 612 00 Brno", "Lipová 8, Byt 2a", "612 00"},
		// no flat word, no town: not read
		{"Objednávka 17, řádek 3, 301 00.", "", ""},
		// a flat word with no number
		{"Palackého 17, byt, 301 00.", "", ""},
	}
	for _, c := range cases {
		var street, zip string
		for _, s := range e.Find(c.text) {
			switch s.Type {
			case "STREET_ADDRESS":
				street = c.text[s.Start:s.End]
			case "ZIP_CODE":
				zip = c.text[s.Start:s.End]
			}
		}
		if street != c.street || zip != c.zip {
			t.Errorf("%q: street %q zip %q, want %q %q", c.text, street, zip, c.street, c.zip)
		}
	}
}

// TestBytParts: the flat part's reader and its backward test.
func TestBytParts(t *testing.T) {
	for _, c := range []struct {
		s    string
		want int
	}{{"byt 3, x", 5}, {"Byt 12a, x", 7}, {"byt č. 4, x", 9}, {"byt č.4, x", 8}, {"byt, x", 0}, {"bytes 3, x", 0}, {"byt 12345, x", 0}} {
		if got := bytPartEnd(c.s, 0); got != c.want {
			t.Errorf("bytPartEnd(%q) = %d, want %d", c.s, got, c.want)
		}
	}
	for _, c := range []struct {
		s    string
		want bool
	}{{"Lipová 8, byt 3, 612", true}, {"Lipová 8, byt č. 3, 612", true}, {"Lipová 8, abyt 3, 612", false}, {"Lipová 8, řádek 3, 612", false}} {
		if got := bytBefore(c.s, len(c.s)-3); got != c.want {
			t.Errorf("bytBefore(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
