package redact

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// idFarCase is a checksummed ID format for TestIDFarContext: its type,
// a context word, how to draw a number and how to write it.
type idFarCase struct {
	typ, word string
	draw      func(r *rand.Rand) string // n digits, any checksum
	valid     func(string) bool
	format    func(string) string
}

func digitString(r *rand.Rand, n int, first string) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('0' + r.IntN(10))
	}
	if first != "" {
		b[0] = first[r.IntN(len(first))]
	}
	return string(b)
}

var idFarCases = []idFarCase{
	{"CA_SIN", "SIN", func(r *rand.Rand) string { return digitString(r, 9, "1234567") }, luhn,
		func(d string) string { return d[:3] + " " + d[3:6] + " " + d[6:] }},
	{"UK_NHS", "NHS", func(r *rand.Rand) string { return digitString(r, 10, "4") }, nhsValid,
		func(d string) string { return d[:3] + " " + d[3:6] + " " + d[6:] }},
	{"NL_BSN", "BSN", func(r *rand.Rand) string { return digitString(r, 9, "123456") }, bsnValid,
		func(d string) string { return d }},
	{"AU_TFN", "TFN", func(r *rand.Rand) string { return digitString(r, 9, "1234567") }, tfnValid,
		func(d string) string { return d[:3] + " " + d[3:6] + " " + d[6:] }},
	{"IN_AADHAAR", "Aadhaar", func(r *rand.Rand) string { return digitString(r, 12, "23456789") }, verhoeff,
		func(d string) string { return d[:4] + " " + d[4:8] + " " + d[8:] }},
}

// idFarTemplates put the context word (%[1]s) farther from the number
// (%[2]s) than idSpan's windows: earlier on the line, or on the line
// before.
var idFarTemplates = []string{
	"The %[1]s was read out by mistake during the long verification this morning (%[2]s) - do not put it in the email.",
	"Customer gave the %[1]s when we asked for a reference, which was not needed at all, it was %[2]s so please drop it.",
	"%[1]s (given on the phone, please mask):\nshe read it out twice as %[2]s and asked us to delete it",
	"Note: agent asked for the %[1]s again.\nCustomer repeated it: %[2]s. Remove before sending.",
}

// idNearMissTemplates hold the context word far before a number that is
// no ID: an order or invoice number, a phone number written as one.
var idNearMissTemplates = []string{
	"The %[1]s is not needed for returns, so we only kept the details below for the refund. Order %[2]s was shipped late.",
	"%[1]s was not asked for.\nInvoice %[2]s is attached, please write a friendly reminder.",
}

// TestIDFarContext counts, for each checksummed ID, the valid numbers
// found with a far context word (recall, goal >= 0.97), the numbers of
// the same shape that fail the checksum and are flagged anyway (must be
// none), and valid numbers labelled as orders or invoices with the
// context word farther away (false alarms, goal < 1 %).
func TestIDFarContext(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(11, 3))
	const n = 400
	for _, c := range idFarCases {
		var found, valid, invalidHit, invalid, labelHit, labelled int
		for i := 0; i < n; i++ {
			d := c.draw(r)
			ok := c.valid(d)
			for _, tpl := range idFarTemplates {
				text := fmt.Sprintf(tpl, c.word, c.format(d))
				hit := hasSpanOn(e, text, c.format(d), c.typ)
				if ok {
					valid++
					if hit {
						found++
					}
				} else {
					invalid++
					if hit {
						invalidHit++
					}
				}
			}
			if ok {
				for _, tpl := range idNearMissTemplates {
					text := fmt.Sprintf(tpl, c.word, c.format(d))
					labelled++
					if hasSpanOn(e, text, c.format(d), "") {
						labelHit++
					}
				}
			}
		}
		recall := float64(found) / float64(max(valid, 1))
		fa := float64(labelHit) / float64(max(labelled, 1))
		t.Logf("%-10s far context: %d/%d valid found (%.3f); checksum failures flagged %d/%d; labelled order/invoice numbers flagged %d/%d (%.3f)",
			c.typ, found, valid, recall, invalidHit, invalid, labelHit, labelled, fa)
		if recall < 0.97 {
			t.Errorf("%s: recall with a far context word %.3f, want >= 0.97", c.typ, recall)
		}
		if invalidHit > 0 {
			t.Errorf("%s: %d numbers that fail the checksum flagged", c.typ, invalidHit)
		}
		if fa >= 0.01 {
			t.Errorf("%s: %.3f of the labelled numbers flagged, want < 0.01", c.typ, fa)
		}
	}
}

// hasSpanOn reports whether e finds a span of typ (any type when typ is
// "") that covers value in text.
func hasSpanOn(e *Engine, text, value, typ string) bool {
	i := strings.Index(text, value)
	for _, s := range e.Find(text) {
		if s.Start <= i && s.End >= i+len(value) && (typ == "" || s.Type == typ) {
			return true
		}
	}
	return false
}

func TestPassportFar(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text, value string
		want              bool
	}{
		{"same sentence far", "Passport details are needed for the visa part of the trip: he gave us XB719264 on the form.", "XB719264", true},
		{"previous sentence", "We need her passport for the flights. She sent it this morning, it is LK3092817.", "LK3092817", true},
		{"digits only far", "We need her passport for the flights. She sent it this morning, it is 309281745.", "309281745", false},
		{"order label", "Passport photos are included in the premium bundle this spring. Order AB120394 shipped.", "AB120394", false},
		{"other line", "Passport renewal reminder\nproduct code XB719264", "XB719264", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := hasSpanOn(e, tc.text, tc.value, "PASSPORT"); got != tc.want {
				t.Errorf("PASSPORT on %q = %v, want %v", tc.value, got, tc.want)
			}
		})
	}
}
