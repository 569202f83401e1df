package redact

import "testing"

// TestLocationsRead15 holds the towns and regions the fifteenth
// read-back added and their look-alikes (values made up for the test): a
// region code in brackets after a town, a known town between commas
// after a full name, and the province and commune columns of a table.
func TestLocationsRead15(t *testing.T) {
	checkTypeCases(t, "LOCATION", []typeCase{
		{"Cliente: Lia Frick\nResidenza: Via Dante 12, 06122 Perugia (PG)\nCellulare: 333 111 2222", []string{"Perugia", "PG"}},
		{"Lia Frick, Feldgasse 10, 9494 Schaan (FL), lia@example.li", []string{"Schaan", "FL"}},
		{"Ask Human Resources (HR) about it, Lia Frick.", nil},
		{"Address: 4 rue Vallon, Gatineau (QC) J8Y 1A1", []string{"Gatineau"}},
		{"Thanks list:\n\nfirst\tlast\tcity\tprov\temail\nMarie\tBoucher\tBrandon\tMB\tmb@example.com\n" +
			"Pete\tMbatha\tMoose Jaw\tSK\tpo@example.com\n", []string{"Brandon", "MB", "Moose Jaw", "SK"}},
		// a known town set off by commas after a full name
		{"Call 3 - Ms. Noura Qahtani, Basra, asked about a late check-out.", []string{"Basra"}},
		{"Ada Obi, Aberdeen, asked about the rooms.", []string{"Aberdeen"}},
		{"Ada Obi, Director, said it was fine.", nil},
		{"Ada Obi, Aberdeen United fan, said hi.", nil},
		// a town in the Turkish ablative after a name
		{"• Bay Kerem Aslan (Bursa'dan), 14.05 gelişli, tel +90 532 111 2233", []string{"Bursa"}},
		{"• Bayan Elif Kaya, Eskişehir’den geliyor, tel +90 532 111 2233", []string{"Eskişehir"}},
		{"• Bayan Elif Kaya, Selim'den aldı.", nil},
		{"Export:\n\nprenom;nom;gsm;commune\nAnne;Lenoir;0470 11 22 33;Vellemontier\nLise;Maréchal;0470 44 55 66;Quarrelot\n",
			[]string{"Vellemontier", "Quarrelot"}},
	})
}
