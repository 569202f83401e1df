package redact

import "testing"

// TestStreet17DutchAdditions holds Dutch one-word streets whose house
// number has an addition, before a postcode with its letters (and a
// town or a bracket after it), and look-alikes: an addition no Dutch
// address writes, a product code.
func TestStreet17DutchAdditions(t *testing.T) {
	checkFindCases(t, []findCase{
		{"floor addition in brackets", "ze woont sinds kort in Kampen (Diezerpoort 14-II, 8011 PK)",
			[]string{"STREET_ADDRESS:Diezerpoort 14-II", "ZIP_CODE:8011 PK"}},
		{"ground floor addition and town", "Adres: Diezerpoort 14-hs, 8011 PK Kampen",
			[]string{"STREET_ADDRESS:Diezerpoort 14-hs", "ZIP_CODE:8011 PK", "LOCATION:Kampen"}},
		// Look-alikes: a model number and a code.
		{"model and code", "Kies Model 14-XL, 8011 PK nog niet leverbaar", nil},
	})
	for _, c := range []struct {
		in   string
		want int
	}{{"Beek 31-II", 7}, {"Beek 31-hs", 7}, {"Beek 31-XL", 10}, {"Beek-II", 7}} {
		if got := nlAdditionStart(c.in, len(c.in)); got != c.want {
			t.Errorf("nlAdditionStart(%q) = %d, want %d", c.in, got, c.want)
		}
	}
}
