package redact

import (
	"strings"
	"testing"
)

// TestMarketingGaps holds the rules added for gaps that prompts written by
// outside marketers showed, each with values other than those of the eval
// sets: the whole engine's spans ("TYPE:value") must be exactly want.
func TestMarketingGaps(t *testing.T) {
	checkFindCases(t, []findCase{
		// Brands named after their founders are no person without a title or greeting.
		{"person brands", "Benchmark our denim against Tommy Hilfiger and Ralph Lauren.", nil},
		{"person brand publisher", "Send the proposal to Harper Collins by Friday.", nil},
		{"person brand with title", "Dear Mr Ralph Lauren, thank you.", []string{"PERSON:Mr Ralph Lauren"}},
		{"person brand after greeting", "Hi Tom Ford,\nyour order shipped.", []string{"PERSON:Tom Ford"}},
		// Field labels and team names are no names; a city field's value
		// is a LOCATION (cityFields).
		{"french name fields", "Nom : Lemaire ; Prénom : Julie ; Ville : Nantes", []string{"PERSON:Lemaire", "PERSON:Julie", "LOCATION:Nantes"}},
		{"german form", "Nachname: Krüger\nVorname: Jonas\nOrt: Kiel", []string{"PERSON:Krüger", "PERSON:Jonas", "LOCATION:Kiel"}},
		{"team signature", "Kind regards,\nPriya Desai\nCustomer Success Team", []string{"PERSON:Priya Desai"}},
		{"italian surname field", "Cognome: Ferri, nome: Paolo", []string{"PERSON:Ferri", "PERSON:Paolo"}},
		{"family name in capitals with an umlaut", "Kunde: MÜLLER, Hans (Premium)", []string{"PERSON:MÜLLER, Hans"}},
		{"tier after a named customer", "Customer: Anna Smith, Premium; Client: Okonkwo (Gold)", []string{"PERSON:Anna Smith", "PERSON:Okonkwo"}},
		{"unknown names after foreign customer labels", "Cliente: Margaux Pelletier; Empfänger: Zbigniew Wróbel",
			[]string{"PERSON:Margaux Pelletier", "PERSON:Zbigniew Wróbel"}},
		{"customer and recipient labels", "Cliente: Solène Marchais; Empfänger: Wiebke Tjarks; Klant: Sanne Terpstra",
			[]string{"PERSON:Solène Marchais", "PERSON:Wiebke Tjarks", "PERSON:Sanne Terpstra"}},
		// Addresses.
		{"state abbreviation after a lower-case word", "loyalty member ID 45512 and order ID 99120", nil},
		{"idaho zip", "Ship to 9 Elm Ct, Boise ID 83702", []string{"STREET_ADDRESS:9 Elm Ct", "LOCATION:Boise ID", "ZIP_CODE:83702"}},
		{"street type in the name", "Address: 88 Cedar Ridge Dr, Apt 2, Raleigh, NC 27601",
			[]string{"STREET_ADDRESS:88 Cedar Ridge Dr, Apt 2", "LOCATION:Raleigh, NC", "ZIP_CODE:27601"}},
		{"australian state postcode", "Send it to 12 Ocean Pde, Manly NSW 2095 please",
			[]string{"STREET_ADDRESS:12 Ocean Pde", "LOCATION:Manly NSW", "ZIP_CODE:2095"}},
		{"australian postcode alone", "her parcel to Perth WA 6000 ships daily", []string{"LOCATION:Perth WA", "ZIP_CODE:6000"}},
		{"australian unit slash", "Deliver to Unit 3/27 Marine Pde, St Kilda VIC 3182",
			[]string{"STREET_ADDRESS:Unit 3/27 Marine Pde", "LOCATION:St Kilda VIC", "ZIP_CODE:3182"}},
		{"uk town no gazetteer knows", "her address is 3 Rowan Close, Tadley RG26 3PX",
			[]string{"STREET_ADDRESS:3 Rowan Close", "LOCATION:Tadley", "ZIP_CODE:RG26 3PX"}},
		{"envelope lines", "Post the card to:\nMr Ian Bell\n5 Station Road\nKendal\nLA9 6BT",
			[]string{"PERSON:Mr Ian Bell", "STREET_ADDRESS:5 Station Road", "LOCATION:Kendal", "ZIP_CODE:LA9 6BT"}},
		{"envelope known city", "Send to:\n14 Kings Road\nManchester\nM1 4AB",
			[]string{"STREET_ADDRESS:14 Kings Road", "LOCATION:Manchester", "ZIP_CODE:M1 4AB"}},
		{"next line is no town", "Send it to 14 Kings Road\nThanks a lot", []string{"STREET_ADDRESS:14 Kings Road"}},
		{"district then city and PIN", "Flat 2B, 9 Park Street, Salt Lake, Kolkata 700091",
			[]string{"STREET_ADDRESS:Flat 2B, 9 Park Street", "LOCATION:Salt Lake", "LOCATION:Kolkata", "ZIP_CODE:700091"}},
		{"polish street", "adres: ul. Piotrkowska 104/6 m. 3, 90-006 Łódź",
			[]string{"STREET_ADDRESS:ul. Piotrkowska 104/6 m. 3", "ZIP_CODE:90-006", "LOCATION:Łódź"}},
		{"polish avenue", "al. Jerozolimskie 65/79, 00-697 Warszawa",
			[]string{"STREET_ADDRESS:al. Jerozolimskie 65/79", "ZIP_CODE:00-697", "LOCATION:Warszawa"}},
		{"et al is no street", "as Nowak et al. 2019 showed", nil},
		{"polish title", "Dziękujemy, Pani Agnieszko Wójcik!", []string{"PERSON:Pani Agnieszko Wójcik"}},
		{"dutch floor suffix", "Keizersgracht 102-3, 1015 CS Amsterdam",
			[]string{"STREET_ADDRESS:Keizersgracht 102-3", "ZIP_CODE:1015 CS", "LOCATION:Amsterdam"}},
		{"german preposition street after a label", "Anschrift: Im Winkel 12", []string{"STREET_ADDRESS:Im Winkel 12"}},
		{"preposition without label", "Im Jahr 2020 haben wir", nil},
		{"slash date is no house", "Launch 5/18 Main event in Leeds", nil},
		// Chinese names and mobile numbers without +86.
		{"chinese names and mobiles", "VIP list: Zhou Min (135 6677 8899) and Chen Jie (158 2233 4455)",
			[]string{"PERSON:Zhou Min", "PHONE_NUMBER:135 6677 8899", "PERSON:Chen Jie", "PHONE_NUMBER:158 2233 4455"}},
		{"chinese mobile run together after a context word", "her mobile is 15922334455", []string{"PHONE_NUMBER:15922334455"}},
		{"eleven digits without context", "batch 15922334455 shipped", nil},
		{"ambiguous syllable alone", "Gang violence fell while Ping sales rose", nil},
		// Ages.
		{"age between commas after a name", "Persona: Hannah Fischer, 44, runs a bakery",
			[]string{"PERSON:Hannah Fischer", "AGE:44"}},
		{"age after a given name and an unknown family name, before a phone", "Lapsed: Joanna Oyelowo, 47, 07700 900456",
			[]string{"PERSON:Joanna Oyelowo", "AGE:47", "PHONE_NUMBER:07700 900456"}},
		{"nordic and polish age units", "Maja Berg, 61 år. Ewa Nowak, 44 lat.", []string{"PERSON:Maja Berg", "AGE:61 år", "PERSON:Ewa Nowak", "AGE:44 lat"}},
		{"stair and door are no date before a birth word", "Anna Berger, Linzer Straße 45/3/12, 1140 Wien. Geburtsdatum 02.02.1982",
			[]string{"PERSON:Anna Berger", "STREET_ADDRESS:Linzer Straße 45/3/12", "ZIP_CODE:1140", "LOCATION:Wien", "DATE_OF_BIRTH:02.02.1982"}},
		{"polish and german birth words", "ur. 04.05.1971; Geburtsdaten 09.09.1989 und 01.02.1990",
			[]string{"DATE_OF_BIRTH:04.05.1971", "DATE_OF_BIRTH:09.09.1989", "DATE_OF_BIRTH:01.02.1990"}},
		{"name is age", "Our member Arthur Jenkins is 91 and loves gardening",
			[]string{"PERSON:Arthur Jenkins", "AGE:91"}},
		{"list of numbers after a name", "Sizes for Jane Fischer, 12, 14 and 16", []string{"PERSON:Jane Fischer"}},
		{"street number between commas", "Oxford Street, 25, second floor", nil},
		{"ordinary word is count", "The bundle is 12 items", nil},
		// Titles inside a run, in lower case, academic.
		{"title after a letter opening", "Gentile Sig. Moretti, ecco il suo codice", []string{"PERSON:Sig. Moretti"}},
		{"dutch lower-case titles", "Uitnodiging voor dhr. Bakker en mevr. Smit", []string{"PERSON:dhr. Bakker", "PERSON:mevr. Smit"}},
		{"spanish lower-case title", "Llamó la sra. Delgado ayer", []string{"PERSON:sra. Delgado"}},
		{"dutch title words in letters", "Beste mevrouw Oyelaran, Geachte heer Tchakounte, beste meneer Brouwers",
			[]string{"PERSON:mevrouw Oyelaran", "PERSON:heer Tchakounte", "PERSON:meneer Brouwers"}},
		{"dutch title word capitalised", "Mevrouw Oyelaran belde gisteren", []string{"PERSON:Mevrouw Oyelaran"}},
		{"word before a capital ending in r or w", "thanks for Nairobi and a new Harbour view", nil},
		{"austrian academic title", "Frau Mag. Leitner bestellt wieder", []string{"PERSON:Frau Mag. Leitner"}},
		{"italian professional title", "Inviare a Avv. Marchetti", []string{"PERSON:Avv. Marchetti"}},
		{"german form after a title", "Frau Lena Graf, Lindenweg 3\nIhr Paket kommt", []string{"PERSON:Frau Lena Graf", "STREET_ADDRESS:Lindenweg 3"}},
		// Kinship titles and parks.
		{"kinship title", "A card for Granny Pearl on her birthday", []string{"PERSON:Granny Pearl"}},
		{"german kinship title", "Ein Gedicht für Opa Günther", []string{"PERSON:Opa Günther"}},
		{"kinship word alone", "Grandma knows best", nil},
		{"park after a place word", "Pop-up stand in Primrose Hill and at Victoria Park", nil},
		{"park surname", "Thank Jennifer Park for the review", []string{"PERSON:Jennifer Park"}},
		// Capitals, as labels and CRM exports write them.
		{"family name in capitals", "Client: JONES, Megan (VIP)", []string{"PERSON:JONES, Megan"}},
		{"word in capitals before a given name", "URGENT, Megan please call back", []string{"PERSON:Megan"}},
		{"address in capitals", "SHIP TO: 7 MARKET ST, KENDAL LA9 4TN",
			[]string{"STREET_ADDRESS:7 MARKET ST", "LOCATION:KENDAL", "ZIP_CODE:LA9 4TN"}},
		{"banner in capitals", "SAVE 40 ON EVERY ROAD TRIP THIS SUMMER", nil},
		// Rows of a pasted CRM export.
		{"csv row", "first_name,last_name,city\nGemma,Doyle,Dublin\nRavi,Iqbal,Leeds",
			[]string{"PERSON:Gemma", "PERSON:Doyle", "LOCATION:Dublin", "PERSON:Ravi", "PERSON:Iqbal", "LOCATION:Leeds"}},
		{"semicolon row", "vorname;nachname;ort\nLena;Vogel;Bremen", []string{"PERSON:Lena", "PERSON:Vogel", "LOCATION:Bremen"}},
		{"colour list", "Colours: Rose,Brown,Green", nil},
		// Passports with letters among the digits.
		{"german passport", "Upgrade for Jonas Weber, passport C4J70K8M1, flying Friday",
			[]string{"PERSON:Jonas Weber", "PASSPORT:C4J70K8M1"}},
		{"french passport", "passeport / passport: 09KP61234", []string{"PASSPORT:09KP61234"}},
		{"passport word with a product code", "passport holder model PH2024X in stock", nil},
	})
}

