package redact

import "testing"

// TestForms17Titles covers Burmese and Karen honorifics before a name of
// syllables, the Malay hereditary titles, the Fijian "Ratu", Balinese
// birth-order names before a second name, and the
// English "Saw" before words that are no such syllables.
func TestForms17Titles(t *testing.T) {
	checkTypeCases(t, "PERSON", []typeCase{
		{"Staff: Naw Paw Htoo Say works Mondays.", []string{"Naw Paw Htoo Say"}},
		{"Hello, Daw Aye Aye Myint. Your remittance is ready.", []string{"Daw Aye Aye Myint"}},
		{"Voicemail 1: \"Hello this is Saw Ler Htoo, I calling about my car loan.\"", []string{"Saw Ler Htoo"}},
		{"The youngest, Mahn Ba Tun, is eighteen.", []string{"Mahn Ba Tun"}},
		{"Also chatted to Puteri Nurul Huda, from Johor, getting married at the hotel.", []string{"Puteri Nurul Huda"}},
		{"Our guest Tengku Farah Nadia arrives Friday.", []string{"Tengku Farah Nadia"}},
		{"Surfer's name: Ratu Semesa Tuilau Jr", []string{"Ratu Semesa Tuilau Jr"}},
		{"and her fiancé Wayan Sudirta, Balinese, wedding next April.", []string{"Wayan Sudirta"}},
		{"Bookings: Komang Ayu Kartini, 2 pax.", []string{"Komang Ayu Kartini"}},
		{"Please call Mallam Quorwen Halvorsby about the stall.", []string{"Mallam Quorwen Halvorsby"}},
		{"Dankie aan Tannie Quorwen vir die koeksisters.", []string{"Tannie Quorwen"}},
		{"Rezervacija: Gospođa Quorwen Halvorsby, soba 12.", []string{"Gospođa Quorwen Halvorsby"}},
		{"Termin: Gđa. Quorwen Halvorsby, utorak.", []string{"Gđa. Quorwen Halvorsby"}},
		{"Sayın Quorwen Halvorsby, randevunuz yarın.", []string{"Sayın Quorwen Halvorsby"}},
		{"Vehicle Lic. Plate Renewal is due.", nil},
		{"We saw Tin Tin at the show.", nil},
		{"Daw Mill Road is closed.", nil},
	})
}

// TestForms17LowerDr covers the doctor's "dr." and the Estonian "hr",
// "pr" in lower case before a name, a street's "dr." before a town or
// after a house number, and the hour's "hr" after a number.
func TestForms17LowerDr(t *testing.T) {
	checkTypeCases(t, "PERSON", []typeCase{
		{"vervolgafspraak bij dr. Visser op maandag.", []string{"dr. Visser"}},
		{"Időpont: dr. Kertész Anna, kedden.", []string{"dr. Kertész Anna"}},
		{"turn left at oak dr. Aberdeen is next.", nil},
		{"10:30 – hr Quorwen Halvorsby (saabub rattaga)", []string{"hr Quorwen Halvorsby"}},
		{"Meeldetuletus: pr Quorwen Halvorsby, homme kell 9.", []string{"Quorwen Halvorsby"}},
		{"Book a 24 hr Service slot or a 1 hr Massage.", nil},
		{"we are at 40 oak dr. Visser Hall is next door.", nil},
	})
}
