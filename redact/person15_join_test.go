package redact

import (
	"slices"
	"testing"
)

// TestPerson15Join covers the words that join a name to a parent's name.
func TestPerson15Join(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"son of", "Name: Dinesh Kumar s/o Muthusamy", []string{"Dinesh Kumar s/o Muthusamy"}},
		{"daughter of, before an age", "Applicant: Pushpavalli d/o Ramasamy, 34", []string{"Pushpavalli d/o Ramasamy"}},
		{"Malaysian a/l and a/p", "Customer: Ilango a/l Thirumalai\nCustomer: Kalaivani a/p Murugan",
			[]string{"Ilango a/l Thirumalai", "Kalaivani a/p Murugan"}},
		{"Malay binte", "Guest list: Siti Hajar binte Yusof", []string{"Siti Hajar binte Yusof"}},
		{"Hebrew ben and bat", "Please thank Yosef ben Avraham and Miriam bat Levi.",
			[]string{"Yosef ben Avraham", "Miriam bat Levi"}},
		{"a joiner before a month", "Applicant: Pushpavalli d/o March 2024 intake", []string{"Pushpavalli"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
