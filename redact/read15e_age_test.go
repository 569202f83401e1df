package redact

import "testing"

// TestAgesRead15e holds the ages after "seinen"/"ihren" with a dot and
// after Spanish "a los", and their look-alikes (values made up for the
// test).
func TestAgesRead15e(t *testing.T) {
	checkTypeCases(t, "AGE", []typeCase{
		{"Jonas Brehm, feiert am Samstag seinen 60. – bitte eine Kerze", []string{"60"}},
		{"Oma Hedwig feiert nächste Woche ihren 85.\nBitte Blumen.", []string{"85"}},
		{"Jonas Brehm feiert seinen 60. Geburtstag im Mai.", []string{"60"}},
		{"Die Band spielt ihren 50. Auftritt.", nil},
		{"Der Verein erreichte seinen 3. Platz.", nil},
		{"Er hat seinen 40. – keine Ahnung.", nil},
		{"don Ramiro, que a los 68 corrió su primer maratón.", []string{"68"}},
		{"Llegamos a los 70 km por hora.", nil},
		{"Invitamos a los 70 socios del club.", nil},
		{"la música de los 80 sonó toda la noche", nil},
		// "(88!)" after a name no gazetteer knows: one the person
		// detector reads (itemTowns, loc8_items.go), or a given name named
		// earlier after a title or as a list item's name (namedEarlierBracket)
		{"Mevrouw Wiepkje Dijkstra (88!) stopt.", []string{"88"}},
		{"Welkom aan dhr. Sjoerd de Vries, die tuin 4 overneemt van mevrouw Wiepkje Dijkstra. Wiepkje (88!) stopt na 30 jaar.", []string{"88"}},
		{"- Wiepkje Dijkstra, Leeuwarden\nWiepkje (88!) stopt.", []string{"88"}},
		{"Level Up is out. Level (3!) is hard.", nil},
		{"play Level Up now. Level (3!) is hard.", nil},
		{"Chapter One was long. Chapter (3!) is the best one.", nil},
		// a turning verb after such a given name (namedSubjectBefore)
		{"- Aarne ja Orvokki Rantanen, Koivutie 9; Orvokki täyttää 75 ensi viikolla", []string{"75"}},
		{"- Koivu Oy, Koivutie 9; Koivu täyttää 20 ensi vuonna", nil},
		{"Talo täyttää 100 ensi vuonna.", nil},
		{"Level Up is out. Level turns 3 next week.", nil},
	})
}
