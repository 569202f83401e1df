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
