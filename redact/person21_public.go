package redact

import "strings"

// A marketing prompt names public figures and places named after people
// beside its customers (issue 9, session 21: a third of the PERSON false
// alarms of the committed sets): a brief's "don't mention <singer>",
// "tone like <presenter> would write it", "quote <poet>", "our ambassador
// <athlete>", "<player> vs <player>", and a venue or a street that bears a
// name, "at the <Name> Centre", "parc <Name>", "boul. <Name>". Nobody's
// personal data is in them. person21Demote lowers a PERSON candidate
// under DefaultMinScore (premisesScore, a fixed reason) when
//   - the words right before it (only spaces between, articles and
//     possessives passed over) are a comparison ("like", "wie", "comme",
//     "à la", "the next", "vs"), a verb that cites or quotes someone
//     ("quote", "cite", "citer", "reference"), a negated verb that
//     mentions or names someone ("don't name", "no esmentis", "non
//     nominare"; a bare "mention" names customers too: "mention Ana in the
//     thank-you list"), or a noun of fame, a possessive passed over
//     ("singer", "author", "our ambassador", "il nostro testimonial");
//   - or the next word is a venue's or an institution's noun, capitalised
//     ("Centre", "Hall", "Palace", "Hospital", "Stadium"), or the word
//     right before is a street's or a venue's word of a Romance language
//     that precedes the name it bears ("parc", "rue", "boul.", "Av.",
//     "estadio", "lycée").
// A relation or a role word ("my cousin", "our pharmacist", "thanks
// to") is no cue: the customer the prompt is about stays masked,
// and so does a record's field ("Name: …", "Referent: …"), whose colon
// ends the words read. As for publicSpanAt (person12_public.go), a
// person's label before the name (personLabelBefore) or contact data
// right after it (contactAfter) keeps the span.

// publicReason is the reason of a name lowered by person21Demote (publicNameAt): a
// fixed string.
const publicReason = "a public figure named in a brief, or a place named after a person, not a customer"

// publicCueWords are the one-word cues before a public figure's name
// (lower case as lowerASCII leaves them).
const publicCueWords = `
	like wie comme zoals vs versus
	citer citez citare cita citar cite quote quoting reference referencing referenciar
	singer songwriter actor actress author novelist poet painter footballer cricketer athlete olympian
	legend mayor ambassador testimonial influencer celebrity presenter comedian broadcaster
	sänger sängerin schauspieler schauspielerin schriftsteller schriftstellerin chanteur chanteuse
	acteur actrice écrivain écrivaine cantante cantautor cantautora attore attrice scrittore scrittrice
	escritor escritora actriz futbolista calciatore zanger zangeres schrijver schrijfster
	paysagiste testimonial
`

// publicCuePairs are the two-word cues (the words joined by one space).
const publicCuePairs = `
	à_la a_la wie_bei the_next the_way inspired_by style_of not_name don't_name dont_name never_name
	guest_speaker quote_from line_from quotes_from
	not_mention don't_mention dont_mention never_mention não_mencionar no_mencionar no_menciones no_esmentis
	non_nominare non_menzionare niet_noemen ikke_nevne inte_nämna ikke_nævne nie_wspominaj
`

// publicArticles are passed over between a cue and the name ("like the
// late …", "non nominare il nostro testimonial …").
const publicArticles = `the a an le la les l' il lo el der die das dem den des del della de our nostro nostra notre unser unsere unseren onze vår vores`

// publicVenueAfter are a venue's or an institution's nouns after the
// name it bears, capitalised.
const publicVenueAfter = `
	centre center hall palace hospital building stadium arena library museum college university airport
	bridge foundation scholarship award prize trophy memorial institute theatre theater gallery academy
	campus tower mall
`

// publicVenueBefore are a street's or a venue's words that precede the
// name it bears (lower case as lowerASCII leaves them).
const publicVenueBefore = `
	parc parque parco école escola escuela rue boulevard boul. bd bd. av. avda. avenida plaza praça piazza
	calle largo travessa quai pont ponte puente lycée collège stade estadio estádio stadio aeropuerto
	aéroport aeroporto université universidad universidade museo musée museu instituto institut colegio
	colégio liceo scuola teatro théâtre fundación fundação fondation fondazione
`

