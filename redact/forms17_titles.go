package redact

// Burmese and Karen names have no family name: a person's name is one to
// four syllables ("Khin Myo Aye", "Eh Ler Paw") after an honorific of
// age and sex: "U" and "Daw" (a man, a woman), "Ko" and "Ma" (young),
// "Maung", and the Karen "Saw" (a man), "Naw" (a woman), "Mahn"; the
// Mon "Nai", "Mi". Credit unions, clinics and resettlement agencies of
// the diaspora write them so in voicemails, notes and lists. "Daw", "Naw",
// "Mahn" and "Thramu" are no English words, and communityTitles
// (person10_title.go) takes them as titles only (1) before a name-like
// word. "Saw" is an English verb ("Saw Paris last spring"): as a title
// (3) it wants every word after it to be a syllable of Burmese and Karen
// names (burmeseSyllables), which English sentences' capitalised words
// are not. The same entries add the Malay hereditary titles ("Tengku
// Aliya Sofea", "Puteri Nurul Ain", "Sharifah Noor"), the Fijian
// chiefly "Ratu", and the Balinese birth-order names that open a name
// ("Wayan", "Nyoman", "Ketut", "Komang", "Kadek", "Putu", "Gede": not
// "Made", an English word, "Made Simple"), all words of names only;
// and forms of address of the world that no table had (Hausa "Mallam",
// Afrikaans "Tannie", Serbian, Croatian and Bosnian "Gospodin",
// "Gospođa", Turkish "Sayın", French "Maître"; "Gđa." among the
// honorifics of titleWords, person.go). Cost: none on a text without them;
// the table lookups communityTitleAt does anyway.

// burmeseSyllables are the syllables of Burmese and Karen personal
// names, as written in Latin letters by their bearers.
var burmeseSyllables = boolTable(map[string]bool{
	"Aung": true, "Aye": true, "Ba": true, "Bo": true, "Blut": true, "Bway": true, "Chit": true,
	"Cho": true, "Dah": true, "Day": true, "Der": true, "Doh": true, "Eh": true, "Gay": true,
	"Gaw": true, "Hla": true, "Hlaing": true, "Hsa": true, "Hser": true, "Htay": true, "Htet": true,
	"Htoo": true, "Htun": true, "Htwe": true, "Kaw": true, "Kay": true, "Khaing": true, "Khin": true,
	"Khine": true, "Klo": true, "Ku": true, "Kyaw": true, "Kyi": true, "Kyu": true, "Lah": true,
	"Law": true, "Lay": true, "Ler": true, "Lin": true, "Lu": true, "Lwin": true, "Maung": true,
	"Min": true, "Mo": true, "Moe": true, "Mu": true, "Myat": true, "Myint": true, "Myo": true,
	"Naing": true, "Nanda": true, "Nay": true, "Nee": true, "Nilar": true, "Nu": true, "Nyein": true,
	"Nyunt": true, "Oo": true, "Pah": true, "Paw": true, "Phyo": true, "Plo": true, "Poe": true,
	"Pyae": true, "San": true, "Sandar": true, "Say": true, "Sein": true, "Shwe": true, "Si": true,
	"Soe": true, "Su": true, "Taw": true, "Thant": true, "Thaw": true, "Thein": true, "Thet": true,
	"Thida": true, "Thin": true, "Thoo": true, "Thu": true, "Thura": true, "Tin": true, "Toe": true,
	"Tun": true, "Wah": true, "Wai": true, "Wee": true, "Win": true, "Yadanar": true, "Ye": true,
	"Yin": true, "Yu": true, "Zar": true, "Zaw": true, "Zin": true,
})

// syllableName reports whether every word of core after its first (the
// title "Saw") is a syllable of Burmese and Karen names.
func syllableName(text string, core []nameTok) bool {
	for k := 1; k < len(core); k++ {
		if n := &core[k]; n.initial || n.particle || !burmeseSyllables.has(text[n.start:n.end]) {
			return false
		}
	}
	return true
}

// lowerDrName reports whether the lower-case "dr." at b, before the
// capitalised word at start, may be the doctor's title (lowerTitles):
// not a street's "drive" after a house number and a street word ("12 oak
// dr. Springfield") and no town after it ("oak dr. Springfield").
func lowerDrName(text string, b, start int) bool {
	if k := b - 1; k > 0 && text[k] == ' ' {
		for k > 0 && isLower(text[k-1]) {
			k--
		}
		if k >= 2 && k < b-1 && text[k-1] == ' ' && isDigit(text[k-2]) {
			return false
		}
	}
	e := start
	for e < len(text) && isAlpha(text[e]) {
		e++
	}
	var buf [32]byte
	if e-start < 2 || e-start > len(buf) {
		return true
	}
	f := lowerNameFlags(lowerASCII(text[start:e], &buf))
	return f&nameCity == 0 || f&(nameGiven|nameFamily) != 0
}

// balineseAfterPrefix reports whether the word at start follows the
// Balinese "I " (a man) or "Ni " (a woman), which open a name before its
// birth-order word: a title there would cut the prefix off the name that
// the appointment book's rule reads whole (person18_appt.go).
func balineseAfterPrefix(text string, start int) bool {
	return start >= 2 && text[start-2:start] == "I " && (start == 2 || !isAlpha(text[start-3])) ||
		start >= 3 && text[start-3:start] == "Ni " && (start == 3 || !isAlpha(text[start-4]))
}
