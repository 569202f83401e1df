package redact

import "testing"

// TestStreetParts22 holds the flat, residence and house fields before a
// street and the door, station, floor and number parts after it, which
// streetParts22 masks with the street, and look-alikes.
func TestStreetParts22(t *testing.T) {
	checkFindCases(t, []findCase{
		{"room and block", "Send the keys to Room 9, Block F, Harwell Court, Oxford OX1 2JD.",
			[]string{"STREET_ADDRESS:Room 9, Block F, Harwell Court", "ZIP_CODE:OX1 2JD"}},
		{"floor flat", "Address: Top Floor Flat, 41 Quarry Road, Bath BA2 4LP",
			[]string{"STREET_ADDRESS:Top Floor Flat, 41 Quarry Road", "LOCATION:Bath", "ZIP_CODE:BA2 4LP"}},
		{"tenement flat", "Address: 3F2, 28 Marchmont Crescent, Leith EH9 1HG",
			[]string{"STREET_ADDRESS:3F2, 28 Marchmont Crescent", "LOCATION:Leith", "ZIP_CODE:EH9 1HG"}},
		{"residence", "Adresse : Résidence Les Pins, bât. C, 7 allée des Cèdres, 30900 Nîmes",
			[]string{"STREET_ADDRESS:Résidence Les Pins, bât. C, 7 allée des Cèdres", "ZIP_CODE:30900", "LOCATION:Nîmes"}},
		{"house name after at", "She is staying at Ivy Cottage, 6 Church Lane, Ludlow SY8 1AP.",
			[]string{"STREET_ADDRESS:Ivy Cottage, 6 Church Lane", "LOCATION:Ludlow", "ZIP_CODE:SY8 1AP"}},
		{"door after floor", "Dirección: Calle del Olmo 17, 3º C, 42002 Soria",
			[]string{"STREET_ADDRESS:Calle del Olmo 17, 3º C", "ZIP_CODE:42002", "LOCATION:Soria"}},
		{"postal station", "Mail it to PO Box 731, Stn A, Ajax ON L1S 2H5",
			[]string{"STREET_ADDRESS:PO Box 731, Stn A", "LOCATION:Ajax ON", "ZIP_CODE:L1S 2H5"}},
		{"danish floor", "Adresse: Ole Rømers Gade 12, 3. th., 7100 Vejle",
			[]string{"STREET_ADDRESS:Ole Rømers Gade 12, 3. th.", "ZIP_CODE:7100", "LOCATION:Vejle"}},
		{"portuguese ground floor", "Morada: Rua das Gaivotas 31, r/c esq., 4050-262 Porto",
			[]string{"STREET_ADDRESS:Rua das Gaivotas 31, r/c esq.", "ZIP_CODE:4050-262", "LOCATION:Porto"}},
		{"county road number", "Service address: 88 County Road 2150, Aztec, NM 87410",
			[]string{"STREET_ADDRESS:88 County Road 2150", "LOCATION:Aztec, NM", "ZIP_CODE:87410"}},
		// Look-alikes: a bracket's house-like name is a shop's, a road's
		// number needs a numbered road's type.
		{"bracketed shop", "Her home address (Ivy Lane Bakery House, 5 Mill Lane, Frome BA11 1AB) is on file.",
			[]string{"STREET_ADDRESS:5 Mill Lane", "LOCATION:Frome", "ZIP_CODE:BA11 1AB"}},
		{"plain road then number", "We met at 12 Mill Road 2 times last week.", []string{"STREET_ADDRESS:12 Mill Road"}},
	})
}

// TestLeadFieldKind22 holds the fields before a street that name a flat, a
// residence or a house, and fields that name none.
func TestLeadFieldKind22(t *testing.T) {
	for _, tc := range []struct {
		field string
		want  bool
	}{
		{"Flat No. 7C", true}, {"House No. C12/4", true}, {"Bât. C3", true}, {"Box 12", true},
		{"Room 9", true}, {"Ground Floor Flat", true}, {"PF1", true}, {"2F3", true},
		{"Urb. El Mirador", true}, {"villa Les Oliviers", true}, {"Tŷ Mawr", true}, {"Ivy Cottage", true},
		{"Mrs Ada Bell", false}, {"Order 12", false}, {"Thanks", false}, {"The", false}, {"F12", false},
		{"Room with a view", false}, {"The Dentist And Co", false},
	} {
		if got := leadFieldKind22(tc.field, true); got != tc.want {
			t.Errorf("leadFieldKind22(%q) = %v, want %v", tc.field, got, tc.want)
		}
	}
}

