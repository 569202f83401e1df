package redact

import "testing"

// TestPortugueseAndVillaLines holds Portuguese lines with "n.º", a floor
// and side, a rural "Lugar" line and postcodes before their town, a West
// African villa in its housing estate, Polish postcodes after a label and
// in a CSV column, an Australian postcode in a manifest's "pc" column,
// and look-alikes.
func TestPortugueseAndVillaLines(t *testing.T) {
	checkFindCases(t, []findCase{
		{"rua n.º floor side", "Morada: Rua do Sol, n.º 45, 2.º Esq., 3800-123 Aveiro",
			[]string{"STREET_ADDRESS:Rua do Sol, n.º 45, 2.º Esq.", "ZIP_CODE:3800-123", "LOCATION:Aveiro"}},
		{"lugar rural line", "Entrega: Lugar da Igreja, 14, 4900-321 Viana do Castelo",
			[]string{"STREET_ADDRESS:Lugar da Igreja, 14", "ZIP_CODE:4900-321", "LOCATION:Viana do Castelo"}},
		{"travessa r/c", "Address: Travessa das Flores, n.º 9, r/c, 1200-195 Lisboa",
			[]string{"STREET_ADDRESS:Travessa das Flores, n.º 9, r/c", "ZIP_CODE:1200-195", "LOCATION:Lisboa"}},
		{"villa in its estate", "Adresse : Villa n° 48, Sicap Baobabs, Dakar",
			[]string{"STREET_ADDRESS:Villa n° 48, Sicap Baobabs"}},
		{"polish label", "Kod pocztowy: 31-542 Kraków", []string{"ZIP_CODE:31-542", "LOCATION:Kraków"}},
		{"polish csv column", "imię,adres,kod,miasto\nAnna,\"ul. Długa 5 m. 3\",61-848,Poznań\n",
			[]string{"PERSON:Anna", "STREET_ADDRESS:ul. Długa 5 m. 3", "ZIP_CODE:61-848", "LOCATION:Poznań"}},
		{"pc column", "name\taddress\tsuburb\tpc\nJo Bloggs\t12 Smith St\tBallarat\t3350\n",
			[]string{"PERSON:Jo Bloggs", "STREET_ADDRESS:12 Smith St", "LOCATION:Ballarat", "ZIP_CODE:3350"}},
		{"malaysian village", "Alamat: Lot 12, Kampung Baru, 21000 Kuala Terengganu",
			[]string{"STREET_ADDRESS:Lot 12, Kampung Baru", "ZIP_CODE:21000", "LOCATION:Kuala Terengganu"}}, // the lot as writers label it (street24)
		{"spanish rural place", "Dirección: Paraje Los Llanos, 04200 Tabernas",
			[]string{"STREET_ADDRESS:Paraje Los Llanos", "ZIP_CODE:04200", "LOCATION:Tabernas"}},
		{"title in a street's name", "Cliente: Rua Dr. Ricardo Jorge, 45 – 1.º Esq.",
			[]string{"STREET_ADDRESS:Rua Dr. Ricardo Jorge, 45"}},
		{"title before the number", "Indirizzo: Via Prof. Luigi Rossi 8, Bologna",
			[]string{"STREET_ADDRESS:Via Prof. Luigi Rossi 8", "LOCATION:Bologna"}},
		{"title and a count", "I met Dr. Smith 3 times.", []string{"PERSON:Dr. Smith"}},
		// Look-alikes: an order number and a range with a capital after
		// them and nothing that vouches for a postcode, a number sign
		// after no street.
		{"order number", "Order 2745-118 Shipped on time.", nil},
		{"range", "Pages 12-345 Cover the topic.", nil},
		{"number sign", "Le modèle n° 48, Série Bleue, est épuisé.", nil},
	})
}
