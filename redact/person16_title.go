package redact

// Churches call their members "Sister" and "Brother" before a given
// name that is often a word too, a virtue's or a flower's ("Sister
// Hyacinth", "Brother Noble", "Sister Rose from the choir").
// stopTitleAt (person10_title.go) wants a name that is no word after a
// stop word used as a title; stopTitleWordName takes one word that the
// gazetteers know as a given name, or as a family name that is a word
// too ("Rose"), when the name ends there:
// no capitalised word after it ("Sister Act", "Big Brother" and "Mother
// Nature" have no given name; "Sister Rose Hall" is a building).

// stopTitleWordName reports whether toks[k+1:e] after the stop title
// toks[k] is a single given name of the gazetteers, or a family name that
// is a word too, with no capitalised word after it.
func stopTitleWordName(text string, toks []nameTok, k, e int) bool {
	if e != k+2 {
		return false
	}
	t := toks[k+1]
	if t.initial || t.particle || t.title || t.flags&nameGiven == 0 && t.flags&(nameFamily|nameAmbiguous) != nameFamily|nameAmbiguous || t.flags&(nameStop|nameCity|nameTitle|nameGreeting) != 0 {
		return false
	}
	return t.end+1 >= len(text) || text[t.end] != ' ' || !upperAt(text, t.end+1)
}
