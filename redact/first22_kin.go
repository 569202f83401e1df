package redact

// Kin and partners by the words casual English and its neighbours use
// for them right before a given name: "my twin Kwabena", "my gf Nok",
// "my lola Remedios" (Tagalog), "her nana Edie", "our stepdad Cormac",
// "her daughter-in-law Anjali" (first22, issue 9: chat exports,
// shout-outs and order notes). relationWords held the standard words
// (person.go) and those of other languages (person13_kin.go); a relation
// word right before capitalised words makes them a name, as a "Name:"
// field does. Words that are common right before a capitalised word that
// is no name are left out: "baby" (a product's name), "little" and
// "young" ("Little Italy"), "kid" ("kid Rock"), "boy" and "girl" (a pet:
// "good boy Rex"), "nan" (Haitian "nan Jacmel", "in") and "gran"
// (Spanish "gran Hotel").
var relationWords22 = []string{
	"twin", "gf", "bf", "bestie", "hubby", "wifey",
	"nana", "nanna", "nanny", "granny", "grandad", "granddad", "gramps", "grandpop",
	"lola", "lolo", "nonna", "nonno", "oma", "opa", "bubbe", "zayde", "auntie", "aunty",
	"stepmum", "stepmom", "stepdad", "stepbrother", "stepsister", "stepfather", "stepmother",
	"daughter-in-law", "son-in-law", "mother-in-law", "father-in-law", "sister-in-law", "brother-in-law",
	"half-sister", "half-brother", "grandniece", "grandnephew", "great-grandson", "great-granddaughter",
}

func init() {
	for _, w := range relationWords22 {
		relationWords.or(w, 1)
	}
}
