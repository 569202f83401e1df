package redact

import "testing"

// TestDottedRegions holds Mexican states abbreviated with full stops
// after a town, and a town with no state after it.
func TestDottedRegions(t *testing.T) {
	checkFindCases(t, []findCase{
		{"one stop", "Pedido: Sra. Ana Ruiz Vega, Calle Hidalgo 412, Col. Jardines, 45050 Zapopan, Jal.",
			[]string{"PERSON:Sra. Ana Ruiz Vega", "STREET_ADDRESS:Calle Hidalgo 412", "LOCATION:Col. Jardines",
				"ZIP_CODE:45050", "LOCATION:Zapopan", "LOCATION:Jal."}},
		{"two letters with stops", "Envío: Sr. Luis Mena, Av. Constitución 88, 66600 Apodaca, N.L.",
			[]string{"PERSON:Sr. Luis Mena", "STREET_ADDRESS:Av. Constitución 88", "ZIP_CODE:66600",
				"LOCATION:Apodaca", "LOCATION:N.L."}},
		{"accented state", "Envío: Sr. Luis Mena, Av. Constitución 88, 50000 Toluca, Méx.",
			[]string{"PERSON:Sr. Luis Mena", "STREET_ADDRESS:Av. Constitución 88", "ZIP_CODE:50000",
				"LOCATION:Toluca", "LOCATION:Méx."}},
		{"a sentence after the town", "Envío: Sr. Luis Mena, Av. Constitución 88, 50000 Toluca. Sin prisa.",
			[]string{"PERSON:Sr. Luis Mena", "STREET_ADDRESS:Av. Constitución 88", "ZIP_CODE:50000",
				"LOCATION:Toluca"}},
	})
}
