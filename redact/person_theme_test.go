package redact

import "testing"

// TestPersonThings checks lone given names and firms that name a thing,
// and that the same names stay names where a person is meant.
func TestPersonThings(t *testing.T) {
	checkFindCases(t, []findCase{
		{"given name after the", "Pre-order the Matilda cardigan today.", nil},
		{"given name in quotes after the", "Restock the “Harriet” range before May.", nil},
		{"quoted name before goods", "New in: our 'Beatrix' tote for spring.", nil},
		{"goods noun before name", "She loved the armchair Elsie in green.", nil},
		{"swedish sofa", "han köpte soffan Ingrid förra veckan", nil},
		{"name as goods after it", "Ship the Clement sofa on Monday.", nil},
		{"recipient verb keeps the name", "Tell Harriet the sofa is ready.", []string{"PERSON:Harriet"}},
		{"name after a thing word that takes people", "The front desk Harriet will greet you.", []string{"PERSON:Harriet"}},
		{"street after a given name", "Our Harriet Street branch opens at nine.", nil},
		{"station after a given name", "Meet at Matilda Station at noon.", nil},
		{"our name and goods", "Our Harriet scarf is back in stock.", nil},
		{"our staff member", "Our Harriet will help you choose.", []string{"PERSON:Harriet"}},
		{"pet name", "Her puppy Clementine loves the chews.", nil},
		{"chat label", "Live chat Harriet: how can I help?", []string{"PERSON:Harriet"}},
		{"persona", "Target persona: Imogen, a commuter who runs at lunch.", nil},
		{"fictional example", "Use a made-up, fictional buyer such as Rhiannon in the copy.", nil},
		{"personal is no persona", "Personal note for Imogen: thanks for the order.", []string{"PERSON:Imogen"}},
		{"persona on another line", "Persona: commuter\nShip to Imogen by Friday.", []string{"PERSON:Imogen"}},
		{"given name and a trade", "Stockists: Thandeka Bakery and Jarkko Cycles.", nil},
		{"given name and a family name that is a trade", "Thandeka Baker booked a table.", []string{"PERSON:Thandeka Baker"}},
		{"mascot", "Our mascot Rosie the Robot greets shoppers.", nil},
		{"name then the and a lower-case word", "Ask Harriet the florist about lilies.", []string{"PERSON:Harriet"}},
		{"seasonal character with a title", "A window with Santa Claus and Mrs Claus.", nil},
		{"firm with ampersand", "Client: Quillby & Marsh Joinery", nil},
		{"titled brand with product words", "Wir empfehlen Dr. Oetker Vanillepudding zum Fest.", nil},
		{"titled person", "Kundin: Dr. Henrike Vollmer", []string{"PERSON:Dr. Henrike Vollmer"}},
		{"famous name as a theme", "A quiz night about Seamus Heaney poems.", nil},
		{"famous name as a style", "Shoot it in a Taika Waititi style for the launch.", nil},
		{"famous name as a customer", "Dear Seamus Heaney, thanks for your order.", []string{"PERSON:Seamus Heaney"}},
	})
}

// TestLowerCaseNameCues checks lower-case given names that an age, a
// pronoun or a personal verb after them makes names, in lower-case text.
func TestLowerCaseNameCues(t *testing.T) {
	checkFindCases(t, []findCase{
		{"age after comma", "write a text for gareth, 52, who left his basket", []string{"PERSON:gareth", "AGE:52"}}, // the age: loc23_age.go
		{"pronoun after comma", "sms for imogen, she wants the blue one", []string{"PERSON:imogen"}},
		{"personal verb", "quick note: rhiannon called about her order", []string{"PERSON:rhiannon"}},
		{"verb that is a family name too", "pls tell priya said it is fine", []string{"PERSON:priya"}},
		{"trigger verb", "ask tadhg if the size fits", []string{"PERSON:tadhg"}},
		{"number of things", "order 3 items for the shop, 12 pieces", nil},
		{"ambiguous word", "send amber, she likes it", nil},
	})
}

// TestItemAgeNames checks capitalised words no gazetteer knows that open
// a line or an item before an adult's age, and look-alikes that are no
// names.
func TestItemAgeNames(t *testing.T) {
	checkFindCases(t, []findCase{
		// Names no gazetteer knows ("Orrin" and "Zebedee" are generated
		// given names now: person_gen_test.go has them).
		{"name, age, at line start", "Loyalty story:\nOrrix Vasquel, 58, bakes for the village fete.", []string{"PERSON:Orrix Vasquel", "AGE:58"}},
		{"bullet, name (age)", "Winners:\n- Zebedix (33) from Truro", []string{"PERSON:Zebedix", "AGE:33", "LOCATION:Truro"}},
		{"age unit", "Kundin: Ottilie Brandsma, 29 Jahre", []string{"PERSON:Ottilie Brandsma", "AGE:29 Jahre"}},
		{"quantity in brackets", "Order: Latte (2), Flat White (3)", nil},
		{"child's quantity", "Quilton (12) in stock", nil},
		{"list of sizes", "Sizes: Medium, 42, 44", nil},
		{"csv cells", "Product,Price\nTrail Jacket,129,Moss", nil},
		{"mid-line", "the box from Tamworth Ridge, 46, arrived", nil},
	})
}
