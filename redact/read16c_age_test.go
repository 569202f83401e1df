package redact

import "testing"

// TestRead16cTitledAppositive: an age between commas after a titled name
// (read16c_age.go); own values.
func TestRead16cTitledAppositive(t *testing.T) {
	e, _ := NewEngine(Options{})
	yes := []string{
		"- Mr Karma Wangdi, 68, prefers a phone call on Mondays",
		"Mrs Ada Oyelaran, 74, lives above the shop",
		"Notes: Dr. Ilse Brandvold, 59, wants the early slot",
	}
	for _, text := range yes {
		found := false
		for _, s := range e.Find(text) {
			found = found || s.Type == "AGE"
		}
		if !found {
			t.Errorf("%q: no AGE in %v", text, e.Find(text))
		}
	}
	no := []string{
		"Mr Karma Wangdi, 12, 14 and 16 are the rooms",
		"Dr, 12, said nothing",
		"the Mr Muscle range, 40, 50 and 60 ml",
	}
	for _, text := range no {
		for _, s := range e.Find(text) {
			if s.Type == "AGE" {
				t.Errorf("%q: unexpected AGE %q", text, text[s.Start:s.End])
			}
		}
	}
}
