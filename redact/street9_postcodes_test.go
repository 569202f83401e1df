package redact

import "testing"

// TestPostcodes9 checks the postcodes of street9_postcodes.go and their
// look-alikes.
func TestPostcodes9(t *testing.T) {
	checkFindCases(t, []findCase{
		{"no postnummer", "det er på Majorstuen, postnummer 0458. Så", []string{"ZIP_CODE:0458"}},
		{"ro six digits after a town", "Str. Florilor nr. 9 | Sector 3, Cluj 400117 | mâine",
			[]string{"STREET_ADDRESS:Str. Florilor nr. 9", "ZIP_CODE:400117"}},
		{"ro county", "Str. Teiului nr. 3 | Voluntari, jud. Cluj 077190",
			[]string{"STREET_ADDRESS:Str. Teiului nr. 3", "ZIP_CODE:077190"}},
		{"hu code before town and street", "ide küldjék: 7621 Pécs, Kossuth Lajos u. 12.",
			[]string{"ZIP_CODE:7621", "LOCATION:Pécs", "STREET_ADDRESS:Kossuth Lajos u. 12"}},
		// Look-alikes.
		{"month and year", "seit November 2024 geöffnet", nil},
		{"ticket", "Ticket 123456 was closed", nil},
		{"year before a town", "In 2023 Pécs, the town, had many visitors", nil},
	})
}
