package redact

// Parish, mosque and temple bulletins, family chats and community
// newsletters put a title of faith, office or kinship before a name
// ("Deaconess Ifeyinwa Okoro", "Ustazah Halimah", "Manman Rosemène",
// "Tita Marivic", "Bhaiya Rohan"). These words are no honorifics of
// titleWords: several are names or words too ("Pastor", "Bishop" and
// "Sheikh" are family names, "Lola" and "Baba" given names), and an
// honorific takes any capitalised word after it. communityTitleAt takes
// one as a title only before name-like words: a given or family name
// of the gazetteers among them, or a first word no gazetteer knows spelt
// like a name; no city, stop word or street ("Pastor Street" stays a street, and
// "Bishop Auckland" a town).

// communityTitles are the titles of faith, office and kinship that
// communityTitleAt reads before a name: 1 for words that are titles
// only, 2 for those that are names, foods or things too ("Pastor",
// "Baba", "Elder", "Imam"), which want a name of the gazetteers after
// them ("Baba Ganoush" and "Imam Bayildi" are dishes), 3 for the Karen
// "Saw", an English verb too, which wants Burmese syllables after it.
var communityTitles = func() *strTable {
	t := newStrTable(128)
	for _, w := range []string{
		// Churches, mosques, synagogues, temples and gurdwaras.
		"Deaconess", "Reverend", "Evangelist", "Prophetess", "Chaplain", "Archdeacon", "Pfarrer",
		"Pfarrerin", "Pastora", "Ustaz", "Ustazah", "Ustadh", "Ustadha", "Hajji", "Hajjah", "Hajja",
		"Sheikha", "Shaykh", "Maulana", "Mawlana", "Alhaji", "Alhaja", "Rabbi", "Rebbetzin", "Pujari",
		"Granthi", "Sadhvi", "Bhante", "Ajahn",
		// Kin and elders, as families and neighbours call them.
		"Manman", "Tita", "Lolo", "Kuya", "Nanay", "Tatay", "Manang", "Manong", "Mzee", "Mwalimu",
		"Amma", "Appa", "Bhaiya", "Bhabhi", "Chachi", "Mausi", "Tatie", "Tantie", "Yiayia", "Babushka",
		// Forms of address of Ethiopia, East and West Africa, South-East
		// Asia, Greece, Haiti, Aotearoa and the Cree ("Weyzero Tigist",
		// "Bwana Juma", "Togbe Kofi", "Encik Faizal", "Khun Somchai",
		// "Kyria Eleni", "Whaea Mere", "Kokum Rose").
		"Weyzero", "Woizero", "Weyzerit", "Bwana", "Malama", "Togbe", "Maame", "Nze", "Ichie", "Aling",
		"Bapak", "Encik", "Puan", "Datuk", "Datin", "Khun", "Kyria", "Kyrios", "Matant", "Whaea", "Kuia",
		"Kokum", "Ustad",
		// Burmese and Karen honorifics before a name of syllables ("Daw
		// Hla Hla Win", "Naw Mu Eh"), Malay hereditary titles ("Tengku
		// Farah Nadia", "Puteri Alya"), the Fijian chiefly "Ratu"
		// (forms17_titles.go).
		"Daw", "Naw", "Mahn", "Thramu", "Tengku", "Tunku", "Puteri", "Sharifah", "Megat", "Ratu",
		// Balinese birth-order names, which open a name ("Ketut Sumerta",
		// "Komang Ayu Dewi"); "Made" is an English word too, left out.
		"Wayan", "Nyoman", "Ketut", "Komang", "Kadek", "Putu", "Gede",
		// Forms of address no table had: Hausa "Mallam", Afrikaans
		// "Tannie", Serbian, Croatian and Bosnian "Gospodin", "Gospođa"
		// (and their vocatives), Turkish "Sayın" and the French lawyer's
		// "Maître" (forms17_titles.go).
		"Mallam", "Tannie", "Gospodin", "Gospodine", "Gospođa", "Gospođo", "Gospodja", "Sayın", "Maître",
		// East and West Africa call an elder woman "Mama" before her own
		// name, one no gazetteer knows ("Mama Nyokabi", "Mama Ekuafa"):
		// a title only, taking a word spelt like a name (read18p).
		"Mama",
	} {
		t.or(w, 1)
	}
	for _, w := range []string{
		"Deacon", "Pastor", "Elder", "Bishop", "Apostle", "Prophet", "Vicar", "Pasteur", "Padre",
		"Hermana", "Hermano", "Irmã", "Irmão", "Imam", "Haji", "Sheikh", "Mufti", "Hafiz", "Hafiza",
		"Swami", "Pandit", "Papa", "Mamá", "Papá", "Tito", "Lola", "Bibi", "Baba", "Didi",
		"Bhai", "Chacha", "Nani", "Dadi",
		"Ato", "Bi", "Malam", "Mang", "Pak", "Bu", "Ibu", "Cik", "Dato", "Agha", "Reb", "Seu", "Matua",
		"Koro", "Tutu", "Kumu", "Kaka", "Anh", "Chị", "Cô", "Chú", "Bác", "Ông", "Bà",
	} {
		t.or(w, 2)
	}
	t.or("Saw", 3) // a title before syllables of Burmese and Karen names only (forms17_titles.go)
	return t
}()

