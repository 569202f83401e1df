package redact

// Lower-case call notes write a title as the writer would say it, and
// often two: a form of address and a degree ("fr. mag. elfriede
// pölzl-hofbauer", "hr. ing. stojanović", "pani dr hab. nowak", "sig.
// avv. rossi"), and after a strong title the name may be one the
// gazetteers file as a town or a word ("mrs breda o'sullivan", "mr
// galway byrne"). lower24TitleName read one title and a name of the
// gazetteers after it; gen24TitleStack skips the degrees between a title
// and its name, and gen24LooseName reads, after a strong title only, up
// to three lower-case words that are no everyday word, ending the
// record's part (a comma, a colon, a dash, a bracket).

// gen24Degrees are the academic and professional degrees written in
// lower case between a form of address and a name, in the prompt
// languages, each read with or without its dot.
var gen24Degrees = boolTable(map[string]bool{
	"mag": true, "ing": true, "dipl.-ing": true, "di": true, "dr": true, "dr.in": true, "mgr": true, "bc": true,
	"prof": true, "doc": true, "dott": true, "dott.ssa": true, "avv": true, "arch": true, "geom": true, "rag": true,
	"hab": true, "inż": true, "lek": true, "med": true, "dkfm": true, "mba": true, "ir": true, "drs": true,
	"lic": true, "lcda": true, "licda": true, "eng": true, "engr": true, "arq": true, "univ.-prof": true,
	"judr": true, "mudr": true, "phdr": true, "rndr": true, "ing.arch": true, "dra": true,
})

// gen24TitleStack returns the end of the degrees of gen24Degrees after a
// title that ends at n (past its dot), each one space after the one
// before (past the last one's dot), and whether it read one; (n, false)
// when there is none. At most two are read.
func gen24TitleStack(text string, n int) (int, bool) {
	found := false
	for k := 0; k < 2; k++ {
		if n+2 >= len(text) || text[n] != ' ' || !isLower(text[n+1]) {
			break
		}
		e := n + 1
		for e < len(text) && (isLower(text[e]) || text[e] >= 0x80 || (text[e] == '.' || text[e] == '-') && e+1 < len(text) && (isLower(text[e+1]) || text[e] == '.' && text[e+1] == '-')) {
			e++
		}
		if e-n-1 > 12 || !gen24Degrees.has(text[n+1:e]) {
			break
		}
		if e < len(text) && text[e] == '.' {
			e++
		}
		n, found = e, true
	}
	return n, found
}

// gen24LooseName returns the end of one to three lower-case words at i,
// one space apart, that are no everyday word, no title and no verb, the
// last ending the record's part (lower24PartEnd); or 0. (A number after
// the name does not end it: "hr. ing. stojanović war am 2.1." would run
// over two German words.)
func gen24LooseName(text string, i int) int {
	end := 0
	for k := 0; k < 3 && i < len(text); k++ {
		if !isLower(text[i]) && text[i] < 0xC3 {
			break
		}
		e := speakerWordEnd(text, i)
		w := text[i:e]
		if len(w) < 2 || !nameWordEndsAt(text, e) || lowerNonNames.has(w) || chatNotNames.has(w) ||
			lowerPersonCues.has(w) || titleThings.has(w) || lower24Titles.has(w) || verbLike(w) {
			break
		}
		if lower24PartEnd(text, e) {
			end = e
			break
		}
		if e+2 >= len(text) || text[e] != ' ' {
			break
		}
		i = e + 1
	}
	return end
}

// gen24PanBefore reports whether the word at b is the Czech, Slovak and
// Polish "pan" (Mr; "pán" in Slovak is honorificBefore's) and the
// capitalised word at start a family name of the gazetteers that is no
// town and no ambiguous word: "pan" is an English word too, so
// relationWords leaves it out, and "technik pan Novák" lost its name.
func gen24PanBefore(text string, b, start int) bool {
	if text[b:b+3] != "pan" || start >= len(text) || !isUpper(text[start]) {
		return false
	}
	k := start + 1
	for k < len(text) && (isLower(text[k]) || text[k] >= 0x80) {
		k++
	}
	if k-start < 3 || k-start > 24 {
		return false
	}
	f := nameFlagsOf(text[start:k])
	if f&nameFamily == 0 || f&(nameCity|nameAmbiguous|nameStop) != 0 {
		return false
	}
	// Not the English pan: a determiner or a cook's word before it ("the
	// pan Smith gave you", "a non-stick pan Green …"). "a" is also the
	// Czech, Slovak and Polish "and" ("technik a pan Svoboda"): it is
	// the English article only in a stretch of text with no byte outside
	// ASCII (gen24PanAccentNear).
	if b >= 2 && text[b-1] == ' ' {
		ws := b - 1
		for ws > 0 && (isAlpha(text[ws-1]) || text[ws-1] == '-') {
			ws--
		}
		var buf [32]byte
		if w := lowerASCII(text[ws:b-1], &buf); b-1-ws <= 32 && gen24PanNot.has(w) &&
			!(w == "a" && gen24PanAccentNear(text, ws, k)) {
			return false
		}
	}
	return true
}

// gen24PanAccentNear reports whether a byte outside ASCII stands in
// text[ws-60:k] (the words before "a pan" and the family name after it):
// Czech, Slovak or Polish text, where "a" is "and".
func gen24PanAccentNear(text string, ws, k int) bool {
	for _, c := range []byte(text[max(0, ws-60):k]) {
		if c >= 0x80 {
			return true
		}
	}
	return false
}

// gen24PanNot are the English words before "pan" the cookware.
var gen24PanNot = boolTable(map[string]bool{
	"a": true, "the": true, "this": true, "that": true, "my": true, "your": true, "his": true, "her": true,
	"our": true, "their": true, "one": true, "each": true, "every": true, "frying": true, "sauce": true,
	"baking": true, "non-stick": true, "nonstick": true, "cast-iron": true, "roasting": true, "hot": true,
	"large": true, "small": true, "big": true, "grill": true, "cake": true, "sheet": true, "deep": true,
	"wok": true, "steel": true, "copper": true, "iron": true, "new": true, "old": true, "same": true,
})
