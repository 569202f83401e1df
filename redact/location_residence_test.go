package redact

import (
	"slices"
	"testing"
)

// TestResidenceLocations checks the towns and regions marked where a
// person lives, and the texts where none may be.
func TestResidenceLocations(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text string
		want       []string
	}{
		{"wohnt in, unknown town", "Anna (34) wohnt in Regensburg und liebt Wandern.", []string{"Regensburg"}},
		{"mieszka w, locative", "Jan Kowalski mieszka w Krakowie.", []string{"Krakowie"}},
		{"lives in, two words and a region", "Maria Rossi lives in Bad Tölz, Bavaria.", []string{"Bad Tölz", "Bavaria"}},
		{"habite à", "Claire Dubois habite à Pontoise depuis 2019.", []string{"Pontoise"}},
		{"woont in", "Pieter de Vries woont in Zutphen.", []string{"Zutphen"}},
		{"bor i", "Lars Nilsson bor i Sundbyberg.", []string{"Sundbyberg"}},
		{"customer from a known town", "Customer from Cork, Ireland, aged 52.", []string{"Cork"}},
		{"gazetteer town and county after a street", "Tom Baker, 14 Main Street, Bray, Co. Wicklow.", []string{"Bray", "Co. Wicklow"}},
		{"aus after a name", "Gutschein für Anna Huber aus Villach, bitte.", []string{"Villach"}},
		{"from after a name, unknown word", "Tom Baker from Acme called.", nil},
		{"county after a known city", "Email Tom Baker, 4 Main Street, Dublin, Co. Dublin about the sale.", []string{"Dublin", "Co. Dublin"}},
		{"state name after a town", "Tom Baker lives in Springfield, Illinois.", []string{"Springfield", "Illinois"}},
		{"no country after a residence phrase", "Benjamin pretended to be an American while living in India.", nil},
		{"no person, no residence", "Our company is based in Regensburg.", nil},
		{"unknown word after a person noun", "A customer from Acme asked about the sale.", nil},
		{"known town with an article", "Anna Müller lives in The Hague.", []string{"The Hague"}},
		{"stop word after the phrase", "Anna Müller lives in Der Nähe.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, s := range e.Find(tc.text) {
				if s.Type == "LOCATION" {
					got = append(got, tc.text[s.Start:s.End])
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) LOCATION = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
