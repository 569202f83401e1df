package redact

import "strings"

// Things named after people, and well-known people written in a form the
// notable lists do not hold: a holiday, a prize, a school or a temple
// named after a person ("Ada Lovelace Day", "Nora Lindqvist Memorial
// Prize", "Harold Finch School"), a shop or a venue that opens with a
// trade word before its founder's full name ("Trattoria Lucia Ferri",
// "Salon Greta Holm"), a well-known name in the genitive of the Nordic
// languages and German ("Astrid Lindgrens värld"), a well-known name
// after an honorific ("Sir Isaac Newton"), and a people named with a
// family-name-like word ("Torres Strait Islander"). Everything here runs
// only for a run that already scored as a name, from notableRun and
// isNotableTitled (person_notable.go); a greeting, a customer label or a
// relation word before the name still makes it a person.

// namesakeRun reports whether the run core, from start to end, names a
// thing after a person, or is a well-known name in the genitive.
//
//go:noinline
func namesakeRun(text string, core []nameTok, start, end int) bool {
	lastTok := core[len(core)-1]
	lastWord := text[lastTok.start:lastTok.end]
	switch {
	case len(core) >= 3 && namesakeWords.has(lastWord) &&
		(lastTok.flags&(nameFamily|nameGiven) == 0 || lastWord == "Day" && !digitAfter(text, end)):
		// "Greta Vogel Stiftung", "Louisa Brandt Day": the word is in the
		// run (an unknown capitalised word, or "Day", a family name).
	case lastWord == "Islander" || lastWord == "Islanders":
		// "Torres Strait Islander": a people.
	case namesakeAfter(text, end):
	case len(core) >= 3 && shopHeads.has(text[core[0].start:core[0].end]):
		// "Trattoria Lucia Ferri": the trade word opens the run.
	case shopHeadBefore(text, start):
	case len(core) >= 3 && worshipHeads.has(text[core[0].start:core[0].end]):
		// "Gurdwara Guru Tegh Bahadur Sahib": a place of worship (person18_worship.go).
	case ambassadorNear(text, start, end):
		// "Our ambassador this year is Mara Quist".
	case text[end-1] == 's' && end-1-lastTok.start >= 2 && notableMaybe(text, start, lastTok.start, end-1) &&
		notableHas(text[start:end-1]):
		// "Astrid Lindgrens värld", "Goethes Faust": a genitive.
	case len(core) >= 3 && genitiveInside(text, core, start):
		// "Selma Lagerlöfs Nils Holgersson": a genitive, then a title.
	case firmAfter(text, end) || possessiveShopAfter(text, end):
		// "Walter Brandt & Sons", "Lucia Ferri's Bakery".
	case lastTok.flags&(nameGiven|nameFamily) == 0 && public14Maybe(text, core[0].start, lastTok) && public14Run(text, core, start, end):
		// "Tove Janssonin", "Fèt Manman": a case form, a holiday (public14_case.go).
	default:
		return false
	}
	return !personLabelBefore(text, start)
}

// namesakeMaybe reports whether namesakeRun may be true for a run of two
// gazetteer names from start to end whose second word starts at last: a
// capital or an ampersand after a space, an apostrophe, a genitive s
// that the notable bloom lets through, or one of shopHeads before it. fullNameMaybeNotable calls it.
func namesakeMaybe(text string, start, last, end int) bool {
	return end+2 < len(text) && (text[end] == ' ' && (upperAt(text, end+1) || text[end+1] == '&') || text[end] == '\'' || text[end] == 0xE2) ||
		text[end-1] == 's' && end-1-last >= 2 && notableMaybe(text, start, last, end-1) ||
		start >= 5 && text[start-1] == ' ' && shopEnds[text[start-3]&31]>>(text[start-2]&31)&1 != 0 && shopHeadBefore(text, start) ||
		ambassadorNear(text, start, end)
}

// shopEnds has bit b&31 of shopEnds[a&31] set for the last two bytes a, b
// of each of shopHeads: most words before a name end otherwise.
var shopEnds = func() (t [32]uint32) {
	for _, w := range shopHeads.keyList() {
		if n := len(w); n >= 2 {
			t[w[n-2]&31] |= 1 << (w[n-1] & 31)
		}
	}
	return t
}()

