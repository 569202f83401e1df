package redact

import (
	"strings"
	"testing"
)

// TestQuotedNickNames26 checks quotedNickNames26 on the engine: a
// nickname in the quote marks of several languages, of more than one
// word or with a lower-case article, between a given and a family name;
// brands and quoted product lines stay no names. Own values.
func TestQuotedNickNames26(t *testing.T) {
	checkFindCases(t, []findCase{
		{"Polish low and high quotes", "Lista:\n1. Pan Tomasz „Tomek\" Wrona, ul. Lipowa 3",
			[]string{"PERSON:Pan Tomasz", "PERSON:Tomek", "PERSON:Wrona", "STREET_ADDRESS:ul. Lipowa 3"}},
		{"Greek guillemets", "Συνεργείο:\nΦωτογράφος: Λευτέρης «Λέφτερ» Καλογήρου\nΤέλος",
			[]string{"PERSON:Λευτέρης «Λέφτερ» Καλογήρου"}},
		{"two-word nickname", "Run sheet:\nMC: Ola \"Big O\" Adeyemi\nStart 19:00",
			[]string{"PERSON:Ola \"Big O\" Adeyemi"}},
		{"nickname with a lower-case article", "Invitados:\n- Rui \"o Gordo\" Matos, mesa 4",
			[]string{"PERSON:Rui", "PERSON:o Gordo", "PERSON:Matos"}},
		{"German quotes", "Team:\nFotograf: Reinhold „Ronny“ Hartmann\nDanke",
			[]string{"PERSON:Reinhold", "PERSON:Ronny", "PERSON:Hartmann"}},
	})
	// Near misses: quotedNickNames26 itself adds nothing (other rules may
	// read a given name of the gazetteers in them).
	for _, tc := range []struct{ name, text string }{
		{"brand and product line", "Gear list:\n- Big Agnes \"Copper Spur\" HV UL2 tent"},
		{"brand before a quoted model", "Gear list:\n- Land Rover \"Defender\" Works edition"},
		{"quoted model with a digit", "Cart:\nNina \"Model 3\" Case in blue"},
		{"quoted phrase", "Notes:\nSofia said \"see you soon\" Tuesday"},
		{"family name in capitals", "Crew:\nOla \"Big O\" ADEYEMI"},
		{"street named after a person", "Route:\nturn into Maria „Mare\" Street 4"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := quotedNickNames26(tc.text, nil); len(got) != 0 {
				t.Errorf("quotedNickNames26(%q) = %v, want none", tc.text, got)
			}
		})
	}
}

// TestQuotedNickNames26Linear checks that a long text of quote marks
// costs time linear in its length: each mark reads a bounded window.
func TestQuotedNickNames26Linear(t *testing.T) {
	text := "List:\n" + strings.Repeat("Ana \"Nini \"Nana\" ", 4000)
	spans := quotedNickNames26(text, nil)
	if len(spans) > 3*4000 {
		t.Errorf("got %d spans, want at most %d", len(spans), 3*4000)
	}
}
