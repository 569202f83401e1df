package redact

// Romanian and Moldovan letters, donor lists and notices write "Dl." and
// "Dna." (domnul, doamna: Mr, Mrs) before a name ("Dl. Sorin Bâscă",
// "mulțumim Dna. Zamfira Ciobotaru"); they are honorifics of titleWords
// (and stop words, so that a title inside a run opens the name, as "Mrs."
// does), which take any capitalised word after them. Without the dot the
// two are also "DL" and "DNA" in title case ("Dna Test Kit"), so bare
// they are a title only before name-like words (communityCoreNames,
// person10_title.go: a name of the gazetteers, or words spelt like a
// name). The genitive-dative "Dlui.", "Dnei." are left out: rarer, and
// "Dnei." before a given name the gazetteers know is read without it.

// bareRomanianTitle reports whether title is "Dl" or "Dna" with no dot.
func bareRomanianTitle(title string) bool {
	return title == "Dl" || title == "Dna"
}
