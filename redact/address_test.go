package redact

import (
	"strings"
	"testing"
)

func TestAddressDetector(t *testing.T) {
	tests := []findCase{
		{"us", "I live at 14 Elm Street in town", []string{"STREET_ADDRESS:14 Elm Street"}},
		{"us abbrev dot", "Send it to 221B Baker St. please", []string{"STREET_ADDRESS:221B Baker St"}},
		{"us full", "I live at 123 Park Ave Apt 123 New York City, NY 10002",
			[]string{"STREET_ADDRESS:123 Park Ave Apt 123", "LOCATION:New York City, NY", "ZIP_CODE:10002"}},
		{"direction", "my address is 56 N First St NY 90210", []string{"STREET_ADDRESS:56 N First St", "ZIP_CODE:90210"}},
		{"post-directional", "Send to 1600 Pennsylvania Avenue NW, Washington, DC 20500",
			[]string{"STREET_ADDRESS:1600 Pennsylvania Avenue NW", "LOCATION:Washington, DC", "ZIP_CODE:20500"}},
		{"zip+4", "ship to 9 Oak Road, Austin, TX 78701-1234",
			[]string{"STREET_ADDRESS:9 Oak Road", "LOCATION:Austin, TX", "ZIP_CODE:78701-1234"}},
		{"de", "Anschrift: Hauptstraße 5, 10115 Berlin",
			[]string{"STREET_ADDRESS:Hauptstraße 5", "ZIP_CODE:10115", "LOCATION:Berlin"}},
		{"de number first", "mailed to 6390 Hauptstraße.", []string{"STREET_ADDRESS:6390 Hauptstraße"}},
		{"fr", "au 12 rue de la Paix, 75002 Paris",
			[]string{"STREET_ADDRESS:12 rue de la Paix", "ZIP_CODE:75002", "LOCATION:Paris"}},
		{"es", "Calle Mayor 3, Madrid", []string{"STREET_ADDRESS:Calle Mayor 3", "LOCATION:Madrid"}},
		{"it", "abito in Via Roma 10 a Milano", []string{"STREET_ADDRESS:Via Roma 10"}},
		{"it article particle", "spedire in Via degli Aranci 7 entro lunedì", []string{"STREET_ADDRESS:Via degli Aranci 7"}},
		{"pt article particle", "entregar na Rua do Carmo 15 amanhã", []string{"STREET_ADDRESS:Rua do Carmo 15"}},
		{"nl", "Keizersgracht 123, 1015 CJ Amsterdam",
			[]string{"STREET_ADDRESS:Keizersgracht 123", "ZIP_CODE:1015 CJ", "LOCATION:Amsterdam"}},
		{"uk postcode", "Her home: 10 Downing Street, London SW1A 2AA",
			[]string{"STREET_ADDRESS:10 Downing Street", "LOCATION:London", "ZIP_CODE:SW1A 2AA"}},
		{"uk postcode bare", "postcode M1 1AE", []string{"ZIP_CODE:M1 1AE"}},
		{"po box", "mail it to PO Box 4521, Austin, TX 78765-4521 please",
			[]string{"STREET_ADDRESS:PO Box 4521", "LOCATION:Austin, TX", "ZIP_CODE:78765-4521"}},
		{"p.o. box", "P.O. Box 123, Springfield, IL 62704",
			[]string{"STREET_ADDRESS:P.O. Box 123", "LOCATION:Springfield, IL", "ZIP_CODE:62704"}},
		{"post office box", "our Post Office Box 99", []string{"STREET_ADDRESS:Post Office Box 99"}},
		{"postfach grouped", "an Postfach 10 11 12, 80331 München",
			[]string{"STREET_ADDRESS:Postfach 10 11 12", "ZIP_CODE:80331", "LOCATION:München"}},
		{"postbus", "naar Postbus 1234, 1000 AB Amsterdam",
			[]string{"STREET_ADDRESS:Postbus 1234", "ZIP_CODE:1000 AB", "LOCATION:Amsterdam"}},
		{"apartado", "Apartado de Correos 456, 28080 Madrid",
			[]string{"STREET_ADDRESS:Apartado de Correos 456", "ZIP_CODE:28080", "LOCATION:Madrid"}},
		{"box alone", "The gift box 3 contains two candles. Box 12 of 20. xbox 360", nil},
		{"box at start", "Box 7", nil},
		{"es lower-case street type", "vive en la calle de Alcalá 45, 28014 Madrid",
			[]string{"STREET_ADDRESS:calle de Alcalá 45", "ZIP_CODE:28014", "LOCATION:Madrid"}},
		{"it lower-case corso", "abito in corso Vittorio Emanuele 12", []string{"STREET_ADDRESS:corso Vittorio Emanuele 12"}},
		{"es comma before number", "Calle de Alcalá, 45, 2º izquierda, 28014 Madrid",
			[]string{"STREET_ADDRESS:Calle de Alcalá, 45, 2º izquierda", "ZIP_CODE:28014", "LOCATION:Madrid"}},
		{"it lower-case via with postcode", "per Francesca Esposito, via Toledo 256, 80134 Napoli.",
			[]string{"STREET_ADDRESS:via Toledo 256", "ZIP_CODE:80134", "LOCATION:Napoli"}},
		{"via without postcode", "pay via PayPal 3 times", nil},
		{"es comma then end", "Vive en Calle Mayor, 10.", []string{"STREET_ADDRESS:Calle Mayor, 10"}},
		{"es comma count", "Plaza Mayor, 3 días de fiesta", nil},
		{"fr comma count", "Rue de Rivoli, 5 fois moins cher", nil},
		{"es c/ abbreviation", "Ship to c/ Gran Vía 28, 28013 Madrid.",
			[]string{"STREET_ADDRESS:c/ Gran Vía 28", "ZIP_CODE:28013", "LOCATION:Madrid"}},
		{"pt postcode", "Meet at Rua Augusta 100, 1100-053 Lisboa.",
			[]string{"STREET_ADDRESS:Rua Augusta 100", "ZIP_CODE:1100-053", "LOCATION:Lisboa"}},
		{"pt-like code", "Rua Augusta 100, 2024-123-456 ref", []string{"STREET_ADDRESS:Rua Augusta 100"}},
		{"via before a brand", "pay via PayPal 3 times, visit our plaza 5 times", nil},
		{"address label", "Name: Ahmed Hassan; Address: 45 Nile Corniche, Cairo; Tel: 1",
			[]string{"STREET_ADDRESS:45 Nile Corniche", "LOCATION:Cairo"}},
		{"adresse label", "Adresse: 12 Avenue Habib Bourguiba", []string{"STREET_ADDRESS:12 Avenue Habib Bourguiba"}},
		{"snake-case label", "home_address: 7 Marine Parade", []string{"STREET_ADDRESS:7 Marine Parade"}},
		{"other labels", "Ship date: 12 March. Order: 3 Large Boxes. Note: 5 Stars", nil},
		{"ca postal code", "100 King St W, Toronto, ON M5H 2N2, Canada",
			[]string{"STREET_ADDRESS:100 King St W", "LOCATION:Toronto, ON", "ZIP_CODE:M5H 2N2"}},
		{"ca postal code context", "Postal code: K1A 0B1", []string{"ZIP_CODE:K1A 0B1"}},
		{"ca postal code no space", "Montréal, QC H3B4W8", []string{"LOCATION:Montréal, QC", "ZIP_CODE:H3B4W8"}},
		{"ca shape alone", "Part number A1B 2C3 is out of stock.", nil},
		{"ca letters never used", "ON D1A 2B3", nil},
		{"zip context", "zip: 94105", []string{"ZIP_CODE:94105"}},
		{"prose street", "Oh no worries I live right down the street and up the boulevard", nil},
		{"prose drive", "I have thought of many ways to finish that drive", nil},
		{"numbers", "We sold 300 Units last year and 12 Items in May.", nil},
		{"year", "In 2024 Sales grew", nil},
		{"bare 5 digits", "Order 10115 shipped", nil},
		{"date", "on 12.03.2024 Street fair", nil},
		{"uk flat first", "Ship to Flat 3, 27 Station Road, Cambridge", []string{"STREET_ADDRESS:Flat 3, 27 Station Road", "LOCATION:Cambridge"}},
		{"unit first lower case", "deliver to flat 4B, 10 Downing Street", []string{"STREET_ADDRESS:flat 4B, 10 Downing Street"}},
		{"no unit word", "We have 3, 27 Station Road", []string{"STREET_ADDRESS:27 Station Road"}},
		{"de hyphenated street", "Adresse: Friedrich-Ebert-Str. 12, 53113 Bonn", []string{"STREET_ADDRESS:Friedrich-Ebert-Str. 12", "ZIP_CODE:53113", "LOCATION:Bonn"}},
		{"de street-type word alone", "wohnt Frankfurter Allee 45, 10247 Berlin", []string{"STREET_ADDRESS:Frankfurter Allee 45", "ZIP_CODE:10247", "LOCATION:Berlin"}},
		{"at stair and door", "Adresse: Hauptstraße 45/3/12, 1040 Wien", []string{"STREET_ADDRESS:Hauptstraße 45/3/12", "ZIP_CODE:1040", "LOCATION:Wien"}},
		{"a ring is no street", "our Diamond Ring 5 pack", nil},
		{"pt floor and side", "Morada: Rua do Almada 77, 2.º Dto., 4050-037 Porto", []string{"STREET_ADDRESS:Rua do Almada 77, 2.º Dto.", "ZIP_CODE:4050-037", "LOCATION:Porto"}},
		{"es floor and door", "domicilio en Calle Mayor 12, 3º B, 28013 Madrid", []string{"STREET_ADDRESS:Calle Mayor 12, 3º B", "ZIP_CODE:28013", "LOCATION:Madrid"}},
		{"br cep after its label", "Entregar no CEP 22041-011 amanhã", []string{"ZIP_CODE:22041-011"}},
		{"five digits, a dash and three without a label", "pedido 12345-678 enviado", nil},
		{"br cep", "Endereço: Rua Harmonia 220, 05435-000 São Paulo", []string{"STREET_ADDRESS:Rua Harmonia 220", "ZIP_CODE:05435-000", "LOCATION:São Paulo"}},
		{"a day and a month are no stair and door", "Hauptstraße 5/3/12 meeting", nil},
		{"nl floor after a number no day has", "Adres: Lindengracht 47-2, Amsterdam", []string{"STREET_ADDRESS:Lindengracht 47-2", "LOCATION:Amsterdam"}},
		{"nl day and month stay out", "Hoofdweg 12-3 is the date", nil},
		{"nl range", "Prinsengracht 263-267, 1016 GV Amsterdam",
			[]string{"STREET_ADDRESS:Prinsengracht 263-267", "ZIP_CODE:1016 GV", "LOCATION:Amsterdam"}},
		{"de range", "wohnhaft Hauptstraße 12-14, Berlin", []string{"STREET_ADDRESS:Hauptstraße 12-14", "LOCATION:Berlin"}},
		{"range alone", "we had 12-14 stores", nil},
		{"uk the crescent", "for Siobhan, 4 The Crescent, Galway", []string{"STREET_ADDRESS:4 The Crescent", "LOCATION:Galway"}},
		{"the way prose", "Top 5 The Way to grow", nil},
		{"date not range", "Termin Hauptstraße 12-03", nil},
		{"de preposition", "Am Lindenhof 7, 80331 München",
			[]string{"STREET_ADDRESS:Am Lindenhof 7", "ZIP_CODE:80331", "LOCATION:München"}},
		{"de preposition article", "An der Alster 12, 20099 Hamburg",
			[]string{"STREET_ADDRESS:An der Alster 12", "ZIP_CODE:20099", "LOCATION:Hamburg"}},
		{"de preposition date", "Am 5. Mai 2024 startet der Sale.", nil},
		{"de preposition year", "Im Jahr 2020 hatten wir Erfolg.", nil},
		{"de preposition no postcode", "Am Lindenhof 7 gibt es Kaffee.", nil},
	}
	checkDetectCases(t, addressDetector{}, tests)
}

