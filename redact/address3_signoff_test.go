package redact

import (
	"slices"
	"testing"
)

func TestSignoffAges(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"role and age", "\"Drill arrived next day\" - Liam O'Connor, electrician, 34\nmore", []string{"34"}},
		{"age and town", "\"Lovely staff\" – Sarah Thompson, 41, Bristol", []string{"41"}},
		{"stars are no age", "\"Great\" - Sarah Thompson, 5 stars", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := findType(e, tc.text, "AGE")
			if !slices.Equal(got, tc.want) {
				t.Errorf("AGE = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestSignoffTowns(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"town and state", "\"Fast delivery, friendly driver.\" — Margaret Olsen, Tempe, AZ\n\"Meh.\" — anon", []string{"Tempe", "AZ"}},
		{"unknown town and province", "\"Best bakery in town\" – Sarah Thompson, Kanata, ON\nmore soon", []string{"Kanata", "ON"}},
		{"known town alone", "« Livraison rapide. » — M. Pierre Lambert, Grenoble\n\nMerci", []string{"Grenoble"}},
		{"dash at line start", "Loved the cake!\n- Emily Clarke, Manchester", []string{"Manchester"}},
		{"role and town", "\"Quick fix.\" — Priya Nair, nurse, Leicester\nnext", []string{"Leicester"}},
		{"clause after town", "\"Nice\" — Emily Clarke, Manchester is lovely\nok", nil},
		{"role is no town", "\"Great service\" - John Smith, Manager\nThanks", nil},
		{"comma clause", "Dear Anna, Paris awaits you this spring.", nil},
		{"after the quote's last sentence", "\"Good bike, quick repair. — Dhr. Arvid Kessel, Drammen\"\nReply?", []string{"Drammen"}},
		{"after the quote's last sentence, a role", "\"Good bike! — Arvid Kessel, Manager\"\nReply?", nil},
		{"dash in a sentence, a clause follows", "We met. — Arvid Kessel, Drammen was closed that day.", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := findType(e, tc.text, "LOCATION")
			if !slices.Equal(got, tc.want) {
				t.Errorf("LOCATION = %q, want %q", got, tc.want)
			}
		})
	}
}
