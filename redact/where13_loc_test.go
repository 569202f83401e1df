package redact

import "testing"

// TestTownsWhere13 holds the towns the thirteenth where-issue added and
// their look-alikes (values made up for the test): a town after a name
// and a short bracket in a list item, a known town with the person's
// phone or e-mail in the next field, the Catalan and Romanian residence
// phrases, and a stay at a relative's home.
func TestTownsWhere13(t *testing.T) {
	checkTypeCases(t, "LOCATION", []typeCase{
		{"Clients:\n- Baraka Wekesa (Mr), Machakos, +254 711 000 222\n- Amina Yusuf, Kumasi", []string{"Machakos", "Kumasi"}},
		{"Reviews:\n3) \"Great cake\" - Murat Demir (Murat Abi), Konya\n", []string{"Konya"}},
		{"Reviews:\n1) \"Lovely\" - Ayla Koç-Demir, Eskişehir, ayla.koc@example.com\n", []string{"Eskişehir"}},
		{"Team:\n- Ana Ruiz (Ops), Manager, ana.ruiz@example.com\n", nil},
		{"Team:\n- Ana Ruiz (Ops), Gold, +34 600 000 000\n", nil},
		{"- Núria Vidal Pons, viu a Manresa, mòbil 600 000 000", []string{"Manresa"}},
		{"- dl Ion Rusu (din Bălți, acum stă în Cluj), ion@example.md", []string{"Cluj"}},
		{"jo: cant do sat, Tom Walsh covers. im at my sisters in grantham all weekend", []string{"grantham"}},
		{"jo: ads for mums in grantham, Tom Walsh runs them", nil},
	})
}