// TestTitleAndSaintGaps holds the rules of issue 9 (names after titles
// and particles, saints' names), with values other than those of the eval
// sets: the whole engine's spans must be exactly want.
func TestTitleAndSaintGaps(t *testing.T) {
	checkFindCases(t, []findCase{
		// A title starts a name; particles and nouns before it are not part of it.
		{"noun and particle before a title", "Beschwerde von Frau Ingrid Pohl über die Lieferung",
			[]string{"PERSON:Frau Ingrid Pohl"}},
		{"unknown names after a title", "Rückfrage von Herrn Emre Karataş zur Rechnung", []string{"PERSON:Herrn Emre Karataş"}},
		{"letters outside latin-1 after a title", "Grüße an Frau Małgorzata Wróblewska und Herrn Ödön Szőke",
			[]string{"PERSON:Frau Małgorzata Wróblewska", "PERSON:Herrn Ödön Szőke"}},
		// The French "M." is a title before capitalised words.
		{"monsieur", "Envoyer à M. Yanis Haddadi demain", []string{"PERSON:M. Yanis Haddadi"}},
		{"monsieur and family name", "Écrire à M. Lefebvre", []string{"PERSON:M. Lefebvre"}},
		{"master of science", "She holds an M. Sc. in Physics", nil},
		{"monsieur le maire", "Lettre pour M. le Maire de Grenoble", nil},
		{"size m at a sentence end", "Order the shirt in size M. The fit is loose.", nil},
		// An initial and a name of the gazetteers.
		{"initial and family name", "Forward this to R. Jenkins please", []string{"PERSON:R. Jenkins"}},
		{"two initials and family name", "Signed, T. W. Harrison", []string{"PERSON:T. W. Harrison"}},
		// Lower-case titles before particles and names no gazetteer knows.
		{"dutch lower-case title and particles", "Brief aan dhr. van der Meulen en mevr. de Graaf",
			[]string{"PERSON:dhr. van der Meulen", "PERSON:mevr. de Graaf"}},
		{"dutch lower-case title and unknown names", "Bel mevr. Noor Azzouzi terug", []string{"PERSON:mevr. Noor Azzouzi"}},
		{"spanish lower-case title and particles", "Llamó la sra. de la Rosa ayer", []string{"PERSON:sra. de la Rosa"}},
		{"lower-case title and particles opening the text", "sr. de la Cruz llamó ayer", []string{"PERSON:sr. de la Cruz"}},
		{"senior before a job", "our sr. Software Engineer joined", nil},
		// Names in texts written all in lower case.
		{"lower-case given and family name", "pls draft a thank u note to fiona gallagher for her review", []string{"PERSON:fiona gallagher"}},
		{"lower-case names after a trigger word", "card for my client ahmed and his wife fatima pls",
			[]string{"PERSON:ahmed", "PERSON:fatima"}},
		{"lower-case title and family name", "remind mr okafor about the invoice", []string{"PERSON:mr okafor"}},
		{"lower-case apostrophe family name", "gift for niamh o'sullivan", []string{"PERSON:niamh o'sullivan"}},
		{"lower-case ordinary words", "will you mark the dates and grace the stage with hope", nil},
		{"lower-case dutch", "ik ben blij met de levering", nil},
		{"lower-case clock", "meet at 5 o'clock with the team", nil},
		{"capitals elsewhere keep lower-case words out", "Thanks to fiona gallagher", nil},
		// Saints' names name churches, hospitals and days.
		{"saint hospital", "Visit us at St Catherine's Hospital on Friday", nil},
		{"saint church with a dot", "Bake sale at St. Bernard's Church", nil},
		{"saint ambulance", "Thank the St John Ambulance volunteers", nil},
	})
}

