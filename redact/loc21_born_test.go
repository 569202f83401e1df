package redact

import "testing"

// TestBirthplaceTowns checks the town of birth after a birth date or
// "born in" (loc21_born.go), and the words left alone.
func TestBirthplaceTowns(t *testing.T) {
	checkTypeCases(t, "LOCATION", []typeCase{
		{"Mr Ali Musa, born 5 June 1946 in Kericho, so he's 82 this year.", []string{"Kericho"}},
		{"Name: Ayla Demir\ngeb. am 04.06.1979 in Gaziantep\nSteuer-ID: none", []string{"Gaziantep"}},
		{"ma tante, Mme Anne Le Goff, née le 2 mars 1940 à Lorient, je vous écris", []string{"Lorient"}},
		{"Nadia Karim · She/Her\nAbout: Born 11 Feb 1996 in Khulna. Two years as an analyst.", []string{"Khulna"}},
		{"About: Born 11 Feb 1996 in Khulna. Two years as an analyst.", nil}, // no person named
		// no person, a month, a country, a name, the Italian "a"
		{"Mozart was born in Bonn.", nil},
		{"Mr Ali Musa was born in January 1950.", nil},
		{"Mr Ali Musa was born in Kenya.", nil},
		{"Mr Ali Musa was born in Maria's time.", nil},
		{"Nome: Ilaria Rossi\nNata il 23/04/1991 a Pavia\nC.F.: none", nil},
	})
}
