package redact

import "strings"

// More cues that an address is a business's own (issue 9): the places of
// worship, halls and rooms that host events, the words of a few more
// languages for a shop or a depot, and the labels of a business's
// sign-off or footer. premisesApposition decides the case that
// premisesBefore vetoed as a person in apposition ("Farmacia San Rocco,
// Via Lunga 9" is a pharmacy named after a saint, "Sign off: Acme
// Tutors, 5 Mill Road" the sender's), premisesAfter reads a premises word
// right after the address ("the 12 High Street store", "…katu 5:n
// myymälä"), and ourAddressLabel a label that ends a phrase naming "our
// address" ("Add our address at the end: …").

// premisesWords9 are more premises words, lower case as premisesWords:
// places of worship and community halls, rooms and spaces hired for an
// event, a few premises nouns of Romanian, Polish and Portuguese, the
// plural of "opening" and the labels of a business's sign-off or footer.
const premisesWords9 = `
	temple temples church mosque synagogue gurdwara mandir chapel cathedral parish hall
	lounge centre center coworking co-working space: openings:
	depozit depozitul kwiaciarnia kwiaciarni óptica Óptica ótica Ótica distillery distilleries vendita:
	rodapé: sign-off: signoff:
`

// premisesSignLabels are the labels, lower case without their colon, that
// tell the model how the business signs off or what its footer holds
// ("Sign off: …", "Rodapé: …", "Footer: …"). A letter's signature
// ("Signature:", "Firma:", "Assinatura:") may be a customer's: it is no
// cue.
var premisesSignLabels = boolTable(map[string]bool{
	"off": true, "sign-off": true, "signoff": true, "footer": true, "rodapé": true, "impressum": true,
	"imprint": true,
})

// premisesApposition decides an address that a capitalised word and a
// comma come right before (the word at i..end, text[end] == ','), which
// premisesBefore read as a person's name in apposition (a given name, or
// nameBeforeComma): it returns the cue and true when the capitalised
// words there are a business's name (their first word a premises word or
// a brand lead; a venue's last word; a legal form; a sign-off label
// before them and no given name or title among them), "" and true when
// they are a person's name, and "" and false when premisesBefore should
// read on (a venue's name after "the": "the
// Copper Kettle, 12 …" after "our launch dinner").
func premisesApposition(text string, i, end int) (string, bool) {
	// The capitalised words (and lower-case particles) back from the word
	// at i, on the same line, up to a separator or a label: bytes only,
	// the tables come after.
	start, first := i, i
	for words := 1; words < 5; words++ {
		// the word before start, after one space: at most 24 bytes back
		j := start - 1
		if j < 2 || text[j] != ' ' {
			break
		}
		k := j
		for k > 0 && j-k < 24 && text[k-1] != ' ' && text[k-1] != '\n' && text[k-1] != '\t' {
			k--
		}
		if k == j || j-k >= 24 || text[j-1] == ',' || text[j-1] == ')' || text[j-1] == ':' {
			break
		}
		if upperAt(text, k) {
			first = k
		} else if !streetParticle(text[k:j]) {
			break
		}
		start = k
	}
	var buf [32]byte
	if first < i {
		fw := text[first:]
		if sp := strings.IndexByte(fw, ' '); sp > 0 {
			fw = fw[:sp]
		}
		if len(fw) <= len(buf) {
			if k, name := premisesKind(lowerASCII(fw, &buf)); k&premNoun != 0 {
				return name, true // "Farmacia San Rocco, …", "Salão Flor de Lis, …"
			}
		}
		if brandLead(fw) {
			return "brand", true // "Maison Brévélec, …"
		}
		switch strings.TrimSuffix(text[i:end], ".") {
		case "Room", "Suite", "Lounge", "Hall", "Centre", "Center", "Rooms", "Church", "Temple", "Chapel", "Mosque":
			if !personIn(text, first, end) {
				return "venue", true // "the Garden Room, 12 …", "St Aidan's Church, 4 …"
			}
		}
	}
	if legalForm(text, i, end) {
		return "company", true // "Brindle Foods Ltd, …"
	}
	if start >= 4 && (text[start-4:start] == "the " || text[start-4:start] == "The ") || strings.HasPrefix(text[first:end], "The ") {
		return "", false // a venue's name: the search reads on
	}
	if start >= 3 && text[start-1] == ' ' && text[start-2] == ':' {
		if p := lowerWordBeforeAt(text, start, &buf); premisesSignLabels.has(strings.TrimSuffix(p, ":")) && !personIn(text, first, end) {
			return "sign-off", true // "Sign off: Acme Tutors, …"
		}
	}
	return "", true
}

// personIn reports whether one of the capitalised words of text[s:e] is
// a given name or a title the name lists know.
func personIn(text string, s, e int) bool {
	for s < e {
		k := strings.IndexByte(text[s:e], ' ')
		if k < 0 {
			k = e - s
		}
		if upperAt(text, s) {
			w := strings.TrimSuffix(text[s:s+k], ".")
			if f := nameFlagsOf(w); f&(nameGiven|nameTitle) != 0 && f&nameStop == 0 {
				return true
			}
		}
		s += k + 1
	}
	return false
}

