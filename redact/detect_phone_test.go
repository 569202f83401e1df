package redact

import (
	"testing"
)

func TestPhoneDetector(t *testing.T) {
	runDetCases(t, phoneDetector{}, "PHONE_NUMBER", []detCase{
		{"UK international", "Merci d'écrire à Arjun (+44 20 7946 4803) pour", []string{"+44 20 7946 4803"}},
		{"DE international", "phone +49 30 8187926, interested", []string{"+49 30 8187926"}},
		{"US parens", "reach me at (273) 924-0964.", []string{"(273) 924-0964"}},
		{"US dashes", "415-555-0132", []string{"415-555-0132"}},
		{"US dots with context", "my phone: 555.123.1234.", []string{"555.123.1234"}},
		{"US trunk 1", "call 1-555-123-1234", []string{"1-555-123-1234"}},
		{"US +1 parens", "+1(567)362-8910", []string{"+1(567)362-8910"}},
		{"compact with context", "my phone: 5551231234.", []string{"5551231234"}},
		{"FR pairs", "appelez le 01 23 45 67 89", []string{"01 23 45 67 89"}},
		{"IT mobile 3+7", "Chiamami al 333 1234567 oppure", []string{"333 1234567"}},
		{"IT mobile after order", "Order 333 1234567", nil},
		{"DE national", "Tel. 030 12345678", []string{"030 12345678"}},
		{"UK mobile national", "mobile 07700 900123", []string{"07700 900123"}},
		{"NL trunk in brackets", "+31(0)612345678", []string{"+31(0)612345678"}},
		{"IN mobile", "+91 98765 43210", []string{"+91 98765 43210"}},
		{"00 prefix", "0044 20 7946 0958", []string{"0044 20 7946 0958"}},
		{"compact international", "+971502674453", []string{"+971502674453"}},
		{"ISO date", "by 2023-09-25 via", nil},
		{"EU date", "am 25.09.2023 um", nil},
		{"US date", "on 9/25/2023", nil},
		{"time", "at 10:30:45", nil},
		{"version", "v1.2.3 and 10.4.22.1", nil},
		{"order number", "Order ORD-074299 and invoice INV-2024-539131", nil},
		{"order digits", "order 4839201234 shipped", nil},
		{"money", "Budget is €12,500 for Q3, or $1.234.567", nil},
		{"percent", "from 3.1% to 2.4%", nil},
		{"local with context", "call 555-0132", []string{"555-0132"}},
		{"local without context", "room 555-0132", nil},
		{"card", "4111 1111 1111 1111", nil},
		{"bad country code length", "+44 12", nil},
		{"SSN shape", "536-90-4399", nil},
		{"inside an IBAN with letter groups", "MT84 MALT 0110 0001 2345 MTLC AST0 01T", nil},
		{"tail of an IBAN-like reference", "Reference DE88 6472 4123 8372 1575 86 in the brief", nil},
	})
}

func TestIntlPossible(t *testing.T) {
	tests := []struct {
		digits string
		want   bool
	}{
		{"442079460958", true},
		{"14155550132", true},
		{"4930818792", true},
		{"44123", false},
		{"9991234567", false},
	}
	for _, tc := range tests {
		t.Run(tc.digits, func(t *testing.T) {
			if got := intlPossible([]byte(tc.digits)); got != tc.want {
				t.Errorf("intlPossible(%s) = %v, want %v", tc.digits, got, tc.want)
			}
		})
	}
}

// TestPhoneGap checks the packed-integer switch of phoneGap against the
// list of gaps, for every string of up to three bytes over the bytes that
// occur in them (and a letter).
func TestPhoneGap(t *testing.T) {
	gaps := map[string]bool{" ": true, "-": true, ".": true, "/": true, ")": true, "(": true, ") ": true, ")-": true,
		").": true, " (": true, "-(": true, ") (": true, " - ": true, " / ": true}
	const bytes = " -./()a"
	var walk func(g string)
	walk = func(g string) {
		if got := phoneGap(g); got != gaps[g] {
			t.Errorf("phoneGap(%q) = %v, want %v", g, got, gaps[g])
		}
		if len(g) == 4 {
			return
		}
		for i := range len(bytes) {
			walk(g + bytes[i:i+1])
		}
	}
	walk("")
}

// TestPhoneGlue checks that a run the detector drops for the two bytes
// before it (phoneGlue) is one phoneStartOK rejects.
func TestPhoneGlue(t *testing.T) {
	for p := range 256 {
		for c := range 256 {
			if c == '+' || c == '(' || byteClass[p]&phoneGlue[c] == 0 {
				continue
			}
			if text := string([]byte{byte(p), byte(c), '5'}); phoneStartOK(text, 2) {
				t.Errorf("bytes %#x %#x before a run: dropped, but phoneStartOK accepts them", p, c)
			}
		}
	}
}

// TestPhoneNoZeroScore: an order or reference word before a weak shape
// took its whole score, and the detector still emitted the span with
// score 0 (found by TestStressVocab): an engine with a phone floor of 0
// redacted a number the detector had rejected.
func TestPhoneNoZeroScore(t *testing.T) {
	for _, text := range []string{"serial\t14700660747", "serial 14700660747 ok", "invoice 15912345678"} {
		for _, s := range (phoneDetector{}).Detect(text, nil) {
			if s.Score <= 0 {
				t.Errorf("%q: span %+v with score %v", text, s, s.Score)
			}
		}
		e, err := NewEngine(Options{MinScore: map[string]float64{"PHONE_NUMBER": 0}})
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range e.Find(text) {
			if s.Type == "PHONE_NUMBER" && s.Score <= 0 {
				t.Errorf("%q: Find kept %+v", text, s)
			}
		}
	}
}
