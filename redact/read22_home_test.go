package redact

import (
	"slices"
	"testing"
)

func TestHomeAfterNames(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"family of", "Donors who agreed to be named: the Rahman family of Fenham; Haji Yusuf and sons.", []string{"Fenham"}},
		{"and family of, two words", "Lunch sponsored by Mrs. Hemalatha Desilva and family of Mitcham Junction.", []string{"Mitcham Junction"}},
		{"of, the person detector's span turned", "kiddush sponsored by his grandparents Mr & Mrs Moshe Adler of Kessock Brae.", []string{"Kessock Brae"}},
		{"comma from", "Best rye bread: Ilze Ozola, from Kuldiga", []string{"Kuldiga"}},
		{"Indonesian dari in brackets", "3. Made Wirawan (dari Singaraja), 0857 0000 1111", []string{"Singaraja"}},
		{"for after the place", "Thanks to the Dlamini family of Soshanguve for the hampers.", []string{"Soshanguve"}},
		{"an institution", "The Duke of Rothesay award and the Bank of England.", nil},
		{"a firm", "Quote from Jo Reyes of Reyes Joinery, our supplier.", nil},
		{"a peer's title", "Judged by Lord Mayhew of Ashby.", nil},
		{"a weekday", "Call from Ilze Ozola, from Monday on.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := engineTypeTexts(t, tc.text, "LOCATION"); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) locations = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
