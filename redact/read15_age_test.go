package redact

import "testing"

// TestAgesRead15 holds the ages the fifteenth read-back added and their
// look-alikes (values made up for the test): a modal before "be", a name
// in any case after a family word and a possessive, a reflexive or
// "though" after the age, "years young", an exclamation mark in a
// bracket after a name, and Romanian "ani".
func TestAgesRead15(t *testing.T) {
	checkTypeCases(t, "AGE", []typeCase{
		{"Marcus will be 77 by then and we'd love a photo.", []string{"77"}},
		{"Her son Dario will be 19 next month.", []string{"19"}},
		{"Don't worry, she'll be 30 on Friday.", []string{"30"}},
		{"His grandma, Aunty Beatrix, will be 88 by then.", []string{"88"}},
		{"The tickets, as usual, will be 12 by then.", nil},
		{"Drivers must be 21 or over.", nil},
		{"The bus will be 15 minutes late.", nil},
		{"Tickets will be 12 each.", nil},
		{"quick one: my son kofi is 11 and loves maths", []string{"11"}},
		{"Their daughter Mira Tal is 7 and loves the garden.", []string{"7"}},
		{"the score is 5 and 3", nil},
		{"Ama asked about the insurance; she's 23 herself.", []string{"23"}},
		{"lol im only 16 tho", []string{"16"}},
		{"Mr Dwayne Obuya (79 years young) won the cup.", []string{"79 years young"}},
		{"Piet Hoorn (83!) gaat verhuizen.", []string{"83"}},
		{"Chapter (3!) is the best one.", nil},
		{"1. Anca Ionescu, 5 ani, tata: Vlad Ionescu", []string{"5 ani"}},
		{"Lucrez aici de acum 5 ani.", nil},
		// Tagalog "na po" after an age set off after a name (clauseJoins)
		{"for my lola Perla, 81 na po siya.", []string{"81"}},
		{"Room 12, 81 na po ang bayad", nil},
		// the Chinese age word after the digits (cjkAgeAt)
		{"我孙子 Kevin 9岁，可以带吗？", []string{"9岁"}},
		{"外婆 Lily 83歲，身体很好", []string{"83歲"}},
		{"12岁以下儿童免费", nil},
		{"适合 3-6岁的孩子", nil},
		{"3岁及以上", nil},
		// in words after a name and "will be" (where13_words.go)
		{"Harriet Brennock will be seventy on the 3rd, so a cake please.", []string{"seventy"}},
		{"Harriet Brennock will be ninety and wants a party.", []string{"ninety"}},
		{"Harriet Brennock will be ten minutes late.", nil},
		{"Harriet Brennock will be one of the guests.", nil},
	})
}
