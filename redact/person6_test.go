package redact

import (
	"slices"
	"testing"
)

// TestPerson6Context covers person6's rules: given names that are also
// words, months or places in a greeting or a record, person columns named
// by a role, and the brands, teams and founders that are no customer.
func TestPerson6Context(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"month after a greeting", "Hi April, your order shipped.", []string{"April"}},
		{"month and a name after Dear", "Dear May Okafor,\nthanks", []string{"May Okafor"}},
		{"month welcomed", "Hello May! New in this week.", nil},
		{"month in a date after a greeting", "Hi May 5 is the date", nil},
		{"city given name after a greeting", "Hey Paris,\nyour parcel is here.", []string{"Paris"}},
		{"city greeted by a shop", "Hey Austin! Our new store opens Saturday.", nil},
		{"city given name after a formal greeting", "Dear Paris!\nYour parcel is here.", []string{"Paris"}},
		{"city greeted by a store", "Bonjour Paris, on ouvre samedi.", nil},
		{"city team greeted", "Hi Sydney team, stock arrives Friday.", nil},
		{"city name and surname after Dear", "Dear Florence Whitlow,\nthanks", []string{"Florence Whitlow"}},
		{"word name before a family name", "Summer Jones wants a refund; Sunny Patel called.", []string{"Summer Jones", "Sunny Patel"}},
		{"city name before a family name", "Paris Garcia left a review.", []string{"Paris Garcia"}},
		{"month before a family name", "Please send the voucher to April Smith today.", []string{"April Smith"}},
		{"month phrase with a family name", "Our May Day sale starts now.", nil},
		{"role columns", "sender_first,sender_last,email,amount\nApril,Vantrelle,april.v@example.com,20",
			[]string{"April", "Vantrelle"}},
		{"buyer column", "order,buyer,email,amount\nA-17,Sunny Trezise,s.trezise@example.com,40", []string{"Sunny Trezise"}},
		{"referred column", "first,last,email,visits,guest_name\nTobiah,Amsel,t@example.com,3,Florence Vantrelle",
			[]string{"Tobiah", "Amsel", "Florence Vantrelle"}},
		{"product column", "sku,product_name,price\nA1,Rose Garden,12", nil},
		{"mailbox with a city given name", "-----\nFrom: Paris Vantrelle <paris.v@example.com>\nSent: Monday",
			[]string{"Paris Vantrelle"}},
		{"appointment line", "Tuesday:\n10:00 Rose Mbekwa, 0171 555 0101, colour", []string{"Rose Mbekwa"}},
		{"record cell", "7;Jordan Okwuosa;j.okwuosa@example.com;gold", []string{"Jordan Okwuosa"}},
		{"list under a people heading", "Attendees:\nRose Halvorsby, Tulsa\nSunny Mbekwa, Leeds", []string{"Rose Halvorsby", "Sunny Mbekwa"}},
		{"numbered winners", "Winners:\n1. Hope Quellmar\n2. Jordan Vantrelle", []string{"Hope Quellmar", "Jordan Vantrelle"}},
		{"list under a product heading", "Products:\nAmber Glow\nRose Garden", nil},
		{"couple's possessive", "Anna & Tom's wedding is in May", []string{"Anna", "Tom"}},
		{"brand of two given names", "Tom & Lucy's granola is back", nil},
		{"pair before a description", "Guests:\n- Sydney Quellmar (her niece, lives in Derby) will speak", []string{"Sydney Quellmar"}},
		{"unknown pair before a description", "We asked Teodric Quellmar (61 years, lives in Derby) for a testimonial.", []string{"Teodric Quellmar"}},
		{"product described for customers", "Our Hope candle (customer favourite) is back", nil},
		{"product with an age", "Glen (12 years) is our best malt", nil},
		{"lone name before a description", "Hope (her niece) will come too", []string{"Hope"}},
		{"product before a measure", "See the Amber Glow (50 ml) range", nil},
		{"venues with phone numbers", "Venues:\nRose Garden, 0161 496 0000\nSky Lounge, 020 7946 0000", nil},
		{"product list line", "New in:\n- Amber Glow, 50 ml\n- Rose Garden, 100 ml", nil},
		{"founded by", "The shop was founded by Walter Grimsby in 1932.", nil},
		{"named after the founder", "The bakery is named after old Walter Grimsby.", nil},
		{"brand's founder", "Tell the story of the brand's founder Walter Grimsby.", nil},
		{"our founder signs", "Sign the note as our founder, Walter Grimsby.", []string{"Walter Grimsby"}},
		{"our founder before the name", "Quote our founder Harriet Okonedo in the opening line.", nil},
		{"co-founder before the name", "A word from co-founder Harriet Okonedo on the new range.", nil},
		{"our founder after the name", "Harriet Okonedo, our founder, opened the first shop.", nil},
		{"holder is no founder", "Card holder Harriet Okonedo asked for a refund.", []string{"Harriet Okonedo"}},
		{"our customer after the name", "Harriet Okonedo, our customer, asked for a refund.", []string{"Harriet Okonedo"}},
		{"ampersand brand style", "Try a Tom & Lucy's style granola box", nil},
		{"team after a label word", "> Teodric Vantrelle | Customer Engagement | (555) 010-0199", nil},
		{"client before a name", "CRM note:\nClient Zorinda Quell called about the refund.", []string{"Zorinda Quell"}},
		{"firm in a quoted header", "> On 2 March, Agnieszka from Quill Club wrote:\n> Your points expire soon.", []string{"Agnieszka"}},
		{"writer in a quoted header", "On Mon, 3 Mar 2025, Zorinda Quell wrote:\n> hi", []string{"Zorinda Quell"}},
		{"shop before goods", "I bought a Hugo coat for the party.", nil},
		{"product name label", "Write copy for our product name: Quellguard, for homes.", nil},
		{"customer name label", "customer name: Quorwen Halvorsby", []string{"Quorwen Halvorsby"}},
		{"firm with sons", "Vendors:\nEwa Kowalczyk, Tomasz & Sons Joinery, ewa.k@example.com", []string{"Ewa Kowalczyk"}},
		{"business in a quoted header", "> On 3 March, Ivy Bakery wrote:\n> Your cake is ready.", nil},
		{"quoted product with an adjective", "Three lines for the new 'Mabel' wool coat.", nil},
		{"courier in parentheses", "The courier (Parcelo) will call you first.", nil},
		{"agent in parentheses", "Notes from agent (Keziah) attached.", []string{"Keziah"}},
		{"chat speaker after a role word", "[12/05 09:15] Agente Teodric: lo revisamos.\n[12/05 09:16] Cliente: ok", []string{"Teodric"}},
		{"ticket line after a trade", "12/03 08:10 Engineer Tobiah: boiler checked.\n12/03 08:12 Customer: thanks", []string{"Tobiah"}},
		{"sign as", "Please sign it off as Teodric, the owner.", []string{"Teodric"}},
		{"answer as (es)", "Responde como Teodric del equipo, gracias.", []string{"Teodric"}},
		{"sign as (pl)", "podpisz jako Teodric, ze sklepu, dzięki", []string{"Teodric"}},
		{"as before a thing", "Sign up as Member today, or use it as Quellbrook does.", nil},
		{"chat bot after a role word", "[09:20] Agent Bot: hello\n[09:21] Support Team: hi", nil},
		{"writer in parentheses after me", "sign it from me (Teodric), the shop owner", []string{"Teodric"}},
		{"referred by field", "Name: Teodric Vantrelle\nReferred by: Quorwen Halvorsby\nPlan: gold",
			[]string{"Teodric Vantrelle", "Quorwen Halvorsby"}},
		{"shipped by field", "Order 1182\nShipped by: Parcelo Express\nStatus: sent", nil},
		{"mailbox in parentheses", "Feedback from: Quorwen Halvorsby (qh@example.com)\n\"Great\"", []string{"Quorwen Halvorsby"}},
		{"shop mailbox in parentheses", "Write to Quellbrook Widgets (info@example.com) today.", nil},
		{"quoted review byline", "«Arrived fast, lovely box.» — Quorwen Halvorsby", []string{"Quorwen Halvorsby"}},
		{"dash line without a quote", "Prices:\n- Quellbrook Deluxe", nil},
		{"quoted mail writer (nl)", "> Op 4 mrt schreef Teodric van Haalst (webshop):\n> Bedankt voor het wachten.",
			[]string{"Teodric van Haalst"}},
		{"quoted mail writer (fr)", "Le 3 mars, Teodric Vantrelle a écrit :\n> Merci", []string{"Teodric Vantrelle"}},
		{"appointment line", "Tuesday:\n10:00 Quorwen Halvorsby, 0171 555 0101, cut", []string{"Quorwen Halvorsby"}},
		{"appointment with a trade", "Tuesday:\n09:30 Quellbrook Plumbing, 0161 496 0000, boiler", nil},
		{"lower case: contact verb, word name and surname", "quick one for Monday: ask sunny trezise about the invoice",
			[]string{"sunny trezise"}},
		{"lower case: word name, surname and pronoun", "pls do a test send for rose — rose trezise, she signed up in May",
			[]string{"rose", "rose trezise"}},
		{"lower case: title and unknown name", "also priya said mrs quellmar-vantrelle called again about her Order",
			[]string{"priya", "mrs quellmar-vantrelle"}},
		{"lower case: title with a dot", "it's mr. teodric vantrelle from Tulsa, he bought two", []string{"mr. teodric vantrelle"}},
		{"lower case: word name after a relation word", "hey, mark the Summer orders as sent, my boss frank wants it", []string{"frank"}},
		{"lower case: a product after a title", "pls open it in ms word and send, Thanks", nil},
		{"lower case: miss as a verb", "we miss christmas already. Thanks", nil},
		{"lower case: a product after a contact word", "cc rose quartz range to Ops", nil},
		{"lower case: words after a contact word", "pls ask summer sale team, Thanks", nil},
		{"lower case: a verb name after a relation word", "my neighbour said her husband tomasz cooks every Sunday", []string{"tomasz"}},
		{"dash sign-off line ending the text", "Arrived broken, not happy.\n— Quorwen Halvorsby", []string{"Quorwen Halvorsby"}},
		{"signature after the delimiter", "Thanks for the help!\n--\nQuorwen Halvorsby", []string{"Quorwen Halvorsby"}},
		{"dash sign-off after a sentence", "Great service! - Hope Halvorsby", []string{"Hope Halvorsby"}},
		{"town after a sentence and a dash", "Happy holidays!! — Monte de Quellbrook", nil},
		{"dash list of products", "Menu:\n- Quellbrook Deluxe\n- Vantrelle Classic", nil},
		{"customer role in parentheses", "Hope (customer) called twice.", []string{"Hope"}},
		{"signed with the first word", "From: Paris Vantrelle <paris.v@example.com>\nSent: Monday\n\nThe parcel never came.\nParis\n",
			[]string{"Paris Vantrelle", "Paris"}},
		{"first word as a place", "From: Paris Vantrelle <paris.v@example.com>\n\nWe flew to Paris in May.", []string{"Paris Vantrelle"}},
		{"first word before another name", "From: Paris Vantrelle <paris.v@example.com>\n\nPromo for Paris Fashion Week.",
			[]string{"Paris Vantrelle"}},
		{"first word opening a sentence", "Name: Hope Quellmar\nHope you like the box! Hope said it was lovely.\nHope",
			[]string{"Hope Quellmar", "Hope", "Hope"}},
		{"unknown first word as a speaker", "Name: Quorwen Halvorsby\n[10:01] Quorwen: where is my parcel?",
			[]string{"Quorwen Halvorsby", "Quorwen"}},
		{"unknown first word in prose", "Name: Quorwen Halvorsby\nQuorwen has sponsored the fair.", []string{"Quorwen Halvorsby"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestPersonColumnLabel checks the role labels of person columns.
func TestPersonColumnLabel(t *testing.T) {
	for label, want := range map[string]bool{
		"sender_first": true, "recipient_name": true, "buyer": true, "buyer first name": true,
		"name_recipient": true, "sender.name": true, "billing_last": true, "product_name": false,
		"company_name": false, "billing": false, "shipping_method": false, "gift_message": false,
	} {
		if got := personColumnLabel(label); got != want {
			t.Errorf("personColumnLabel(%q) = %v, want %v", label, got, want)
		}
	}
}
