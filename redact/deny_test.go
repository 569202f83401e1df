package redact

import (
	"slices"
	"testing"
)

func TestDenyMatcher(t *testing.T) {
	tests := []struct {
		name  string
		terms []string
		text  string
		want  []string
	}{
		{"case-insensitive", []string{"falcon"}, "FALCON, Falcon and falcon.", []string{"FALCON", "Falcon", "falcon"}},
		{"whole words only", []string{"cat"}, "cat concat cats cat_x (cat)", []string{"cat", "cat"}},
		{"multi-word any whitespace", []string{"Project  Falcon"}, "project\n\tfalcon and projectfalcon and project falcons", []string{"project\n\tfalcon"}},
		{"unicode case folding", []string{"café noir"}, "Order a CAFÉ NOIR now", []string{"CAFÉ NOIR"}},
		{"digits are word characters", []string{"x1"}, "x1 ax1 x12", []string{"x1"}},
		{"longest term wins at a position", []string{"acme", "acme corp"}, "acme corp and acme", []string{"acme corp", "acme"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dm, err := newDenyMatcher(tc.terms)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, s := range dm.detect(tc.text, nil) {
				if s.Type != deniedTermType || s.Rule != denyRule || s.Score != 1 {
					t.Errorf("span %+v: want type %s, rule %s, score 1", s, deniedTermType, denyRule)
				}
				got = append(got, tc.text[s.Start:s.End])
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("detect(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
