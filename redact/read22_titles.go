package redact

import "strings"

// Forms of address of more traditions, before a name (read22, issue 9):
// the Indonesian and Malay pilgrim's "Hj." and "Hjh." (Hajjah), the
// Malay "Kak" (elder sister), the Sardinian "Tziu" and "Tzia" (uncle,
// aunt: an elder), the Hungarian "Özv." (widow), and the Theravada
// "Venerable" and "Ven." before a monk's name. The
// abbreviations, which no word or name shares, are honorifics of
// titleWords (person.go: with or without their dot, any capitalised word
// after them). The others, like the rest of communityTitles
// (person10_title.go), are titles only before name-like words: "Tziu",
// "Tzia" and "Venerable" take a word spelt like a name (1); "Kak"
// (Russian "how" in Latin letters) wants a name of the gazetteers after
// it (2). A cook's "Chef" was tried and left out: prompts name famous
// chefs so ("Chef Ada Quinlan's recipe") more often than their own staff.
// Cost: none on a text without them.

// read22Honorifics are the abbreviated honorifics, without their dot.
var read22Honorifics = []string{"Hj", "Hjh", "Özv", "Ven"}

func init() {
	for _, w := range read22Honorifics {
		if nameFlagsOf(w)&nameTitle == 0 {
			nameFlags.or(w, uint32(nameTitle))
		}
		titleWordsOf.add(w) // titleFlags' filter (business12_words.go)
	}
	for _, w := range []string{"Tziu", "Tzia", "Venerable"} {
		communityTitles.or(w, 1)
	}
	communityTitles.or("Kak", 2)
}

// An honorific before the word of an office names the office, not a
// person: "opened by the Lord Lieutenant", "the Lord Mayor's parade",
// "Lady Mayoress", "Lord Chancellor" (read22). officeWords are those
// words, capitalised.
var officeWords = boolTable(map[string]bool{
	"Lieutenant": true, "Lieutenant-Governor": true, "Mayor": true, "Mayoress": true, "Chancellor": true,
	"Provost": true, "Advocate": true, "Chief": true, "President": true, "Speaker": true,
	"Chamberlain": true, "Steward": true, "Sheriff": true, "Warden": true, "Commissioner": true,
})

// titleOfficeAt reports whether the run text[start:end], which opens
// with an honorific, has one of officeWords as its second word.
func titleOfficeAt(text string, start, end int) bool {
	i := strings.IndexByte(text[start:end], ' ')
	if i < 0 {
		return false
	}
	i += start + 1
	j := i
	for j < end && text[j] != ' ' && text[j] != '\'' && text[j] != 0xE2 {
		j++
	}
	return officeWords.has(text[i:j])
}

// Charities and funds named after a family or a person ("the Ferguson
// Family Trust", "Ferrand Foundation") are organisations: their last word
// makes a run a business's (businessLast, person_theme.go) as a trade's
// does.
func init() {
	for _, w := range []string{"Trust", "Foundation", "Fund", "Endowment", "Stiftung", "Fondation", "Fundación", "Fondazione", "Stichting"} {
		businessWords.or(w, 1)
	}
}
