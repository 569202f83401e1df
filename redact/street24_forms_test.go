package redact

import "testing"

// TestStreet24Forms checks the address forms of street24_forms.go and
// the words they leave out.
func TestStreet24Forms(t *testing.T) {
	checkTypeCases(t, "STREET_ADDRESS", []typeCase{
		// one capitalised word and a number before a 3+2 postcode
		{"- pí Alena Marková, Veveří 102, 616 00 Brno, tel. 601 222 333", []string{"Veveří 102"}},
		{"- p. Ivan Horák, Mlynská 7/B, 040 01 Košice", []string{"Mlynská 7/B"}},
		{"Kund: Lars Berg, Sveavägen 44, 113 50 Stockholm", []string{"Sveavägen 44"}},
		{"- Jana Nová, 1968, 602 00 Brno", nil},
		// a Latvian homestead's name in quotes and its parish
		{"Klients: Ilze Liepa, \"Kalnāji\", Mārupes pagasts, Mārupes novads, LV-2167", []string{"\"Kalnāji\", Mārupes pagasts"}},
		{"Sūtīt: „Ozollejas“, Carnikavas pagasts, LV-2163", []string{"„Ozollejas“, Carnikavas pagasts"}},
		// flats and blocks of a named estate, a street without a number
		{"2. Mrs Ngozi Eze - Flat 9, Block 12, Abesan Estate, Ipaja, Lagos", []string{"Flat 9, Block 12, Abesan Estate"}},
		{"Address: Flat 2, Block A, Triq San Pawl, Mosta", []string{"Flat 2, Block A, Triq San Pawl"}},
		{"Returns: Unit 3, Block 2, Oakfield Trading Estate, Swindon", nil},
		{"Seats: Block 4, Row 12, Gate B", nil},
		// a Brazilian "R." with a flat or an address label
		{"Endereço: R. Haddock Lobo, 595, apto 81, São Paulo - SP", []string{"R. Haddock Lobo, 595, apto 81"}},
		{"Endereço de entrega: R. das Palmeiras, 410, Porto Alegre", []string{"R. das Palmeiras, 410"}},
		{"Thanks to R. Silva, 42, for the help", nil},
		// a post office box in Swahili, with its postcode
		{"mzazi Bi. Amina Ali, S.L.P. 4521, Dodoma", []string{"S.L.P. 4521"}},
		{"Bw. Ali, anaishi Kisauni, S.L.P. 90420-80100", []string{"S.L.P. 90420-80100"}},
		// a Swahili house number and road
		{"Bw. Juma Omari, 0722 111 222, Nyumba Na. 12, Barabara ya Uhuru, Dar es Salaam", []string{"Nyumba Na. 12, Barabara ya Uhuru"}},
		// a Ghana Post digital address after a Ghanaian phone number
		{"- Ama Owusu, 054 221 9087, AK-039-5521", []string{"AK-039-5521"}},
		{"Order ZX-123-4567 shipped", nil},
		{"Part GA-183-8164 in stock", nil},
	})
}
