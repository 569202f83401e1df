package redact

import "testing"

// TestThingNamesakeFind: names the writer tells the model to mention or
// leave out, and businesses named after people (fp25_things.go), on
// whole texts, with the contexts that keep a private person masked.
// Written for this file in the prompts' languages; no set's strings.
func TestThingNamesakeFind(t *testing.T) {
	e := newTestEngine(t)
	cases := []famousFindCase{
		// mentioned or left out
		{"en do not mention", "For the blog, do not mention Harriet Colbeck on rewilding and keep it short.", "Harriet Colbeck", false},
		{"en plain mention stays", "For the blog, mention Harriet Colbeck on rewilding and keep it short.", "Harriet Colbeck", true},
		{"sv do not mention", "Skriv kort. Nämn inte Gunnel Strandberg, hon har ingen koppling till oss.", "Gunnel Strandberg", false},
		{"no do not mention", "Nevn ikke Ragnhild Eikeland i teksten, takk.", "Ragnhild Eikeland", false},
		{"it no quotes of", "Niente citazioni di Ottavio Benincasa, per favore.", "Ottavio Benincasa", false},
		{"ca office word", "Esmenta la regidora Montserrat Puigvert al final.", "Montserrat Puigvert", false},
		{"id list after or", "Jangan sebut Budi Hartanto atau Sri Wulandari di iklan.", "Sri Wulandari", false},
		{"hr list after comma", "Ne spominji Ivana Horvata, Marka Babića ni Luku Perića.", "Luku Perića", false},
		{"bg do not mention", "Не споменавай Петър Димитров в края.", "Петър Димитров", false},
		{"en don't with a possessive", "Don't mention Harriet Colbeck's garden book.", "Harriet Colbeck", false},
		{"en mayor", "Mention the mayor Harriet Colbeck as the guest of honour.", "Harriet Colbeck", false},
		{"left-out customer with a phone", "Don't mention Harriet Colbeck, 07700 900 412, in the thank-you list.", "Harriet Colbeck", true},
		{"thank is no mention", "Thank Harriet Colbeck for the referral.", "Harriet Colbeck", true},
		{"special mention to a winner", "Special mention to Harriet Colbeck, aged 12, for her first medal.", "Harriet Colbeck", true},
		{"mention with a possessive between", "Mention our new coach Harriet Colbeck in the intro.", "Harriet Colbeck", true},
		{"titled name", "Mention Mrs Harriet Colbeck in the thanks.", "Mrs Harriet Colbeck", true},
		// businesses named after people
		{"kitchen and kin word", "Promo for the cooking class at Cucina Nonna Pina in Bari.", "Nonna Pina", false},
		{"trade word first", "Write a thank-you note from Salon Marisela to the bride.", "Salon Marisela", false},
		{"possessive and a trade word", "From Tita Baby's Bakeshop, with love.", "Tita Baby", false},
		{"possessive and a kitchen", "Order lunch from Rosa Delgado's Kitchen for the team.", "Rosa Delgado", false},
		{"a customer of a shop", "Customer Rosa Delgado bought two cakes at our bakery.", "Rosa Delgado", true},
		{"lower-case shop before a stylist", "our salon stylist Marisela Ortega will call you", "Marisela Ortega", true},
		// Malay and Indonesian days; Hari the given name
		{"feast", "Remind the members about the Hari Merdeka ride and the Hari Raya open house.", "Hari Raya", false},
		{"weekday", "Kelas yoga pindah ke Hari Minggu pagi, jam 7.", "Hari Minggu", false},
		{"given name Hari", "Please send the invoice to Hari Prasad by Friday.", "Hari Prasad", true},
		// a greeting to a business's staff; a person's team takes a possessive
		{"greeting to a studio's team", "Dear Brightwater team,\nI'd like to book a trial class for my son.", "Brightwater", false},
		{"a shop's crew", "Hi Marlowe Cycles crew, is the gravel bike still on sale?", "Marlowe Cycles", false},
		{"a person's team", "Dear Rosalind Achterberg's team, the invoice is attached.", "Rosalind Achterberg", true},
	}
	checkFamousFind(t, e, cases)
}