// lastWordLen returns the length of the word of letters ending at e, at
// most 12.
func lastWordLen(text string, e int) int {
	n := 0
	for n < 12 && e-n > 0 && (isAlpha(text[e-n-1]) || text[e-n-1] >= 0x80) {
		n++
	}
	return n
}

// digitAfter reports whether a space and a digit follow end ("Day 2").
func digitAfter(text string, end int) bool {
	return end+1 < len(text) && text[end] == ' ' && isDigit(text[end+1])
}

// namesakeAfter reports whether a word of namesakeWords follows end after
// one space ("Ada Lovelace Institute", "… Memorial Hospital").
func namesakeAfter(text string, end int) bool {
	if end+3 >= len(text) || text[end] != ' ' || !upperAt(text, end+1) {
		return false
	}
	e := end + 1
	for e < len(text) && e-end <= 16 && (isAlpha(text[e]) || text[e] >= 0x80) {
		e++
	}
	return namesakeWords.has(text[end+1 : e])
}

// shopHeadBefore reports whether one of shopHeads ends right before start
// with one space between ("Chez Amélie Roux", "Salon Greta Holm").
func shopHeadBefore(text string, start int) bool {
	if start < 5 || text[start-1] != ' ' || shopEnds[text[start-3]&31]>>(text[start-2]&31)&1 == 0 {
		return false // no word of shopHeads (four bytes or more) ends there
	}
	n := lastWordLen(text, start-1)
	b := start - 1 - n
	return n >= 3 && upperAt(text, b) && (b == 0 || !isAlpha(text[b-1])) && shopHeads.has(text[b:start-1])
}

// namesakeWords are the capitalised words that, right after a person's
// full name, name a thing after that person: a day, a prize, a fund, a
// school, a hospital, a temple, a hall, a monument, in the project's
// languages.
var namesakeWords = boolTable(map[string]bool{
	"Day": true, "Memorial": true, "Foundation": true, "Fund": true, "Trust": true, "Prize": true,
	"Award": true, "Awards": true, "Medal": true, "Lecture": true, "Lectures": true, "Scholarship": true,
	"Scholarships": true, "Fellowship": true, "Trophy": true, "Cup": true, "Institute": true,
	"Hospital": true, "School": true, "College": true, "University": true, "Academy": true,
	"Library": true, "Museum": true, "Centre": true, "Center": true, "Temple": true, "Mandir": true,
	"Gurdwara": true, "Masjid": true, "Mosque": true, "Church": true, "Chapel": true, "Cathedral": true,
	"Basilica": true, "Stadium": true, "Arena": true, "Auditorium": true, "Theatre": true, "Theater": true,
	"Airport": true, "Bridge": true, "Statue": true, "Monument": true, "Mausoleum": true, "Festival": true,
	"Society": true, "Bhawan": true, "Bhavan": true, "Smarak": true, "Stiftung": true, "Preis": true,
	"Schule": true, "Gymnasium": true, "Grundschule": true, "Realschule": true, "Gesamtschule": true,
	"Denkmal": true, "Fondation": true, "Prix": true, "Lycée": true, "Collège": true, "Fundación": true,
	"Premio": true, "Colegio": true, "Instituto": true, "Fondazione": true, "Liceo": true, "Stichting": true,
	"Prijs": true, "Museo": true, "Musée": true, "Trophée": true, "Fundação": true, "Prêmio": true,
	"Fundacja": true, "Nagroda": true, "Stiftelse": true, "Stiftelsen": true, "Skola": true, "Skolan": true,
	"Pris": true, "Priset": true, "Skole": true, "Prisen": true, "Säätiö": true, "Koulu": true,
})

