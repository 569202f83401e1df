package redact

import "testing"

// TestSGPostcodeS: SingPost codes in their "S(dddddd)" form
// (read16b_sg_postcode.go); own test values.
func TestSGPostcodeS(t *testing.T) {
	e, _ := NewEngine(Options{})
	cases := []struct {
		text, want string // want "" means no ZIP_CODE
	}{
		{"Please ship to Blk 305 Bedok North Road, #07-19, S(460305) by Friday.", "460305"},
		{"We could not deliver to 9 Jalan Merah, S(456123) today.", "456123"},
		{"Flat at 41 Upper Boon Keng Rd, S(380041).", "380041"},
		{"sector 74 is unused: S(741234).", ""},
		{"sector 00 is none: S(001234).", ""},
		{"a word before: AS(460305).", ""},
		{"seven digits: S(4603051).", ""},
		{"no bracket after: S(460305 and more", ""},
		{"460305", ""},
		{"(460305)", ""},
		{"S(460305)", "460305"},
	}
	for _, c := range cases {
		got := lastOfType(e, c.text, "ZIP_CODE")
		if got != c.want {
			t.Errorf("%q: ZIP_CODE %q, want %q", c.text, got, c.want)
		}
	}
}
