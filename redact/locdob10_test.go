package redact

import "testing"

// TestLocdob10Towns holds towns a person comes from later on the person's
// line, and an Irish death notice's townland after "of".
func TestLocdob10Towns(t *testing.T) {
	checkFindCases(t, []findCase{
		{"from later on a list line", "- Mia Novak, 31, drove up from Kranj for the open day.",
			[]string{"PERSON:Mia Novak", "AGE:31", "LOCATION:Kranj"}},
		{"from after a birth date", "Applicant 4: Ravi Iyer, DOB 02/11/2003, from Madurai, Tamil Nadu. Wants a single room.",
			[]string{"PERSON:Ravi Iyer", "DATE_OF_BIRTH:02/11/2003", "LOCATION:Madurai", "LOCATION:Tamil Nadu"}},
		{"norwegian kommer fra", "- Signe Dahl, kommer fra Tromsø og trener her",
			[]string{"PERSON:Signe Dahl", "LOCATION:Tromsø"}},
		{"unknown town a code vouches for", "- Cody Yazzie, 27, drove two hours from Tohatchi, NM for the test drive.",
			[]string{"PERSON:Cody Yazzie", "AGE:27", "LOCATION:Tohatchi", "LOCATION:NM"}},
		// Look-alikes: a sentence ends between, a product from a town, no person.
		{"sentence between", "Mia Novak called. The parcel came from Kranj.", []string{"PERSON:Mia Novak"}},
		{"no person", "Our coffee comes from Kranj and Madurai.", nil},
		{"irish death notice", "The death has occurred of Seamus Furlong, aged 90, of Knockbrack, Ballyglass, Co. Roscommon F42 X3Y7.",
			[]string{"PERSON:Seamus Furlong", "AGE:90", "STREET_ADDRESS:Knockbrack", "LOCATION:Ballyglass", "LOCATION:Co. Roscommon", "ZIP_CODE:F42 X3Y7"}},
	})
}

// TestLocdob10Dates holds a month before a two-digit year after "born".
func TestLocdob10Dates(t *testing.T) {
	checkFindCases(t, []findCase{
		{"month and apostrophe year", "she turns 40 in June (born June '86) and wants a whitening quote",
			[]string{"AGE:40", "DATE_OF_BIRTH:June '86"}},
		{"curly apostrophe", "Ken Abe, born Oct ’91, prefers mornings",
			[]string{"PERSON:Ken Abe", "DATE_OF_BIRTH:Oct ’91"}},
		{"no birth word", "the June '86 tour poster", nil},
	})
}

// TestLocdob10Ages holds numbers of years that are durations, not ages.
func TestLocdob10Ages(t *testing.T) {
	checkFindCases(t, []findCase{
		{"years married", "Also Mary Nwosu, 35 years married, wants the corner table.",
			[]string{"PERSON:Mary Nwosu"}},
		{"appositive age kept", "Ruth Nwosu, 35 years, from Enugu", []string{"PERSON:Ruth Nwosu", "AGE:35 years", "LOCATION:Enugu"}},
		{"dutch na jaar", "Het perceel van Gerrit Jansen, die na 22 jaar stopt, gaat naar Anna.", []string{"PERSON:Gerrit Jansen", "PERSON:Anna"}},
	})
}

// TestLocdob10CJK holds the administrative units before a Japanese or
// Chinese address in its own script.
func TestLocdob10CJK(t *testing.T) {
	checkFindCases(t, []findCase{
		{"japanese prefecture city ward", "送り先：〒530-0001 大阪府大阪市北区梅田3-1-1 グランド梅田502",
			[]string{"ZIP_CODE:530-0001", "LOCATION:大阪府", "LOCATION:大阪市", "LOCATION:北区", "STREET_ADDRESS:梅田3-1-1 グランド梅田502"}}, // the building and room (street24)
		{"chinese province city district", "请寄给王先生：广东省广州市天河区体育西路18号",
			[]string{"LOCATION:广东省", "LOCATION:广州市", "LOCATION:天河区", "STREET_ADDRESS:体育西路18号"}},
	})
}

