package redact

import "testing"

// TestFieldStreets12 checks the Hungarian one-word street after a
// postcode and town (loc12_hu.go), a street after a ';' field, the
// floors before a postcode that oneWordStreetBefore reads, and their
// look-alikes.
func TestFieldStreets12(t *testing.T) {
	checkFindCases(t, []findCase{
		{"hu bare", "név;cím\ndr. Farkas Ilona;;;8200 Veszprém, Csererdő 14.",
			[]string{"PERSON:dr. Farkas Ilona", "ZIP_CODE:8200", "LOCATION:Veszprém", "STREET_ADDRESS:Csererdő 14."}},
		{"hu field", "Sipos Réka;tv@example.hu;1118 Budapest, Ménesi út 9. 2. em. 4.",
			[]string{"PERSON:Sipos Réka", "EMAIL_ADDRESS:tv@example.hu", "ZIP_CODE:1118", "LOCATION:Budapest",
				"STREET_ADDRESS:Ménesi út 9. 2. em. 4."}},
		{"hr floor", "adresa za dres: Vukovarska 12, 2. kat, 21000 Split",
			[]string{"STREET_ADDRESS:Vukovarska 12, 2. kat", "ZIP_CODE:21000", "LOCATION:Split"}},
		{"si floor", "naslov: Prešernova 7, 1. nadstropje, 4000 Kranj",
			[]string{"STREET_ADDRESS:Prešernova 7, 1. nadstropje", "ZIP_CODE:4000", "LOCATION:Kranj"}},
		// Look-alikes.
		{"year", "In 1848 Kossuth, Petőfi 12. and others met.", nil},
	})
}
