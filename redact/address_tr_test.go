package redact

import "testing"

// TestTurkishAddresses holds Turkish streets with their type after the
// name and the number after "No:", with the postcode and district/city,
// and look-alikes.
func TestTurkishAddresses(t *testing.T) {
	checkFindCases(t, []findCase{
		{"caddesi", "adres Bahariye Caddesi No: 41, 34714 Kadıköy/İstanbul.",
			[]string{"STREET_ADDRESS:Bahariye Caddesi No: 41", "ZIP_CODE:34714", "LOCATION:Kadıköy/İstanbul"}},
		{"bulvari daire", "adres: Gazi Mustafa Kemal Bulvarı No: 12 Daire 5, 06570 Çankaya/Ankara",
			[]string{"STREET_ADDRESS:Gazi Mustafa Kemal Bulvarı No: 12 Daire 5", "ZIP_CODE:06570", "LOCATION:Çankaya/Ankara"}},
		{"sokak", "Gül Sokak No: 7", []string{"STREET_ADDRESS:Gül Sokak No: 7"}},
		// Look-alikes: "No:" after other words.
		{"item no", "Item No: 5 is ready", nil},
		{"order no", "Sipariş No: 12345 hazır", nil},
		{"type without name", "caddesi No: 4", nil},
	})
}

// TestTurkishAddressForms holds "No:" without a space, "No." and a
// slashed house number, districts before the street, and a label before
// the street that is no part of it.
func TestTurkishAddressForms(t *testing.T) {
	checkFindCases(t, []findCase{
		{"no colon no space", "Adres: Moda Cad. No:12 D:4, 34710 Kadıköy/İstanbul",
			[]string{"STREET_ADDRESS:Moda Cad. No:12 D:4", "ZIP_CODE:34710", "LOCATION:Kadıköy/İstanbul"}},
		{"slashed number", "Adres: Bahar Sk. No: 7/3, Çankaya, Ankara",
			[]string{"STREET_ADDRESS:Bahar Sk. No: 7/3", "LOCATION:Çankaya", "LOCATION:Ankara"}},
		{"district and daire", "Teslimat: Çamlık Mah. Lale Sok. No:5 Daire:2",
			[]string{"STREET_ADDRESS:Çamlık Mah. Lale Sok. No:5 Daire:2"}},
		{"no type before", "Model No:12 is sold out", nil},
	})
}

// TestTurkishAddressForms22 holds a numbered street after its district, a
// district before a second street, a JSON value that opens with the
// name, and an abbreviated type right before the number without "No:"
// (street22), and look-alikes.
func TestTurkishAddressForms22(t *testing.T) {
	checkFindCases(t, []findCase{
		{"numbered street", "adres: Yıldıztepe Mah. 2417. Sok. No: 9 D: 3, Buca/İzmir",
			[]string{"STREET_ADDRESS:Yıldıztepe Mah. 2417. Sok. No: 9 D: 3", "LOCATION:Buca", "LOCATION:İzmir"}},
		{"district street", "Adres: Koşuyolu Cad. Ihlamur Sok. No:11 D:2 (arka kapı)",
			[]string{"STREET_ADDRESS:Koşuyolu Cad. Ihlamur Sok. No:11 D:2"}},
		{"json value", `{"sokak": "Nispetiye Cad. No: 41 D: 6", "ilce": "Beşiktaş"}`,
			[]string{"STREET_ADDRESS:Nispetiye Cad. No: 41 D: 6"}},
		{"type then number", "eski adresi: Menekşe Sok. 22/5, Buca/İzmir",
			[]string{"STREET_ADDRESS:Menekşe Sok. 22/5", "LOCATION:Buca", "LOCATION:İzmir"}},
		{"cad number", "Yeni adres Erenköy Cad. 118 (kapıcıya bırakın)",
			[]string{"STREET_ADDRESS:Erenköy Cad. 118"}},
		// Look-alikes: a district's "Mah." before a number, a lower-case
		// word before the type.
		{"mah number", "Gazi Mah. 3 kişi geldi", nil},
		{"no name", "Mah. 12 kez", nil},
	})
}
