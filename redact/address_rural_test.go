package redact

import "testing"

// TestRuralAndLabelledAddresses holds rural routes and roadside mail
// boxes (CA, US, AU), Indian house labels before a locality, a district
// before the town, and a postcode before a town no gazetteer knows after
// an address context word; and look-alikes.
func TestRuralAndLabelledAddresses(t *testing.T) {
	checkFindCases(t, []findCase{
		{"rural route", "Name: Bob Smith | RR 3, Site 2, Box 9, Lacombe, AB T4L 1A1",
			[]string{"PERSON:Bob Smith", "STREET_ADDRESS:RR 3, Site 2, Box 9", "LOCATION:Lacombe, AB", "ZIP_CODE:T4L 1A1"}},
		{"roadside mail box", "Mail it to RMB 4521, Nowra NSW 2541.",
			[]string{"STREET_ADDRESS:RMB 4521", "LOCATION:Nowra NSW", "ZIP_CODE:2541"}},
		{"house no locality", "Address: House No. 7, Kalyani Nagar, Pune 411006",
			[]string{"STREET_ADDRESS:House No. 7, Kalyani Nagar", "LOCATION:Pune", "ZIP_CODE:411006"}},
		{"h.no. district town", "Residence: H.No. 14, Aldona, Mapusa, Goa 403507",
			[]string{"STREET_ADDRESS:H.No. 14, Aldona", "LOCATION:Mapusa", "LOCATION:Goa", "ZIP_CODE:403507"}},
		{"de postcode before unknown town", "Er wohnt privat in 88213 Unterhausen, Birkenweg 4.",
			[]string{"ZIP_CODE:88213", "LOCATION:Unterhausen", "STREET_ADDRESS:Birkenweg 4"}},
		{"at postcode before unknown town", "Sie lebt in 6074 Rinnhofen.",
			[]string{"ZIP_CODE:6074", "LOCATION:Rinnhofen"}},
		// Look-alikes.
		{"rr in prose", "He scored RR 2 in the test.", nil},
		{"count before a noun", "Die Firma hat in 50000 Exemplaren verkauft.", nil},
		{"no context word", "Wir haben 88213 Kunden, Stand heute.", nil},
	})
}
