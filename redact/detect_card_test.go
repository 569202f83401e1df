package redact

import "testing"

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
