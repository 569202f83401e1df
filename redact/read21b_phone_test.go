package redact

import "testing"

// TestPhones21b checks two numbers joined by " / " and the French-Canadian
// shape on a customer's record line (read21b_phone.go), and that an area
// code before " / " and a footer's number stay as they were.
func TestPhones21b(t *testing.T) {
	checkSpans21b(t, "PHONE_NUMBER", []spanCase21b{
		{"first of two, NL", "Tel. 020-614 5521 / 06 2345 6789", "020-614 5521", true, ""},
		{"second of two, NL", "Tel. 020-614 5521 / 06 2345 6789", "06 2345 6789", true, ""},
		{"first of two, ES", "Tel. 987 41 22 73 / 623 190 448", "987 41 22 73", true, ""},
		{"area code and slash", "Tel. 0171 / 1234567", "0171 / 1234567", true, ""},
		{"list item", "- Marie Roy, 418 555-0100, née le 3 mai", "418 555-0100", true, ""},
		{"client label", "Client : M. Paul Roy, 5 rue Main, Sherbrooke J1H 2B4 — 514 555-0101", "514 555-0101", true, ""},
		{"footer", "Notre boutique, Laval, 438 555-0142.", "438 555-0142", false, ""},
		{"round service line", "Sign off as the Elm Street team, 0161 496 0000.", "0161 496 0000", false, ""},
		{"round pairs", "RDV au 04 73 00 00 00 ou en ligne.", "04 73 00 00 00", false, ""},
		{"round mobile shape", "infolinia 801 000 000", "801 000 000", false, ""},
		{"three zeros stay", "Mobile: 07700 900 012", "07700 900 012", true, ""},
		{"round table cell", "Stop | Customer | Phone\n1 | Mrs Ann Lee | 0100 482 3379\n2 | Oak Stables (business) | 02 3529 0000\n", "02 3529 0000", false, ""},
		{"table cell stays", "Stop | Customer | Phone\n1 | Mrs Ann Lee | 0100 482 3379\n2 | Oak Stables (business) | 02 3529 0000\n", "0100 482 3379", true, ""},
		{"latvian label, 2-3-3", "Jānis Kalns, Brīvības iela 1, Rīga, tālr. 26 123 456", "26 123 456", true, ""},
		{"tel, 2-3-3", "Ana Pavlou, tel. 97 123 456", "97 123 456", true, ""},
		{"2-3-3 amount", "Price: 26 123 456 EUR for the lot.", "26 123 456", false, ""},
		{"zeros apart stay", "Tel. 020 7040 1050", "020 7040 1050", true, ""},
	})
}

// TestRoundIDs21b checks that a round number that passes an ID's checksum
// is no ID without the ID's word, and still one with it.
func TestRoundIDs21b(t *testing.T) {
	checkSpans21b(t, "AU_TFN", []spanCase21b{
		{"tfn-valid helpline", "podpis: Zespół Prąd Plus, infolinia 801 000 000", "801 000 000", false, ""},
		{"tfn-valid helpline is no phone", "podpis: Zespół Prąd Plus, infolinia 801 000 000", "801 000 000", false, "PHONE_NUMBER"},
		{"tfn with its word", "Tax file number: 801 000 000", "801 000 000", true, ""},
	})
}
