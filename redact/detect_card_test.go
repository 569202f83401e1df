package redact

import (
	"math/rand/v2"
	"testing"
)

func TestCardDetector(t *testing.T) {
	runDetCases(t, cardDetector{}, "CREDIT_CARD", []detCase{
		{"visa compact", "card 4111111111111111 exp", []string{"4111111111111111"}},
		{"visa dashes", "4012-8888-8888-1881", []string{"4012-8888-8888-1881"}},
		{"discover dashes in prose", "My card 6011-1331-5098-3933 was charged", []string{"6011-1331-5098-3933"}},
		{"mastercard spaces", "5555 5555 5555 4444", []string{"5555 5555 5555 4444"}},
		{"mastercard 2-series", "2223003122003222", []string{"2223003122003222"}},
		{"amex 4-6-5", "3782 822463 10005", []string{"3782 822463 10005"}},
		{"diners", "30569309025904", []string{"30569309025904"}},
		{"jcb", "3530111333300000", []string{"3530111333300000"}},
		{"unionpay", "6200000000000005", []string{"6200000000000005"}},
		{"maestro", "6759649826438453", []string{"6759649826438453"}},
		{"three in a row", "4012888888881881 4012-8888-8888-1881 4012 8888 8888 1881",
			[]string{"4012888888881881", "4012-8888-8888-1881", "4012 8888 8888 1881"}},
		{"bad luhn", "4111111111111112", nil},
		{"unknown issuer", "9111111111111111 7000000000000008", nil},
		{"wrong length for visa", "41111111111111111", nil},
		{"inside a longer number", "x 12345 4111111111111111 1", []string{"4111111111111111"}},
		{"glued to letters", "ID4111111111111111", nil},
		{"decimal", "3.4111111111111111", nil},
		{"inside an IBAN-like chain", "RS35 2600 0560 1001 6113 70", nil},
		{"isbn", "ISBN 978-3-16-148410-0", nil},
		{"order number", "Order ORD-074299 and invoice INV-2024-539131", nil},
	})
}

// TestCardIssuerPrefixes checks cardIssuer, which reads the prefix once,
// against its rules written with one reading per prefix length, on random
// numbers of 1 to 19 digits whose first six are mostly issuers' digits.
func TestCardIssuerPrefixes(t *testing.T) {
	rule := func(d []byte) string {
		n := len(d)
		p := func(k int) int {
			v := 0
			for i := 0; i < k && i < n; i++ {
				v = v*10 + int(d[i]-'0')
			}
			return v
		}
		p2, p3, p4, p6 := p(2), p(3), p(4), p(6)
		switch {
		case (p2 == 34 || p2 == 37) && n == 15:
			return "American Express"
		case d[0] == '4' && (n == 13 || n == 16 || n == 19):
			return "Visa"
		case (p2 >= 51 && p2 <= 55 || p4 >= 2221 && p4 <= 2720) && n == 16:
			return "Mastercard"
		case (p4 == 6011 || p2 == 65 || p3 >= 644 && p3 <= 649 || p6 >= 622126 && p6 <= 622925) && n >= 16 && n <= 19:
			return "Discover"
		case (p3 >= 300 && p3 <= 305 || p2 == 36 || p2 == 38 || p2 == 39 || p4 == 3095) && n >= 14 && n <= 19:
			return "Diners Club"
		case p4 >= 3528 && p4 <= 3589 && n >= 16 && n <= 19:
			return "JCB"
		case (p2 == 62 || p2 == 81) && n >= 16 && n <= 19:
			return "UnionPay"
		case d[0] == '1' && n == 15:
			return "UATP"
		case (p4 == 5018 || p4 == 5020 || p4 == 5038 || p4 == 5893 || p4 == 6304 || p4 == 6759 ||
			p4 == 6761 || p4 == 6762 || p4 == 6763 || p2 == 50 || p2 >= 56 && p2 <= 58 || p2 == 67) && n >= 12 && n <= 19:
			return "Maestro"
		}
		return ""
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 200000 {
		n := 1 + rng.IntN(19)
		d := make([]byte, n)
		for i := range d {
			d[i] = "0123456789"[rng.IntN(10)]
			if i < 6 && rng.IntN(2) == 0 {
				d[i] = "1234565"[rng.IntN(7)]
			}
		}
		if got, want := cardIssuer(d), rule(d); got != want {
			t.Fatalf("cardIssuer(%s) = %q, want %q", d, got, want)
		}
	}
}
