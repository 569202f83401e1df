package redact

import (
	"strings"
	"testing"
)

// TestFamous24Find: public figures of data/famous24.txt and the final
// pass (famous24_drop.go) on whole texts, with the customer contexts that
// keep a famous name masked. Written for this file; no set's strings.
func TestFamous24Find(t *testing.T) {
	e := newTestEngine(t)
	cases := []famousFindCase{
		{"athlete in a theme list", "Theme ideas for the gala: hockey nights, Hayley Wickenheiser highlights, maple desserts.", "Hayley Wickenheiser", false},
		{"singer's records", "She loved bingo, her garden and Shirley Bassey albums.", "Shirley Bassey", false},
		{"poet in a don't-mention line", "Please leave out Czesław Miłosz quotes this time.", "Czesław Miłosz", false},
		{"folded", "The talk compares Ivica Kostelic and Tina Maze on the slalom.", "Ivica Kostelic", false},
		{"customer with an e-mail", "Customer list:\nHayley Wickenheiser, hayley.w@example.org, order 5521", "Hayley Wickenheiser", true},
		{"customer with a phone", "Callback: Shirley Bassey 07700 900 123 about the urn.", "Shirley Bassey", true},
		{"customer label", "Name: Ivica Kostelic\nRoom 12", "Ivica Kostelic", true},
		{"greeting", "Dear Hayley Wickenheiser,\nyour skates are ready.", "Hayley Wickenheiser", true},
		{"signature", "Thanks for the fitting,\nShirley Bassey", "Shirley Bassey", true},
		{"Serbian genitive", "Ne spominji Novaka Đokovića u objavi, samo teren.", "Novaka Đokovića", false},
		{"Polish genitive", "Nie wspominaj Roberta Lewandowskiego w poście.", "Roberta Lewandowskiego", false},
		{"Estonian allative", "Auhind on pühendatud Gerd Kanterile ja tema treenerile.", "Gerd Kanterile", false},
		{"quoted gown model", `Tried on the gown "Grace Kelly" and loved it. Contact: 0871 234 567`, "Grace Kelly", false},
	}
	checkFamousFind(t, e, cases)
}

// TestFamous24Forms: the forms famousSpan reads a listed name in.
func TestFamous24Forms(t *testing.T) {
	for _, c := range []struct {
		text, span string
		want       bool
	}{
		{"tell the kids the marcel hirscher camp is full", "marcel hirscher", true}, // lower case
		{"Luaigh Katie Taylor sa phost.", "Luaigh Katie Taylor", true},              // a word that is no name before it
		{"Mary Katie Taylor booked.", "Mary Katie Taylor", false},                   // a given name before it: someone else
		{"posters of Vincent van Gogh in the hall", "Gogh", true},                   // a lone word of a listed name
		{"Gogh wrote back about the invoice", "Gogh", false},                        // alone
		{"Hi Anna Marsh, your order shipped", "Anna Marsh", false},                  // no public figure
	} {
		checkFamousCase(t, "famousSpan", famousSpan, c.text, c.span, c.want)
	}
}

// TestFamous24Claimed: a famous name is kept where a customer context
// claims it, and the datum of the next name on a line is not its.
func TestFamous24Claimed(t *testing.T) {
	for _, c := range []struct {
		text, span string
		want       bool
	}{
		{"Booked: Ivica Kostelic, 091 555 0199", "Ivica Kostelic", true},
		{"Berth 4 | \"Ivica Kostelic\" (sloop) | Owner: Petra Novak | 091 555 0199", "Ivica Kostelic", false},
		{"Berth 4 | Ivica Kostelic fans | Owner: Petra Novak | 091 555 0199", "Ivica Kostelic", false},
		{"my colleague Ivica Kostelic will call", "Ivica Kostelic", true},
		{"2 Ivica Kostelic posters pls, email ana.k@example.com", "Ivica Kostelic", false},
		{"Hi all, my Ivica Kostelic poster is torn", "Ivica Kostelic", false},
		{"Love,\nIvica Kostelic", "Ivica Kostelic", true},
		{"Hello, I'm Ivica Kostelic from Split and my boots leak.", "Ivica Kostelic", true},
		{"Guten Tag, ich heiße Ivica Kostelic.", "Ivica Kostelic", true},
		{"[09:12] Ivica Kostelic: is the shop open?", "Ivica Kostelic", true},
		{"Draft a text for Ivica Kostelic: your skis are ready.", "Ivica Kostelic", true},
		{"Theme is Ivica Kostelic: slalom, snow and gold.", "Ivica Kostelic", false},
		{"Bonjour, je m'appelle Ivica Kostelic.", "Ivica Kostelic", true},
		{"a talk by Ivica Kostelic on 5 May 2025 at 18:00, 20% off", "Ivica Kostelic", false},
		{"Inspirations:\nIvica Kostelic\nTina Maze", "Ivica Kostelic", false},
	} {
		checkFamousCase(t, "famousClaimed", famousClaimed, c.text, c.span, c.want)
	}
}

