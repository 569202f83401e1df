package redact

import "testing"

// TestBrazilianTownStateCEP holds Brazilian towns with their state after a
// dash or a slash ("Cidade - UF", "Cidade/UF") and the CEP after them,
// with a street before or none, and look-alikes.
func TestBrazilianTownStateCEP(t *testing.T) {
	checkFindCases(t, []findCase{
		{"after street", "Endereço: Travessa do Sol 4, Itabuna - BA, 45600-000",
			[]string{"STREET_ADDRESS:Travessa do Sol 4", "LOCATION:Itabuna - BA", "ZIP_CODE:45600-000"}},
		{"district then town", "Endereço: Rua das Palmeiras 310, apto 12, Boa Vista, Sorocaba - SP, 18035-000",
			[]string{"STREET_ADDRESS:Rua das Palmeiras 310, apto 12", "LOCATION:Boa Vista", "LOCATION:Sorocaba - SP", "ZIP_CODE:18035-000"}},
		{"no street dash", "Cliente de Mossoró - RN, 59600-000, comprou duas vezes.",
			[]string{"LOCATION:Mossoró - RN", "ZIP_CODE:59600-000"}},
		{"no street slash", "Entrega em Belém/PA 66010-000 amanhã.",
			[]string{"LOCATION:Belém/PA", "ZIP_CODE:66010-000"}},
		// Look-alikes: the shape without a state before it.
		{"order number", "Pedido 59010-000 enviado.", nil},
		{"not a state", "Lote XY 59010-000 enviado.", nil},
	})
}
