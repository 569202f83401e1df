package redact

import (
	"strings"
	"testing"
)

// TestPremisesAddress checks that an address a business's premises word
// introduces is not redacted by default, and that a person's address next
// to such a word still is.
func TestPremisesAddress(t *testing.T) {
	checkFindCases(t, []findCase{
		// Premises before the address, in each language.
		{"en flagship", "Come to our flagship store at 48 Marlowe Road, Brighton BN2 3QT this weekend.", nil},
		{"en warehouse", "Orders leave our warehouse at 700 Commerce Blvd, Tulsa, OK 74107 within a day.", nil},
		{"en moved office", "Our offices are now at 17 Quarry Lane, Exeter EX4 6PD.", nil},
		{"en venue name", "The launch is at the Larkfield Hotel, 3 Orchard Street, BS1 4DJ.", nil},
		{"en visit us", "Visit us at 9 Harbour Parade, Cairns QLD 4870 for a free tasting.", nil},
		{"en possessive", "The café's new address is 22 Mill Lane.", nil},
		{"en footer", "Footer: Unit 4, 61 Kingsway, Leeds LS2 8PQ", nil},
		{"en store address label", "Store address: 14 Ferry Road, Hull HU1 2AB", nil},
		{"de laden", "Unser Laden in der Lindenstraße 14, 50674 Köln hat neu eröffnet.", nil},
		{"de besuchen", "Besuchen Sie uns in der Bahnhofstraße 3, 80335 München.", nil},
		{"fr boutique", "Notre boutique au 8 rue des Lilas, 69003 Lyon ouvre samedi.", nil},
		{"es tienda", "Nuestra tienda está en la Calle Serrano 40, 28001 Madrid.", nil},
		{"it negozio", "Il nostro negozio in Via Garibaldi 22, 10122 Torino è aperto.", nil},
		{"nl winkel", "Onze winkel aan de Prinsengracht 88, 1015 DX Amsterdam is open.", nil},
		{"pt loja", "A nossa loja fica na Rua Augusta 120, Lisboa.", nil},
		{"sv butik", "Butiken ligger på Kungsgatan 12, 111 43 Stockholm.", nil},
		{"pl sklep", "Zapraszamy do naszego sklepu przy ul. Długiej 5, 80-827 Gdańsk.", nil},
		{"now open", "We're now open at 15 Corn Street, Oxford OX1 3BB!", nil},
		{"our new address", "Our new address: 42 Bridge Road, Cambridge CB2 1UW.", nil},
		{"our address is", "Our address is 8 Quay Street, Truro TR1 2HE.", nil},
		{"we've moved", "We've moved to 31 Castle Street, Cardiff CF10 1BS.", nil},
		{"studio relocating", "Our studio is relocating to 6 Mill Lane, Leeds LS6 1AA.", nil},
		{"event noun", "Wine tasting night at Corvino, 7 Farringdon Road, London EC1M 3JE.", nil},
		{"known town after branch", "The opening of our branch at 77 King Street, Manchester M2 4LQ is on Saturday.", nil},
		{"premises label", "Showroom: 12 High Street, Leeds LS1 6AA", nil},
		{"find us label", "Where to find us: 9 Quay Street, Truro TR1 2HE", nil},
		{"de finden uns", "Sie finden uns in der Bergstraße 12, 69115 Heidelberg.", nil},
		{"hyphenated compound", "Ab Mai im Concept-Store in der Hohe Straße 41, 50667 Köln.", nil},
		{"caterer in a signature", "Thanks,\nPriya\nSaffron Table Catering, 9 Mill Road, Leicester", []string{"PERSON:Priya"}},
		{"bookshop in a signature", "Ihre\nBuchhandlung am Markt, Marktplatz 2, 37073 Göttingen", nil},
		{"company line above the address", "Best,\nOwen Parry\nHead of Sales | Glaslyn Foods Ltd\nT: 029 2034 5566\n14 Dock Road, Cardiff CF10 5AL",
			[]string{"PERSON:Owen Parry", "PHONE_NUMBER:029 2034 5566"}},
		{"a person's own signature", "Kind regards,\nTomos Hughes\n14 Dock Road, Cardiff CF10 5AL",
			[]string{"PERSON:Tomos Hughes", "STREET_ADDRESS:14 Dock Road", "LOCATION:Cardiff", "ZIP_CODE:CF10 5AL"}},
		{"nl vindt ons", "Je vindt ons aan de Lange Voorhout 9, 2514 EA Den Haag.", nil},
		{"es estamos", "Estamos en la Calle de Serrano 41, 28001 Madrid.", nil},
		{"fr soirée", "La soirée aura lieu au 5 rue de la Paix, 75002 Paris.", nil},
		{"it palazzo", "L'evento si terrà presso Palazzo Reale, Piazza del Duomo 12, 20122 Milano.", nil},
		// The words of a demoted street are no name either.
		{"de street of names", "Die Gala im Hotel Bellmont, Unter den Eichen 77, 10117 Berlin, beginnt um acht.", nil},
		{"en street of names", "Our new shop at 4 Sarah Jane Way, Leeds LS6 1AA opens Friday.", nil},
		// A person, a delivery or a field between them keeps the address.
		{"es estamos enviando", "Estamos enviando el regalo a la Calle de Serrano 41, 28001 Madrid.",
			[]string{"STREET_ADDRESS:Calle de Serrano 41", "ZIP_CODE:28001", "LOCATION:Madrid"}},
		{"de wohnt", "Frau Müller wohnt in der Bergstraße 12, 69115 Heidelberg.",
			[]string{"PERSON:Frau Müller", "STREET_ADDRESS:Bergstraße 12", "ZIP_CODE:69115", "LOCATION:Heidelberg"}},
		{"our customer's address", "Our customer's address: 9 Quay Street, Truro TR1 2HE",
			[]string{"STREET_ADDRESS:9 Quay Street", "LOCATION:Truro", "ZIP_CODE:TR1 2HE"}},
		{"customer's at store", "Our store records the customer's new home as 9 Quay Street",
			[]string{"STREET_ADDRESS:9 Quay Street"}},
		{"tell us label", "Tell us: 9 Quay Street, Truro TR1 2HE",
			[]string{"STREET_ADDRESS:9 Quay Street", "LOCATION:Truro", "ZIP_CODE:TR1 2HE"}},
		{"apposition noun", "A letter for our store's top spender, 9 Elm Street, Leeds LS6 1AA",
			[]string{"STREET_ADDRESS:9 Elm Street", "LOCATION:Leeds", "ZIP_CODE:LS6 1AA"}},
		{"customer moved", "Our customer moved to 31 Castle Street, Cardiff CF10 1BS.",
			[]string{"STREET_ADDRESS:31 Castle Street", "LOCATION:Cardiff", "ZIP_CODE:CF10 1BS"}},
		{"her address", "Her new address: 42 Bridge Road, Cambridge CB2 1UW.",
			[]string{"STREET_ADDRESS:42 Bridge Road", "LOCATION:Cambridge", "ZIP_CODE:CB2 1UW"}},
		{"de umgezogen", "Frau Albers ist umgezogen in die Lindenstraße 9, 50674 Köln.",
			[]string{"PERSON:Frau Albers", "STREET_ADDRESS:Lindenstraße 9", "ZIP_CODE:50674", "LOCATION:Köln"}},
		{"customer at", "Our store thanks our customer at 5 Birch Avenue, Leeds LS6 1AA.",
			[]string{"STREET_ADDRESS:5 Birch Avenue", "LOCATION:Leeds", "ZIP_CODE:LS6 1AA"}},
		{"ship to", "Our shop will ship to 31 Elm Grove, Oxford OX2 6HX tomorrow.",
			[]string{"STREET_ADDRESS:31 Elm Grove", "LOCATION:Oxford", "ZIP_CODE:OX2 6HX"}},
		{"lives at", "The bakery owner lives at 12 Rose Lane, York YO1 7HH.",
			[]string{"STREET_ADDRESS:12 Rose Lane", "LOCATION:York", "ZIP_CODE:YO1 7HH"}},
		{"crm field", "Visited our Leeds store. Address: 40 Hawthorn Road, Leeds LS7 2BB",
			[]string{"STREET_ADDRESS:40 Hawthorn Road", "LOCATION:Leeds", "ZIP_CODE:LS7 2BB"}},
		{"field after premises", "From our Leeds store - Address: 40 Hawthorn Road",
			[]string{"STREET_ADDRESS:40 Hawthorn Road"}},
		{"sentence between", "We love our shop. Send the voucher to 8 Ash Close, Derby DE1 3AA.",
			[]string{"STREET_ADDRESS:8 Ash Close", "LOCATION:Derby", "ZIP_CODE:DE1 3AA"}},
		{"given name between", "Our salon stylist Megan, 27 Poplar Road",
			[]string{"PERSON:Megan", "STREET_ADDRESS:27 Poplar Road"}},
		{"de kunde", "Unser Laden schickt es an Frau Weber, Lindenstraße 14, 50674 Köln.",
			[]string{"PERSON:Frau Weber", "STREET_ADDRESS:Lindenstraße 14", "ZIP_CODE:50674", "LOCATION:Köln"}},
		{"name in apposition", "Our florist Xiomara Quispe, 12 Elm Street, Leeds LS6 1AA",
			[]string{"PERSON:Xiomara Quispe", "STREET_ADDRESS:12 Elm Street", "LOCATION:Leeds", "ZIP_CODE:LS6 1AA"}},
		{"shopper", "Our store's loyal shopper at 12 Elm Street, Leeds LS6 1AA",
			[]string{"STREET_ADDRESS:12 Elm Street", "LOCATION:Leeds", "ZIP_CODE:LS6 1AA"}},
		{"venue name before comma", "Our pop-up moves to the Old Mill Brewery, 9 Dock Street, Hull HU1 3DL.", nil},
		{"too far", "Our store team wrote a long note about the lovely family at 5 Birch Avenue",
			[]string{"STREET_ADDRESS:5 Birch Avenue"}},
	})
}

