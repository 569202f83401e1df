package redact

import "strings"

// More cues that an address is a business's own (issue 9): the places of
// worship, halls and rooms that host events, the words of a few more
// languages for a shop or a depot, and the labels of a message's
// signature or footer. premisesApposition decides the case that
// premisesBefore vetoed as a person in apposition ("Farmacia San Rocco,
// Via Lunga 9" is a pharmacy named after a saint, "Sign off: Acme
// Tutors, 5 Mill Road" the sender's), premisesAfter reads a premises word
// right after the address ("the 12 High Street store", "…katu 5:n
// myymälä"), and ourAddressLabel a label that ends a phrase naming "our
// address" ("Add our address at the end: …").

// premisesWords9 are more premises words, lower case as premisesWords:
// places of worship and community halls, rooms and spaces hired for an
// event, a few premises nouns of Romanian, Polish and Portuguese, the
// plural of "opening" and the labels of a signature or footer.
const premisesWords9 = `
	temple temples church mosque synagogue gurdwara mandir chapel cathedral parish hall
	lounge centre center coworking co-working space: openings:
	depozit depozitul kwiaciarnia kwiaciarni óptica Óptica ótica Ótica
	rodapé: assinatura: firma: signature: sign-off: signoff: unterschrift: signatur: podpis: imza:
	allekirjoitus: handtekening: pie:
`

// premisesSignLabels are the labels, lower case without their colon, of a
// message's signature or footer: the business that signs it is its
// sender ("Sign off: …", "Firma: …", "Rodapé: …").
var premisesSignLabels = boolTable(map[string]bool{
	"off": true, "sign-off": true, "signoff": true, "signature": true, "footer": true, "firma": true,
	"assinatura": true, "rodapé": true, "unterschrift": true, "signatur": true, "podpis": true, "imza": true,
	"allekirjoitus": true, "handtekening": true, "pie": true, "impressum": true, "imprint": true,
})

// premisesBrandLeads are capitalised words that open a business's name as
// a premises word does ("Maison Brévélec", "Casa Rossi"), only as the first
// word of a name in apposition before an address.
var premisesBrandLeads = boolTable(map[string]bool{
	"Maison": true, "Casa": true, "Chez": true, "Bottega": true, "Antica": true, "Ristorante": true,
})

// premisesApposition decides an address that a capitalised word and a
// comma come right before (the word at i..end, text[end] == ','): it
// returns the cue and true when the capitalised words there are a
// business's name (their first word a premises word or a brand lead; a
// signature label before them and no given name or title among them; a
// legal form among them), "" and true when they are a person's name in
// apposition (premisesBefore's nameBeforeComma), and "" and false when
// premisesBefore should read on (a venue's name after "the": "the
// Copper Kettle, 12 …" after "our launch dinner").
func premisesApposition(text string, i, end int) (string, bool) {
	// The capitalised words (and lower-case particles) back from the word
	// at i, on the same line, up to a separator or a label.
	start := i
	words := 1
	first := i
	person := false
	var buf [32]byte
	check := func(s, e int) {
		w := strings.TrimSuffix(text[s:e], ".")
		if f := nameFlagsOf(w); f&(nameGiven|nameTitle) != 0 && f&nameStop == 0 {
			person = true
		}
	}
	check(i, end)
	for words < 5 {
		k, j := wordBoundsBefore(text, start)
		if j == k || j != start-1 || text[j-1] == ',' || text[j-1] == ')' {
			break
		}
		w := text[k:j]
		if strings.HasSuffix(w, ":") || !upperAt(w, 0) && !streetParticle(w) {
			break
		}
		if upperAt(w, 0) {
			first = k
			check(k, j)
		}
		start = k
		words++
	}
	fw := text[first:]
	if sp := strings.IndexByte(fw, ' '); sp > 0 {
		fw = fw[:sp]
	}
	if len(fw) <= len(buf) {
		if k, name := premisesKind(lowerASCII(fw, &buf)); k&premNoun != 0 && first < i {
			return name, true // "Farmacia San Rocco, …", "Salão Flor de Lis, …"
		}
	}
	if premisesBrandLeads.has(fw) && first < i {
		return "brand", true // "Maison Brévélec, …"
	}
	for s := first; s < end; {
		e := strings.IndexByte(text[s:end], ' ')
		if e < 0 {
			e = end - s
		}
		if legalForm(text, s, s+e) {
			return "company", true // "Brindle Foods Ltd, …"
		}
		s += e + 1
	}
	if !person && first < i {
		switch strings.TrimSuffix(text[i:end], ".") {
		case "Room", "Suite", "Lounge", "Hall", "Centre", "Center", "Rooms", "Church", "Temple", "Chapel", "Mosque":
			return "venue", true // "the Garden Room, 12 …", "St Aidan's Church, 4 …"
		}
	}
	prev := lowerWordBeforeAt(text, start, &buf)
	if fw == "The" || prev == "the" {
		return "", false // a venue's name: the search reads on
	}
	if !person && strings.HasSuffix(prev, ":") && premisesSignLabels.has(strings.TrimSuffix(prev, ":")) {
		return "signature", true // "Sign off: Acme Tutors, …"
	}
	return "", nameBeforeComma(text, i, end)
}

// legalForm reports whether text[s:e] is a company's legal form
// ("Ltd.", "GmbH", "SRL", "Co." not before a county's name).
func legalForm(text string, s, e int) bool {
	if e-s < 2 || e-s > 8 || s == 0 {
		return false
	}
	var buf [32]byte
	w := lowerASCII(strings.TrimSuffix(text[s:e], "."), &buf)
	if w == "co" {
		// "Fenwick Pickle Co. |", not the Irish "Co. Cork"
		n := e
		for n < len(text) && text[n] == ' ' {
			n++
		}
		return text[e-1] == '.' && (n == len(text) || !upperAt(text, n))
	}
	return companySuffixes.has(w) && upperAt(text, s)
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
