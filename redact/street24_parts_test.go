package redact

import "testing"

// TestStreet24Parts checks the parts of street24_parts.go: rural delivery
// routes, lot and house-number fields before a street, Spanish, Bulgarian
// and Baltic flat parts, district fields, Korean side roads inside a
// road's name and Japanese blocks after a ward set off by a space.
func TestStreet24Parts(t *testing.T) {
	checkTypeCases(t, "STREET_ADDRESS", []typeCase{
		// a New Zealand rural delivery route before the road
		{"Deliver: RD 4, 318 Valley Road, Pukekohe 2678", []string{"RD 4, 318 Valley Road"}},
		{"Post to R.D. 1, 77 Hill Road, Ashhurst", []string{"R.D. 1, 77 Hill Road"}},
		// a lot's or a shop-house's number before a Malay street type
		{"Penerima: Encik Faizal, Lot 508, Kampung Parit Baru, 45300 Sungai Besar", []string{"Lot 508, Kampung Parit Baru"}},
		{"Alamat: 12-1, Jalan Mutiara 3, Bandar Baru Bangi, 43650 Bangi", []string{"12-1, Jalan Mutiara 3, Bandar Baru Bangi"}},
		{"Hantar ke No. 8, Jalan Cempaka 2, Taman Sri Muda, 40400 Shah Alam", []string{"No. 8, Jalan Cempaka 2, Taman Sri Muda"}},
		// Philippine barangays, Indonesian kelurahan and kecamatan,
		// Turkish neighbourhoods and Vietnamese wards after the street
		{"Receiver: Liza Reyes, Blk 3 Lot 9, Phase 1, Sunrise Homes, Brgy. Malinta, Valenzuela", []string{"Blk 3 Lot 9, Phase 1, Sunrise Homes, Brgy. Malinta"}},
		{"Alamat: Jl. Anggrek No. 5, RT 01/RW 02, Kel. Cempaka, Kec. Sawangan, Depok 16511", []string{"Jl. Anggrek No. 5, RT 01/RW 02, Kel. Cempaka, Kec. Sawangan"}},
		{"Adres: Gazi Cad. No: 12 D: 4, Yenişehir Mah., 33110 Mersin", []string{"Gazi Cad. No: 12 D: 4, Yenişehir Mah."}},
		{"Địa chỉ: Số 14 Đường Lê Lai, Phường 3, Quận 1", []string{"Số 14 Đường Lê Lai, Phường 3"}},
		// Spanish staircases, sides, floors and doors
		{"Domicilio: C/ Alcalá, 210, esc. dcha., 4º 1ª, 28028 Madrid", []string{"C/ Alcalá, 210, esc. dcha., 4º 1ª"}},
		{"Dirección: Calle Ancha 5, bajo, 11001 Cádiz", []string{"Calle Ancha 5, bajo"}},
		{"Dirección: Paseo de Gracia 40, 2.º 3.ª, 08007 Barcelona", []string{"Paseo de Gracia 40, 2.º 3.ª"}},
		// a Latvian flat after a spaced dash, a Bulgarian block's parts
		{"Adrese: Elizabetes iela 45 - 8, Rīga, LV-1010", []string{"Elizabetes iela 45 - 8"}},
		{"Rezultāts: Dzirnavu iela 12 - 2024 - 05", []string{"Dzirnavu iela 12"}},
		{"адрес: ж.к. Надежда, бл. 118, вх. В, ет. 2, ап. 5, 1220 София", []string{"ж.к. Надежда, бл. 118, вх. В, ет. 2, ап. 5"}},
		{"Address: zh.k. Mladost 2, bl. 215, vh. V, et. 3, ap. 9, Sofia", []string{"zh.k. Mladost 2, bl. 215, vh. V, et. 3, ap. 9"}},
		// a Korean side road's number inside the road's name
		{"주소: 부산 해운대구 센텀중앙로97길 15, 302호", []string{"센텀중앙로97길 15, 302호"}},
		// a Japanese block after a ward and a space, its building's room
		{"住所：〒530-0001 大阪府大阪市北区 梅田2-4-9 ブリーゼ梅田1203", []string{"梅田2-4-9 ブリーゼ梅田1203"}},
		// a road marker's number is no house's
		{"Picnic at the overlook (Milepost 212, Skyline Drive) at noon", nil},
		{"Exit 14, Route 9 is closed", nil},
	})
}
