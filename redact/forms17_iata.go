package redact

// Airlines, travel agents and hotels write a passenger's name the way a
// ticket, a PNR and a boarding pass hold it (IATA Resolution 722, the
// passenger-name element): the family name in capitals, a slash, the
// given names in capitals and a title word after a space:
// "OKAFOR/ADAEZE MRS", "VELLANKI/RAVI KUMAR MR", "DUBOIS/LEO MSTR",
// "KOVAC/ALEX MX". Manifests, rooming lists and arrival lists paste it as
// it stands, one passenger a row. The person detector reads "OKAFOR" as
// an acronym and leaves the row. iataNameAt reads the form.
//
// Safe: the form needs capitals on both sides of the slash with no space
// around it, and then either a title word of the form (MR, MRS, MS, MISS,
// MSTR, MX, DR …) or, without one, a given name of the gazetteers right
// after the slash ("NGUYEN/ANNA"). "AC/DC", "TCP/IP", "PASS/FAIL",
// "N/A", "HTTP/2", "km/h" stay out; a slash with a word of one letter or
// a space on either side is no name of the form.
// Cost: a test of one byte after each word in capitals the person
// detector passes over (an acronym), and the reading only where a slash
// follows one.

// iataTitles are the title words that close an IATA passenger name.
var iataTitles = boolTable(map[string]bool{
	"MR": true, "MRS": true, "MS": true, "MISS": true, "MSTR": true, "MX": true, "DR": true,
	"PROF": true, "REV": true, "CHD": true, "INF": true, "MSS": true, "SIR": true, "LADY": true,
})

// iataMaxGiven is the most given-name words iataNameAt reads.
const iataMaxGiven = 4

// iataNameAt reads an IATA passenger name whose family name, in
// capitals, runs from s to the slash at slash: it returns the name's end
// (after its title word, when one closes it) and true, or false.
func iataNameAt(text string, s, slash int) (int, bool) {
	if slash-s < 2 || slash+1 >= len(text) || s > 0 && (isWordByte(text[s-1]) || text[s-1] == '/') {
		return 0, false
	}
	for k := s; k < slash; k++ {
		if !isUpper(text[k]) {
			return 0, false
		}
	}
	var buf [32]byte
	k, words, firstEnd := slash+1, 0, 0
	for words < iataMaxGiven+1 {
		w := k
		for w < len(text) && isUpper(text[w]) {
			w++
		}
		// A word of capitals ends at a space, a punctuation byte or the
		// text's end; a lower-case letter, digit or slash is another form.
		if w == k || w < len(text) && (isWordByte(text[w]) || text[w] == '/' || text[w] >= 0x80) {
			break
		}
		words++
		if words == 1 {
			firstEnd = w
		} else if iataTitles.has(text[k:w]) {
			return w, true
		}
		if w+1 >= len(text) || text[w] != ' ' || !isUpper(text[w+1]) {
			break
		}
		k = w + 1
	}
	if firstEnd-slash-1 < 2 || firstEnd-slash-1 > len(buf) {
		return 0, false
	}
	if lowerNameFlags(lowerASCII(text[slash+1:firstEnd], &buf))&nameGiven == 0 {
		return 0, false
	}
	return firstEnd, true
}

// iataNameBefore reads the IATA passenger name whose family name ends at
// the slash at slash, for detectPersons, which has passed over that word
// in capitals: it returns where the detector goes on, the end of its
// last PERSON span and dst with the name's span; or slash, lastPerson
// and dst. Out of line, so that the detector's loop stays as small.
//
//go:noinline
func iataNameBefore(text string, slash, lastPerson int, dst []Span) (int, int, []Span) {
	s := slash
	for s > 0 && isUpper(text[s-1]) {
		s--
	}
	e, ok := iataNameAt(text, s, slash)
	if !ok {
		return slash, lastPerson, dst
	}
	return e, e, append(dst, Span{Start: s, End: e, Type: "PERSON", Rule: "builtin.person", Score: 0.8,
		Reason: "airline passenger name: family name, slash, given names and a title"})
}
