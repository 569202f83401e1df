package redact

import "strings"

// A sentence or a list line in Turkish, Czech or Spanish opens with the
// word for a relative, capitalised, before the relative's name: "Eşi
// Kerem Bey de arayabilir" (her husband Mr Kerem may call too), "Kızım
// Ezgi'nin doğum günü", "Manžel Radomír přijede autem", "Mi mamá
// Benedicta también va" (read21a, issue 9). The run reader took the
// capitalised kin word as the name's first word, and a run of an unknown
// word and a given name was turned down. As kinStops do for Dutch and the
// Scandinavian languages (person20_closing.go), the capitalised kin words
// become stop words (only those no gazetteer knows as anything else), so
// the name after them is read alone; the Spanish "mamá" and "papá", which
// no table held, become relation words in lower case too ("mi mamá
// Benedicta").

func init() {
	for _, w := range kinStopsMore {
		if nameFlagsOf(w) == 0 {
			nameFlags.or(w, uint32(nameStop))
		}
	}
	for _, w := range strings.Fields(`mamá papá`) {
		addIntlRelation(w)
	}
}

// kinStopsMore are the capitalised kin words of Turkish (with the
// possessive endings "-i", "-si", "-m"), Czech and Spanish that open a
// sentence before a name.
var kinStopsMore = []string{
	// Turkish.
	"Eşi", "Eşim", "Kocası", "Kocam", "Karısı", "Karım", "Kızı", "Kızım", "Oğlu", "Oğlum", "Annesi",
	"Annem", "Babası", "Babam", "Kardeşi", "Kardeşim", "Torunu", "Torunum", "Ablası", "Ablam",
	"Ağabeyi", "Yeğeni", "Yeğenim",
	// Czech.
	"Manžel", "Manželka", "Dcera", "Dcerka", "Synovi", "Dceři", "Vnučka", "Vnuk", "Babička", "Dědeček",
	// Spanish.
	"Mamá", "Papá",
}

// kinOpeners holds kinStopsMore for relativeWordBefore (person5_kin.go),
// which reads one as a relation word when it opens a sentence, a line, a
// clause or a quote (kinOpensAt): "Eşi Kerem", "Manžel Radomír".
var kinOpeners = func() *strTable {
	m := map[string]bool{}
	for _, w := range kinStopsMore {
		m[w] = true
	}
	return boolTable(m)
}()

// kinOpensAt reports whether i opens the text, a line, a sentence or a
// clause (sentenceOpensAt), or a quote: '"', "“", "„".
func kinOpensAt(text string, i int) bool {
	if sentenceOpensAt(text, i) {
		return true
	}
	c := text[i-1]
	return c == '"' || i >= 3 && (c == 0x9C || c == 0x9E) && text[i-3] == 0xE2 && text[i-2] == 0x80
}
