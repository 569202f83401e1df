package redact

import (
	"slices"
	"strings"
	"testing"
)

// TestTableCells checks the cells of pasted tables: name and city columns
// named by their header are PERSON and LOCATION, whatever the gazetteers
// know of the values; header labels are no names; other tables and prose
// after a table are left alone.
func TestTableCells(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, text string
		want       []string // "TYPE value", in text order
	}{
		{"csv with a header", "Customers:\nfirst_name,last_name,city\nAmara,Osei,Kumasi\nJorik,Vlasman,Zwolle\nWrite each a welcome note.",
			[]string{"PERSON Amara", "PERSON Osei", "LOCATION Kumasi", "PERSON Jorik", "PERSON Vlasman", "LOCATION Zwolle"}},
		{"markdown table", "| Name | City | Plan |\n|---|:--|---|\n| Thandiwe Mokoena | Polokwane | Gold |\n| Eero Virtanen | Oulu | Silver |",
			[]string{"PERSON Thandiwe Mokoena", "LOCATION Polokwane", "PERSON Eero Virtanen", "LOCATION Oulu"}},
		{"german labels and semicolons", "Vorname;Nachname;Ort;Tarif\nJannik;Oberhuber;Rosenheim;Basis",
			[]string{"PERSON Jannik", "PERSON Oberhuber", "LOCATION Rosenheim"}},
		{"tabs", "nom\tprénom\tville\nLefèvre\tCapucine\tQuimper",
			[]string{"PERSON Lefèvre", "PERSON Capucine", "LOCATION Quimper"}},
		{"no name column", "Product,Price,Colour\nTrail Jacket,129,Moss\nSummit Boots,189,Slate", nil},
		{"empty, numeric and placeholder cells", "name,city,id\nn/a,-,17\nnull,Tromsø,18\n,,19",
			[]string{"LOCATION Tromsø"}},
		{"prose after the table", "first_name,last_name,city\nAmara,Osei,Kumasi\nPlease, thanks, cheers", []string{"PERSON Amara", "PERSON Osei", "LOCATION Kumasi"}},
		{"a header inside prose is no table", "We sell jackets, boots and tents.\nSummer, autumn, winter", nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, s := range e.Find(tc.text) {
				if s.Type == "PERSON" || s.Type == "LOCATION" {
					got = append(got, s.Type+" "+tc.text[s.Start:s.End])
					if strings.Contains(s.Reason, tc.text[s.Start:s.End]) {
						t.Errorf("reason %q quotes the value", s.Reason)
					}
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) =\n%q, want\n%q", tc.text, got, tc.want)
			}
		})
	}
}

// TestTableHeaderLabels checks that a header's labels are not names
// ("Plan" after a "City" cell was one).
func TestTableHeaderLabels(t *testing.T) {
	text := "Name | City | Plan | Owner\nRuth Adeyemi | Ibadan | Gold | Sales"
	for _, s := range (personDetector{}).Detect(text, nil) {
		if s.Start < strings.IndexByte(text, '\n') {
			t.Errorf("header span %q (%s)", text[s.Start:s.End], s.Type)
		}
	}
}