// TestFamous24Quoted: a name in quotes after a word for a named thing.
func TestFamous24Quoted(t *testing.T) {
	for _, c := range []struct {
		text, span string
		want       bool
	}{
		{"Zákazníčka si vybrala šaty „Bianca“ na svadbu.", "Bianca", true},
		{`Our yacht "Lady Penelope" sails at ten.`, "Lady Penelope", true},
		{"Klänningen 'Ingrid' finns i storlek 38.", "Ingrid", true},
		{"vi tog klänningen 'Ingrid' i storlek 38", "Ingrid", true},
		{`Call "Maria Lopez" back tomorrow.`, "Maria Lopez", false},
		{"the dress Maria wore", "Maria", false}, // no quotes
	} {
		checkFamousCase(t, "quotedThing", quotedThing, c.text, c.span, c.want)
	}
}

// TestFamous24Fold: famousFold keeps case and leaves other scripts; Þ and
// Æ take the fold table's one letter (data/namegram.bin).
func TestFamous24Fold(t *testing.T) {
	for in, want := range map[string]string{
		"Dejan Stanković": "Dejan Stankovic", "Łukasz Żółć": "Lukasz Zolc", "Ólafur Þór": "Olafur Tor",
		"Ștefan Țiriac": "Stefan Tiriac", "Søren Ærø": "Soren Aro", "Κώστας": "Κώστας", "Plain": "Plain",
	} {
		var buf [96]byte
		n, _ := famousFold(in, buf[:])
		if got := string(buf[:n]); got != want {
			t.Errorf("famousFold(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestFamous24Contact: what counts as a customer's datum after a name.
func TestFamous24Contact(t *testing.T) {
	for text, want := range map[string]bool{
		", 087 123 4567":                        true,
		" <ana.k@example.com>":                  true,
		" (tel. +353 87 123 4567)":              true,
		", launch 12/05/2025 at noon":           false, // a date
		"\t1993-04-21\tUmeå":                    false, // a date in a row
		";cat;tabby;02/05/2025;+52 1 55 2876":   false, // the row's other cells
		" and Petra Novak, 087 123 4567":        false, // the next name's
		" Square, call our shop on 01 234 5678": false, // the business's
		", ring us on 01 234 5678":              false,
		" fans. Call 087 123 4567":              false, // the next sentence
		" ($89.99, SKU 2231)":                   false,
	} {
		if got := famousContactAfter("Ivica Kostelic"+text, len("Ivica Kostelic")); got != want {
			t.Errorf("famousContactAfter(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestFamous24ListRules: data/famous24.txt holds names of two words or
// more, each once, none already in notable.txt or notable_world.txt (the
// loader reads the three as one list).
func TestFamous24ListRules(t *testing.T) {
	other := map[string]bool{}
	for _, line := range strings.Split(notableData+"\n"+notableWorldData, "\n") {
		other[strings.TrimSpace(line)] = true
	}
	seen := map[string]bool{}
	n := 0
	for _, line := range strings.Split(famous24Data, "\n") {
		name := strings.TrimSpace(line)
		if name == "" || name[0] == '#' {
			continue
		}
		n++
		switch {
		case !strings.Contains(name, " "):
			t.Errorf("%q: one word (a given name alone is anyone's)", name)
		case seen[name]:
			t.Errorf("%q: twice", name)
		case other[name]:
			t.Errorf("%q: already in notable.txt or notable_world.txt", name)
		}
		seen[name] = true
	}
	if n < 4000 {
		t.Errorf("famous24.txt holds %d names, want 4,000 or more", n)
	}
	t.Logf("%d names; notable table: %d keys in %d slots", n, notableNames.n, len(notableNames.slots))
}

// checkFamousCase tests f, a reader of the name span in text, on it.
func checkFamousCase(t *testing.T, name string, f func(string, int, int) bool, text, span string, want bool) {
	t.Helper()
	i := strings.Index(text, span)
	if got := f(text, i, i+len(span)); got != want {
		t.Errorf("%s(%q in %q) = %v, want %v", name, span, text, got, want)
	}
}

// TestFamous24Records: a customer who shares a public figure's name keeps
// it when the name heads a record with an address or a contact datum (an
// address block, a CRM row, a CSV line, the field after it), which
// famousContactAfter's stops (a second cell, a street's capitalised
// words) missed (review24); a famous name in a sentence's list or before
// a date stays a mention.
func TestFamous24Records(t *testing.T) {
	e := newTestEngine(t)
	cases := []famousFindCase{
		{"address block", "Please post the order to:\nShirley Bassey\n9 Willow Walk\nLeeds LS6 2XX", "Shirley Bassey", true},
		{"field after", "Ship to Ivica Kostelic, Ulica Grada Vukovara 41, 10000 Zagreb", "Ivica Kostelic", true},
		{"CRM row, town between", "| Hayley Wickenheiser | Calgary | 0403 555 0187 |", "Hayley Wickenheiser", true},
		{"CRM row, street", "| Hayley Wickenheiser | 88 Spruce Drive, Calgary | hw@example.net |", "Hayley Wickenheiser", true},
		{"CSV line", "Shirley Bassey,9 Willow Walk,Leeds,0113 496 0999", "Shirley Bassey", true},
		{"tab row", "Ivica Kostelic\tUlica Grada Vukovara 41\tZagreb", "Ivica Kostelic", true},
		{"dashed order line", "Order 5521 - Shirley Bassey - 9 Willow Walk, Leeds", "Shirley Bassey", true},
		{"unit on the next line", "Shirley Bassey\nFlat 2, 17 Mill Street\nCork", "Shirley Bassey", true},
		{"numbered row", "Members:\n1 Shirley Bassey, 9 Willow Walk, Leeds\n2 Tom Reid, 4 Oak Road, York", "Shirley Bassey", true},
		{"ordered item", "2 Shirley Bassey records, 1 poster; deliver to 9 Willow Walk, Leeds", "Shirley Bassey", false},
		{"list in a sentence", "Playlist: Tom Jones, Shirley Bassey, big band hits. Doors open at our hall, 12 Mill Street.", "Shirley Bassey", false},
		{"date in a cell", "Birthdays | Shirley Bassey | 1937-01-08 | legend", "Shirley Bassey", false},
		{"model in quotes", "Casting note: our model \"Dana Kowalska\" (19) will wear the veil; call her on 0871 234 567.", "Dana Kowalska", true},
		{"modelka in quotes", "Sesja: modelka „Ewa Nowak\", tel. 601 234 567.", "Ewa Nowak", true},
		{"theme then venue", "Shirley Bassey night; tickets £12 at the door", "Shirley Bassey", false},
	}
	checkFamousFind(t, e, cases)
	// a street named after someone, after a house number: its datum is a business's
	checkFamousCase(t, "famousCustomerAt", famousCustomerAt, "Quán Phở Gia, 120 Trần Hưng Đạo, Quận 1 - đặt bàn 028 3838 1234.", "Trần Hưng Đạo", false)
	checkFamousCase(t, "famousCustomerAt", famousCustomerAt, "Members:\n1 Shirley Bassey, 9 Willow Walk, Leeds", "Shirley Bassey", true)
	for _, c := range []struct {
		f    string
		want bool
	}{
		{"14 Meadow Lane", true}, {"Unit 4", true}, {"Calle Mayor 5", true}, {"Hauptstraße 12", true},
		{"x.y@example.org", true}, {"+44 (0)113 496 0999", true}, {"1993-04-21", false}, {"12/05/2025", false},
		{"7 Premier League titles", false}, {"candlelit rooms on 1 December at the Park Lane hotel and more", false},
	} {
		if got := famousRecordField(c.f, 0); got != c.want {
			t.Errorf("famousRecordField(%q) = %v, want %v", c.f, got, c.want)
		}
	}
}

// famousFindCase is a text, a name in it and whether Find keeps the name
// a PERSON span.
type famousFindCase struct {
	name, text, person string
	want               bool // the name stays a PERSON span
}

func checkFamousFind(t *testing.T, e *Engine, cases []famousFindCase) {
	t.Helper()
	for _, c := range cases {
		i := strings.Index(c.text, c.person)
		got := false
		for _, s := range e.Find(c.text) {
			if s.Type == "PERSON" && s.Start <= i && s.End >= i+len(c.person) {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("%s: %q PERSON = %v, want %v (%v)", c.name, c.person, got, c.want, e.Find(c.text))
		}
	}
}

// TestFamousRecordLeadAfterNumber: a customer called like a public figure
// keeps the name when the field after it is a street led by an
// abbreviated type ("ul. …": its dot ended the field as a sentence's
// end) or a Romance street with its number first ("14 rue …": the type
// was read only as the field's first word) (review25). Own values.
func TestFamousRecordLeadAfterNumber(t *testing.T) {
	checkFamousFind(t, newTestEngine(t), []famousFindCase{
		{"number-first rue", "Rédige un SMS pour Zinedine Zidane, 8 rue des Tanneurs, Lyon : sa commande est prête.", "Zinedine Zidane", true},
		{"ul. with its dot", "Napisz SMS do klienta: Robert Lewandowski, ul. Kwiatowa 3, 31-000 Kraków.", "Robert Lewandowski", true},
		{"a count, no street", "Write a post about Zinedine Zidane, 14 times a winner, the legend.", "Zinedine Zidane", false},
	})
}
