package redact

import "testing"

// TestCSVOverflowRows checks that the cells before an unquoted address
// with its own commas stand under their columns (csvOverflowCut). Own
// values.
func TestCSVOverflowRows(t *testing.T) {
	checkFindCases(t, []findCase{
		{"Portuguese family-name column",
			"Devoluções:\n\nid,nome,sobrenome,endereco,cep\nX1,Joana,Figueiredo Barros,Rua das Flores, 88, casa 2,01234-000\nX2,Rui,da Cunha,Av. Central, 5,04567-000",
			[]string{"PERSON:Joana", "PERSON:Figueiredo Barros", "STREET_ADDRESS:Rua das Flores, 88, casa 2", "ZIP_CODE:01234-000",
				"PERSON:Rui", "PERSON:da Cunha", "STREET_ADDRESS:Av. Central, 5", "ZIP_CODE:04567-000"}},
		{"English last_name column",
			"Export:\n\nfirst_name,last_name,address,postcode\nNkechi,Adeyemi-Brooks,Flat 2, 9 Mill Lane,LS6 1AB",
			[]string{"PERSON:Nkechi", "PERSON:Adeyemi-Brooks", "STREET_ADDRESS:Flat 2, 9 Mill Lane", "ZIP_CODE:LS6 1AB"}},
		{"prose after the table stays prose",
			"Liste:\n\nvorname,nachname,plz\nJonas,Wiedemann,10115\nDanke, bis morgen, Grüße",
			[]string{"PERSON:Jonas", "PERSON:Wiedemann", "ZIP_CODE:10115"}},
	})
}
