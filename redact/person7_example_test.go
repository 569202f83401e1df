package redact

import (
	"slices"
	"testing"
)

// TestPerson7Example covers sample names in an instruction's format and
// saints' days, which are no customer, beside the same names in a
// customer's slot.
func TestPerson7Example(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"quoted sample after e.g.", `Keep first name + last initial (e.g. "Hannah S.", Leeds).`, nil},
		{"curly sample after for example", "Sign each one like this, for example “Hannah Schulz”.", nil},
		{"sample in German", `Format: Vorname + Initial, z.B. "Jonas W."`, nil},
		{"quoted customer", `We sent the voucher to "Hannah Schulz" yesterday.`, []string{"Hannah Schulz"}},
		{"unquoted after e.g.", "Top buyers, e.g. Hannah Schulz, get early access.", []string{"Hannah Schulz"}},
		{"saint's day", "Plan a post for St Nicholas Day and one for Boxing Day.", nil},
		{"saint's day with a full stop", "Open late on St. George Day.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestPerson7StreetNames covers people's names that name a street after a
// Romanian, Spanish, Czech or South Slavic street word.
func TestPerson7StreetNames(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"romanian", "Coletul a ajuns pe Str. Mihai Dobrescu nr. 8.", nil},
		{"spanish", "Lo dejamos en Avda. Ramón Pérez, portal 3.", nil},
		{"croatian", "Dostava na Trg Petra Preradovića 2.", nil},
		{"person", "Please call Mihai Dobrescu about the parcel.", []string{"Mihai Dobrescu"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
