package redact

// The Irish article "an" after an Irish-language street word (read16b,
// session 19).
//
// Class: Irish grammar. A street or estate name in Irish puts the article
// between its type word and its noun, "an" in the singular as often as
// "na" in the genitive singular feminine and the plural: "Bóthar an
// Chláir", "Sráid an Mhuilinn", "Cnoc an Óir", "Páirc an Fhéidh".
// nameWordsAfter takes "na" as a street particle ("Cnoc na Gréine") but
// not "an", so a house number, an Irish type word and "an" and a name
// ("3 Bóthar an Chnoic") were not read at all. streetParticle is not
// widened: "an" is an English word in every other context.
//
// Safe: only after the Irish type words of streetLeadSet, and only when a
// capitalised word follows "an" (the lenited or plain noun).
// Cost: a string switch on the lead word, on the lead path only.

// irishAnAfter returns the position after "an" when text at i is " an "
// and a capitalised word, and tok (the lead word before i) is an Irish
// street word; else i.
func irishAnAfter(text, tok string, i int) int {
	if i+5 > len(text) || text[i:i+4] != " an " || !upperAt(text, i+4) {
		return i
	}
	switch tok {
	case "Ard", "Árd", "Cnoc", "Bóthar", "Sráid", "Ascaill", "Páirc", "Radharc", "Céide", "Lána",
		"Bóithrín", "Plás", "Cúirt":
		return i + 3
	}
	return i
}
