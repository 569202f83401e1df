package redact

import (
	"slices"
	"testing"
)

// TestAges7 checks the ages of dob_age7.go (values made up for the test).
func TestAges7(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"- Kiss Péter – Eger, 52 éves, tanár", []string{"52 éves"}},
		{"Marko iz Zadra ima 71 godinu? Ne, ima 71 godina.", []string{"71 godina"}},
		{"Pan Dvořák, 63 let, chce dárek.", []string{"63 let"}},
		{"Äitini täyttää 75 ja haluaa kakun.", []string{"75"}},
		{"Bunica mea împlinește 88 de ani.", []string{"88 de ani"}},
		{"Ο παππούς είναι 81 χρονών.", []string{"81 χρονών"}},
		{"Бабушке 77 лет, она любит цветы.", []string{"77 лет"}},
		{"Дідусю 69 років.", []string{"69 років"}},
		{"Hän on 42-vuotias opettaja.", []string{"42-vuotias"}},
		{"Pani Zofia, 58-letnia klientka", []string{"58"}},
		{"Ivan, 39-летний инженер", []string{"39-летний"}},
		{"Életkor: 47", []string{"47"}},
		{"Yaşı: 29", []string{"29"}},
		{"Customer: Zawadi (F, 34) from Kisii", []string{"34"}},
		{"gift ideas for my bf (31M) and his dad (M, 64)", []string{"31", "64"}},
		{"Mteja Baraka, umri 41, anapenda chai", []string{"41"}},
		{"Juma, miaka 52, mkulima", []string{"miaka 52"}},
		{"Revenue grew (34M) this year", []string{}},
		{"Size chart (F, 34) and (M, 38)", []string{}},
		{"- Britt-Marie Holm (fyller 70 i oktober!), 070-111 22 33", []string{"70"}},
		{"| Jens Dahl | Fylder 50 i marts |", []string{"50"}},
		{"Our shop turns 5 in May.", nil},
		{"- Ines Vidal — travelling with daughter Zofija, 14", []string{"14"}},
		// durations and counts are no ages
		{"Firma postoji već 40 godina? Ne: prije 40 godina.", nil},
		{"We shipped 3 gifts and 12 vouchers.", nil},
		{"acum 5 ani", nil},
		{"Wait 3 days for delivery.", nil},
	}
	for _, c := range cases {
		got := findType(newTestEngine(t), c.text, "AGE")
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: AGE %q, want %q", c.text, got, c.want)
		}
	}
}
