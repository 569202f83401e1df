package redact

import (
	"slices"
	"testing"
)

// TestStreetTails checks the flat, floor and door parts streetTails adds
// to a street (address21_tail.go), and the words it leaves out.
func TestStreetTails(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text string
		want []string // STREET_ADDRESS values, in order
	}{
		{"Adress: Storgatan 12 B, lgh 1102, 111 22 Stockholm", []string{"Storgatan 12 B, lgh 1102"}},
		{"Osoite: Hämeenkatu 14 B 22, 33100 Tampere", []string{"Hämeenkatu 14 B 22"}},
		{"Adresse: Storgata 12 B, H0203, 0155 Oslo", []string{"Storgata 12 B, H0203"}},
		{"Adress: Götgatan 48, 4 tr, 118 26 Stockholm", []string{"Götgatan 48, 4 tr"}},
		{"Adres: Kerkstraat 18-III, 1017 GA Amsterdam", []string{"Kerkstraat 18-III"}},
		{"Adres: Oudegracht 231-bis, Utrecht", []string{"Oudegracht 231-bis"}},
		{"Adres: Torenlaan 3 A, 1211 AB Hilversum", []string{"Torenlaan 3 A"}},
		{"Adreça: Carrer de Mallorca, 401, 2n 1a, 08013 Barcelona", []string{"Carrer de Mallorca, 401, 2n 1a"}},
		{"Dirección: Av. Corrientes 1234, 4º B, CABA", []string{"Av. Corrientes 1234, 4º B"}},
		{"Adresse : 27 rue Jean-Jaurès, 3e étage porte droite, 69007 Lyon", []string{"27 rue Jean-Jaurès, 3e étage porte droite"}},
		{"Anschrift: Lindenweg 7, 3. Etage links, 04109 Leipzig", []string{"Lindenweg 7, 3. Etage links"}},
		{"Address: 1020 Payne Avenue apartment 6, St Paul", []string{"1020 Payne Avenue apartment 6"}},
		// prose after the street stays out
		{"Mr Ola Bello lives at 12 Oak Road as a tenant.", []string{"12 Oak Road"}},
		{"Adres: Torenlaan 3 A few doors down", []string{"Torenlaan 3"}},
		{"Vive en la Calle Olmo 12, ático de la casa", []string{"Calle Olmo 12"}},
		{"Adresse : 12 rue Victor Hugo, 2024 était une année", []string{"12 rue Victor Hugo"}},
	} {
		got := findType(e, tc.text, "STREET_ADDRESS")
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: STREET_ADDRESS %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestStreetTailUnitTown checks that a district after a unit inside the
// street is still read (unitFieldTowns, loc17_street.go).
func TestStreetTailUnitTown(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := findType(e, "Sra. Luz Ospina, Calle 10 # 43E-31, apto 502, Cañaveral, Ibagué. Celular 310", "LOCATION")
	if want := []string{"Cañaveral", "Ibagué"}; !slices.Equal(got, want) {
		t.Errorf("LOCATION %q, want %q", got, want)
	}
}