var publicCues, publicArticleSet, publicAfter, publicBefore = publicTable(publicCueWords + publicCuePairs),
	publicTable(publicArticles), publicTable(publicVenueAfter), publicTable(publicVenueBefore)

// publicLast holds every word that may stand right before a name in a
// cue of publicBeforeName (a cue's last word, an article, a venue's word):
// one lookup turns most names away.
var publicLast = func() *strTable {
	var ws []string
	for _, l := range []string{publicCueWords, publicArticles, publicVenueBefore} {
		ws = append(ws, strings.Fields(l)...)
	}
	for _, p := range strings.Fields(publicCuePairs) {
		ws = append(ws, p[strings.LastIndexByte(p, '_')+1:])
	}
	t := newStrTable(len(ws))
	for _, w := range ws {
		t.or(w, 1)
		publicLastBits.add(w)
	}
	return t
}()

// publicEnds holds the last three bytes of publicLast's words (a shorter
// word with spaces before it), folded as lowerASCII folds them: a word
// right before a name that ends otherwise is none of them, exactly, and
// publicBeforeName need not read it back.
var publicEnds = func() *byteEnds {
	e := new(byteEnds)
	for _, l := range []string{publicCueWords, publicArticles, publicVenueBefore} {
		for _, w := range strings.Fields(l) {
			e.add(w)
		}
	}
	for _, p := range strings.Fields(publicCuePairs) {
		e.add(p[strings.LastIndexByte(p, '_')+1:])
	}
	return e
}()

// byteEnds is a set of words' last three bytes, hashed: a bit per ending
// (~3 % of the other endings share a bit with one).
type byteEnds [1 << 13 / 64]uint64

// byteEndBit returns the bit of the ending a, b, c, with bit 5 of each
// byte set (so a capital and its lower-case letter hash alike, as
// wordBit does: lowerASCII changes nothing else).
func byteEndBit(a, b, c byte) uint32 {
	return (uint32(a)<<16 | uint32(b)<<8 | uint32(c) | 0x202020) * 0x9E3779B1 >> (32 - 13)
}

// add adds w's last three bytes; a word of one or two bytes is added
// with spaces before it, as mayEnd reads it (session 22: "to", "is", "Mr"
// before a name are turned away too).
func (e *byteEnds) add(w string) {
	a, b := byte(' '), byte(' ')
	n := len(w)
	if n == 0 {
		return
	}
	if n >= 2 {
		b = w[n-2]
	}
	if n >= 3 {
		a = w[n-3]
	}
	k := byteEndBit(a, b, w[n-1])
	e[k>>6] |= 1 << (k & 63)
}

// mayEnd reports whether the word that ends at k in text (k >= 3), read
// back to a space, a tab or a line break, may be a word of e: when its
// ending's bit is set, a word of one or two bytes read with spaces
// before it (as add adds it). (A word with another control byte is none
// of e's, whatever the answer.)
func (e *byteEnds) mayEnd(text string, k int) bool {
	a, b := text[k-3], text[k-2]
	if b <= ' ' {
		a, b = ' ', ' ' // a word of one byte
	} else if a <= ' ' {
		a = ' ' // of two
	}
	h := byteEndBit(a, b, text[k-1])
	return e[h>>6]&(1<<(h&63)) != 0
}

// publicLastBits holds publicLast's words (wordBit, which folds case):
// a clear bit turns a word away before lowerASCII and the lookup.
var publicLastBits = new(wordFilter)

// publicTable builds a strTable of the words of ws ('_' stands for a space).
func publicTable(ws string) *strTable {
	f := strings.Fields(ws)
	t := newStrTable(len(f))
	for _, w := range f {
		t.or(strings.ReplaceAll(w, "_", " "), 1)
	}
	return t
}

