package redact

import "testing"

// TestChatStreets13 checks loc13_lower.go's lower-case streets and their
// look-alikes in prose.
func TestChatStreets13(t *testing.T) {
	checkFindCases(t, []findCase{
		{"at", "she's at 14 quarry lane now", []string{"STREET_ADDRESS:14 quarry lane"}},
		{"into", "they moved into 27 pebble close last week", []string{"STREET_ADDRESS:27 pebble close"}},
		{"two name words", "drop it to 3 old forge road pls", []string{"STREET_ADDRESS:3 old forge road"}},
		{"abbreviation", "pick me up from 52 tansy st after work", []string{"STREET_ADDRESS:52 tansy st"}},
		{"flat first", "deliver it to flat 4, 61 three bridges rd please",
			[]string{"STREET_ADDRESS:flat 4, 61 three bridges rd"}},
		{"german", "bring es zu mir, birkenstr 31 oder ruf an",
			[]string{"STREET_ADDRESS:birkenstr 31"}},
		{"german straße", "treffen wir uns in der ahornstraße 4b?", []string{"STREET_ADDRESS:ahornstraße 4b"}},
		// Look-alikes.
		{"main reason", "there is 1 main reason for this", nil},
		{"high scores", "we got 2 high scores and 3 park rides today", nil},
		{"hours drive", "it's at 2 hours drive from here", nil},
		{"tennis court", "we play at 3 tennis court on fridays", nil},
		{"pretty close", "the scores were at 5 pretty close", nil},
		{"no preposition", "she has 14 mill lane photos", nil},
		{"type word alone", "meet at 5 road closures", nil},
		{"short german word", "vor 12 weg 5", nil},
	})
}

// TestHomeUnitNotPremises13 checks that an apartment's unit keeps a street
// that a premises cue stands before (loc13_unit.go).
func TestHomeUnitNotPremises13(t *testing.T) {
	checkFindCases(t, []findCase{
		{"apt", "We're at 2290 Birchwood Dr, Apt 904, Dayton if you need to mail it.",
			[]string{"STREET_ADDRESS:2290 Birchwood Dr, Apt 904", "LOCATION:Dayton"}},
		{"flat", "We're at 9 Linton Road, Flat 3, Leeds now.",
			[]string{"STREET_ADDRESS:9 Linton Road, Flat 3", "LOCATION:Leeds"}},
		{"street with no type word", "Address 1450 Aldergrove Concourse, Apt 9C, Bronx, NY 10457.",
			[]string{"STREET_ADDRESS:1450 Aldergrove Concourse, Apt 9C", "LOCATION:Bronx, NY", "ZIP_CODE:10457"}},
		{"month", "On 5 January, Suite 3, Bronx opened.", nil},
		{"no town after the unit", "We had 5 Guys, Suite 3 was closed", nil},
		// A business's suite stays the business's.
		{"suite", "We're at 2290 Birchwood Dr, Suite 904, Dayton if you need to mail it.", nil},
	})
}

// TestWelshStreets13 checks loc13_welsh.go's one-word Welsh streets and
// the comma before the postcode in welshLinesBefore.
func TestWelshStreets13(t *testing.T) {
	checkFindCases(t, []findCase{
		{"maes", "Mr Ellis, 7 Maesycoed, Llanarth, asked about delivery.",
			[]string{"PERSON:Mr Ellis", "STREET_ADDRESS:7 Maesycoed", "LOCATION:Llanarth"}},
		{"bryn", "Send it to 12 Bryngolau, Tregaron.", []string{"STREET_ADDRESS:12 Bryngolau"}},
		// The house's name before the street is masked with it (street22).
		{"heol after comma", "She lives at Bryn Teg, Heol Caerfyrddin, Cwmann, SA48 8XY.",
			[]string{"STREET_ADDRESS:Bryn Teg, Heol Caerfyrddin", "ZIP_CODE:SA48 8XY"}},
		// Look-alikes.
		{"parcel", "We sent 2 Parcels, Thanks.", nil},
		{"no town", "He scored 7 Maesycoed goals.", nil},
	})
}

