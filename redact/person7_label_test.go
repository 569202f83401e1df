package redact

import (
	"slices"
	"testing"
)

// TestPerson7RoleLabels covers the role labels of delivery runs,
// competitions and service jobs, a label after a dash inside a line, and
// a relation given as a label's value.
func TestPerson7RoleLabels(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"rider after dashes", "RUN 4 — Thu — Rider: Quorwen\n\nStops below.", []string{"Quorwen"}},
		{"device driver", "Printer setup\nDriver: Windows\nPort: USB", nil},
		{"winner", "Winner: Tavish\nPrize: hamper", []string{"Tavish"}},
		{"fahrer", "Tour 3\nFahrer: Kalle\nStopps: 9", []string{"Kalle"}},
		{"relation as value", "Carer: Daughter, see notes", nil},
		{"placeholder value", "Guest: Unknown", nil},
		{"more words after the value", "Rider: Uber Eats delivery", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
