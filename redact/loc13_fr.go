package redact

// French and Belgian streets led by a lower-case type word inside a
// sentence, with the house number after the name as Brussels writes it
// (issue 9): "j'habite à Uccle, rue des Tilleuls 14, depuis dix ans",
// "avenue Brugmann 61". A capitalised name, or a particle and one,
// must stand between the type word and the number, so English "rue" and
// "avenue" in prose ("the avenue to 5 markets") stay words.

func init() {
	for _, w := range []string{"rue", "avenue", "boulevard", "quai", "impasse", "allée", "chemin"} {
		lowerLeads[w] = true
	}
}