// TestLocdob10Streets holds Indian house lines with numbered parts and
// prairie numbered streets with a quadrant.
func TestLocdob10Streets(t *testing.T) {
	checkFindCases(t, []findCase{
		{"house ward locality", "Applicant 3: Jasleen Dhillon, home address H. No. 45, Ward 12, Civil Lines, Ludhiana 141001.",
			[]string{"PERSON:Jasleen Dhillon", "STREET_ADDRESS:H. No. 45, Ward 12, Civil Lines", "LOCATION:Ludhiana", "ZIP_CODE:141001"}},
		{"plot sector town state", "Send it to Plot No. 17, Sector 21, Gurugram, Haryana 122001",
			[]string{"STREET_ADDRESS:Plot No. 17, Sector 21", "LOCATION:Gurugram", "LOCATION:Haryana", "ZIP_CODE:122001"}},
		{"flat block phase", "Send it to Flat No. 3, Block C, Phase 2, Mohali 160062.",
			[]string{"STREET_ADDRESS:Flat No. 3, Block C, Phase 2", "LOCATION:Mohali", "ZIP_CODE:160062"}},
		{"quadrant and suite", "Applicant | 9820 107 Ave NW, Suite 210, Edmonton, AB T5K 1E5",
			[]string{"STREET_ADDRESS:9820 107 Ave NW, Suite 210", "LOCATION:Edmonton, AB", "ZIP_CODE:T5K 1E5"}},
		{"quadrant street", "Ship to 1304 17 St SE, Calgary AB T2G 3J5",
			[]string{"STREET_ADDRESS:1304 17 St SE", "LOCATION:Calgary AB", "ZIP_CODE:T2G 3J5"}},
		// Look-alikes: no quadrant, a score.
		{"no quadrant", "We sold 1304 17 St bottles.", nil},
	})
}

// TestLocdob10Districts holds a district and town joined by a slash, and
// Mexican colonias and towns before "cp" after a street.
func TestLocdob10Districts(t *testing.T) {
	checkFindCases(t, []findCase{
		{"turkish district slash town", "Adres: Gazi Mustafa Kemal Bulvarı No: 21/4, Keçiören/Ankara",
			[]string{"STREET_ADDRESS:Gazi Mustafa Kemal Bulvarı No: 21/4", "LOCATION:Keçiören", "LOCATION:Ankara"}},
		{"mexican lower colonia", "mándale las invitaciones a calle fresno 22 int 3, col. las flores, oaxaca cp 68050",
			[]string{"STREET_ADDRESS:calle fresno 22 int 3", "LOCATION:col. las flores", "LOCATION:oaxaca", "ZIP_CODE:68050"}},
		{"mexican interior and colonia", "Envíale la invitación a Rosa Medina, Calle Jacarandas 112 int 2, col. Del Valle, Guadalajara CP 44600",
			[]string{"PERSON:Rosa Medina", "STREET_ADDRESS:Calle Jacarandas 112 int 2", "LOCATION:col. Del Valle", "LOCATION:Guadalajara", "ZIP_CODE:44600"}},
		// Look-alike: a fraction after a street is no district.
		{"no slash town", "Adres: Atatürk Cad. No: 5/2, Blok/Daire bilgisi yok", []string{"STREET_ADDRESS:Atatürk Cad. No: 5/2"}},
	})
}

// TestLocdob10TaxIDs holds company tax numbers that are no phone numbers.
func TestLocdob10TaxIDs(t *testing.T) {
	checkFindCases(t, []findCase{
		{"partita iva", "Fattura: Partita IVA 04512980281", nil},
		{"p.iva after a phone", "Chiamaci allo 045 800 1234, P.IVA sotto.", []string{"PHONE_NUMBER:045 800 1234"}},
	})
}

// TestLocdob10PhoneAfterDay holds phone numbers after a birthday or
// before a street, which a date's year or a house number took.
func TestLocdob10PhoneAfterDay(t *testing.T) {
	checkFindCases(t, []findCase{
		{"day month then phone", "- Ngozi Eze, birthday 3 May, 0805 331 2290",
			[]string{"PERSON:Ngozi Eze", "DATE_OF_BIRTH:3 May", "PHONE_NUMBER:0805 331 2290"}},
		{"month day then phone", "- Ngozi Eze, birthday May 3, 0805 331 2290",
			[]string{"PERSON:Ngozi Eze", "DATE_OF_BIRTH:May 3", "PHONE_NUMBER:0805 331 2290"}},
		{"year kept", "- Ngozi Eze, born May 3, 1990", []string{"PERSON:Ngozi Eze", "DATE_OF_BIRTH:May 3, 1990"}},
		{"phone before a street", "- Sr. Rui Costa, 913 456 078, Rua Augusta, 12, 1100-048 Lisboa",
			[]string{"PERSON:Sr. Rui Costa", "PHONE_NUMBER:913 456 078", "STREET_ADDRESS:Rua Augusta, 12", "ZIP_CODE:1100-048", "LOCATION:Lisboa"}},
	})
}

