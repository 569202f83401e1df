package redact

import "testing"

// TestSGNumberedStreets checks SG numbered streets with their
// "#floor-unit" (street21b_sg.go), and a numbered street without one.
func TestSGNumberedStreets(t *testing.T) {
	checkTypeCases(t, "STREET_ADDRESS", []typeCase{
		{"Member: Priya Tan, 52 Serangoon Ave 4 #07-311", []string{"52 Serangoon Ave 4 #07-311"}},
		{"Member: Wei Ling Goh, Blk 218 Orchidvale St 21 #11-402", []string{"Blk 218 Orchidvale St 21 #11-402"}},
		{"Member: Priya Tan, Blk 305 Woodlands Ave 1, #09-88", []string{"Blk 305 Woodlands Ave 1, #09-88"}},
		{"Member: Priya Tan, Blk 77 Bedok North Rd 2 #04-19B.", []string{"Blk 77 Bedok North Rd 2 #04-19B"}},
		// no unit: the number stays out
		{"We met at 12 Oak Ave 4 times", []string{"12 Oak Ave"}},
		{"Member: Priya Tan, 52 Serangoon Ave 4 #07", []string{"52 Serangoon Ave"}},
	})
}
