package redact

import (
	"slices"
	"testing"
)

func TestPersonSlots(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"pronoun tag", "Zorinda (she/her) is our new store lead.", []string{"Zorinda"}},
		{"possessive and kin", "Wish Zorinda's daughter a happy birthday.", []string{"Zorinda"}},
		{"possessive, a word, an order (below the threshold)", "Please apologise for Zorinda's delayed parcel.", nil},
		{"brand's possessive", "Compare with Primark's new range and Zalando's delivery times.", nil},
		{"idiom", "Like keeping up with the Joneses, but cosier.", nil},
		{"possessive of an order opening a sentence", "Zorinda's order arrived broken.", nil},
		{"group before a possessive", "Children's birthday party ideas please.", nil},
		{"famous name before a possessive", "A weekend for Shakespeare's birthday.", nil},
		{"team after from", "Write a note to Zorinda from accounts about the payment.", []string{"Zorinda"}},
		{"team after from, a verb", "Zorinda from logistics says the van is late.", []string{"Zorinda"}},
		{"notes from the call", "Notes from the call: the van is late.", nil},
		{"feedback from sales", "Feedback from sales is positive.", nil},
		{"sign-off on the line", "Thanks for the order!\nBest, Zorinda", []string{"Zorinda"}},
		{"sign-off, then more", "Best, Zorinda and the team at the shop", nil},
		{"signing word", "Firmado: Zorinda, de la tienda.", []string{"Zorinda"}},
		{"signing word before a given name", "Signé Clément, service client.", []string{"Clément"}},
		{"capitalised role word", "Coach Tamika will send them out.", []string{"Coach Tamika"}},
		{"family word before", "Une lettre pour la famille Dupont.", []string{"Dupont"}},
		{"family word before an unknown name", "Schreib an familie Zorindak wegen der Umstellung.", []string{"Zorindak"}},
		{"family after a family name", "Write a thank-you email for the Kowalski family.", []string{"Kowalski"}},
		{"family after an adjective", "He came from a strict Korean family.", nil},
		{"family in the plural", "Invite the Okafors to the launch.", []string{"Okafors"}},
		{"word family in the plural", "Invite the Browns to the launch.", nil},
		{"unknown word and family name", "Send the offer to Zorinda Kowalski today.", []string{"Zorinda Kowalski"}},
		{"unknown word and family name opening", "Zorinda Kowalski ordered two lamps.", []string{"Zorinda Kowalski"}},
		{"shop and family name", "Pizzeria Rossi opens on Friday.", nil},
		{"product and word family name", "Our Matte Black range is back.", nil},
		{"place after at", "We met at Carnegie Hall.", nil},
		{"product after the pair", "Limited run: Cashmere Hayes scarves.", nil},
		{"new before the pair", "Try the new Tropical Thompson blend.", nil},
		{"station", "Pop-up dates: Kings Cross and Leeds.", nil},
		{"nickname in quotes", "a wink to 'Honest Abe' in the copy", nil},
		{"family word and family name", "Brief an Familie Nowak schreiben.", []string{"Familie Nowak"}},
		{"relation word, Dutch", "Mijn collega Zorinda belt je terug.", []string{"Zorinda"}},
		{"relation word, German noun", "Meine Kollegin Zorinda ruft zurück.", []string{"Zorinda"}},
		{"relation word, Italian", "Sua figlia Zorinda ci ha detto tutto.", []string{"Zorinda"}},
		{"relation word that is a brand with a capital", "Tata Zorinda Motors", nil},
		{"German closing after a greeting word", "Liebe Grüße,\nZorinda", []string{"Zorinda"}},
		{"Polish greeting", "Cześć Zorinda, dziękujemy za zamówienie.", []string{"Zorinda"}},
		{"naming phrase", "It's for Margot (everyone calls her Zorinda), she turns forty.", []string{"Margot", "Zorinda"}},
		{"goes by", "She goes by Zorinda at work.", []string{"Zorinda"}},
		{"by a date", "Paid by Friday please.", nil},
		{"role word and parentheses", "Notes from agent (Zorinda): very polite.", []string{"Zorinda"}},
		{"team and parentheses", "Quote from support (Zendesk): closed", nil},
		{"parenthesis open at the end of the text", "0000(B", nil},
		{"royal title after a context word", "A sponge cake (named after Queen Adelheid, of course).", nil},
		{"royal title right after a label", "Name: Prince Adebayo Okafor", []string{"Prince Adebayo Okafor"}},
		{"kinship mascot before a shop's name", "Taglines for Auntie Marigold's Bakes, please.", nil},
		{"kinship mascot in quotes", "'Auntie Marigold' is our made-up mascot.", nil},
		{"kinship mascot before goods", "Try Uncle Ben's candles this winter.", nil},
		{"kinship title and a relative", "Happy birthday Auntie Joan!", []string{"Auntie Joan"}},
		{"theme phrase opening a sentence", "Inspired by Elspeth Quarrie's guidebooks.", nil},
		{"presenter", "Our ambassador Kate Humble will host the walk.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// enginePersonTexts returns the texts of the PERSON spans the default
// engine keeps in text (DefaultMinScore applied), in order.
func enginePersonTexts(t *testing.T, text string) []string {
	t.Helper()
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range e.Find(text) {
		if s.Type == "PERSON" {
			got = append(got, text[s.Start:s.End])
		}
	}
	return got
}

func TestTableRoleColumns(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"winners in a Markdown table", "| Winner | Town | Prize |\n|---|---|---|\n| Zorinda Quell | Leeds | Bike |\n| Marisol Tan | York | Kit |",
			[]string{"Zorinda Quell", "Marisol Tan"}},
		{"guests in a CSV", "Guest,Table,Diet\nKeziah Brightwater,4,vegan\nTobiah Amsel,2,none",
			[]string{"Keziah Brightwater", "Tobiah Amsel"}},
		{"Teilnehmer", "Teilnehmer;Kurs\nZorinda Quell;Yoga", []string{"Zorinda Quell"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
