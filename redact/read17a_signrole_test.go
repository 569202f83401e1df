package redact

import (
	"slices"
	"testing"
)

// TestRead17aSignOffRole covers a name under a closing line with the
// writer's job after a comma, and what stays no name there.
func TestRead17aSignOffRole(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"initial, a trade noun", "See you on the 4th.\nYours sincerely,\nR. Threlkeld, Audiologist", []string{"R. Threlkeld"}},
		{"two words of a job", "Any questions, just call.\nBest,\nOrla Fennimore, Practice Manager", []string{"Orla Fennimore"}},
		{"head of", "Thanks again.\nKind regards,\nWren Ashcombe-Tull, Head of Member Services", []string{"Wren Ashcombe-Tull"}},
		{"no closing above", "The results came back.\nR. Threlkeld, Audiologist", nil},
		{"a firm and its town", "Thanks again.\nKind regards,\nBrightfold Roofing, Aldminster", nil},
		{"a team and a desk", "Thanks again.\nKind regards,\nSupport Team, Helpdesk Manager", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestSignOffRoleAfter covers the job title after a signing name's comma.
func TestSignOffRoleAfter(t *testing.T) {
	for text, want := range map[string]bool{
		"X, Audiologist":                  true,
		"X, Senior Physiotherapist  ":     true,
		"X, Head of Customer Service":     true,
		"X, Director\nnext line":          true,
		"X, Customer Care":                false,
		"X, Manager at Brightfold":        false,
		"X, 12 Elm Street":                false,
		"X,Audiologist":                   false,
		"X, A Very Long Title Of Manager": false,
	} {
		if got := signOffRoleAfter(text, 1); got != want {
			t.Errorf("signOffRoleAfter(%q) = %v, want %v", text, got, want)
		}
	}
}
