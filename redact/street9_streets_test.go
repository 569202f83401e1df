package redact

import "testing"

// TestStreets9 checks the street forms of street9_streets.go: a one-word
// street before a postcode and town, with a Danish floor and side, and a
// Nordic street type alone after a genitive name; and the look-alikes
// they must leave alone.
func TestStreets9(t *testing.T) {
	checkFindCases(t, []findCase{
		{"ee one word and flat", "Mari Kask, Tamme 9-3, 50410 Tartu",
			[]string{"PERSON:Mari Kask", "STREET_ADDRESS:Tamme 9-3", "ZIP_CODE:50410", "LOCATION:Tartu"}},
		{"lv one word known town", "Saņēmējs: Zaļā 7-12, 1010 Rīga",
			[]string{"STREET_ADDRESS:Zaļā 7-12", "ZIP_CODE:1010", "LOCATION:Rīga"}},
		{"dk floor and side", "bor på Rosenhaven 14, 2. th., 5800 Nyborg",
			[]string{"STREET_ADDRESS:Rosenhaven 14, 2. th.", "ZIP_CODE:5800", "LOCATION:Nyborg"}},
		{"it arcades", "Sepp Huber: 3 Stück, Laubengang 42, 39012 Meran",
			[]string{"PERSON:Sepp Huber", "STREET_ADDRESS:Laubengang 42", "ZIP_CODE:39012", "LOCATION:Meran"}},
		{"no genitive gate", "bor i Kristian Augusts gate 15B, det er sentralt",
			[]string{"STREET_ADDRESS:Kristian Augusts gate 15B"}},
		{"dk vej floor", "Sendes til Peter Bangs vej 12, 3. tv.",
			[]string{"STREET_ADDRESS:Peter Bangs vej 12, 3. tv."}},
		{"welsh house word after the number", "- Dai Evans, 4 Ty'n y Llwyn, Tywyn – cat overdue",
			[]string{"PERSON:Dai Evans", "STREET_ADDRESS:4 Ty'n y Llwyn", "LOCATION:Tywyn"}},
		{"welsh street after the number", "Bryn lives at 7 Maes yr Haf, Bala.", []string{"STREET_ADDRESS:7 Maes yr Haf"}},
		{"welsh house and street before a postcode", "Order 12 – to Mrs Nia Rees, Ty Coch, Heol y Bont, Llanidloes NP8 1AB. Card",
			[]string{"PERSON:Mrs Nia Rees", "STREET_ADDRESS:Ty Coch, Heol y Bont", "LOCATION:Llanidloes", "ZIP_CODE:NP8 1AB"}},
		// Look-alikes.
		{"welsh word alone", "I scored 3 Ty in the game", nil},
		{"airport gate", "she waited at Heathrow gate 5 for hours", nil},
		{"order before a code", "Order 12, 50410 Tartu", nil},
		{"month before a year", "Delivered March 12, 2024 Tartu", nil},
	})
}