// shopHeads are the trade and venue words that open a shop's or a
// venue's name before its founder's or patron's full name ("Trattoria
// Lucia Ferri", "Chez Amélie Roux"): businessFirstWords without the words
// that also come before a person ("Chef", "Team", "Master", "Little").
var shopHeads = boolTable(map[string]bool{
	"Bäckerei": true, "Metzgerei": true, "Autohaus": true, "Kanzlei": true, "Gasthaus": true, "Gasthof": true,
	"Pizzeria": true, "Trattoria": true, "Osteria": true, "Ristorante": true, "Boulangerie": true,
	"Pâtisserie": true, "Patisserie": true, "Maison": true, "Chez": true, "Bodega": true, "Pastelería": true,
	"Panadería": true, "Farmacia": true, "Apotheke": true, "Pharmacie": true, "Café": true, "Bistro": true,
	"Brasserie": true, "Salon": true, "Atelier": true, "Galerie": true, "Boutique": true, "Domaine": true,
	"Château": true, "Quinta": true, "Hacienda": true, "Tienda": true, "Bottega": true, "Weingut": true,
	"Cantina": true, "Taverna": true, "Pasticceria": true, "Gelateria": true, "Macelleria": true,
	"Librería": true, "Libreria": true, "Librairie": true, "Buchhandlung": true, "Sartoria": true,
	"Gioielleria": true, "Ottica": true, "Ferramenta": true, "Tenuta": true, "Fromagerie": true,
	"Charcuterie": true, "Épicerie": true, "Zapatería": true, "Joyería": true, "Peluquería": true,
	"Carnicería": true, "Confitería": true, "Padaria": true, "Livraria": true, "Schuhhaus": true,
	"Modehaus": true, "Juwelier": true, "Feinkost": true, "Friseur": true, "Salão": true, "Bakery": true,
	"Konditori": true, "Konditorei": true, "Cukiernia": true, "Piekarnia": true, "Kwiaciarnia": true,
	"Bageri": true, "Kahvila": true, "Leipomo": true, "Studio": true, "Casa": true, "Clinic": true,
	"Klinik": true, "Gallery": true,
})

// honorificTitles are the titles that a well-known name keeps in prose
// ("Sir Isaac Newton", "Dame Judi Dench", "Lord Byron"): after one, a
// notable name is still a notable's (isNotableTitled).
var honorificTitles = boolTable(map[string]bool{
	"Sir": true, "Dame": true, "Lord": true, "Lady": true, "Saint": true, "St": true, "St.": true,
})

// devotionalTitles are the honorifics that Indian prose puts before a
// deity's or a saint's name as before a person's ("Shree Ganesh Mandir").
var devotionalTitles = boolTable(map[string]bool{
	"Shree": true, "Shri": true, "Sri": true, "Sree": true, "Shri.": true, "Sri.": true,
})

// titledNamesake reports whether a run with a title, text[start:end],
// is a devotional title and a name that a temple, a hall or a school
// takes ("Shree Kalika Temple", "Sri Venkatesh Mandir Trust"): the word
// of namesakeWords ends the run or follows it.
//
//go:noinline
func titledNamesake(text string, start, end int) bool {
	sp := start
	for sp < end && text[sp] != ' ' {
		sp++
	}
	if sp == end || !devotionalTitles.has(text[start:sp]) {
		return false
	}
	last := end
	for last > sp && text[last-1] != ' ' {
		last--
	}
	return (last > sp+1 && namesakeWords.has(text[last:end]) || namesakeAfter(text, end)) && !personLabelBefore(text, start)
}

// petNamedBefore reports whether an animal word and a naming word come
// right before a lone name at start ("a cat called Mira", "en katt som
// heter Mira", "unser Hund heißt Mira", "un perro llamado Mira"): the
// name is the animal's.
//
//go:noinline
func petNamedBefore(text string, start int) bool {
	if start < 8 || text[start-1] != ' ' {
		return false
	}
	// Up to four words back: the naming word right before the name, the
	// animal word within the three before it ("katt som heter", "Hund
	// namens", "chat qui s'appelle").
	e := start - 1
	named := false
	for k := 0; k < 4 && e > 0; k++ {
		b := e
		for b > 0 && text[b-1] != ' ' && text[b-1] != '\n' && e-b < 16 {
			b--
		}
		if b == e {
			return false
		}
		var buf [16]byte
		w := lowerWordEndingAt(text, e, 16, true, &buf)
		if k == 0 {
			if _, _, ok := namingWords.getBytes(w); !ok {
				return false
			}
			named = true
		} else if _, _, ok := petWords.getBytes(w); ok && named {
			return true
		}
		if b == 0 || text[b-1] != ' ' {
			return false
		}
		e = b - 1
	}
	return false
}

