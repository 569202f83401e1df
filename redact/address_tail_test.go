package redact

import "testing"

// TestAddressTails checks what may follow a street address: an Irish
// street without a type word and the town and Eircode after it, a bare
// county before an Eircode, a Danish floor and side, a Swedish flat
// number and a postcode label on the next line, and a town before a
// four-digit postcode that closes the line.
func TestAddressTails(t *testing.T) {
	checkFindCases(t, []findCase{
		{"irish street, town, eircode", "post it to 22 Ard Na Gréine, Clonakilty, P85 R2T6 please",
			[]string{"STREET_ADDRESS:22 Ard Na Gréine", "LOCATION:Clonakilty", "ZIP_CODE:P85 R2T6"}},
		{"irish lower-case particle, county", "delivered to 5 Cnoc na Sí, Spiddal, Galway H91 X2C4 on time",
			[]string{"STREET_ADDRESS:5 Cnoc na Sí", "LOCATION:Spiddal", "LOCATION:Galway", "ZIP_CODE:H91 X2C4"}},
		{"danish floor and side", "Adresse: Nørrebrogade 112, 3. tv., 2200 København N",
			[]string{"STREET_ADDRESS:Nørrebrogade 112, 3. tv.", "ZIP_CODE:2200", "LOCATION:København N"}},
		{"swedish flat and postcode label", "Adress: Storgatan 9, lgh 1102\nPostnr: 903 27 Umeå",
			[]string{"STREET_ADDRESS:Storgatan 9, lgh 1102", "ZIP_CODE:903 27", "LOCATION:Umeå"}},
		{"italian CAP label", "Indirizzo: Via Nizza 41\nCAP 10126 Torino",
			[]string{"STREET_ADDRESS:Via Nizza 41", "ZIP_CODE:10126", "LOCATION:Torino"}},
		{"town before a four-digit code", "ship to 3 Kiepersol Close, Somerset West, 7130",
			[]string{"STREET_ADDRESS:3 Kiepersol Close", "LOCATION:Somerset West", "ZIP_CODE:7130"}},
	})
}
