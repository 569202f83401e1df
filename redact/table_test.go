package redact

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
)

// TestTableCells checks the cells of pasted tables: name and city columns
// named by their header are PERSON and LOCATION, whatever the gazetteers
// know of the values; header labels are no names; other tables and prose
// after a table are left alone.
func TestTableCells(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, text string
		want       []string // "TYPE value", in text order
	}{
		{"csv with a header", "Customers:\nfirst_name,last_name,city\nAmara,Osei,Kumasi\nJorik,Vlasman,Zwolle\nWrite each a welcome note.",
			[]string{"PERSON Amara", "PERSON Osei", "LOCATION Kumasi", "PERSON Jorik", "PERSON Vlasman", "LOCATION Zwolle"}},
		{"markdown table", "| Name | City | Plan |\n|---|:--|---|\n| Thandiwe Mokoena | Polokwane | Gold |\n| Eero Virtanen | Oulu | Silver |",
			[]string{"PERSON Thandiwe Mokoena", "LOCATION Polokwane", "PERSON Eero Virtanen", "LOCATION Oulu"}},
		{"german labels and semicolons", "Vorname;Nachname;Ort;Tarif\nJannik;Oberhuber;Rosenheim;Basis",
			[]string{"PERSON Jannik", "PERSON Oberhuber", "LOCATION Rosenheim"}},
		{"tabs", "nom\tprénom\tville\nLefèvre\tCapucine\tQuimper",
			[]string{"PERSON Lefèvre", "PERSON Capucine", "LOCATION Quimper"}},
		{"no name column", "Product,Price,Colour\nTrail Jacket,129,Moss\nSummit Boots,189,Slate", nil},
		{"empty, numeric and placeholder cells", "name,city,id\nn/a,-,17\nnull,Tromsø,18\n,,19",
			[]string{"LOCATION Tromsø"}},
		{"test entries and repeats of the row above", "first_name,last_name,city\ntest,test,Harstad\nasdf,asdf,Bodø\nIdun,Haugland,same as above",
			[]string{"LOCATION Harstad", "LOCATION Bodø", "PERSON Idun", "PERSON Haugland"}},
		{"prose after the table", "first_name,last_name,city\nAmara,Osei,Kumasi\nPlease, thanks, cheers", []string{"PERSON Amara", "PERSON Osei", "LOCATION Kumasi"}},
		{"a header inside prose is no table", "We sell jackets, boots and tents.\nSummer, autumn, winter", nil},
		{"a quoted cell with the separator", "name,town,notes\nOrla Brennan,Tralee,\"two dogs, one cat\"\nKwame Asante,Tamale,none\n\"Ruiz, Inés\",Jaén,\"x\"",
			[]string{"PERSON Orla Brennan", "LOCATION Tralee", "PERSON Kwame Asante", "LOCATION Tamale", "PERSON Ruiz, Inés", "LOCATION Jaén"}},
		{"winners and suburbs", "| Winner | Suburb | Prize |\n|---|---|---|\n| Thabo Nkosi | Rondebosch | Bike |",
			[]string{"PERSON Thabo Nkosi", "LOCATION Rondebosch"}},
		{"a state column alone makes no table", "ticket,state\n123,Open\n124,Closed", nil},
		{"a state column in a customer table", "name,city,state\nJo Bloggs,Austin,TX", []string{"PERSON Jo Bloggs", "LOCATION Austin", "LOCATION TX"}},
		{"danish labels", "| navn | by | alder |\n|---|---|---|\n| Sune Kjærgaard | Vejle | 52 |",
			[]string{"PERSON Sune Kjærgaard", "LOCATION Vejle"}},
		{"german participants", "Teilnehmer;Stadtteil;Kurs\nGesa Lüttjohann;Ottensen;Yoga",
			[]string{"PERSON Gesa Lüttjohann", "LOCATION Ottensen"}},
		{"attendees, guests and members", "Attendee,Company\nPriyanka Venkatesan,Acme\n\nGuest\tTable\nEmeka Obi\t4\n\nMember;Plan\nIlona Szabo;Gold",
			[]string{"PERSON Priyanka Venkatesan", "PERSON Emeka Obi", "PERSON Ilona Szabo"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, s := range e.Find(tc.text) {
				if s.Type == "PERSON" || s.Type == "LOCATION" {
					got = append(got, s.Type+" "+tc.text[s.Start:s.End])
					if strings.Contains(s.Reason, tc.text[s.Start:s.End]) {
						t.Errorf("reason %q quotes the value", s.Reason)
					}
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) =\n%q, want\n%q", tc.text, got, tc.want)
			}
		})
	}
}

