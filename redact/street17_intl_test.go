package redact

import "testing"

// TestStreet17NationalTypeWords holds a Polish estate written out
// ("Osiedle") with its flat, Estonian streets with the address
// standard's "tn" and "mnt" (no stop) and a house-flat number, and
// look-alikes: the abbreviations with no capitalised name before them.
func TestStreet17NationalTypeWords(t *testing.T) {
	checkFindCases(t, []findCase{
		{"osiedle and flat", "Zwrot: Osiedle Słoneczne 12 m. 8, 31-222 Zakopane",
			[]string{"STREET_ADDRESS:Osiedle Słoneczne 12 m. 8", "ZIP_CODE:31-222", "LOCATION:Zakopane"}},
		{"estonian mnt", "hr Kask (elab Pärnu mnt 102-7, Rakvere)",
			[]string{"PERSON:hr Kask", "STREET_ADDRESS:Pärnu mnt 102-7", "LOCATION:Rakvere"}},
		{"estonian tn", "Aadress: Tamme tn 9-3, 50410 Tartu",
			[]string{"STREET_ADDRESS:Tamme tn 9-3", "ZIP_CODE:50410", "LOCATION:Tartu"}},
		// Look-alikes: the abbreviations after no name.
		{"mnt after an article", "it's a mnt 5 thing", nil},
		{"tn after an article", "the tn 5 visa", nil},
	})
}
