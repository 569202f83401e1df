package redact

import "testing"

// TestRouteBoxesAndBritishTypes holds US highway contract and military
// boxes, a rural route's box without a comma, British development and
// thoroughfare names, an Austrian stair and door with a one-digit door,
// and look-alikes.
func TestRouteBoxesAndBritishTypes(t *testing.T) {
	checkFindCases(t, []findCase{
		{"highway contract", "Parts go to HC 72 Box 14, Tuba City, AZ 86045 by Friday.",
			[]string{"STREET_ADDRESS:HC 72 Box 14", "LOCATION:Tuba City, AZ", "ZIP_CODE:86045"}},
		{"rural route box", "Mail it to RR 3 Box 210, Hillsboro, WI 54634",
			[]string{"STREET_ADDRESS:RR 3 Box 210", "LOCATION:Hillsboro, WI", "ZIP_CODE:54634"}},
		{"military unit", "Ship to PSC 1234 Box 5678, APO AE 09204",
			[]string{"STREET_ADDRESS:PSC 1234 Box 5678", "LOCATION:APO AE", "ZIP_CODE:09204"}},
		{"development quarter", "Ship to 7 Mill Quarter, Leeds LS10 1XX",
			[]string{"STREET_ADDRESS:7 Mill Quarter", "LOCATION:Leeds", "ZIP_CODE:LS10 1XX"}},
		{"yard", "Deliver to 22 Tanners Yard, York YO1 7AB",
			[]string{"STREET_ADDRESS:22 Tanners Yard", "LOCATION:York", "ZIP_CODE:YO1 7AB"}},
		{"austrian one-digit door", "Adresse: Lindengasse 14/2/9, 1070 Wien",
			[]string{"STREET_ADDRESS:Lindengasse 14/2/9", "ZIP_CODE:1070", "LOCATION:Wien"}},
		{"given name street", "The raffle went to Joan Byrne of 9 Grace Wharf, Tuam.",
			[]string{"PERSON:Joan Byrne", "STREET_ADDRESS:9 Grace Wharf", "LOCATION:Tuam"}},
		{"rural route abbreviation", "Send it to Rt. 2 Box 45, Ozark, AR 72949",
			[]string{"STREET_ADDRESS:Rt. 2 Box 45", "LOCATION:Ozark, AR", "ZIP_CODE:72949"}},
		{"nz rural delivery", "Address: RD 2, Kerikeri 0295",
			[]string{"STREET_ADDRESS:RD 2", "LOCATION:Kerikeri", "ZIP_CODE:0295"}},
		{"finnish tie", "Osoite: Kalevantie 12, 00100 Helsinki",
			[]string{"STREET_ADDRESS:Kalevantie 12", "ZIP_CODE:00100", "LOCATION:Helsinki"}},
		{"unit line before a three-digit house number", "Address: Unit 5B, 123 Rizal St., Makati City",
			[]string{"STREET_ADDRESS:Unit 5B, 123 Rizal St"}},
		// Look-alikes: a route word without its box, a product code.
		{"hc without box", "The HC 61 reading was fine.", nil},
		{"psc without box", "Filed under PSC 2 last year.", nil},
		{"date with a two-digit year", "Hauptstraße 5/3/12 meeting", nil},
		{"given name ending in tie", "Hattie 5 and Lottie 7 joined the club.", []string{"PERSON:Hattie", "PERSON:Lottie"}},
	})
}