func TestDOBDetector(t *testing.T) {
	tests := []findCase{
		{"born", "She was born on 12 March 1990 in Rome", []string{"DATE_OF_BIRTH:12 March 1990"}},
		{"dob iso", "DOB: 1985-07-23", []string{"DATE_OF_BIRTH:1985-07-23"}},
		{"dob us", "date of birth 07/23/1985.", []string{"DATE_OF_BIRTH:07/23/1985"}},
		{"month first", "born March 5th, 1990", []string{"DATE_OF_BIRTH:March 5th, 1990"}},
		{"german", "geb. 03.04.1979", []string{"DATE_OF_BIRTH:03.04.1979"}},
		{"german month", "geboren am 12. März 1990", []string{"DATE_OF_BIRTH:12. März 1990"}},
		{"french", "née le 2 avril 1988", []string{"DATE_OF_BIRTH:2 avril 1988"}},
		{"spanish de", "nacida el 2 de febrero de 1985, vive aquí", []string{"DATE_OF_BIRTH:2 de febrero de 1985"}},
		{"portuguese de", "nascida em 3 de março de 1980.", []string{"DATE_OF_BIRTH:3 de março de 1980"}},
		{"portuguese label", "Data de nascimento: 14 de julho de 1972", []string{"DATE_OF_BIRTH:14 de julho de 1972"}},
		{"spanish plain date", "La reunión es el 2 de febrero de 2025.", nil},
		{"spanish no year: a birthday", "nacido el 5 de mayo", []string{"DATE_OF_BIRTH:5 de mayo"}},
		{"spanish day and month, no birth word", "la promo acaba el 5 de mayo", nil},
		{"plain date", "The sale ends on 12 March 2026.", nil},
		{"aged", "a customer aged 34 asked", []string{"AGE:34"}},
		{"years old", "my son is 7 years old", []string{"AGE:7"}},
		{"year-old", "a 45-year-old teacher", []string{"AGE:45"}},
		{"she is", "she is 34.", []string{"AGE:34"}},
		{"i am", "I am 29, and I love hiking", []string{"AGE:29"}},
		{"not age", "the price is 34 dollars", nil},
		{"not age percent", "CTR is 34%", nil},
		{"too old", "aged 300 days", nil},
		{"years not age", "for 5 years we have sold shoes", nil},
		{"turns next week", "He turns 45 next week.", []string{"AGE:45"}},
		{"is turning tomorrow", "she is turning 21 tomorrow!", []string{"AGE:21"}},
		{"i'm turning", "I'm turning 50 this summer", []string{"AGE:50"}},
		{"brand anniversary", "The store turns 5 this year.", nil},
		{"we turn", "we are turning 10 next month", nil},
		{"age range is a segment", "a promo for customers aged 18-25, aged 18–24, aged 65+, aged 18 to 34, aged 65 and over", nil},
		{"age then and", "she is 34 and loves yoga", []string{"AGE:34"}},
	}
	checkDetectCases(t, dobDetector{}, tests)
}

