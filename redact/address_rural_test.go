package redact

import "testing"

// TestRuralAndLabelledAddresses holds rural routes and roadside mail
// boxes (CA, US, AU), Indian house labels before a locality, a district
// before the town, and a postcode before a town no gazetteer knows after
// an address context word; and look-alikes.
func TestRuralAndLabelledAddresses(t *testing.T) {
	checkFindCases(t, []findCase{
		{"rural route", "Name: Bob Smith | R.R. 1, Site 7, Comp 3, Lacombe, AB T4L 1A1",
			[]string{"PERSON:Bob Smith", "STREET_ADDRESS:R.R. 1, Site 7, Comp 3", "LOCATION:Lacombe, AB", "ZIP_CODE:T4L 1A1"}},
		{"roadside mail box", "Mail it to RMB 4521, Nowra NSW 2541.",
			[]string{"STREET_ADDRESS:RMB 4521", "LOCATION:Nowra NSW", "ZIP_CODE:2541"}},
		{"house no locality", "Address: House No. 7, Kalyani Nagar, Pune 411006",
			[]string{"STREET_ADDRESS:House No. 7, Kalyani Nagar", "LOCATION:Pune", "ZIP_CODE:411006"}},
		{"h.no. district town", "Residence: H.No. 14, Kadri, Bejai, Mangaluru 575004",
			[]string{"STREET_ADDRESS:H.No. 14, Kadri", "LOCATION:Bejai", "LOCATION:Mangaluru", "ZIP_CODE:575004"}},
		{"de postcode before unknown town", "Er wohnt in 88213 Unterhausen, Birkenweg 4.",
			[]string{"ZIP_CODE:88213", "LOCATION:Unterhausen", "STREET_ADDRESS:Birkenweg 4"}},
		{"at postcode before unknown town", "Sie lebt in 6074 Rinnhofen.",
			[]string{"ZIP_CODE:6074", "LOCATION:Rinnhofen"}},
		// Look-alikes.
		{"rr in prose", "He scored RR 2 in the test.", nil},
		{"count before a noun", "Die Firma hat in 50000 Exemplaren verkauft.", nil},
		{"no context word", "Wir haben 88213 Kunden, Stand heute.", nil},
	})
}

// TestPostcodeLabelsAndFields holds four-digit postcodes after their
// label, a Brazilian town and state in a "Cidade/UF" field and after a
// street with dashes, a CEP after a delivery word, a postcode in brackets
// after a street's town, a street with no type word before a Danish
// floor, and look-alikes.
func TestPostcodeLabelsAndFields(t *testing.T) {
	checkFindCases(t, []findCase{
		{"postcode label", "Entry card from Tess Moran (postcode 2480) arrived today.",
			[]string{"PERSON:Tess Moran", "ZIP_CODE:2480"}},
		{"postcode field", "Postcode: 2480\nName: Tess Moran", []string{"ZIP_CODE:2480", "PERSON:Tess Moran"}},
		{"cidade/uf field", "Cliente: Ana Souza\nCidade/UF: Sorocaba/SP\nCEP: 18035-000",
			[]string{"PERSON:Ana Souza", "LOCATION:Sorocaba/SP", "ZIP_CODE:18035-000"}},
		{"dashes after street", "Endereço: Av. Sete de Setembro, 1200, apto 12 - Porto Velho/RO - CEP 76801-080",
			[]string{"STREET_ADDRESS:Av. Sete de Setembro, 1200, apto 12", "LOCATION:Porto Velho/RO", "ZIP_CODE:76801-080"}},
		{"cep after envio", "o envio pra 41700-150 demorou uma semana", []string{"ZIP_CODE:41700-150"}},
		{"brackets after street town", "Livraison chez Paul, 7 allée des Peupliers à Saint-Gilles-Croix-de-Vie (85800), après 18h.",
			[]string{"PERSON:Paul", "STREET_ADDRESS:7 allée des Peupliers", "LOCATION:Saint-Gilles-Croix-de-Vie", "ZIP_CODE:85800"}},
		{"danish floor", "Adresse: Solsikken 23, 2. th., 9000 Aalborg",
			[]string{"STREET_ADDRESS:Solsikken 23, 2. th.", "ZIP_CODE:9000", "LOCATION:Aalborg"}},
		// Look-alikes: a year after a word ending like a label.
		{"year after the", "We opened the 2019 edition early.", nil},
		{"year after code", "Use the discount code 2024 at checkout.", nil},
	})
}