// namingWords name what follows: "called", "heter", "heißt".
var namingWords = boolTable(map[string]bool{
	"called": true, "named": true, "heter": true, "hedder": true, "heißt": true, "heisst": true, "namens": true,
	"appelle": true, "llamado": true, "llamada": true, "chiamato": true, "chiamata": true, "genaamd": true,
	"heet": true, "chamado": true, "chamada": true, "imieniu": true, "nimeltä": true,
})

// petWords are animals that people name.
var petWords = boolTable(map[string]bool{
	"dog": true, "puppy": true, "cat": true, "kitten": true, "pet": true, "horse": true, "pony": true,
	"rabbit": true, "bunny": true, "hamster": true, "parrot": true, "tortoise": true, "goldfish": true,
	"hund": true, "hunden": true, "katze": true, "kater": true, "katt": true, "katten": true, "kat": true,
	"hond": true, "poes": true, "chien": true, "chienne": true, "chat": true, "chatte": true,
	"perro": true, "perra": true, "gato": true, "gata": true, "cane": true, "gatto": true, "gatta": true,
	"cachorro": true, "cachorra": true, "pies": true, "kot": true, "kotka": true, "koira": true, "kissa": true,
	"häst": true, "hest": true, "pferd": true, "cheval": true, "caballo": true, "cavallo": true,
})

// quotedAfterGoods reports whether the lone name text[start:end] stands
// in quotes right after a word for goods, sweets or pets ("our pralines
// 'Mira'", "the sofa “Greta”"): the thing's name (loneNameIsThing reads
// such a word only without quotes).
//
//go:noinline
func quotedAfterGoods(text string, start, end int) bool {
	qs, qe := quotesAround(text, start, end)
	if qs == start || qe == end || qs < 2 || text[qs-1] != ' ' {
		return false
	}
	var buf [16]byte
	w := lowerWordEndingAt(text, qs-1, 16, true, &buf)
	if len(w) < 3 {
		return false
	}
	if _, _, ok := goodsNouns.getBytes(w); ok {
		return true
	}
	_, _, ok := sweetsNouns.getBytes(w)
	return ok
}

// sweetsNouns are sweets and bakes that shops name after people, in the
// plural that lists them, which goodsNouns lacks.
var sweetsNouns = boolTable(map[string]bool{
	"pralines": true, "praline": true, "bonbons": true, "truffles": true, "truffes": true, "truffels": true,
	"chocolates": true, "chocolaatjes": true, "cookies": true, "biscuits": true, "koekjes": true, "cakes": true,
	"taarten": true, "tortas": true, "torten": true, "gâteaux": true, "macarons": true, "bombons": true,
	"cioccolatini": true, "praliner": true, "kakor": true, "tårtor": true,
})

// ambassadorNear reports whether "ambassador" (one, not a group: "brand
// ambassadors" may be customers) stands within 60 bytes of the name
// text[start:end] in the same sentence ("Ambassador: Mara Quist", "Mara
// Quist is our ambassador this season"): a brand's ambassador is a
// well-known person, whom prompts name as such.
//
//go:noinline
func ambassadorNear(text string, start, end int) bool {
	// Both windows at once, for a rare 'b' (strings.IndexByte) before
	// the word: most names have none near, and ambassadorNearAt does the
	// rest.
	s := text[max(0, start-60):min(len(text), end+60)]
	for {
		i := strings.IndexByte(s, 'b')
		if i < 0 {
			return false
		}
		if i > 0 && s[i-1] == 'm' && strings.HasPrefix(s[i:], "bassador") {
			return ambassadorNearAt(text, start, end)
		}
		s = s[i+1:]
	}
}