// TestLocdob10FieldAges holds ages after a name and a role or nickname.
func TestLocdob10FieldAges(t *testing.T) {
	checkFindCases(t, []findCase{
		{"role between", "- Ian Hale, retired bus driver, 67, from Leeds, wants a quote.",
			[]string{"PERSON:Ian Hale", "AGE:67", "LOCATION:Leeds"}},
		{"nickname between", "Applicant 2: Jasleen Dhillon (\"Preet\"), 20, wants a room.",
			[]string{"PERSON:Jasleen Dhillon", "PERSON:Preet", "AGE:20"}},
		// Look-alikes: a list of numbers, no name before the field.
		{"numbers list", "Ian Hale, rooms booked, 12, 14 and 16.", []string{"PERSON:Ian Hale"}},
		{"no name", "The order, large boxes, 40, arrives Monday.", nil},
	})
}

// TestLocdob10ItemTowns holds a town after a name and an age in brackets,
// and a town whose name ends in "City".
func TestLocdob10ItemTowns(t *testing.T) {
	checkFindCases(t, []findCase{
		{"bracket age then town", "- Niilo Aho (46), Inari – ajaa 900 km",
			[]string{"PERSON:Niilo Aho", "AGE:46", "LOCATION:Inari"}},
		{"bracket age then plan", "- Ana Ruiz (34), Premium – paid", []string{"PERSON:Ana Ruiz", "AGE:34"}},
		{"city word", "\"Great fit!\" - Ana Cruz, Quezon City", []string{"PERSON:Ana Cruz", "LOCATION:Quezon City"}},
	})
}

// TestLocdob10PhoneWords holds numbers after "hp" (hand phone) and a
// Spanish "write to her at", and look-alikes.
func TestLocdob10PhoneWords(t *testing.T) {
	checkFindCases(t, []findCase{
		{"hand phone", "pls note my new hp 8123 4567", []string{"PHONE_NUMBER:8123 4567"}},
		{"escribir al", "que le escribamos al 55 3127 8890 no al otro", []string{"PHONE_NUMBER:55 3127 8890"}},
		{"printer model", "The HP 2000 series ships with 4 GB", nil},
		{"escribe words", "Escribe un texto de 2000 palabras sobre 12 temas", nil},
	})
}

// TestLocdob10OrdinalParts holds a Bengaluru-style address whose cross and
// block follow the street, and the locality after them.
func TestLocdob10OrdinalParts(t *testing.T) {
	checkFindCases(t, []findCase{
		{"cross and block", "Father Joseph, lives at No. 22, 4th Cross, 6th Block, Jayanagar, Bengaluru 560070.",
			[]string{"PERSON:Father Joseph", "STREET_ADDRESS:No. 22, 4th Cross, 6th Block", "LOCATION:Jayanagar", "LOCATION:Bengaluru", "ZIP_CODE:560070"}},
		{"main road then cross", "Deliver to No. 9, 2nd Main Road, 7th Cross, Malleswaram, Bengaluru 560003",
			[]string{"STREET_ADDRESS:No. 9, 2nd Main Road, 7th Cross", "LOCATION:Malleswaram", "LOCATION:Bengaluru", "ZIP_CODE:560003"}},
	})
}

// TestLocdob10CzechZe holds Czech and Slovak "ze" before a town in the
// genitive after a name.
func TestLocdob10CzechZe(t *testing.T) {
	checkFindCases(t, []findCase{
		{"ze and genitive", "2) Pavla Nováková ze Šumperka, svatba v září",
			[]string{"PERSON:Pavla Nováková", "LOCATION:Šumperka"}},
		{"ze a", "- Jana Malá ze Zvolena, e-mail jana@example.sk",
			[]string{"PERSON:Jana Malá", "LOCATION:Zvolena", "EMAIL_ADDRESS:jana@example.sk"}},
		{"dutch ze", "Ze Amsterdam is het ver.", nil},
	})
}

// TestLocdob10Regions holds Malaysian, Mexican and Nigerian states after a
// town.
func TestLocdob10Regions(t *testing.T) {
	checkFindCases(t, []findCase{
		{"malaysian state", "\"Love it!\" - Siti Aminah, Klang, Selangor",
			[]string{"PERSON:Siti Aminah", "LOCATION:Klang", "LOCATION:Selangor"}},
		{"mexican state", "Customer Ana Ruiz from Zapopan, Jalisco called",
			[]string{"PERSON:Ana Ruiz", "LOCATION:Zapopan", "LOCATION:Jalisco"}},
		{"nigerian state", "Nurse Ada Obi from Ikeja, Lagos State, wrote in",
			[]string{"PERSON:Nurse Ada Obi", "LOCATION:Ikeja", "LOCATION:Lagos State"}},
	})
}
