package redact

// Given names that are places ("Phoenix", "Savannah", "Paris") stand
// in a person's slot after a possessive and a word for kin: "her niece
// Phoenix", "my son London". The person detector strips a known city
// off a run before it scores names (cityPrefix) unless a location cue
// comes with it; kinCityBefore tells scoreRun to leave such a lone city
// to the name rules, and scoreNameParts accepts it in its name-position
// case. Only a lone city word without a location cue ("in", "from") pays
// for the test.

// kinSlotWords are the words for kin, lower case, that kinCityBefore reads.
var kinSlotWords = boolTable(map[string]bool{
	"daughter": true, "son": true, "wife": true, "husband": true, "niece": true, "nephew": true,
	"cousin": true, "sister": true, "brother": true, "mother": true, "father": true, "mum": true,
	"mom": true, "dad": true, "aunt": true, "uncle": true, "grandma": true, "grandpa": true,
	"grandson": true, "granddaughter": true, "grandmother": true, "grandfather": true,
	"girlfriend": true, "boyfriend": true, "fiancée": true, "fiance": true, "fiancee": true,
	"stepson": true, "stepdaughter": true, "godson": true, "goddaughter": true, "baby": true,
	"twins": true, "kids": true, "grandchildren": true,
})

// kinPossessives are the possessives kinCityBefore wants before the kin
// word, with the space after them.
var kinPossessives = []string{"my ", "her ", "his ", "our ", "their ", "your "}

// kinCityBefore reports whether a possessive and a word of kinSlotWords
// end right before start, one space between each ("her niece Phoenix").
// The kin word's first byte and length (the table's bits) and the
// possessive's last letter are tested first: most cities have neither.
func kinCityBefore(text string, start int) bool {
	e := start - 1
	if e < 4 || text[e] != ' ' {
		return false
	}
	b := e
	for b > 0 && e-b < 14 && isLower(text[b-1]) {
		b--
	}
	if b == e || b < 3 || text[b-1] != ' ' || !kinSlotWords.maybe(text[b:e]) || text[b-2] != 'y' && text[b-2] != 'r' && text[b-2] != 's' {
		return false
	}
	return englishPossessiveBefore(text, b) && kinSlotWords.has(text[b:e])
}