// TestPremisesScoreAndReason checks that a demoted address keeps its span
// with a score under the default threshold and the premises word in its
// reason, so that a scan with a lower threshold shows why.
func TestPremisesScoreAndReason(t *testing.T) {
	text := "Visit our showroom at 12 Canal Street, Manchester M1 3HN."
	spans := addressDetector{}.Detect(text, nil)
	if len(spans) != 3 {
		t.Fatalf("Detect(%q) = %d spans, want 3", text, len(spans))
	}
	for _, s := range spans {
		if s.Score >= DefaultMinScore {
			t.Errorf("%s %q: score %.2f, want under %.2f", s.Type, text[s.Start:s.End], s.Score, DefaultMinScore)
		}
		if !strings.Contains(s.Reason, "'showroom'") {
			t.Errorf("%s %q: reason %q, want the premises word", s.Type, text[s.Start:s.End], s.Reason)
		}
	}
	e, err := NewEngine(Options{MinScore: map[string]float64{"STREET_ADDRESS": 0.2}})
	if err != nil {
		t.Fatal(err)
	}
	if got := e.Find(text); len(got) == 0 || got[0].Type != "STREET_ADDRESS" || got[0].Score != premisesScore {
		t.Errorf("Find with STREET_ADDRESS threshold 0.2 = %v, want the demoted street first", got)
	}
}

// TestAddressContinues checks which spans join the address before them.
func TestAddressContinues(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool
	}{
		{"comma", "a, b", true},
		{"state", "a, NV b", true},
		{"two words", "a, in the b", false},
		{"line break", "a,\nb", false},
		{"sentence", "a. b", false},
		{"far", "a,            b", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := addressContinues(tc.text, 1, len(tc.text)-1); got != tc.want {
				t.Errorf("addressContinues(%q) = %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

// TestPremisesNamesIndex holds every premises word's value to its own
// entry of premisesNames: a word listed twice once or-ed two indices into
// one value, which pointed past the list and panicked on a hyphenated
// compound ending in it.
func TestPremisesNamesIndex(t *testing.T) {
	for w := range strings.FieldsSeq(premisesWords) {
		v, ok := premisesTable.get(w)
		if !ok || v&premNoun == 0 {
			t.Fatalf("%q: not a premises noun in premisesTable", w)
		}
		if i := int(v >> premShift); i >= len(premisesNames) || premisesNames[i] != w {
			t.Errorf("%q: index %d does not name it", w, i)
		}
		for _, c := range []string{"pop-up-" + w, "Concept-" + w} {
			premisesKind(strings.ToLower(c)) // must not panic
		}
	}
}
