package redact

// script24 (issue 9): words of more languages and scripts for the
// person detector's existing slots.
//
// Kin words whose possessive is a clitic after them, in Bulgarian,
// Macedonian and Serbian ("дъщеря си Айше", "сина ми Борис", "ћерка ми
// Јована"), and the kin words of those languages and the Baltic
// diminutives ("dēliņš Roberts", "meitiņa Anna", "sūnelis Jonas") that
// kinWords23b lacked. Honorifics and kin titles read before a found
// name (personExtent): Filipino ("Ate", "Kuya", "Tita"), Vietnamese
// ("em", "dì", "cậu"), South Slavic ("чика", "тетка", "баба", "baka",
// "teta"), "Coach". Role keys of trades the sets' writers use for the
// person who did the work: tattoo artists, witnesses, game masters,
// in the prompt languages.

// kinClitics24 are the possessive clitics after a kin word, lower case.
var kinClitics24 = boolTable(map[string]bool{
	"си": true, "ми": true, "му": true, "ѝ": true, "й": true, "ни": true, "ви": true, "им": true,
})

// kinWords24 are kin words added to kinWords23b.
var kinWords24 = []string{
	// Bulgarian, Macedonian, Serbian (Cyrillic)
	"дъщерята", "синът", "сина", "сестра", "сестрата", "брат", "брата", "съпруга", "съпругата",
	"съпруг", "съпруга", "съпругът", "жена", "мъж", "мъжа", "майка", "баща", "внучката", "внукът",
	"племенник", "племенница", "снаха", "зет", "ќерка", "ќерката", "супруга", "супруг",
	"мајка", "отац", "снаја", "братанац", "сестричина",
	// Latvian, Lithuanian diminutives and more cases
	"dēliņš", "dēliņu", "meitiņa", "meitiņu", "mazdēliņš", "mazmeitiņa", "brālis", "māsa", "sieva",
	"vīrs", "sūnelis", "sūnelį", "dukrytė", "dukrytę", "dukrelė", "dukrelę", "anūkėlis", "brolis",
	"sesuo", "žmona", "vyras",
	// Croatian, Serbian, Slovene, Bosnian (Latin)
	"supruga", "suprug", "sestra", "brat", "majka", "otac", "snaha", "snaja", "unučica", "sestrica",
	"bratić", "sestrična",
}

// extentTitles24 are honorifics and kin titles read before a found
// name, in lower case (taken capitalised and in capitals too).
var extentTitles24 = []string{
	"ate", "kuya", "tita", "tito", "lola", "lolo", "manang", "manong", "nanay", "tatay", "mommy",
	"em", "dì", "cậu", "thím", "mợ",
	"чика", "тета", "тетка", "баба", "деда", "дедо", "чичо", "леля", "бате", "кака", "тетя", "дядя",
	"дядо", "baka", "djed", "deda", "teta", "tetka", "čika", "strina", "ujak", "ujna",
}

// roleKeys24 are role keys added to roleKeyLabels.
var roleKeys24 = []string{
	"tattoo artist", "tattooist", "tattooer", "artiste", "tatoueur", "tatoueuse", "tatuador",
	"tatuadora", "tatuatore", "tatuatrice", "tätowierer", "tätowiererin", "tatuażysta", "tatuażystka",
	"tatoeëerder", "tatuerare", "tatovør", "tatuointitaiteilija", "tetovátor", "tetovaže", "тату-майстер",
	"тату-мастер", "game master", "gamemaster", "witness", "témoin", "testigo", "testemunha",
	"testimone", "trauzeuge", "trauzeugin", "getuige", "świadek", "свидетел", "свидетель", "best man",
	"maid of honour", "maid of honor", "officiant", "celebrant", "piercer", "piano tuner", "dispatcher", "dispečer", "dispečerka", "dispečerė", "dispečere",
}

func init() {
	for _, w := range kinWords24 {
		kinWords23b.or(w, 1)
	}
	for _, w := range extentTitles24 {
		for _, f := range []string{w, capitalise(w)} {
			extentTitleSet.or(f, 1)
		}
	}
	extentTitleSet.or("Coach", 1)
	for _, w := range roleKeys24 {
		roleKeyLabels.or(w, 1)
	}
}

// kinBeforeClitic24 reports whether a kin word of kinWords23b ends one
// space before b, the clitic's start.
func kinBeforeClitic24(text string, b int) bool {
	if b < 2 || text[b-1] != ' ' {
		return false
	}
	kb, ke := wordBefore23b(text, b-1)
	if ke-kb > 24 || kb == ke {
		return false
	}
	var buf [24]byte
	w := roleKeyLower(buf[:0], text[kb:ke])
	_, _, kin := kinWords23b.getBytes(w)
	_, _, poss := kinPossAfter23b.getBytes(w)
	return kin && !poss
}
