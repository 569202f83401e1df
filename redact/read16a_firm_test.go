package redact

import "testing"

func TestRead16aFirmOnAddressLine(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ text, want string }{
		{"Firma del correo:\nSastrería Moretti, Av. Belgrano 912, Paraná.", ""},
		{"Alamat: Villa Melati Sari, Jl. Bisma No. 4, Ubud.", ""},
		{"Mit freundlichen Grüßen\nWaschsalon Schaumkrone, Inh. Greta Vogel", "Greta Vogel"},
		{"Camp Louis Martin, 3 chemin du Lac, Stoneham", ""},
		// a practice's name after "Family"; a family name after "famille" stays
		{"See you soon!\n--\nLakeshore Family Dental · 40 Pine Rd, Duluth", ""},
		{"Merci de confirmer la réservation de la famille Quellhorst pour samedi.", "Quellhorst"},
		// no address after the name, a greeting before it, no trade word
		{"Write to Maria Quellhorst, 14 Quay Road, about the refund.", "Maria Quellhorst"},
		{"Dear Villa Quellhorst, 14 Quay Road is ready.", "Villa Quellhorst"},
	}
	for _, tc := range tests {
		if got := lastOfType(e, tc.text, "PERSON"); got != tc.want {
			t.Errorf("%q: person %q, want %q", tc.text, got, tc.want)
		}
	}
}
