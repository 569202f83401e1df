package redact

import "testing"

// TestLowerChatStreets9 checks the lower-case chat streets of
// street9_lower.go and their look-alikes.
func TestLowerChatStreets9(t *testing.T) {
	checkFindCases(t, []findCase{
		{"tr cad", "adres: bağdat cad. 212/4 maltepe", []string{"STREET_ADDRESS:bağdat cad. 212/4", "LOCATION:maltepe"}}, // the town: lower24_streets.go
		{"tr sok", "diğeri ali bey, adres: gül sok. 7 üsküdar", []string{"STREET_ADDRESS:gül sok. 7", "LOCATION:üsküdar"}},
		{"es int", "mandenlo a calle morelos 118 int 2, col. jardines porfa",
			[]string{"STREET_ADDRESS:calle morelos 118 int 2"}},
		{"pt ap", "manda pra rua das flores 12 ap 4, pinheiros", []string{"STREET_ADDRESS:rua das flores 12 ap 4"}},
		// Look-alikes.
		{"score", "it was 5 int 3 at halftime", nil},
		{"abbreviation", "see approx. 12 items", nil},
	})
}
