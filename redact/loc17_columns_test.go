package redact

import (
	"slices"
	"strings"
	"testing"
)

// TestTableColumn17 checks the header labels of loc17_columns.go, and
// labels that stay other columns.
func TestTableColumn17(t *testing.T) {
	for label, want := range map[string]tableColumn{
		"shipping city": colCity, "billing_zip": colZip, "shipping province": colCity, "delivery postcode": colZip,
		"home_city": colCity, "shipping street": colStreet, "village": colCity, "kotikunta": colCity,
		"miestas": colCity, "uf": colCity, "gimimo_data": colBirth, "date_of_birth": colBirth,
		"shipping country": colOther, "shipping method": colOther, "shipping": colOther, "billing_name": colOther,
		"financial status": colOther, "home": colOther, "grad": colOther,
	} {
		if got := tableColumn17(label); got != want {
			t.Errorf("tableColumn17(%q) = %d, want %d", label, got, want)
		}
	}
}

// TestColumns17Cells checks the cells under such columns in whole texts.
func TestColumns17Cells(t *testing.T) {
	runTypes17(t, []string{"LOCATION", "ZIP_CODE", "DATE_OF_BIRTH"}, []typesCase17{
		{"Orders to ship:\nName,Email,Shipping Name,Shipping Street,Shipping City,Shipping Zip,Shipping Province\n" +
			"#1007,quitéria.lemos@example.com,Quitéria Lemos,\"Rua das Acácias, 77, casa 3\",Uberlândia,38400-112,MG\n",
			[]string{"LOCATION Uberlândia", "ZIP_CODE 38400-112", "LOCATION MG"}},
		{"Orders:\nName,Shipping Name,Shipping Street,Shipping City,Shipping Zip\n" +
			"#2001,Quitéria Lemos,\"Rua das Acácias, 77\",Uberlândia,38400-112\n" +
			"#2002,Velaria Serra Azul Ltda,\"Rua do Porto, 9\",Tiradentes,36325-000\n",
			[]string{"LOCATION Uberlândia", "ZIP_CODE 38400-112"}},
		{"No | Name | Village | Mobile\n1 | Sravani Kondeti | Gollapudi | 98480 11223\n2 | Ramesh Varikuti | Penamaluru | 94401 22334\n",
			[]string{"LOCATION Gollapudi", "LOCATION Penamaluru"}},
		{"etunimi;sukunimi;kotikunta\nAino;Lehtimäki;Ylitornio\nVeikko;Rantanen;Pello\n",
			[]string{"LOCATION Ylitornio", "LOCATION Pello"}},
		{"vardas;pavardė;gimimo_data;miestas\nAušrinė;Kairytė;1988-03-14;Panevėžys\n",
			[]string{"DATE_OF_BIRTH 1988-03-14", "LOCATION Panevėžys"}},
	})
}

// findTypes17 returns the spans of the types that e finds in text, as
// "TYPE value" (findTexts, engine_test.go, filtered).
func findTypes17(e *Engine, text string, types ...string) []string {
	var out []string
	for _, tv := range findTexts(e, text) {
		typ, v, _ := strings.Cut(tv, ":")
		if slices.Contains(types, typ) {
			out = append(out, typ+" "+v)
		}
	}
	return out
}

// typesCase17 is a text and the spans of some types expected in it, as
// "TYPE value" in order.
type typesCase17 struct {
	text string
	want []string
}

// runTypes17 checks the spans of types that the engine finds in each
// case's text.
func runTypes17(t *testing.T, types []string, cases []typesCase17) {
	t.Helper()
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range cases {
		if got := findTypes17(e, tc.text, types...); !slices.Equal(got, tc.want) {
			t.Errorf("%q:\n got %q\nwant %q", tc.text, got, tc.want)
		}
	}
}
