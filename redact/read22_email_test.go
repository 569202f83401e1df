package redact

import (
	"slices"
	"testing"
)

func TestRead22RoleAddresses(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"show entries with a phone", "Entries close 30 June: entries@oakshow.co.uk or 01632 960 200", nil},
		{"Spanish support desk in a chain", "Oficinas en Parla y Albacete; atención 910 00 00 01; soporte@envioya.es", nil},
		{"our email is", "Our show email is mailbag@thebigride.fm.", nil},
		{"my email is", "My email is news@brannigan.me, thanks.", []string{"news@brannigan.me"}},
		{"a role address alone", "Write to news@tulipshop.ie for the catalogue.", []string{"news@tulipshop.ie"}},
		{"a person's address", "Our customer email is r.brannigan@gmail.com.", []string{"r.brannigan@gmail.com"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := engineTypeTexts(t, tc.text, "EMAIL_ADDRESS"); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) e-mails = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestCamelWordIn(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"StoreBox Lindenau", true}, {"CashPoint Ja", true}, {"Aili McKenzie", false}, {"Niamh MacLeod", false},
		{"Ruth Halvorsen", false}, {"LaToya Pettibone", false}, {"LeafyMart Greiz", true}, {"Aoife FitzGerald", false},
		{"Omar AbdelRahman", false}, {"Sanne VanDerBeek", false}, {"Marie DuBois", false}, {"Torquil MacKenzie", false},
	}
	for _, tc := range tests {
		if got := camelWordIn(tc.text, 0, len(tc.text)); got != tc.want {
			t.Errorf("camelWordIn(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
	text := "Texte für unsere Filiale.\n- StoreBox Lindenau, Hauptstraße 41, 08056 Zwickau\n- Boxen ab 1 m²"
	if got := enginePersonTexts(t, text); len(got) != 0 {
		t.Errorf("Find(%q) persons = %q, want none", text, got)
	}
}