// brandLead reports whether w, capitalised, opens a business's name as a
// premises word does ("Maison Brévélec", "Bottega Verdi"; not "Casa" or
// "Chez", which name a home too: "chez Dupont" is care of).
func brandLead(w string) bool {
	switch w {
	case "Maison", "Bottega", "Antica", "Ristorante":
		return true
	}
	return false
}

// legalForm reports whether text[s:e] is a company's legal form as
// written (legalFormWord's list; "Co." not before a county's name).
func legalForm(text string, s, e int) bool {
	if e-s < 2 || e-s > 7 || s == 0 {
		return false
	}
	if text[s:e] == "Co." {
		// "Fenwick Pickle Co. |", not the Irish "Co. Cork"
		n := e
		for n < len(text) && text[n] == ' ' {
			n++
		}
		return n == len(text) || !upperAt(text, n)
	}
	return legalFormWord(text[s:e])
}

// premisesAfter returns the premises word right after an address that
// ends at end, or "": the address names the premises ("the 12 High Street
// store", "Hauptstraße 5 Filiale", Finnish "…katu 5:n myymälä" with its
// genitive ending), unless a home's word follows it ("studio flat").
func premisesAfter(text string, end int) string {
	i := end
	if i+2 < len(text) && text[i] == ':' && isLower(text[i+1]) {
		// a Finnish case ending after a colon: ":n", ":ssä"
		i += 2
		for i < len(text) && text[i] != ' ' && text[i] != ',' && text[i] != '.' {
			i++
		}
	} else if strings.HasPrefix(text[i:], "'s ") {
		i += 2
	}
	if i >= len(text) || text[i] != ' ' {
		return ""
	}
	w, ok := nextWord(text, i, false)
	if !ok || w.end-w.start > 31 || w.start != i+1 {
		return ""
	}
	var buf [32]byte
	k, name := premisesKind(lowerASCII(text[w.start:w.end], &buf))
	if k&premNoun == 0 || strings.HasSuffix(name, ":") {
		return ""
	}
	if nw, ok := nextWord(text, w.end, false); ok && nw.start == w.end+1 {
		switch strings.ToLower(strings.TrimRight(text[nw.start:nw.end], ".,;!?")) {
		case "flat", "apartment", "apt", "home", "house", "wohnung":
			return ""
		}
	}
	return name
}

// ourAddressLabel reports whether the label that ends at i (its colon's
// word starts there) ends a phrase that names the business's own address
// on its line: "Add our address at the end: …", "Pon nuestra dirección
// al final: …" (up to five words back).
func ourAddressLabel(text string, i int) bool {
	var buf [32]byte
	for range 5 {
		k, j := wordBoundsBefore(text, i)
		if j == k || j-k > len(buf) {
			return false
		}
		w := strings.Trim(lowerASCII(text[k:j], &buf), ",")
		if addressLabels.has(w) {
			return ourBefore(text, k)
		}
		i = k
	}
	return false
}

// premisesLowerOnly are the premises words of premisesWords9 that are
// family names too ("Mrs Ann Church", "Lee-Hall"): they count only in
// lower case ("the temple hall"), and as the last word of a venue's name
// in apposition (premisesApposition).
var premisesLowerOnly = boolTable(map[string]bool{
	"temple": true, "temples": true, "church": true, "chapel": true, "hall": true, "parish": true,
	"lounge": true, "centre": true, "center": true, "mosque": true, "cathedral": true,
})

// notPremisesWord reports whether the capitalised word at i..end, a
// premises word name, is none here: it opens a street's name (a street
// type follows: "Church Lane", "Temple Road", "Market Street"), or it is
// one of premisesLowerOnly.
func notPremisesWord(text string, i, end int, name string) bool {
	if !upperAt(text, i) {
		return false
	}
	if premisesLowerOnly.has(name) {
		return true
	}
	if end+2 >= len(text) || text[end] != ' ' {
		return false
	}
	w, ok := nextWord(text, end, false)
	if !ok || w.start != end+1 {
		return false
	}
	t := strings.TrimSuffix(text[w.start:w.end], ",")
	return streetTypes[strings.TrimSuffix(t, ".")]
}

// townBetweenItems reports whether gap, the text between two addresses of
// a business's list, is a preposition, a town of one or two capitalised
// words and a conjunction: "… Victor-Hugo à Lyon et 3 place …", "… High
// Street in Leeds and 4 …".
func townBetweenItems(gap string) bool {
	f := strings.Fields(gap)
	if len(f) < 3 || len(f) > 4 {
		return false
	}
	switch f[0] {
	case "à", "in", "en", "a", "em", "i", "w", "im":
	default:
		return false
	}
	switch f[len(f)-1] {
	case "et", "and", "y", "e", "und", "en", "og", "och", "i", "a", "&":
	default:
		return false
	}
	for _, w := range f[1 : len(f)-1] {
		if !upperAt(w, 0) {
			return false
		}
	}
	return true
}