// ambassadorNearAt is ambassadorNear for a name with "mbassador" within
// 60 bytes of it.
//
//go:noinline
func ambassadorNearAt(text string, start, end int) bool {
	b := max(0, start-60)
	if i := strings.LastIndex(text[b:start], "mbassador"); i >= 0 {
		e := b + i + len("mbassador")
		if (e >= len(text) || text[e] != 's') && !sentenceBreak(text[e:start]) {
			return true
		}
	}
	e := min(len(text), end+60)
	if i := strings.Index(text[end:e], "mbassador"); i >= 0 {
		a := end + i + len("mbassador")
		return (a >= len(text) || text[a] != 's') && !sentenceBreak(text[end:end+i])
	}
	return false
}

// sentenceBreak reports whether s holds a line break or a full stop,
// question or exclamation mark before a space.
func sentenceBreak(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\n':
			return true
		case '.', '?', '!':
			if i+1 < len(s) && s[i+1] == ' ' {
				return true
			}
		}
	}
	return false
}

// genitiveInside reports whether the second or third token of core ends
// in a genitive s after a notable name ("Selma Lagerlöfs Nils
// Holgersson").
func genitiveInside(text string, core []nameTok, start int) bool {
	for k := 1; k <= 2 && k < len(core)-1; k++ {
		t := core[k]
		if text[t.end-1] == 's' && t.end-1-t.start >= 2 && notableMaybe(text, start, t.start, t.end-1) &&
			notableHas(text[start:t.end-1]) {
			return true
		}
	}
	return false
}

// firmAfter reports whether " & " and a word for a family firm follow end
// ("Walter Brandt & Sons", "… & Söhne", "… & Fils").
func firmAfter(text string, end int) bool {
	if end+5 >= len(text) || text[end:end+3] != " & " {
		return false
	}
	e := end + 3
	for e < len(text) && (isAlpha(text[e]) || text[e] >= 0x80) && e-end < 16 {
		e++
	}
	return firmWords.has(text[end+3 : e])
}

// firmWords end a family firm's name after " & ".
var firmWords = boolTable(map[string]bool{
	"Sons": true, "Son": true, "Daughters": true, "Daughter": true, "Co": true, "Company": true, "Partners": true,
	"Associates": true, "Söhne": true, "Sohn": true, "Töchter": true, "Fils": true, "Fille": true, "Filles": true,
	"Cie": true, "Hijos": true, "Hijas": true, "Figli": true, "Figlio": true, "Filhos": true, "Zonen": true,
	"Zn": true, "Zoon": true, "Söner": true, "Søn": true, "Sønner": true, "Synowie": true,
})

// possessiveShopAfter reports whether a possessive and a capitalised word
// for a shop follow end ("Lucia Ferri's Bakery", "… ’s Kitchen").
func possessiveShopAfter(text string, end int) bool {
	e := possessiveSpaceAfter(text, end) // person12_public.go
	if e < 0 {
		return false
	}
	b := e
	for e < len(text) && (isAlpha(text[e]) || text[e] >= 0x80) && e-b < 16 {
		e++
	}
	return b < len(text) && upperAt(text, b) && possessiveShops.has(text[b:e])
}

// possessiveShops are the capitalised words for a shop or a venue that
// a founder's possessive names ("Lucia Ferri's Bakery").
var possessiveShops = boolTable(map[string]bool{
	"Bakery": true, "Kitchen": true, "Cafe": true, "Café": true, "Deli": true, "Diner": true, "Salon": true,
	"Barbers": true, "Barbershop": true, "Garage": true, "Shop": true, "Store": true, "Restaurant": true,
	"Pizzeria": true, "Bistro": true, "Boutique": true, "Florist": true, "Florists": true, "Farm": true,
	"Dairy": true, "Brewery": true, "Emporium": true, "Pantry": true, "Patisserie": true, "Creamery": true,
	"Cakes": true, "Bakes": true, "Pies": true, "Tavern": true, "Pub": true, "Inn": true, "Grill": true,
	"Chippy": true, "Dumplings": true, "Tacos": true, "Studio": true, "Workshop": true, "Market": true,
})
