package redact

import (
	"strings"
	"testing"
)

// TestAges21b checks the age classes of read21b_age.go: a label longer
// than ten bytes, Polish "lat" between commas, and the times after a
// turning verb that turnTimeAfter lacked; and the look-alikes that stay
// no age.
func TestAges21b(t *testing.T) {
	checkSpans21b(t, "AGE", []spanCase21b{
		{"greek label", "Όνομα: Ελένη Μάρκου\nΗλικία: 41\nΠόλη: Πάτρα", "41", true, ""},
		{"russian label", "Имя: Олег Петров\nВозраст: 38\n", "38", true, ""},
		{"polish lat between commas", "- Pani Anna Kowalska, lat 66, tel. 501 222 333", "66", true, ""},
		{"polish lat in brackets with a note", "- Pan Jan Nowak (lat 71, dzwonił wczoraj)", "71", true, ""},
		{"polish lat in brackets", "Klient Jan Nowak (lat 47) z Krakowa", "47", true, ""},
		{"polish age limit", "Dzieci do lat 12 wchodzą za darmo.", "12", false, ""},
		{"nordic samma", "- Marta Nilsen fyller 50 samma dag.", "50", true, ""},
		{"nordic samme", "Bursdager: (hun fyller 45 samme helg!)", "45", true, ""},
		{"nordic ombord", "- Kirsti Holm, 27 41 11 16, fylder 70 ombord – kage?", "70", true, ""},
		{"shop anniversary", "- vi fyller 10 samme uke", "10", false, ""},
		{"emoji after turning", "its my sis bday she turning 27 🎉", "27", true, ""},
		{"english same week", "my nan turning 88 same week so cake pls", "88", true, ""},
		{"finnish vuotta and a time", "- Aino Virtanen täyttää 30 vuotta ensi viikolla", "30 vuotta", true, ""},
		{"finnish vuotta and a date", "Sankari: Eino, täyttää 9 vuotta 3.11.", "9 vuotta", true, ""},
		{"finnish vuotta in a note", "- Ritva Laine, 040 111 2233, täyttää 70 vuotta ensi viikolla", "70 vuotta", true, ""},
		{"age on a label", "Full name: Ada Brennick\nAge on departure: 19\nPassport no.: on file", "19", true, ""},
		{"age at a label", "- Age at enrolment: 17\n", "17", true, ""},
		{"label in prose", "The age on departure: 19 rooms were booked", "19", false, ""},
		{"line break before a numbered item", "1. Sra. Ana Ruiz – su mamá Doña Elena cumple 85\n2. Otra", "85", true, ""},
		{"finnish business anniversary", "Kahvilamme täyttää 10 vuotta ensi viikolla!", "10", false, ""},
	})
}

// spanCase21b is a text, a value in it and whether a span of the test's
// type (or of typ, when set) covers exactly that value.
type spanCase21b struct {
	name, text, value string
	want              bool
	typ               string
}

// checkSpans21b runs the cases of read21b's table tests with spans of typ.
func checkSpans21b(t *testing.T, typ string, cases []spanCase21b) {
	t.Helper()
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range cases {
		ty := typ
		if tc.typ != "" {
			ty = tc.typ
		}
		t.Run(tc.name, func(t *testing.T) {
			if got := spanAt17b(e, tc.text, ty, strings.Index(tc.text, tc.value), len(tc.value)); got != tc.want {
				t.Errorf("%q: %s %q found %v, want %v", tc.text, ty, tc.value, got, tc.want)
			}
		})
	}
}
