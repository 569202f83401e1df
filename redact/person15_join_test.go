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
		{"son of", "Members:\nName: Dinesh Kumar s/o Muthusamy", []string{"Dinesh Kumar s/o Muthusamy"}},
		{"daughter of, before an age", "Applicants\nApplicant: Pushpavalli d/o Ramasamy, 34", []string{"Pushpavalli d/o Ramasamy"}},
		{"Malaysian a/l and a/p", "Customer: Ilango a/l Thirumalai\nCustomer: Kalaivani a/p Murugan",
			[]string{"Ilango a/l Thirumalai", "Kalaivani a/p Murugan"}},
		{"Malay binte", "Guest list:\n- Siti Hajar binte Yusof", []string{"Siti Hajar binte Yusof"}},
		{"Hebrew ben and bat", "Please thank:\n- Daniel ben Avraham and Miriam bat Levi.",
			[]string{"Daniel ben Avraham", "Miriam bat Levi"}},
		{"a joiner before a month", "Applicants\nApplicant: Pushpavalli d/o March 2024 intake", []string{"Pushpavalli"}},
		{"prose on one line, left to the name rules", "Please thank Yosef ben Avraham.", []string{"Yosef", "Avraham"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
