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

// TestPerson7Partners covers partners named by their own word, "partner"
// after a personal possessive, and who served a customer or took a call.
func TestPerson7Partners(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"my partner", "My partner Oyelaran does the ordering.", []string{"Oyelaran"}},
		{"our partner", "Our partner Stripe handles the payments.", nil},
		{"girlfriend", "It is for her girlfriend Tavish, who loves tea.", []string{"Tavish"}},
		{"taken by", "Phone order – taken by Quorwen (volunteer)", []string{"Quorwen"}},
		{"served by", "I was served by Quorwen at the till.", []string{"Quorwen"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestPerson7ColumnLabels covers name columns headed in Czech, Finnish,
// Turkish, Hungarian and Romanian.
func TestPerson7ColumnLabels(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"czech", "jmeno;prijmeni;mesto\nKvětoslava;Pštrossová;Brno", []string{"Květoslava", "Pštrossová"}},
		{"finnish", "etunimi,sukunimi\nAukusti,Rättyä", []string{"Aukusti", "Rättyä"}},
		{"turkish", "adı | soyadı | şehir\nNurcihan | Kıvrakoğlu | Bursa", []string{"Nurcihan", "Kıvrakoğlu"}},
		{"hungarian", "vezetéknév\tkeresztnév\nSzentgyörgyi\tBoglárka", []string{"Szentgyörgyi", "Boglárka"}},
		{"romanian", "nume,prenume\nDrăgulescu,Ilinca", []string{"Drăgulescu", "Ilinca"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
