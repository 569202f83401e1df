package redact

import (
	"slices"
	"testing"
)

// TestPerson18Appos covers names in apposition to a person noun
// (person18_appos.go) in the prompt languages, lower-case and word-like
// names, and the nouns before words that are no names.
func TestPerson18Appos(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		// "NOUN is NAME", "NOUN, NAME,", "NOUN NAME".
		{"EN copula", "Our payroll officer is Decker Kettleby and she signs the slips.", []string{"Decker Kettleby"}},
		{"EN award", "A big hand for our employee of the month, Corwin Ashdale, please.", []string{"Corwin Ashdale"}},
		{"EN comma", "Our new barista, Koa Lindqvist, starts Monday.", []string{"Koa Lindqvist"}},
		{"EN two adjectives", "Meet our new casual barista, Teuila Vainikolo, on Friday.", []string{"Teuila Vainikolo"}},
		{"EN word-like name", "Our coach Cash said practice moves to six.", []string{"Cash"}},
		{"EN word-like name 2", "Our instructor Sunny will run the Tuesday class.", []string{"Sunny"}},
		{"EN long kin word", "It's a gift for my granddaughter Wrenna.", []string{"Wrenna"}},
		{"EN service word", "Gary said his roommate Tavish took the keys.", []string{"Gary", "Tavish"}},
		{"EN lower case", "hey can u ask our cleaner consuelo to come at 9", []string{"consuelo"}},
		{"DE capitalised noun", "Heute kommt unsere Trainerin Malwine.", []string{"Malwine"}},
		{"DE two names", "Unser Schriftführer Hartwig Pommerenke lädt ein.", []string{"Hartwig Pommerenke"}},
		{"FR", "Notre animatrice Solenn vous accueille.", []string{"Solenn"}},
		{"ES", "La clase de los jueves con el profe Eusebio fue genial.", []string{"Eusebio"}},
		{"ES lower case", "nos la da nuestra monitora consuelo garmendia mañana", []string{"consuelo garmendia"}},
		{"IT", "Il nostro istruttore Ottavio ci aspetta alle otto.", []string{"Ottavio"}},
		{"PT", "O nosso motorista Valdeci chega às nove.", []string{"Valdeci"}},
		{"PT comma", "A tesoureira, Iracema Tavares, assinou a ata.", []string{"Iracema Tavares"}},
		{"NL comma", "De penningmeester, Gerolf Wijnants, tekende.", []string{"Gerolf Wijnants"}},
		{"PL", "Nasz trener Bożydar prowadzi zajęcia.", []string{"Bożydar"}},
		{"DA", "Vores træner Asbjørn er syg.", []string{"Asbjørn"}},
		{"TR suffixed noun", "Öğretmenimiz Ayşegül hanım çok iyi.", []string{"Ayşegül"}},
		{"TR suffixed noun 2", "Antrenörümüz Kerem geç kalacak.", []string{"Kerem"}},
		{"RO article and possessive", "Profesoara noastră Sorina Vrânceanu a sunat.", []string{"Sorina Vrânceanu"}},
		{"CS", "Náš řidič Drahoslav přijede v osm.", []string{"Drahoslav"}},
		{"CS feminine", "Naše učitelka Bohdanka volala včera.", []string{"Bohdanka"}},
		{"ID possessive after", "Pelatih kami Wahyudi datang besok.", []string{"Wahyudi"}},
		{"MS possessive after", "Jururawat kami Norhayati sudah pulang.", []string{"Norhayati"}},
		// Negatives: brands, days, common words, plurals, titles.
		{"brand after a firm word", "Our driver Uber will collect you.", nil},
		{"day", "The teacher Monday is off.", nil},
		{"common word", "A member Benefits guide is attached.", nil},
		{"plural noun", "Our volunteers Saturday will set up.", nil},
		{"signature", "Best regards,\nOperations Manager\nAcme Logistics Ltd", nil},
		{"word after a noun", "Our coach Travel is booked.", nil},
		{"compound noun", "The student Union bar is closed.", nil},
		{"capitalised noun", "The nurse Practitioner role is open.", nil},
		{"place", "our driver Leeds route changes.", nil},
		{"product", "our agent Chrome extension crashed.", nil},
		{"firm after a supplier", "Our supplier Zantrix is late.", nil},
		{"firm after a sponsor", "Our sponsor Quorvane paid.", nil},
		{"language", "Mi profe Español es difícil.", nil},
		{"wifi", "the guest Wifi password is on the card.", nil},
		{"tour", "our guide Paris Walks is sold out.", nil},
		{"title case headline", "Meet Our Store Manager Deals Week", nil},
		{"lower-case verb", "the driver will call you", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestApposNounBefore covers the noun reader alone.
func TestApposNounBefore(t *testing.T) {
	tests := []struct {
		text       string
		allUnknown bool
		want       string
	}{
		{"our payroll officer is Quell", true, "officer"},
		{"the treasurer, Quell", true, "treasurer"},
		{"l'animatrice Quell", true, "animatrice"},
		{"unsere Trainerin Quell", true, "trainerin"},
		{"Our Trainer Quell", true, ""}, // a capital after an English determiner: a title
		{"Operations Manager Quell", true, ""},
		{"our supplier Quell", true, ""}, // a firm word before a word no list knows
		{"our supplier Quell", false, "supplier"},
		{"antrenorul nostru Quell", true, "antrenorul"},
		{"guru kami Quell", true, "guru"},
		{"officer Quell", true, ""}, // no determiner
		{"our volunteers Quell", true, ""},
	}
	for _, tc := range tests {
		start := len(tc.text) - len("Quell")
		if got := apposNounBefore(tc.text, start, tc.allUnknown); got != tc.want {
			t.Errorf("apposNounBefore(%q, %v) = %q, want %q", tc.text, tc.allUnknown, got, tc.want)
		}
	}
}