// publicNameAt reports whether the PERSON candidate s names a public
// figure or a place (see above); person21Demote lowers it then.
func publicNameAt(text string, s *Span) bool {
	var before, unnamed bool
	if k := s.Start; k > 0 && (text[k-1] == ' ' || text[k-1] == '"' || text[k-1] == '\'') {
		// no space or quote right before: no cue reaches the name; one
		// space after a word publicEnds turns away (publicBeforeName's
		// first test, made here): none either
		if c := text[k-1]; k < 4 || c != ' ' || text[k-2] == ' ' || text[k-2] == '"' || text[k-2] == '\'' ||
			publicEnds.mayEnd(text, k-1) {
			before, unnamed = publicBeforeName(text, s.Start)
		}
	}
	return (before || publicAfterName(text, s.End)) && (unnamed || !personLabelBefore(text, s.Start)) &&
		!contactAfter(text, s.End)
}

// publicAfterName reports whether a venue's noun, capitalised, follows a
// name that ends at end, after one space.
func publicAfterName(text string, end int) bool {
	if end+2 >= len(text) || text[end] != ' ' || !isUpper(text[end+1]) {
		return false
	}
	e := end + 1
	for e < len(text) && (isLower(text[e]) || isUpper(text[e])) {
		e++
	}
	if e-end-1 > 12 || e < len(text) && text[e] >= 0x80 {
		return false
	}
	var buf [32]byte
	return publicAfter.has(lowerASCII(text[end+1:e], &buf))
}

// publicBeforeName reports whether the words right before a name that
// starts at start are a cue of publicCues (articles passed over), or a
// street's or a venue's word of publicBefore; and whether a negation
// before "name" stands among them ("do not name our ambassador …"), so
// that "name" is no person's label (personLabelBefore).
func publicBeforeName(text string, start int) (cue, unnamed bool) {
	var ws [4]string
	n, j := 0, start
	for n < len(ws) {
		k := j
		for k > 0 && (text[k-1] == ' ' || text[k-1] == '"' || text[k-1] == '\'') {
			k--
		}
		if k == j || j-k > 3 {
			break // no space: a bracket, a colon, a line's start
		}
		if n == 0 && k >= 3 && !publicEnds.mayEnd(text, k) {
			return false, false // no word of publicLast ends so: the common case
		}
		e := k
		for k > 0 && e-k <= 16 && text[k-1] != ' ' && text[k-1] != '\n' && text[k-1] != '\t' {
			k-- // a word of more than 16 bytes ends the read: no need to find its start
		}
		if k == e || e-k > 16 {
			break
		}
		w := text[k:e]
		if c := w[len(w)-1]; c == ',' || c == ':' || c == ';' || c == ')' || c == '(' || c == '|' {
			break // a clause's or a field's end: no cue reaches over it
		}
		if n == 0 {
			var b [32]byte
			if !publicLastBits.hasBit(wordBit(w)) || !publicLast.has(lowerASCII(w, &b)) {
				return false, false // most names: no word of a cue right before
			}
		}
		ws[n] = w
		n++
		j = k
	}
	if n == 0 {
		return false, false
	}
	var buf [32]byte
	for k := 0; k+1 < n; k++ {
		if ws[k] == "name" {
			switch lowerASCII(ws[k+1], &buf) {
			case "not", "don't", "dont", "never", "don’t":
				unnamed = true
			}
		}
	}
	if publicBefore.has(lowerASCII(ws[0], &buf)) {
		return true, unnamed
	}
	a := 0
	for a < n && publicArticleSet.has(lowerASCII(ws[a], &buf)) {
		a++
	}
	if a == n {
		return false, unnamed
	}
	if publicCues.has(lowerASCII(ws[a], &buf)) {
		return true, unnamed
	}
	if a+1 < n && len(ws[a+1])+1+len(ws[a]) <= len(buf) {
		// the two words, lower case, joined by one space, in buf
		p := buf[:0]
		for _, w := range [2]string{ws[a+1], ws[a]} {
			if len(p) > 0 {
				p = append(p, ' ')
			}
			for k := 0; k < len(w); k++ {
				c := w[k]
				if isUpper(c) {
					c |= 0x20
				}
				p = append(p, c)
			}
		}
		return publicCues.has(string(p)), unnamed
	}
	return false, unnamed
}
