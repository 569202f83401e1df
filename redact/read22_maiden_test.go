package redact

import (
	"slices"
	"testing"
)

func TestMaidenNames(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"Finnish o.s. in brackets", "Asiakas: Anna Virtanen (o.s. Mäkelä), 47 v., Oulu", []string{"Anna Virtanen", "Mäkelä"}},
		{"German geb.", "Frau Petra Krüger geb. Lange, 67 Jahre", []string{"Frau Petra Krüger", "Lange"}},
		{"Swedish f.", "Maria Lindqvist f. Holm, 52 år", []string{"Maria Lindqvist", "Holm"}},
		// A marker of marriage that runs on inside the name ("ved.",
		// "épouse", "Vda. de") is inside its span, as the sets label it:
		// personExtent (person23_extent.go) joins the two spans.
		{"Danish ved.", "Ingeborg Dahl ved. Sørensen takker for blomsterne", []string{"Ingeborg Dahl ved. Sørensen"}},
		{"French née", "Mme Claire Martin née Lebrun, 9 rue des Tanneurs", []string{"Mme Claire Martin", "Lebrun"}},
		{"Czech roz. after a comma", "paní Jana Veselá, roz. Pospíšilová, tel. 604 000 113", []string{"paní Jana Veselá", "Pospíšilová"}},
		{"Italian in", "Sa signora Lucia Pinna in Deiana (per tutti \"Lucia\"), nata il 3 marzo 1951.", []string{"Lucia Pinna", "Deiana", "Lucia"}},
		{"Italian in before a town", "Sa signora Lucia Pinna in Cagliari, nata il 3 marzo 1951.", []string{"Lucia Pinna"}},
		{"English in before a department", "Sarah Jones in Accounts will call you.", []string{"Sarah Jones"}},
		{"English in before a city", "We met Sarah Jones in Frome last week.", []string{"Sarah Jones"}},
		{"geb. before a date", "Frau Petra Krüger, geb. 03.02.1950", []string{"Frau Petra Krüger"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
