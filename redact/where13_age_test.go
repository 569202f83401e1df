package redact

import "testing"

// TestAgesWhere13 holds the ages the thirteenth where-issue added and the
// look-alikes it leaves alone (values made up for the test): a full name
// that opens a line, an item or a sentence before an age between commas,
// a relative pronoun after a name, the Finnish turning verb with a time
// after it, the Finnish "v" between commas, the Turkish "I am … years
// old", ages in words next to a name, and no age for a pet.
func TestAgesWhere13(t *testing.T) {
	checkTypeCases(t, "AGE", []typeCase{
		{"Tomasz Wierzbicki, 16, scored twice on Sunday.", []string{"16"}},
		{"Roster:\nKalani Pahinui, 17, Hilo HI, cell 808-555-0142", []string{"17"}},
		{"Can you post it? Sefo Aumua Tuilagi, 12, took three wickets.", []string{"12"}},
		{"Start am 1. Mai: Farid Wahidi Noorzai, 17, wohnt in Guben.", []string{"17"}},
		{"- Idris Mbeki-Laurent, 44, joins us in May", []string{"44"}},
		{"- Ourin \"Oki\" Vasquelo, 38 v, asuu Porissa", []string{"38 v"}},
		{"- Ida Bergqvist, 33 (prefers email)", []string{"33"}},
		{"Deceased: Ruta Kalniņa-Berga, 81 | Contact: her son", []string{"81"}},
		{"Themes: Karlsson Lillebror, 3 i Vasastan and more", nil},
		{"The Old Mill, 12, is open again.", nil},
		{"We sell Flat Whites, 12, and Lattes, 14.", nil},
		{"Pass it on. Room Service, 24, is on the card.", nil},
		{"- Aune Keskitalo, täyttää 60 ensi viikolla", []string{"60"}},
		{"Kauppa täyttää 10 ensi vuonna.", nil},
		{"en lagkage til barnebarnet Freja, der fylder 6.", []string{"6"}},
		{"Firmaet Nordlys, der fylder 25.", nil}, // a business after the comma
		{"- Oskari Lehtola, 52 v, asuu Porissa", []string{"52 v"}},
		{"the 230 v, 5 amp socket", nil},
		{"\"64 yaşındayım, hiç böyle tatlı yemedim.\" - Nuri Bey", []string{"64 yaşındayım"}},
		{"pies Reksio ma 12 lat i bierze leki", nil},
		{"our dog Bruno, 9, loves the beach", nil},
		{"Ola Nordmann ma 12 lat i gra w piłkę", []string{"12 lat"}},
		// ages in words next to a name (where13_words.go)
		{"y la pequeña Maribel Ortiz Vega, de nueve años, que debuta.", []string{"nueve años"}},
		{"Tomasz Wierzbicki, fifteen, scored twice.", []string{"fifteen"}},
		{"my sister Nia Ezeani is thirty and still can't cook", []string{"thirty"}},
		{"Ngaire Tipene turns seventy-five in June.", []string{"seventy-five"}},
		{"Ilsa Brandt, two kids and a dog, joined.", nil},
		{"Ana Ruiz is ten minutes late.", nil},
		{"Sara Lindqvist, ten years at the firm, retires.", nil},
		{"Tom Reyes is one of us.", nil},
	})
}