func TestCryptoAndMACDetectors(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"p2pkh", "my wallet address is: 16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ", []string{"CRYPTO:16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ"}},
		{"p2sh", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy", []string{"CRYPTO:3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"}},
		{"bech32", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", []string{"CRYPTO:bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"}},
		{"bech32m", "pay bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297 now",
			[]string{"CRYPTO:bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297"}},
		{"eth eip55", "send to 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", []string{"CRYPTO:0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"}},
		{"eth bad eip55", "send to 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD", nil},
		{"eth lower", "ETH 0x52908400098527886e0f7030069857d2e4169ee7", []string{"CRYPTO:0x52908400098527886e0f7030069857d2e4169ee7"}},
		{"btc bad checksum", "16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ2", nil},
		{"btc one char off", "16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyY", nil},
		{"bech32 bad", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdr", nil},
		{"sha256 hex", "8f953371d3e85eddb89b05ed6b9e680791055315c73e1025ab5dba7bb2aee189", nil},
		{"mac colon", "My MAC address is 00:1A:2B:3C:4D:5E", []string{"MAC_ADDRESS:00:1A:2B:3C:4D:5E"}},
		{"mac dash", "AA-BB-CC-DD-EE-FF", []string{"MAC_ADDRESS:AA-BB-CC-DD-EE-FF"}},
		{"mac cisco", "Physical address is aabb.ccdd.eeff", []string{"MAC_ADDRESS:aabb.ccdd.eeff"}},
		{"mac short", "Not a MAC: 00:1A:2B:3C:4D", nil},
		{"mac broadcast", "FF:FF:FF:FF:FF:FF", nil},
		{"mac zero", "00:00:00:00:00:00", nil},
		{"mac mixed", "10:2F:33-AC-29-C3", nil},
		{"ipv6", "2001:db8:0:1:2:3:4:5", nil},
		{"time", "at 12:30:45 today", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := append(spansOf(cryptoDetector{}, tc.text), spansOf(macDetector{}, tc.text)...)
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("Detect(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestStreetNamedAfterPerson: through the engine, where the person
// detector reads the street's name as a name, the whole street wins, so
// the house number is not left in the text.
func TestStreetNamedAfterPerson(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for text, want := range map[string]string{
		"habitant 8 avenue Jean Jaurès, 69007 Lyon": "STREET_ADDRESS:8 avenue Jean Jaurès",
		"12 rue Victor Hugo, Paris":                 "STREET_ADDRESS:12 rue Victor Hugo",
	} {
		var got []string
		for _, sp := range e.Find(text) {
			got = append(got, sp.Type+":"+text[sp.Start:sp.End])
		}
		if len(got) == 0 || got[0] != want {
			t.Errorf("Find(%q) = %q, want %q first", text, got, want)
		}
	}
}

// TestCapitalsUSAddress checks US addresses written in capitals as CRM
// exports and labels print them: a unit, a post-directional, an ordinal
// street and abbreviated types after the street, and banners in capitals
// that are no address.
func TestCapitalsUSAddress(t *testing.T) {
	checkFindCases(t, []findCase{
		{"unit after the type", "4410 N ELSTON AVE APT 2B, CHICAGO, IL 60630",
			[]string{"STREET_ADDRESS:4410 N ELSTON AVE APT 2B", "LOCATION:CHICAGO, IL", "ZIP_CODE:60630"}},
		{"ordinal street", "220 E 54TH ST, NEW YORK, NY 10022",
			[]string{"STREET_ADDRESS:220 E 54TH ST", "LOCATION:NEW YORK, NY", "ZIP_CODE:10022"}},
		{"abbreviated type and direction", "915 MAGNOLIA CT SE, ATLANTA, GA 30312",
			[]string{"STREET_ADDRESS:915 MAGNOLIA CT SE", "LOCATION:ATLANTA, GA", "ZIP_CODE:30312"}},
		{"banner", "50 BIG ROAD TRIP DEALS", nil},
		{"banner with a title", "WIN 2 DR PEPPER PACKS", nil},
	})
}
