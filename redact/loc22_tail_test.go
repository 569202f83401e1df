package redact

import "testing"

// TestAddressTails22 holds a barangay and its town after a street, and
// Bucharest's sector written in lower case after a street.
func TestAddressTails22(t *testing.T) {
	checkFindCases(t, []findCase{
		{"barangay and town with a postcode", "deliver po sa 12 Ilang-Ilang St., Brgy. Santo Niño, Marikina 1800\nthanks po",
			[]string{"STREET_ADDRESS:12 Ilang-Ilang St", "LOCATION:Brgy. Santo Niño", "LOCATION:Marikina"}},
		{"lower-case sector", "1. dna. Elena Marin – 0722 000 111 – Str. Florilor nr. 5, bl. A2, sc. 1, ap. 4, sector 4, Bucuresti",
			[]string{"PERSON:dna. Elena Marin", "PHONE_NUMBER:0722 000 111", "STREET_ADDRESS:Str. Florilor nr. 5, bl. A2, sc. 1, ap. 4",
				"LOCATION:sector 4", "LOCATION:Bucuresti"}},
	})
}