// findCase is one case of checkFindCases.
type findCase struct {
	name, text string
	want       []string
}

// checkFindCases runs the default engine on each case and wants exactly
// its spans ("TYPE:value").
func checkFindCases(t *testing.T, tests []findCase) {
	t.Helper()
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, s := range e.Find(tc.text) {
				got = append(got, s.Type+":"+tc.text[s.Start:s.End])
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// checkDetectCases runs one detector on each case's text and compares
// the spans it reports at or above DefaultMinScore with the case's.
func checkDetectCases(t *testing.T, d Detector, tests []findCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := spansOf(d, tc.text)
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("Detect(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestDateAndAddressGaps holds the date, age and address rules of issue 9,
// with values other than those of the eval sets.
func TestDateAndAddressGaps(t *testing.T) {
	checkFindCases(t, []findCase{
		// Month names in the genitive (PL) and Turkish, birth words in ES/PT/IT/PL/TR.
		{"polish genitive month", "urodzona 9 listopada 1983", []string{"DATE_OF_BIRTH:9 listopada 1983"}},
		{"polish thirteen-byte month", "data urodzenia: 30 października 1975", []string{"DATE_OF_BIRTH:30 października 1975"}},
		{"spanish birth verb", "nació el 8 de junio de 1969", []string{"DATE_OF_BIRTH:8 de junio de 1969"}},
		{"portuguese birth verb", "nasceu a 2 de março de 1981", []string{"DATE_OF_BIRTH:2 de março de 1981"}},
		{"turkish birth date", "doğum tarihi: 17 Ekim 1990", []string{"DATE_OF_BIRTH:17 Ekim 1990"}},
		{"polish month without a birth word", "promocja do 15 maja 2025", nil},
		// Ages in PT/TR and after PT/PL age words.
		{"portuguese age unit", "o cliente faz 64 anos hoje", []string{"AGE:64 anos"}},
		{"turkish age unit", "Müşteri 29 yaşında", []string{"AGE:29 yaşında"}},
		{"portuguese age word", "idade: 57", []string{"AGE:57"}},
		// Spanish, Portuguese and Italian street-type abbreviations.
		{"spanish avenue abbreviation", "Avda. de la Libertad 14, 30009 Murcia",
			[]string{"STREET_ADDRESS:Avda. de la Libertad 14", "ZIP_CODE:30009", "LOCATION:Murcia"}},
		{"spanish paseo abbreviation", "Pº de la Alameda 7, 46010 Valencia",
			[]string{"STREET_ADDRESS:Pº de la Alameda 7", "ZIP_CODE:46010", "LOCATION:Valencia"}},
		{"italian corso abbreviation", "C.so Francia 88, 10143 Torino",
			[]string{"STREET_ADDRESS:C.so Francia 88", "ZIP_CODE:10143", "LOCATION:Torino"}},
		{"initial c is no street", "Take vitamin C. Take 2 a day", nil},
		// Canadian postal codes after a province's name.
		{"postal code after a province in parentheses", "1200 rue Peel, Montréal (Québec) H3B 2T6",
			[]string{"STREET_ADDRESS:1200 rue Peel", "LOCATION:Montréal", "ZIP_CODE:H3B 2T6"}},
		{"postal code after a province name", "Saskatoon, Saskatchewan S7K 1J5", []string{"ZIP_CODE:S7K 1J5"}},
		// An invoice number after another number's phone word is no phone.
		{"invoice after a tracking number", "Tracking number 1Z204E380338943508 and invoice 0033 7712 4409 attached", nil},
		{"phone word before an order word", "Ring us about your order: 0033 1 70 36 40 01", []string{"PHONE_NUMBER:0033 1 70 36 40 01"}},
	})
}
