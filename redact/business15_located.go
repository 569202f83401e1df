package redact

// "We are located at …" (issue 9): a business says where it is with a
// verb a household rarely uses: "we are located at", "we're based at",
// "nous nous trouvons au", "ci troviamo in", "nos encontramos en",
// "estamos ubicados en", "wir befinden uns in der", "we bevinden ons aan
// de", "nacházíme se na", "sijaitsemme". A chain right after such a
// phrase (prepositions and articles between) is the business's, with the
// guards of a venue's label: the phrase opens its line or its sentence,
// and no customer's, delivery's or person's word stands before it in its
// clause ("Customer note: we're based at …" stays masked). "We're at …",
// "wir sind in …" stay a household's as before.

// locatedPhrases are the phrases, lower case and backward (the word next
// to the chain first).
var locatedPhrases = [...][]string{
	{"located", "are", "we"}, {"located", "we're"}, {"located", "we’re"}, {"based", "are", "we"},
	{"based", "we're"}, {"based", "we’re"}, {"situated", "are", "we"}, {"situated", "we're"},
	{"trouvons", "nous", "nous"}, {"troviamo", "ci"}, {"encontramos", "nos"}, {"ubicados", "estamos"},
	{"situados", "estamos"}, {"localizados", "estamos"}, {"uns", "befinden", "wir"},
	{"ons", "bevinden", "we"}, {"se", "nacházíme"}, {"sijaitsemme"},
}

// locatedPreps are the prepositions and articles between a phrase and its
// chain: "at", "in der", "aan de".
func locatedPrep(lw string) bool {
	switch lw {
	case "at", "in", "on", "au", "à", "en", "la", "el", "der", "die", "dem", "im", "am", "an", "aan", "de", "op",
		"na", "no", "em", "v", "via", "al", "del", "nel", "nella", "sul":
		return true
	}
	return false
}

// orgWeLocated returns the raw word (ws run back from the chain) that
// opens a locatedPhrases phrase before the chain, or -1.
func orgWeLocated(text string, ws [][2]int) int {
	var buf [32]byte
	k := 0
	if k < len(ws) && !hasAlnum(text[ws[k][0]:ws[k][1]]) {
		k++ // a bracket or a dash alone
	}
	for p := 0; p < 3 && k < len(ws); p++ {
		w := trimPunct(text[ws[k][0]:ws[k][1]])
		if w == "" || len(w) > len(buf) || !locatedPrep(lowerASCII(w, &buf)) {
			break
		}
		k++
	}
	for _, ph := range locatedPhrases {
		if k+len(ph) > len(ws) {
			continue
		}
		ok := true
		for j, want := range ph {
			w := trimPunct(text[ws[k+j][0]:ws[k+j][1]])
			if w == "" || len(w) > len(buf) || lowerASCII(w, &buf) != want {
				ok = false
				break
			}
		}
		if ok {
			return k + len(ph) - 1
		}
	}
	return -1
}