// TestIndianStreets13 checks loc13_india.go's slash numbers before an
// ordinal road and ordinal roads after a locality.
func TestIndianStreets13(t *testing.T) {
	checkFindCases(t, []findCase{
		{"slash and ordinal", "Deliver to 22/4 3rd Cross Road, Jayanagar, Mysuru 570011",
			[]string{"STREET_ADDRESS:22/4 3rd Cross Road", "LOCATION:Jayanagar", "LOCATION:Mysuru", "ZIP_CODE:570011"}},
		{"locality then ordinal", "Deliver to 9 Lakshmi Nagar 2nd Main Road, Adugodi, Mysuru 570030",
			[]string{"STREET_ADDRESS:9 Lakshmi Nagar 2nd Main Road", "LOCATION:Adugodi", "LOCATION:Mysuru", "ZIP_CODE:570030"}},
		// Look-alike: an ordinal after a plain word stays out.
		{"ordinal after a plain word", "We won 2 Rounds 3rd Place today", nil},
	})
}

// TestFrenchLowerLeads13 checks loc13_fr.go's lower-case French leads
// before a capitalised name and a number.
func TestFrenchLowerLeads13(t *testing.T) {
	checkFindCases(t, []findCase{
		{"rue", "« J'habite à Uccle, rue des Tilleuls 14, depuis dix ans. »",
			[]string{"STREET_ADDRESS:rue des Tilleuls 14"}},
		{"avenue", "On habite avenue Brugmann 61 depuis mars.", []string{"STREET_ADDRESS:avenue Brugmann 61"}},
		// Look-alikes: English "rue" and "avenue" in prose.
		{"rue verb", "you will rue the day 5 times over", nil},
		{"avenue noun", "the avenue to 5 markets is closed", nil},
	})
}

// TestUKFlatLine13 checks loc13_uk.go's flat, house number and type-less
// street before a town and a UK postcode.
func TestUKFlatLine13(t *testing.T) {
	checkFindCases(t, []findCase{
		{"flat", "Still at Flat 2A, 37 Kings Reach, Leeds LS1 4XY. Thanks!",
			[]string{"STREET_ADDRESS:Flat 2A, 37 Kings Reach", "LOCATION:Leeds", "ZIP_CODE:LS1 4XY"}},
		{"apartment", "Apartment 14, 9 Quayside Heights, York YO1 6XY",
			[]string{"STREET_ADDRESS:Apartment 14, 9 Quayside Heights", "LOCATION:York", "ZIP_CODE:YO1 6XY"}},
	})
}

// TestTownZipAfterStreet13 checks loc13_zip.go's ZIP code after a
// lower-case town with no state.
func TestTownZipAfterStreet13(t *testing.T) {
	checkFindCases(t, []findCase{
		{"town and zip", "addr: 88 W 5th St apt 3, fresno 93721",
			[]string{"STREET_ADDRESS:88 W 5th St apt 3", "LOCATION:fresno", "ZIP_CODE:93721"}},
		// Look-alike: an article opens no town.
		{"article", "addr: 88 W 5th St apt 3, the 93721 batch", []string{"STREET_ADDRESS:88 W 5th St apt 3"}},
	})
}

// TestPhones13 checks loc13_phone.go's French-Canadian shape and Icelandic label.
func TestPhones13(t *testing.T) {
	checkFindCases(t, []findCase{
		{"quebec with cell", "cell 438 555-0199, anytime", []string{"PHONE_NUMBER:438 555-0199"}},
		{"quebec alone", "Boutique, Laval, 438 555-0199", nil},
		{"sími", "Hringdu í síma, sími 845 3321", []string{"PHONE_NUMBER:845 3321"}},
		// Look-alike: no North American area code.
		{"area code 1", "cell 138 555-0199", nil},
	})
}

