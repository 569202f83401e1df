package redact

import "testing"

// TestMoreStreetLeads holds streets led by Galician, Catalan, Italian,
// Portuguese, Romanian, Czech and Greek street types, South African
// streets with a Dutch type word of its own, four-digit postcodes that
// close a field, and look-alikes.
func TestMoreStreetLeads(t *testing.T) {
	checkFindCases(t, []findCase{
		{"galician rua floor", "Domicilio: Rúa da Raíña 22, 2º dcha., 36202 Vigo",
			[]string{"STREET_ADDRESS:Rúa da Raíña 22, 2º dcha.", "ZIP_CODE:36202", "LOCATION:Vigo"}},
		{"italian localita", "Consegna: Località Poggio Alto 7, 53100 Siena",
			[]string{"STREET_ADDRESS:Località Poggio Alto 7", "ZIP_CODE:53100", "LOCATION:Siena"}},
		{"italian frazione", "Indirizzo: Frazione Case Nuove 3, 12012 Boves",
			[]string{"STREET_ADDRESS:Frazione Case Nuove 3", "ZIP_CODE:12012", "LOCATION:Boves"}},
		{"portuguese praca", "Morada: Praça da Batalha 44, 4000-322 Porto",
			[]string{"STREET_ADDRESS:Praça da Batalha 44", "ZIP_CODE:4000-322", "LOCATION:Porto"}},
		{"catalan passeig", "Dirección: Passeig de Colom 3, 08002 Barcelona",
			[]string{"STREET_ADDRESS:Passeig de Colom 3", "ZIP_CODE:08002", "LOCATION:Barcelona"}},
		{"czech namesti", "Adresa: nám. Míru 12, 120 00 Praha",
			[]string{"STREET_ADDRESS:nám. Míru 12", "ZIP_CODE:120 00", "LOCATION:Praha"}},
		{"greek odos", "Address: Odos Ermou 10, 106 71 Athina",
			[]string{"STREET_ADDRESS:Odos Ermou 10", "ZIP_CODE:106 71", "LOCATION:Athina"}},
		{"romanian str over a name", "Livrare la Str. Florin Dobre 14.",
			[]string{"STREET_ADDRESS:Str. Florin Dobre 14"}},
		{"outer lead kept", "Pº de la Alameda 7, 46010 Valencia",
			[]string{"STREET_ADDRESS:Pº de la Alameda 7", "ZIP_CODE:46010", "LOCATION:Valencia"}},
		{"afrikaans straat", "anniversary list:\nthe Bothma couple, 12 Mark Straat, Paarl 7646\nnext",
			[]string{"STREET_ADDRESS:12 Mark Straat", "LOCATION:Paarl", "ZIP_CODE:7646"}},
		{"za postcode before a dash", "deliver to 8 Acacia Grove, Zinkwazi 4420 — ring first",
			[]string{"STREET_ADDRESS:8 Acacia Grove", "LOCATION:Zinkwazi", "ZIP_CODE:4420"}},
		{"au postcode before a bar", "3 | 14 Gum Tree Ct, Kallangur Heights QLD 4503 | call",
			[]string{"STREET_ADDRESS:14 Gum Tree Ct", "LOCATION:Kallangur Heights QLD", "ZIP_CODE:4503"}},
		// Look-alikes: Nordic and Dutch nouns in "-ering" before a number.
		{"swedish ering noun", "Vi planerar en Leverering 20 november.", nil},
		{"dutch ering noun", "Zie Verzekering 12 in het contract.", nil},
		{"ring road kept", "Wir wohnen am Kaiserring 14 seit Mai.", []string{"STREET_ADDRESS:Kaiserring 14"}},
	})
}

// TestLandmarkAddresses holds famous addresses of fiction, government and
// companies used as a theme (demoted), and the same written to be posted
// to (kept).
func TestLandmarkAddresses(t *testing.T) {
	checkFindCases(t, []findCase{
		{"fiction theme", "Write a tagline for a candle inspired by 742 Evergreen Terrace.", nil},
		{"fiction abbreviated", "A mug range themed on 4 Privet Dr and Hogwarts.", nil},
		{"company hq", "Our keynote copy should mention 1 Infinite Loop nostalgia.", nil},
		{"context word keeps it", "Ship it to 742 Evergreen Terrace please",
			[]string{"STREET_ADDRESS:742 Evergreen Terrace"}},
		{"ordinary street kept", "A candle inspired by 742 Evergreen Road.", []string{"STREET_ADDRESS:742 Evergreen Road"}},
	})
}