// TestTableHeaderLabels checks that a header's labels are not names
// ("Plan" after a "City" cell was one).
func TestTableHeaderLabels(t *testing.T) {
	text := "Name | City | Plan | Owner\nRuth Adeyemi | Ibadan | Gold | Sales"
	for _, s := range (personDetector{}).Detect(text, nil) {
		if s.Start < strings.IndexByte(text, '\n') {
			t.Errorf("header span %q (%s)", text[s.Start:s.End], s.Type)
		}
	}
}

// TestCityFields checks the values of fields labelled as a city.
func TestCityFields(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text string
		want []string // LOCATION values, in text order
	}{
		{"Name: Ivanka Horbach; City: Ternopil; Tier: Gold", []string{"Ternopil"}},
		{"Nachname: Brandl; Ort: Straubing; Tel: 0941 55512", []string{"Straubing"}},
		{"Client: Margaux Pelletier, Ville : Besançon, depuis 2019", []string{"Besançon"}},
		{"Contact Ruth Okafor, city: San Luis Obispo, state: CA", []string{"San Luis Obispo", "CA"}}, // the state is its own LOCATION, as the eval sets label it
		{"Name: Emre Kaya\nHome: Leicester\nState: draft", []string{"Leicester"}},
		{"Store list - city: Bristol", nil}, // no person: a city alone identifies nobody
		{"The city: a place of lights", nil},
		{"Velocity: 12 and capacity: Large", nil},
		{"ville: 75001", nil},
		{"Note: Great work", nil},
		{"Staff profile: Wen Okoro\nLives in: Penrith, Northumberland\nTeam: returns", []string{"Penrith", "Northumberland"}},
		{"Nom : Solène Marchal | Ville : Annecy | Niveau : 2", []string{"Annecy"}},
		{"Naam: Joost Verbeek; Woont in: Drammen; Klant sinds 2020", []string{"Drammen"}},
		{"Name: Ruth Okafor; Zip in: 90210", nil}, // two words that make no label
		{"Ruth Okafor checked in: Good", nil},
	}
	for _, tc := range cases {
		var got []string
		for _, s := range e.Find(tc.text) {
			if s.Type == "PERSON" && slices.Contains(tc.want, tc.text[s.Start:s.End]) {
				t.Errorf("%q: %q found as a PERSON", tc.text, tc.text[s.Start:s.End])
			}
			if s.Type == "LOCATION" {
				got = append(got, tc.text[s.Start:s.End])
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: LOCATION %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestCitySuffixes checks the perfect hash of the city labels' last three
// bytes: every label's suffix is found, in either case, and common word
// endings before a colon are not.
func TestCitySuffixes(t *testing.T) {
	for l, col := range tableLabels {
		if col != colCity || len(l) < 3 {
			continue // cityLabelBefore reads labels of three bytes or more
		}
		for _, s := range []string{l, strings.ToUpper(l[:1]) + l[1:]} {
			if !citySuffixes.has(s[len(s)-3:]) {
				t.Errorf("label %q: suffix %q not found", l, s[len(s)-3:])
			}
		}
	}
	for _, s := range []string{"ect", "ote", "ime", "ttp", "ail", "one", "ame", "ier", "\x00\x00\x00"} {
		if citySuffixes.has(s) {
			t.Errorf("%q taken for a city label's end", s)
		}
	}
}

// TestTableDataCells checks the cells under street, postcode and
// birth-date columns, and the cells that have no such shape.
func TestTableDataCells(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, text string
		want       []string // "TYPE value" of the three types, in text order
	}{
		{"crm export", "name;street;zip;city;dob\nTendai Moyo;4 Quarry Rise;BD7 1AX;Bradford;1983-04-29\nIlse Vermeulen;Lindenlaan 7;5611 AB;Eindhoven;02/11/1990",
			[]string{"STREET_ADDRESS 4 Quarry Rise", "ZIP_CODE BD7 1AX", "DATE_OF_BIRTH 1983-04-29",
				"STREET_ADDRESS Lindenlaan 7", "ZIP_CODE 5611 AB", "DATE_OF_BIRTH 02/11/1990"}},
		{"german labels", "Vorname,Nachname,Straße,PLZ,Geburtsdatum\nFinn,Hollerbach,Am Anger 3,96047,3. Mai 1979",
			[]string{"STREET_ADDRESS Am Anger 3", "ZIP_CODE 96047", "DATE_OF_BIRTH 3. Mai 1979"}},
		{"cells without the shape", "customer,address,postcode,birthday\nNoor Haddad,n/a,unknown,soon\nLev Adler,[STREET_ADDRESS_1],12,tbd",
			nil},
		{"a postcode with other bytes", "name,zip\nRhea Basu,560#034", nil},
		{"nordic labels", "| navn | adresse | postnr | by | fødselsdato |\n|---|---|---|---|---|\n| Sune Kjærgaard | Borgergade 12, 2. tv. | 7100 | Vejle | 03.04.1971 |",
			[]string{"STREET_ADDRESS Borgergade 12, 2. tv.", "ZIP_CODE 7100", "DATE_OF_BIRTH 03.04.1971"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, s := range e.Find(tc.text) {
				switch s.Type {
				case "STREET_ADDRESS", "ZIP_CODE", "DATE_OF_BIRTH":
					got = append(got, s.Type+" "+tc.text[s.Start:s.End])
					if strings.Contains(s.Reason, tc.text[s.Start:s.End]) {
						t.Errorf("reason %q quotes the value", s.Reason)
					}
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) =\n%q, want\n%q", tc.text, got, tc.want)
			}
		})
	}
}

// TestTableAgeColumn checks that whole numbers under an age column are
// AGE, in comma, semicolon, tab and Markdown tables with labels in several
// languages, and that other cells of that column are not.
func TestTableAgeColumn(t *testing.T) {
	checkFindCases(t, []findCase{
		{"csv age column", "plan,age,tier\nbasic,47,silver\npro,63,gold",
			[]string{"AGE:47", "AGE:63"}},
		{"semicolon edad", "producto;edad;canal\nbici;38;web",
			[]string{"AGE:38"}},
		{"tab alter", "Tarif\tAlter\nBasis\t71",
			[]string{"AGE:71"}},
		{"markdown wiek", "| Produkt | Wiek |\n|---|---|\n| rower | 26 |",
			[]string{"AGE:26"}},
		{"not an age: a range, a year, too large", "plan,age\nbasic,25-34\npro,1987\nmax,430", nil},
	})
}

// lines25Alphabet holds the bytes the line helpers' tests draw from: the
// separators and line breaks they look for, their neighbours in value,
// UTF-8 bytes and letters.
const lines25Alphabet = ",;\t|\n\r -+{}:xNnbé á\xc3\x80\x7f\x09\x0a\x2b\x2d"

func lines25Random(r *rand.Rand, n int) string {
	var b strings.Builder
	for range n {
		b.WriteByte(lines25Alphabet[r.Intn(len(lines25Alphabet))])
	}
	return b.String()
}

// TestTableSepIndex checks tableSepIndex against strings.IndexAny on
// random lines of every length up to 80 bytes.
func TestTableSepIndex(t *testing.T) {
	r := rand.New(rand.NewSource(25))
	for n := 0; n <= 80; n++ {
		for range 300 {
			s := lines25Random(r, n)
			if got, want := tableSepIndex(s), strings.IndexAny(s, tableSeps); got != want {
				t.Fatalf("tableSepIndex(%q) = %d, want %d", s, got, want)
			}
		}
	}
	for _, s := range []string{"", "abc", "name,city", "Name | City", "a\tb", "xxxxxxxxxxxxxxxx;", "Ω,"} {
		if got, want := tableSepIndex(s), strings.IndexAny(s, tableSeps); got != want {
			t.Errorf("tableSepIndex(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestTrimLabel checks trimLabel against strings.Trim(…, labelTrim).
func TestTrimLabel(t *testing.T) {
	r := rand.New(rand.NewSource(27))
	const alphabet = " \t\r\"'*`ab\xc3\xa9_-"
	for range 20000 {
		b := make([]byte, r.Intn(12))
		for k := range b {
			b[k] = alphabet[r.Intn(len(alphabet))]
		}
		if got, want := trimLabel(string(b)), strings.Trim(string(b), labelTrim); got != want {
			t.Fatalf("trimLabel(%q) = %q, want %q", b, got, want)
		}
	}
}