// TestStreetParts22Contact: a residence's or house's name before a street
// on a contact line (a phone number or an e-mail after it) is left to the
// business checks; a flat's field is read there too.
func TestStreetParts22Contact(t *testing.T) {
	checkFindCases(t, []findCase{
		{"house on a contact line", "Guest: Rosehip Cottage, 14 Hill Road, Settle BD24 9AA, 07700 900321",
			[]string{"STREET_ADDRESS:14 Hill Road", "LOCATION:Settle", "ZIP_CODE:BD24 9AA", "PHONE_NUMBER:07700 900321"}},
		{"flat on a contact line", "Guest: Flat 3, 14 Hill Road, Settle BD24 9AA, 07700 900321",
			[]string{"STREET_ADDRESS:Flat 3, 14 Hill Road", "LOCATION:Settle", "ZIP_CODE:BD24 9AA", "PHONE_NUMBER:07700 900321"}},
	})
}

// TestStreetNames22 holds the name words before a one-word Dutch or German
// street, a Maltese street whose name opens with the article, a Croatian
// floor after a slash, a Romansh particle, a Dutch ground floor and a
// Maltese postcode after a street (street22), and look-alikes.
func TestStreetNames22(t *testing.T) {
	checkFindCases(t, []findCase{
		{"van before laan", "Adres: Van Boetzelaerlaan 41 kamer 3, Delft",
			[]string{"STREET_ADDRESS:Van Boetzelaerlaan 41 kamer 3"}},
		{"title and particle", "woont aan de Burgemeester de Monchyplein 7 hs",
			[]string{"STREET_ADDRESS:Burgemeester de Monchyplein 7 hs"}},
		{"german adjective", "Lieferung an: Untere Mühlstr. 18, 78462 Konstanz",
			[]string{"STREET_ADDRESS:Untere Mühlstr. 18", "ZIP_CODE:78462", "LOCATION:Konstanz"}},
		{"maltese article", "Sig.ra Rita Vella, Triq il-Ħarruba 7, Żejtun ZTN 1402, Malta",
			[]string{"PERSON:Sig.ra Rita Vella", "STREET_ADDRESS:Triq il-Ħarruba 7", "LOCATION:Żejtun", "ZIP_CODE:ZTN 1402"}},
		{"croatian floor", "Ivan Perić, Zagorska 17/II, 42000 Varaždin",
			[]string{"PERSON:Ivan Perić", "STREET_ADDRESS:Zagorska 17/II", "ZIP_CODE:42000", "LOCATION:Varaždin"}},
		{"romansh particle", "Adressa: Via dals Ers 12, 7550 Scuol",
			[]string{"STREET_ADDRESS:Via dals Ers 12", "ZIP_CODE:7550", "LOCATION:Scuol"}},
		// Look-alikes: a preposition at a sentence's start, a town before
		// the street, an Australian state before its postcode.
		{"swedish preposition", "Till Kungsgatan 7, 222 21 Lund",
			[]string{"STREET_ADDRESS:Kungsgatan 7", "ZIP_CODE:222 21", "LOCATION:Lund"}},
		{"town before", "Breda Kruiskade 12", []string{"STREET_ADDRESS:Kruiskade 12"}},
		{"australian state", "Deliver to 14 Banksia Street, Logan QLD 4114",
			[]string{"STREET_ADDRESS:14 Banksia Street", "LOCATION:Logan QLD", "ZIP_CODE:4114"}},
	})
}

// TestChatStreets22 holds lower-case chat streets after a residence's
// verb, "no" and "plot", with a house letter (street22), and look-alikes.
func TestChatStreets22(t *testing.T) {
	checkFindCases(t, []findCase{
		{"lives letter", "[09:12] kiri: new client is ana, lives 27c tawa st onehunga, two dogs",
			[]string{"STREET_ADDRESS:27c tawa st"}},
		{"stay for no", "aminu: the new guy wey stay for no 9 bank road, e dey", []string{"STREET_ADDRESS:no 9 bank road"}},
		{"plot", "she lives alone at plot 22 gayaza road now", []string{"STREET_ADDRESS:plot 22 gayaza road"}},
		{"no quantity", "there are no 3 main roads here", nil},
		{"lives doors", "she lives 2 doors down from us", nil},
		{"live minutes", "we live 5 minutes walk away", nil},
	})
}

// TestPlaceholderStreets22 holds a template's placeholder streets, which
// are no one's address, and a street whose name merely looks alike.
func TestPlaceholderStreets22(t *testing.T) {
	checkFindCases(t, []findCase{
		{"sample street", "Example: your instalment for 4 Sample Street is overdue.", nil},
		{"anytown", "e.g. 123 Main Street, Anytown, and so on", nil},
		{"muster", "z. B. Musterstraße 1, 12345 Musterstadt", nil},
		{"real street", "Deliver to 12 Sampson Road, Leeds LS6 2AA",
			[]string{"STREET_ADDRESS:12 Sampson Road", "LOCATION:Leeds", "ZIP_CODE:LS6 2AA"}},
	})
}