// TestBusinessPremisesMore holds premises words added for wineries,
// breweries and farm shops.
func TestBusinessPremisesMore(t *testing.T) {
	checkFindCases(t, []findCase{
		{"kellerei", "Die Kellerei in der Kirschallee 7 lädt zur Probe ein.", nil},
		{"weingut", "Das Weingut in der Bergstraße 12 öffnet am Samstag.", nil},
	})
}

// TestStreetNamedForADate holds Portuguese and Spanish streets named for
// a date ("Rua 5 de Outubro"), a town of two words before a postcode
// whose first word is a town alone, and a shop's address after a label
// of two words.
func TestStreetNamedForADate(t *testing.T) {
	checkFindCases(t, []findCase{
		{"rua date", "vivo na Rua 5 de Outubro 17, 2.º Esq., 2800-101 Almada. Obrigada",
			[]string{"STREET_ADDRESS:Rua 5 de Outubro 17, 2.º Esq.", "ZIP_CODE:2800-101", "LOCATION:Almada"}},
		{"calle date", "vivo en Calle 2 de Mayo 4, 28004 Madrid",
			[]string{"STREET_ADDRESS:Calle 2 de Mayo 4", "ZIP_CODE:28004", "LOCATION:Madrid"}},
		{"two-word town before postcode", "deliver to 7 Fig Grove, Durban North 4051 — ring first",
			[]string{"STREET_ADDRESS:7 Fig Grove", "LOCATION:Durban North", "ZIP_CODE:4051"}},
		{"shop label of two words", "Negozio storico: Via dei Mille 14, Parma. Aperto.", nil},
	})
}

// TestLabelledStreetsWithoutType holds streets with no type word after an
// address label and before a postcode, Finnish and Norwegian suffixes, a
// Belgian "bus", and look-alikes.
func TestLabelledStreetsWithoutType(t *testing.T) {
	checkFindCases(t, []findCase{
		{"czech", "Adresa: Vinohradská 48, 120 00 Praha",
			[]string{"STREET_ADDRESS:Vinohradská 48", "ZIP_CODE:120 00", "LOCATION:Praha"}},
		{"finnish katu", "Osoite: Aleksanterinkatu 12, 00100 Helsinki",
			[]string{"STREET_ADDRESS:Aleksanterinkatu 12", "ZIP_CODE:00100", "LOCATION:Helsinki"}},
		{"belgian bus", "Adres: Molenstraat 12 bus 3, 2018 Antwerpen",
			[]string{"STREET_ADDRESS:Molenstraat 12 bus 3", "ZIP_CODE:2018", "LOCATION:Antwerpen"}},
		// Look-alikes: no label, or no postcode after the number.
		{"no label", "Version Alpha 12, 2024 release", nil},
		{"no postcode", "Adresa: Národní 12 je zavřeno", nil},
	})
}

// TestStateAfterResidenceTown holds an Australian state after a town and
// a space, and a Brazilian state after a dash or a slash, in a sentence
// about a person.
func TestStateAfterResidenceTown(t *testing.T) {
	checkFindCases(t, []findCase{
		{"au", "Sarah Jones lives in Indooroopilly QLD with her dog",
			[]string{"PERSON:Sarah Jones", "LOCATION:Indooroopilly", "LOCATION:QLD"}},
		{"au unknown suburb", "Sarah Jones lives in Wattlegrove Heights QLD with her dog",
			[]string{"PERSON:Sarah Jones", "LOCATION:Wattlegrove Heights QLD"}},
		{"au known city", "Sarah Jones is based in Perth WA.",
			[]string{"PERSON:Sarah Jones", "LOCATION:Perth", "LOCATION:WA"}},
		{"br dash", "Maria Souza mora em Caruaru - PE desde 2019",
			[]string{"PERSON:Maria Souza", "LOCATION:Caruaru", "LOCATION:PE"}},
	})
}
