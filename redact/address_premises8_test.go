package redact

import "testing"

// TestPremisesCuesMore holds business addresses after a plural shop label,
// a Hungarian shop label and "our address" with a capital, a Croatian
// "our address", a roastery and a returns address, which the default
// engine leaves; and a customer's address after "to" that stays.
func TestPremisesCuesMore(t *testing.T) {
	checkFindCases(t, []findCase{
		{"plural shop label", "Boutiques : 18 rue des Lilas, 69002 Lyon", nil},
		{"hungarian shop label", "Üzletünk: Andrássy út 12.", nil},
		{"croatian our address", "Naša adresa: Ulica Ivana Gundulića 5, Split.", nil},
		{"roastery", "roasted at our Leeds roastery (12 Mill Street), named after", nil},
		{"returns", "Returns to Unit 4, Brunel Park, Swindon SN2 8ZZ.", nil},
		{"list after a semicolon", "Boutiques : 18 rue des Lilas, 69002 Lyon ; 5 place Bellecour, 69002 Lyon", nil},
		{"list with a dashed town", "Lojas: Av. Paulista, 1000 – São Paulo; Rua Visconde de Mauá, 500 – Ipanema.", nil},
		{"centre label", "Centro: Calle de Serrano, 120 – 28006 Madrid", nil},
		{"delivery after a semicolon", "Our shop: 4 Mill Street, Leeds; deliver to 12 Bank Road, York",
			[]string{"STREET_ADDRESS:12 Bank Road"}},
		{"signature title bar", "Thanks,\nNiamh Daly\nAccounts Manager | Lakeside Kitchens\nUnit 7, Ballymount Business Park, Dublin 12, D12 W2X4",
			[]string{"PERSON:Niamh Daly"}},
		{"delivery to a customer", "Please send it to 12 Mill Street, Leeds LS1 4AB.",
			[]string{"STREET_ADDRESS:12 Mill Street", "LOCATION:Leeds", "ZIP_CODE:LS1 4AB"}},
	})
}
