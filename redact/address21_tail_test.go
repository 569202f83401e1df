package redact

import "testing"

// TestStreetTails checks the flat, floor and door parts streetTails adds
// to a street (address21_tail.go), and the words it leaves out.
func TestStreetTails(t *testing.T) {
	checkTypeCases(t, "STREET_ADDRESS", []typeCase{
		{"Adress: Storgatan 7 C, lgh 1204, 582 24 Linköping", []string{"Storgatan 7 C, lgh 1204"}},
		{"Osoite: Hämeenkatu 31 C 17, 15100 Lahti", []string{"Hämeenkatu 31 C 17"}},
		{"Adresse: Storgata 21 C, H0304, 0155 Oslo", []string{"Storgata 21 C, H0304"}},
		{"Adress: Götgatan 73, 2 tr, 116 46 Linköping", []string{"Götgatan 73, 2 tr"}},
		{"Adres: Kerkstraat 41-II, 1506 DA Zaandam", []string{"Kerkstraat 41-II"}},
		{"Adres: Oudegracht 97-bis, Breda", []string{"Oudegracht 97-bis"}},
		{"Adres: Torenlaan 9 C, 1211 AB Hilversum", []string{"Torenlaan 9 C"}},
		{"Adreça: Carrer de Girona, 77, 3r 2a, 17001 Girona", []string{"Carrer de Girona, 77, 3r 2a"}},
		{"Dirección: Av. Corrientes 1234, 4º B, CABA", []string{"Av. Corrientes 1234, 4º B"}},
		{"Adresse : 14 rue Victor Hugo, 4e étage porte gauche, 69007 Lyon", []string{"14 rue Victor Hugo, 4e étage porte gauche"}},
		{"Anschrift: Lindenweg 7, 3. Etage links, 08056 Zwickau", []string{"Lindenweg 7, 3. Etage links"}},
		{"Address: 2231 Birch Avenue apartment 4, Duluth", []string{"2231 Birch Avenue apartment 4"}},
		// prose after the street stays out
		{"Mr Ola Bello lives at 12 Oak Road as a tenant.", []string{"12 Oak Road"}},
		{"Adres: Torenlaan 9 C few doors down", []string{"Torenlaan 9"}},
		{"Vive en la Calle Olmo 12, ático de la casa", []string{"Calle Olmo 12"}},
		{"Adresse : 12 rue Victor Hugo, 2024 était une année", []string{"12 rue Victor Hugo"}},
	})
}

// TestStreetTailUnitTown checks that a district after a unit inside the
// street is still read (unitFieldTowns, loc17_street.go).
func TestStreetTailUnitTown(t *testing.T) {
	checkTypeCases(t, "LOCATION", []typeCase{
		{"Sra. Luz Ospina, Calle 22 # 15B-40, apto 301, Cañaveral, Ibagué. Celular 310", []string{"Cañaveral", "Ibagué"}},
	})
}

// TestStreetHeads checks the lot, block and house words streetHeads adds
// before a street (address21_tail.go), and the words it leaves out.
func TestStreetHeads(t *testing.T) {
	checkTypeCases(t, "STREET_ADDRESS", []typeCase{
		{"Ms Tan: I live at Blk 318 Bedok North Ave 2, #05-12", []string{"Blk 318 Bedok North Ave 2, #05-12"}},            // the unit since street21b (street21b_sg.go)
		{"deliver sat pls to Blk 3 Lot 9 Sampaloc St, Brgy. Malinis", []string{"Blk 3 Lot 9 Sampaloc St, Brgy. Malinis"}}, // the barangay as writers label it (street24)
		{"Mr Ali Musa at Lot 21 Palm Avenue, May Pen", []string{"Lot 21 Palm Avenue"}},
		{"Ms Ama Owusu, House No. 7, Ring Road, Accra", []string{"House No. 7, Ring Road"}},
		{"Mr Ravi Persad, LP 18, Eastern Main Road, Arima", []string{"LP 18, Eastern Main Road"}},
		// a lot word after a comma, or glued to another word, stays out
		{"Mr Ali Musa bought a lot, 21 Palm Avenue was cheap", []string{"21 Palm Avenue"}},
		{"Mr Ali Musa at Pilot 21 Palm Avenue", []string{"21 Palm Avenue"}},
	})
}
