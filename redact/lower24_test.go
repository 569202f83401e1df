package redact

import (
	"slices"
	"testing"
)

// lower24Head is a careful first line: the lines after it are read as
// lower-case lines of a text that has capitals.
const lower24Head = "Can you turn these call notes into a tidy table? Keep it short.\n"

// TestLower24Lines checks names, streets, postcodes and towns in lines
// typed in lower case under a careful first line (lower24_lines.go,
// lower24_records.go, lower24_streets.go), in many of the prompt
// languages, and everyday lower-case notes that must stay unmasked.
func TestLower24Lines(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		line string
		want []string // spans the engine must find, as "TYPE:text"
		not  []string // texts no span may be
	}{
		{"danish title and record", "- fru karen sørensen, vesterbrogade 112, 1620 kbh v, tlf 31 22 44 55",
			[]string{"PERSON:fru karen sørensen", "STREET_ADDRESS:vesterbrogade 112", "ZIP_CODE:1620"}, nil},
		{"serbian title", "- gđa jelena marković, sever, 064 555 1234",
			[]string{"PERSON:gđa jelena marković"}, nil},
		{"polish title", "- pani agnieszka wróbel, tel 600 123 456, oddzwonić jutro",
			[]string{"PERSON:pani agnieszka wróbel"}, nil},
		{"spanish title with dot", "- sra. lucía fernández pidió cita, 612 345 678",
			[]string{"PERSON:sra. lucía fernández"}, nil},
		{"french title with dot", "- mme. claire dubois a rappelé, 06 12 34 56 78",
			[]string{"PERSON:mme. claire dubois"}, nil},
		{"italian abbreviated title", "- la sig.ra giovanna esposito, 333 123 4567, ritira sabato",
			[]string{"PERSON:sig.ra giovanna esposito"}, nil},
		{"swahili title", "- bw. juma mwangi, 0712 345 678, anataka risiti",
			[]string{"PERSON:bw. juma mwangi"}, nil},
		{"indonesian honorific", "- pak budi santoso, 0812 3456 7890, minta diantar",
			[]string{"PERSON:pak budi santoso"}, nil},
		{"record after a time", "10:05am - ahmed karimi, 14 elm grove rd, leeds ls6 2ab, 07700 900123",
			[]string{"PERSON:ahmed karimi", "STREET_ADDRESS:14 elm grove rd", "ZIP_CODE:ls6 2ab"}, nil},
		{"canadian postcode after a suburb", "- 2:30pm - 77 maple ave, scarborough, m1k 2r4, wants a quote",
			[]string{"STREET_ADDRESS:77 maple ave", "LOCATION:scarborough", "ZIP_CODE:m1k 2r4"}, nil},
		{"call verb", "- sent dmitri to the depot, back at 4. call 0161 496 0000", []string{"PERSON:dmitri"}, nil},
		{"spanish type first", "- calle mayor 14, 28013 madrid, 600 111 222",
			[]string{"STREET_ADDRESS:calle mayor 14", "ZIP_CODE:28013", "LOCATION:madrid"}, nil},
		{"portuguese type first", "- entregar na rua augusta 210, lisboa, tel 912 345 678",
			[]string{"STREET_ADDRESS:rua augusta 210"}, nil},
		{"french number first", "- 45 avenue des lilas, 3e étage, code 4512",
			[]string{"STREET_ADDRESS:45 avenue des lilas, 3e étage"}, nil},
		{"swedish one word", "- bor på storgatan 7, ring 070 123 45 67",
			[]string{"STREET_ADDRESS:storgatan 7"}, nil},
		{"dutch one word", "- woont kerkstraat 12, bellen 06 1234 5678",
			[]string{"STREET_ADDRESS:kerkstraat 12"}, nil},
		{"town after another rule's street", "- she lives at 9 harbour road, kilkenny. mobile 087 123 4567",
			[]string{"LOCATION:kilkenny"}, nil},
		// Everyday notes typed in lower case.
		{"shopping note", "- bought 12 apples, 3 pears and 2 loaves, total 14.50 eur, card ending 0800",
			nil, []string{"12 apples", "3 pears"}},
		{"ambiguous given name", "- grace period is 14 days, call 0800 123 4567 with questions",
			nil, []string{"grace"}},
		{"plant words", "- rose bushes need 3 feet of space, order 12 from the nursery at 0161 496 0000",
			nil, []string{"rose", "rose bushes"}},
		{"dishes", "- 2 main courses, 3 desserts, table 12, ph 020 7946 0000", nil, []string{"2 main courses"}},
		{"via a channel", "- reply via email by 5 pm, ref 20231104", nil, []string{"via email by 5"}},
		{"verb first", "- mark as done, 4 items left, call 0161 496 0000", nil, []string{"mark"}},
		{"invoice sent", "- sent invoice 4471 to accounts, 020 7946 0000", nil, []string{"invoice"}},
		{"cookware", "- pan 24 cm, 2 lids, barcode 4006381333931", nil, []string{"pan 24 cm"}},
		{"rooms", "- we moved to a bigger place, 3 bedrooms, 2 baths, near the park, 555 0134 567", nil,
			[]string{"3 bedrooms", "park"}},
		{"door words after a street", "- 12 mill lane, two dogs, buzzer 4, 07700 900456",
			[]string{"STREET_ADDRESS:12 mill lane"}, []string{"two dogs", "buzzer"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := findTexts(e, lower24Head+c.line) // engine_test.go
			for _, w := range c.want {
				if !slices.Contains(got, w) {
					t.Errorf("%q: missed %q (got %q)", c.line, w, got)
				}
			}
			for _, w := range c.not {
				for _, g := range got {
					if g[len(g)-len(w):] == w && (len(g) == len(w) || g[len(g)-len(w)-1] == ':') {
						t.Errorf("%q: took %q", c.line, g)
					}
				}
			}
		})
	}
}
