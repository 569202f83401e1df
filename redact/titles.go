package redact

// Rules of issue 9 that run on rare triggers (a lower-case title, a
// saint's name, the French "M.", a province's name): they are kept apart
// from the hot code of person.go and address.go, so that adding them does
// not move that code in the instruction cache.

// lowerTitleNear reports whether a lower-case title (lowerTitleBefore)
// comes before start, right before it or before lower-case name
// particles ("mevr. de Wit", "dhr. van den Berg", "sr. de la Fuente"), and
// may vouch for c: words no gazetteer knows are a name after every title
// but "sr", which English writes for "senior" ("our sr. Software
// Engineer").
//
// It returns the title and where the particles start (start when there
// are none), or "".
func lowerTitleNear(text string, start int, c *nameCounts) (string, int) {
	if start < 3 || text[start-1] != ' ' {
		return "", start
	}
	b := text[start-2]
	if b < 'a' && b != '.' || b > 'z' {
		return "", start
	}
	ps, t := start, ""
	if b == '.' || b == 'a' {
		t = lowerTitleBefore(text, start)
	}
	if t == "" && b != '.' {
		if ps = particlesBefore(text, start); ps == start || ps < 3 || text[ps-2] != '.' && text[ps-2] != 'a' {
			return "", start
		}
		t = lowerTitleBefore(text, ps)
	}
	if t == "" || c.unknown == c.toks && t == "sr" && ps == start {
		return "", start
	}
	return t, ps
}

// saintWords name a saint before a name ("St Mary's", "Sankt Georg",
// "São Paulo").
var saintWords = boolTable(map[string]bool{
	"St": true, "St.": true, "Ste": true, "Ste.": true, "Saint": true, "Sainte": true, "Sankt": true,
	"Sint": true, "San": true, "Santa": true, "Santo": true, "São": true, "Sta.": true, "Sto.": true,
})

// saintBefore reports whether one of saintWords ends right before start
// with one space between: the name after it is a saint's, which names a
// church, hospital, school, street, town or day, not a person.
//
//go:noinline
func saintBefore(text string, start int) bool {
	if start < 3 || text[start-1] != ' ' {
		return false
	}
	b := start - 1
	for b > 0 && start-1-b < 6 && text[b-1] != ' ' && text[b-1] != '\n' && text[b-1] != '(' {
		b--
	}
	return text[b] == 'S' && saintWords.has(text[b:start-1])
}

// lowerTitleAt reports whether lowerTitleNear finds a title.
func lowerTitleAt(text string, start int, c *nameCounts) bool {
	t, _ := lowerTitleNear(text, start, c)
	return t != ""
}

// particlesBefore returns where the lower-case name particles (up to
// three, each after a space and followed by one space) that end right
// before start begin, or start when there are none. A particle has one,
// two, three or five letters (isParticle): the space before it is found
// by looking at those four places, not by walking over the word.
func particlesBefore(text string, start int) int {
	p := start
	for range 3 {
		e := p - 1 // the space after the particle
		if e < 2 || text[e] != ' ' {
			break
		}
		var b int
		switch {
		case text[e-2] == ' ':
			b = e - 1
		case e >= 3 && text[e-3] == ' ':
			b = e - 2
		case e >= 4 && text[e-4] == ' ':
			b = e - 3
		case e >= 6 && text[e-6] == ' ':
			b = e - 5
		default:
			return p
		}
		if !isParticle(text[b:e]) {
			break
		}
		p = b
	}
	return p
}

// monsieurAt reports whether core, a run part with no title before it,
// opens with the French "M." (Monsieur) before a name: an initial "M."
// then a capitalised word that is no abbreviation of two letters and a
// dot ("M. Sc."). The words after it are a name as after "Mme" ("M.
// Karim Benali"), and an initial "M." before a name is one anyway.
//
//go:noinline
func monsieurAt(text string, core []nameTok) bool {
	m, n := core[0], core[1]
	if text[m.start] != 'M' || m.end-m.start != 2 || n.initial || n.particle || n.title {
		return false
	}
	return n.end-n.start > 2 || n.end >= len(text) || text[n.end] != '.'
}

// caProvinceNames are the provinces' names, in English and French, as
// addresses write them before the postal code ("Montréal (Québec) H2Z
// 1Z3", "Halifax, Nova Scotia B3H 1A1").
var caProvinceNames = boolTable(map[string]bool{
	"Québec": true, "Quebec": true, "Ontario": true, "Alberta": true, "Manitoba": true, "Saskatchewan": true,
	"Yukon": true, "Nunavut": true, "Scotia": true, "Nouvelle-Écosse": true, "Brunswick": true,
	"Nouveau-Brunswick": true, "Columbia": true, "Colombie-Britannique": true, "Labrador": true,
	"Terre-Neuve-et-Labrador": true, "Island": true, "Île-du-Prince-Édouard": true, "Territories": true,
})

// caProvinceNameBefore reports whether a province's name (its last word
// for names of several words), in parentheses or not, ends right before
// i with one space between.
//
//go:noinline
func caProvinceNameBefore(text string, i int) bool {
	e := i - 1
	if e < 4 || text[e] != ' ' {
		return false
	}
	if text[e-1] == ')' || text[e-1] == ',' {
		e--
	}
	b := e
	for b > 0 && e-b < 24 && text[b-1] != ' ' && text[b-1] != '(' && text[b-1] != ',' && text[b-1] != '\n' {
		b--
	}
	return b < e && caProvinceNames.has(text[b:e])
}
