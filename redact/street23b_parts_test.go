package redact

import "testing"

// TestStreet23bParts checks the address forms and parts of
// street23b_parts.go and the Korean, Japanese and rural-road parts
// session 23's second round added, and the words they leave out.
func TestStreet23bParts(t *testing.T) {
	checkTypeCases(t, "STREET_ADDRESS", []typeCase{
		// a Canadian flat's number before the civic number, a spaced dash
		{"Mailing: 33 – 2750 Clearbrook Rd, Abbotsford BC", []string{"33 – 2750 Clearbrook Rd"}},
		{"Address: #204 - 1255 Main St, Vancouver", []string{"#204 - 1255 Main St"}},
		{"Adresse : 12 - 450 Rue Principale, Granby", []string{"12 - 450 Rue Principale"}},
		// a Glasgow tenement flat as its own field, a block of flats' name
		{"his address is 2/1, 14 Dumbarton Road, Glasgow G11 6NG", []string{"2/1, 14 Dumbarton Road"}},
		{"Address: Flat 3B, Anandalok Apartments, 27/1 Gariahat Road, Ballygunge", []string{"Flat 3B, Anandalok Apartments, 27/1 Gariahat Road"}},
		{"Ship to: Flat 12, Harbour Mansions, 8 Quay Street, Cardiff", []string{"Flat 12, Harbour Mansions, 8 Quay Street"}},
		// a house's number with a slash before its street
		{"Customer: Smt. Kamala Iyer, Door 7/3, Bazaar Road, Mylapore", []string{"Door 7/3, Bazaar Road"}},
		{"Sent on 5/2, Monday Road trip", nil},
		// Yucatán grid addresses and their cross streets
		{"Domicilio: Calle 59 #512 x 64 y 66A, Centro, Mérida", []string{"Calle 59 #512 x 64 y 66A"}},
		{"Dirección: Calle 21 No. 102 por 18 y 20, Campeche", []string{"Calle 21 No. 102 por 18 y 20"}},
		// Pakistani house, street and block lines
		{"Deliver to House 45, St. 12, Sector G-9/1, Islamabad", []string{"House 45, St. 12, Sector G-9/1"}},
		{"Address: House 9, Gali 4, Lahore", []string{"House 9, Gali 4"}},
		{"Home: Plot 17-A, Khayaban-e-Shamsheer, Phase V DHA, Karachi", []string{"Plot 17-A, Khayaban-e-Shamsheer, Phase V DHA"}},
		{"The House 4, Street smart tips", nil},
		// a numbered concession road's number
		{"Home: 2214 Concession Rd 6, Port Perry", []string{"2214 Concession Rd 6"}},
		// Korean side roads of side roads and floors
		{"배송지: 서울 마포구 와우산로 21가길 8, 2층", []string{"와우산로 21가길 8, 2층"}},
		// Japanese towns without a chōme, their banchi
		{"住所：京都府京都市下京区綾小路通西洞院東入新釜座町726番地 メゾン綾小路205号室", []string{"綾小路通西洞院東入新釜座町726番地 メゾン綾小路205号室"}},
		{"送付先：大阪府大阪市北区本町12番3号", []string{"本町12番3号"}},
		{"整理番号は3000番です", nil},
		// a romanised Japanese district written in two words
		{"Address: 2-4-1 Sakae Minami, Naka-ku, Nagoya", []string{"2-4-1 Sakae Minami"}},
		// rural roads' kilometre markers and the farm after them
		{"Endereço: Rodovia SP-340 km 118, Chácara Santa Rita, Mogi Mirim", []string{"Rodovia SP-340 km 118, Chácara Santa Rita"}},
		{"Domicilio: Carretera Federal 200, km 12, Finca El Olivo, Nayarit", []string{"Carretera Federal 200, km 12, Finca El Olivo"}},
		{"Indirizzo: Strada Provinciale 7, km 3,5, 12051 Alba", []string{"Strada Provinciale 7, km 3,5"}},
		{"we drove 20 km 4 times a week", nil},
		{"- Bodega Los Almendros, Carretera de Ronda km 7, Málaga, 952 11 22 33", nil},
		// numbered streets without a quadrant (Surrey, Langley)
		{"Home: 7724 132A Street, Surrey, BC V3W 4M9", []string{"7724 132A Street"}},
		{"lives at 12120 88 Avenue, Surrey", []string{"12120 88 Avenue"}},
		{"in 2019 100 Street, nothing", nil},
		// Slovene villages with house numbers
		{"- g. Janez Novak, 61 let, Dolenja vas 7, Ribnica", []string{"Dolenja vas 7"}},
		{"It was 12 degrees and he has 3 kids", nil},
	})
}
