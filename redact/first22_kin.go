package redact

// Kin and partners by the words casual English and its neighbours use
// for them right before a given name: "my twin Kwesiba", "my gf Nok",
// "my lola Remedita" (Tagalog), "her nana Edie", "our stepdad Cormac",
// "her daughter-in-law Oyinkan" (first22, issue 9: chat exports,
// shout-outs and order notes). relationWords held the standard words
// (person.go) and those of other languages (person13_kin.go); a relation
// word right before capitalised words makes them a name, as a "Name:"
// field does. Words that are common right before a capitalised word that
// is no name are left out: "baby" (a product's name), "little" and
// "young" ("Little Italy"), "kid" ("kid Rock"), "boy" and "girl" (a pet:
// "good boy Rex"), "nan" (Haitian "nan Gonaïves", "in") and "gran"
// (Spanish "gran Hotel").
var relationWords22 = []string{
	"twin", "gf", "bf", "bestie", "hubby", "wifey",
	"nana", "nanna", "nanny", "granny", "grandad", "granddad", "gramps", "grandpop",
	"lola", "lolo", "nonna", "nonno", "oma", "opa", "bubbe", "zayde", "auntie", "aunty",
	"stepmum", "stepmom", "stepdad", "stepbrother", "stepsister", "stepfather", "stepmother",
	"daughter-in-law", "son-in-law", "mother-in-law", "father-in-law", "sister-in-law", "brother-in-law",
	"half-sister", "half-brother", "grandniece", "grandnephew", "great-grandson", "great-granddaughter",
}

// kinNouns22 are the words of relationWords22 that kinNouns
// (person3_slots.go) takes after a possessive as well: "Malia's auntie
// on Apex Road", "Tuilo's stepdad". Contact words ("Tuilo's number",
// "…'s email") were tried and left out: a shop's name before them
// ("Tesco's number") is a lone word no list knows, as a name is.
var kinNouns22 = []string{
	"twin", "auntie", "aunty", "nana", "nanna", "granny", "grandad", "granddad", "stepdad", "stepmum",
	"stepmom", "stepbrother", "stepsister", "gf", "bf", "bestie", "hubby",
}

func init() {
	for _, w := range relationWords22 {
		relationWords.or(w, 1)
	}
	for _, w := range kinNouns22 {
		kinNouns.or(w, 1)
	}
}
