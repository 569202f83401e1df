package redact

import "testing"

// TestLocationsRead15 holds the towns and regions the fifteenth
// read-back added and their look-alikes (values made up for the test): a
// region code in brackets after a town, and the province and commune
// columns of a table.
func TestLocationsRead15(t *testing.T) {
	checkTypeCases(t, "LOCATION", []typeCase{
		{"Residenza: Via Dante 12 – 20121 Milano (MI)\nCellulare: 333 111 2222", []string{"Milano", "MI"}},
		{"Lia Frick, Landstrasse 10, 9490 Vaduz (FL), lia@example.li", []string{"Vaduz", "FL"}},
		{"Ask Human Resources (HR) about it, Lia Frick.", nil},
		{"Address: 4 rue Vallon, Gatineau (QC) J8Y 1A1", []string{"Gatineau"}},
		{"Thanks list:\n\nfirst\tlast\tcity\tprov\temail\nMarie\tBoucher\tBrandon\tMB\tmb@example.com\n" +
			"Pete\tOkafor\tMoose Jaw\tSK\tpo@example.com\n", []string{"Brandon", "MB", "Moose Jaw", "SK"}},
		{"Export:\n\nprenom;nom;gsm;commune\nAnne;Lenoir;0470 11 22 33;Vellemontier\nLise;Maréchal;0470 44 55 66;Quarrelot\n",
			[]string{"Vellemontier", "Quarrelot"}},
	})
}
