package redact

import (
	"slices"
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
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text string
		want []string // "TYPE value", in order
	}{
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
	} {
		var got []string
		for _, s := range e.Find(tc.text) {
			if s.Type == "LOCATION" || s.Type == "ZIP_CODE" || s.Type == "DATE_OF_BIRTH" {
				got = append(got, s.Type+" "+tc.text[s.Start:s.End])
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q:\n got %q\nwant %q", tc.text, got, tc.want)
		}
	}
}
