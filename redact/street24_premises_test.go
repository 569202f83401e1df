package redact

import "testing"

// TestStreet24Premises checks street24_premises.go: a business estate's
// address and a labelled address in promotional copy are the business's;
// a customer's labelled address stays masked.
func TestStreet24Premises(t *testing.T) {
	checkTypeCases(t, "STREET_ADDRESS", []typeCase{
		{"Our depot: Unit 12, Meadow Business Park, Ashford TN24 0GP.", nil},
		{"Collect from 4 Kiln Road, Brookside Industrial Estate, Hull HU7 0XW", nil},
		{"Lag en plakat for bakeriets åpen dag lørdag. Adresse: Kirkegata 12, 4006 Stavanger. Ring 51 00 00 00.", nil},
		{"Write a leaflet for our open day on Saturday. Address: 18 Harbour Road, Whitby YO21 1AA. Call 01947 000000.", nil},
		{"Livraison : Atelier Bois, 14 rue des Artisans, Parc d'activités des Chênes, 69800 Saint-Priest", nil},
		{"Campers: Lakeview Holiday Park, 14 Shore Road, Rotorua.", nil},
		{"Customer update, please check. Address: 14 Elm Road, Leeds LS6 2AB", []string{"14 Elm Road"}},
		{"Please write a newsletter blurb.\nCustomer: Jo Bell\nAddress: 4 Oak Road, Hull", []string{"4 Oak Road"}},
	})
}