// communityTitleAt reports whether core, a run of two name tokens or
// more with no title, opens with a word of communityTitles before one to
// three name-like words: each an initial, a name of the gazetteers or a
// word no gazetteer knows spelt like a name (the first one may be spelt
// like a word, a virtue's name, before a name of the gazetteers), one of
// them a given or family name that is no word too (a title of value 2
// wants it); no city, and no shop's name ("Mama Mia Pizzeria").
func communityTitleAt(text string, core []nameTok) bool {
	t := &core[0]
	if t.initial || t.particle || t.flags&(nameStop|nameCity) != 0 || len(core) > 4 && !malayLongName(text, core) || !communityTitles.maybe(text[t.start:t.end]) {
		return false
	}
	v, _ := communityTitles.get(text[t.start:t.end])
	if v == 1 && balineseAfterPrefix(text, t.start) {
		return false // "I Ketut …": the whole name is read with its prefix, or not at all (forms17_titles.go)
	}
	return v != 0 && communityCoreNames(text, core, v)
}

// communityCoreNames reports whether the words of core after its first,
// a title of value v (see communityTitles), are name-like (see
// communityTitleAt).
func communityCoreNames(text string, core []nameTok, v uint32) bool {
	if core[1].particle {
		return false
	}
	if v == 3 {
		return syllableName(text, core)
	}
	known, spelt, wordy := false, false, false
	for k := 1; k < len(core); k++ {
		n := &core[k]
		switch {
		case n.initial || n.particle:
		case n.flags&(nameStop|nameCity|nameCityHead|nameGreeting|nameTitle) != 0:
			return false
		case n.flags&(nameGiven|nameFamily) != 0 && n.flags&nameAmbiguous == 0:
			known = true
		case n.flags&nameAmbiguous != 0:
		default:
			if _, low, parts := spellScores(text[n.start:n.end]); parts > 0 && low >= chatLabelSpell {
				spelt = true
			} else if k == 1 && len(core) > 2 {
				wordy = true // a given name that is a word ("Temperance"), before a family name
			} else {
				return false
			}
		}
	}
	if !known && (v == 2 || !spelt || wordy) {
		return false
	}
	return !businessLast(text, core[1].start, core[len(core)-1].end)
}

// capsOnly reports whether every word of text[start:end] opens with a
// capital: no lower-case particle between the words of a name.
func capsOnly(text string, start, end int) bool {
	for i := start; i+1 < end; i++ {
		if text[i] == ' ' && !isUpper(text[i+1]) {
			return false
		}
	}
	return true
}

// wordGivenLong reports whether the word at start has three letters or
// more: the given names that are words too and open a name before a
// gazetteer name are ("Joy", "Hope", "Mercy"); a two-letter one ("Jo",
// a Scandinavian "yes") is left to the other rules.
func wordGivenLong(text string, start int) bool {
	return start+3 <= len(text) && isAlpha(text[start+1]) && isAlpha(text[start+2])
}

// stopTitles are the words for kin that churches use as titles ("Sister
// Ngozi", "Father Okonkwo", "Brother Chinedu", "Mother Adaeze"): stop
// words elsewhere ("Mother's Day", "Big Brother"), titles before a name
// of the gazetteers only.
var stopTitles = boolTable(map[string]bool{
	"Father": true, "Mother": true, "Brother": true, "Sister": true,
})

// stopTitleAt reports whether toks[k], a stop word inside a run, is a
// word of stopTitles before one to three name-like words, one of them a
// given or family name of the gazetteers that is no word too
// (communityTitleAt's test for titles that are words). scoreNameRun
// calls it for a stop word of six or seven letters.
//
//go:noinline
func stopTitleAt(text string, toks []nameTok, k int) bool {
	t := &toks[k]
	if !stopTitles.has(text[t.start:t.end]) ||
		t.start >= 4 && (text[t.start-4:t.start] == "the " || text[t.start-4:t.start] == "The ") {
		return false // "the Father Ted box set": a thing's name
	}
	e := k + 1
	for e < len(toks) && e-k <= 3 && toks[e].flags&(nameStop|nameGreeting|nameTitle) == 0 {
		e++
	}
	return e > k+1 && (communityCoreNames(text, toks[k:e], 2) || stopTitleWordName(text, toks, k, e)) // person16_title.go
}
