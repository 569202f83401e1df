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
