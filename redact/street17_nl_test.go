package redact

import "testing"

// TestStreet17DutchAdditions holds Dutch one-word streets whose house
// number has an addition, before a postcode with its letters (and a
// town or a bracket after it), and look-alikes: an addition no Dutch
// address writes, a product code.
func TestStreet17DutchAdditions(t *testing.T) {
	checkFindCases(t, []findCase{
		{"floor addition in brackets", "ze woont sinds kort in Zwolle (Diezerpoort 14-II, 8011 PK)",
			[]string{"STREET_ADDRESS:Diezerpoort 14-II", "ZIP_CODE:8011 PK"}},
		{"ground floor addition and town", "Adres: Diezerpoort 14-hs, 8011 PK Zwolle",
			[]string{"STREET_ADDRESS:Diezerpoort 14-hs", "ZIP_CODE:8011 PK", "LOCATION:Zwolle"}},
		// Look-alikes: a model number and a code.
		{"model and code", "Kies Model 14-XL, 8011 PK nog niet leverbaar", nil},
	})
	for _, c := range []struct {
		in   string
		want int
	}{{"Tuinen 31-II", 9}, {"Tuinen 31-hs", 9}, {"Tuinen 31-XL", 12}, {"Tuinen-II", 9}} {
		if got := nlAdditionStart(c.in, len(c.in)); got != c.want {
			t.Errorf("nlAdditionStart(%q) = %d, want %d", c.in, got, c.want)
		}
	}
}
