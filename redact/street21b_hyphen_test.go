package redact

import "testing"

// TestHyphenHouseNumbers checks Queens and Canadian hyphenated house
// numbers before a street (street21b_hyphen.go), and the pairs of numbers
// it leaves alone.
func TestHyphenHouseNumbers(t *testing.T) {
	checkTypeCases(t, "STREET_ADDRESS", []typeCase{
		{"Customer: Dana Whitcombe, 148-32 41st Ave, Apt 3C, Fernbrook NY 11355", []string{"148-32 41st Ave, Apt 3C"}},
		{"Client Arlo Pemberton lives at 2304-1677 Harbour Drive, Fernbrook", []string{"2304-1677 Harbour Drive"}},
		{"Ship to Mona Keel, 312-118 Quillfeather Road, Fernbrook NY", []string{"312-118 Quillfeather Road"}},
		{"Ship to Mona Keel, 97-15 203rd St, Fernbrook NY", []string{"97-15 203rd St"}},
		// a day and a month, a phone number, a year and a number
		{"On 12-03 Main Street the fair opens", nil},
		{"Call 555-1234 Main Street office", nil},
		{"Invoice 2024-118 Delivery Road", nil},
		{"Ref 44-12-93 Oak Street", nil},
	})
}

// TestHofStreets checks German and Dutch streets ending in "hof"
// (address.go streetSuffixes) and the nouns hofNoun leaves out.
func TestHofStreets(t *testing.T) {
	checkTypeCases(t, "STREET_ADDRESS", []typeCase{
		{"Kundin: Greta Hollweck, Ahornhof 12, 2. Etage, 80331 Ulm", []string{"Ahornhof 12, 2. Etage"}},
		{"Lid: Sanne Vos, Meidoornhof 8, 2611 XK Delft", []string{"Meidoornhof 8"}},
		{"Wir treffen uns am Bahnhof 3 Minuten später", nil},
		{"Treffen im Innenhof 2 mal", nil},
		{"Der Hof 3 ist schön", nil},
		{"Beim Friedhof 4 Kerzen angezündet", nil},
	})
}
