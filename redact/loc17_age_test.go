package redact

import (
	"slices"
	"testing"
)

// TestAges17 checks the ages of loc17_age.go, and the numbers it leaves
// alone.
func TestAges17(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text string
		want []string // AGE values, in order
	}{
		{"Opa Henk is net 80 geworden, dus graag een kaart.", []string{"80"}},
		{"Heinrich Bauer, der im Mai 75 geworden ist, kommt auch.", []string{"75"}},
		{"Aus 50 Gästen sind 80 geworden.", nil},
		{"Patient: Mr Ravi Sandhu, DOB: 4 Mar 1951 (74), Address: 12 Oak Lane", []string{"74"}},
		{"Patient: Mr Ravi Sandhu, DOB: 4 Mar 1951 (page 2)", nil},
		{"- Ondřej Vlček, slaví 40. narozeniny, babička Jana", []string{"40"}},
		{"Stůl 3: Jana Malá, 4 osoby (oslaví 30. narozeniny)", []string{"30"}},
		{"- Thandi Mokoena – she's 52 on the 14th – 07412 555 123", []string{"52"}},
		{"I'm 30 on Saturday so come along", []string{"30"}},
		{"The shop is 10 on the 3rd.", nil},
		{"Knocked on 14 Elm Road — Mrs. Nora Quigley, lovely woman, 82, wants the footpath fixed", []string{"82"}},
		{"Tables for the teacher, 4, 5 and 6 are booked", nil},
		{"ask the teacher, 12", nil},
		{"Kasse: Tom Berg, 25 m. weiter links", nil},
		{"The pool is 25 m. Long enough.", nil},
	} {
		got := findType(e, tc.text, "AGE")
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: AGE %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestUnitOK17 checks the abbreviated units' dot and field end, and the
// plural verb before "geworden".
func TestUnitOK17(t *testing.T) {
	for _, tc := range []struct {
		text string
		unit string
		want bool
	}{
		{"Rūta, 22 m.\n", "m", true},
		{"Kask, 38 a., tel", "a", true},
		{"Berg, 25 m. weiter", "m", false},
		{"Berg, 25 m weiter", "m", false},
		{"ist 80 geworden", "geworden", true},
		{"sind 80 geworden", "geworden", false},
	} {
		var r digitRun
		for i := 0; i < len(tc.text); i++ {
			if isDigit(tc.text[i]) {
				r.start = i
				for r.end = i; r.end < len(tc.text) && isDigit(tc.text[r.end]); r.end++ {
				}
				break
			}
		}
		j := r.end + 1 + len(tc.unit)
		if got := unitOK17(tc.text, r, tc.unit, j); got != tc.want {
			t.Errorf("unitOK17(%q, %q) = %v, want %v", tc.text, tc.unit, got, tc.want)
		}
	}
}

// TestBeAgeDay17 checks the day after an age that a person is or will be
// (beAgeBefore, turnAgeBefore): a DATE_OF_BIRTH with the age.
func TestBeAgeDay17(t *testing.T) {
	runTypes17(t, []string{"AGE", "DATE_OF_BIRTH"}, []typesCase17{
		{"- Thandi Mokoena – she's 52 on the 14th – call her", []string{"AGE 52", "DATE_OF_BIRTH 14th"}},
		{"Our Rowan will be sixty on the 12th, so something special", []string{"AGE sixty", "DATE_OF_BIRTH 12th"}},
		{"The price will be 50 on the 3rd.", nil},
	})
}
