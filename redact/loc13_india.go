package redact

// Indian street lines (issue 9): a house number with its sub-number
// ("14/3") before an ordinal road ("14/3 5th Cross Road"), and a
// locality's name before the ordinal road inside the street ("9 Lakshmi
// Nagar 2nd Main Road"), where streetAfterNumber takes an ordinal only as
// the street's first word.

// inLocalityWords end an Indian locality's name, after which an ordinal
// road may follow inside the street.
var inLocalityWords = boolTable(map[string]bool{
	"Nagar": true, "Layout": true, "Colony": true, "Extension": true, "Puram": true, "Halli": true,
	"Palya": true, "Vihar": true, "Enclave": true, "Stage": true, "Phase": true, "Block": true, "Sector": true,
	"Bagh": true, "Pet": true, "Peth": true, "Wadi": true, "Gardens": true,
})

// inLocalityBefore reports whether the word that ends one space before
// s is one of inLocalityWords.
//
//go:noinline
func inLocalityBefore(text string, s int) bool {
	if s < 5 || text[s-1] != ' ' {
		return false
	}
	j := s - 1
	for j > 0 && isAlpha(text[j-1]) {
		j--
	}
	return inLocalityWords.has(text[j : s-1])
}

// slashHouseStart returns where a house number of one to four digits
// that ends at the slash at p starts ("14/3"), and whether it starts a
// word.
func slashHouseStart(text string, p int) (int, bool) {
	hs := p
	for hs > 0 && isDigit(text[hs-1]) && p-hs < 5 {
		hs--
	}
	return hs, p-hs <= 4 && startOKAddr(text, hs)
}