// TestChatPair13 checks that chatPair's two tables accept exactly their
// pairs.
func TestChatPair13(t *testing.T) {
	english := map[string]bool{"at": true, "on": true, "to": true, "om": true, "ar": true, "ff": true, "ss": true, "dy": true, "pt": true,
		"is": true, "ts": true, "'s": true, // copulas (street17_uslower.go)
		"es": true, "ve": true, "ng": true, "ys": true, "ay": true, "no": true, "ot": true} // lives, live, living, stays, stay, no, plot (street22)
	german := map[string]bool{"tr": true, "r.": true, "\x9fe": true, "se": true, "ee": true, "tz": true, "eg": true, "mm": true}
	for a := range 256 {
		for b := range 256 {
			p := string([]byte{byte(a), byte(b)})
			want := 0
			if english[p] {
				want = 1
			} else if german[p] {
				want = 2
			}
			if got := chatPair(byte(a), byte(b)); got != want {
				t.Fatalf("chatPair(%q) = %d, want %d", p, got, want)
			}
		}
	}
}

// TestFlatTails13 checks loc13_tail.go's flat parts after a street.
func TestFlatTails13(t *testing.T) {
	checkFindCases(t, []findCase{
		{"german courtyard", "Anschrift: Ahornstraße 8, Hinterhaus, 3. OG links, 10999 Cottbus",
			[]string{"STREET_ADDRESS:Ahornstraße 8, Hinterhaus, 3. OG links", "ZIP_CODE:10999", "LOCATION:Cottbus"}},
		{"german lower", "bring es zu mir, birkenstr 31, 2. hinterhof, klingel oben",
			[]string{"STREET_ADDRESS:birkenstr 31, 2. hinterhof"}},
		{"italian stair and door", "Via dei Gelsi 12, scala B, int. 7, Roma",
			[]string{"STREET_ADDRESS:Via dei Gelsi 12, scala B, int. 7", "LOCATION:Roma"}},
		{"spanish portal and floor", "Calle del Olmo 7, portal 2, 1ºB, Robledal",
			[]string{"STREET_ADDRESS:Calle del Olmo 7, portal 2, 1ºB"}},
		{"belgian box", "Rue des Tilleuls 14 bte 12, Uccle",
			[]string{"STREET_ADDRESS:Rue des Tilleuls 14 bte 12", "LOCATION:Uccle"}},
		// Look-alike: a number after the street is no floor without its word.
		{"bare number", "Meet at 12 Main Street, 3. Then go home.", []string{"STREET_ADDRESS:12 Main Street"}},
		{"spanish ground floor door", "Envíalo a Calle del Olmo 7, bajo B, Robledal",
			[]string{"STREET_ADDRESS:Calle del Olmo 7, bajo B"}},
		// Look-alike: "bajo" as a preposition takes no lower-case word as its door.
		{"bajo as preposition", "Vive en la Calle del Olmo 12, bajo la lluvia de otoño",
			[]string{"STREET_ADDRESS:Calle del Olmo 12, bajo"}},
	})
}

// TestIcelandicPhones13 checks the seven-digit Icelandic shape in an
// Icelandic text, and its look-alikes.
func TestIcelandicPhones13(t *testing.T) {
	checkFindCases(t, []findCase{
		{"list line", "- Þórdís Hauksdóttir, fædd 2. apríl 1980, 771 2408",
			[]string{"PERSON:Þórdís Hauksdóttir", "DATE_OF_BIRTH:2. apríl 1980", "PHONE_NUMBER:771 2408"}},
		// Look-alikes: no Icelandic letter before it, or a shape Iceland
		// does not dial.
		{"english text", "The batch codes were 771 2408 and more.", nil},
		{"first digit", "- Þórdís, 271 2408", nil},
	})
}
