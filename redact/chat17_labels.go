package redact

// Chat exports write speaker labels in forms the readers of
// person7_chat.go did not take:
//   - a name and the speaker's handle in brackets, as Signal, Discord or
//     a forum quote show a display name beside a username ("oriel
//     (oriel_draws):", "tamar (t.ko-94):");
//   - a role and the person's name in brackets, as Intercom, Zendesk or
//     a help desk's transcript label the two sides ("customer (ines):",
//     "agent (bo-ra):"): the name inside is the speaker, the role is no
//     name;
//   - Zoom's saved chat, "10:02 From Odile Marchetti to Everyone:", the
//     label between "From" and "to Everyone" (a device in brackets after
//     it, "(iPhone)", is no part of the name).
// Each becomes a label of the column lowerSpeakers collects, so the rules
// that read a column (its speakers, their mentions) read these too.
//
// Safe: the bracket must close right before the label's colon and hold
// one handle (letters, digits, '_', '.', '-'); a Zoom label needs its
// stamp, "From " and " to Everyone" around it. Cost: a byte test on the
// colons lowerSpeakers reads anyway; the Zoom test only for a colon after
// "everyone".

// handleWordEnd returns the end of the handle at i: ASCII lower-case
// letters and digits, '_', '.', '-', and accented letters.
func handleWordEnd(text string, i int) int {
	j := i
	for j < len(text) && (isLower(text[j]) || isDigit(text[j]) || text[j] >= 0x80 || text[j] == '_' ||
		(text[j] == '.' || text[j] == '-') && j > i) {
		j++
	}
	return j
}

// roleNameLabel narrows the label text[s:e] of a role and a name in
// brackets ("customer (ines)") to the name inside; other labels come back
// as they are.
func roleNameLabel(text string, s, e int) (int, int) {
	w := speakerWordEnd(text, s)
	if w == s || w+3 >= e || text[w] != ' ' || text[w+1] != '(' || text[e-1] != ')' || !chatRoleWords.has(text[s:w]) {
		return s, e
	}
	return w + 2, e - 1
}

// zoomColon reports whether the colon at c closes Zoom's " to Everyone"
// (any case of the E).
func zoomColon(text string, c int) bool {
	return c >= 18 && (text[c-12:c] == " to Everyone" || text[c-12:c] == " to everyone" || text[c-12:c] == " To Everyone")
}

// zoomLabel reads the line of the colon at c, which zoomColon took, as a
// line of Zoom's saved chat ("10:02 From Odile Marchetti to Everyone:",
// "10:02:31 From odile (iPhone) to Everyone:"): it returns the label's
// bounds, the name without a bracketed device, whether it is one to
// three lower-case words as lowerLabel or stampedLabel3 read them (lower)
// and whether it is those or capitalised words as capsLabel reads them.
func zoomLabel(text string, c int) (s, e int, lower, ok bool) {
	ls := c
	for ls > 0 && text[ls-1] != '\n' {
		ls--
		if c-ls > 64 {
			return 0, 0, false, false
		}
	}
	k := ls
	for k < c && (isDigit(text[k]) || text[k] == ':') {
		k++
	}
	if k == ls || k+6 >= c || text[k:k+6] != " From " {
		return 0, 0, false, false
	}
	s, e = k+6, c-12
	for e > s && text[e-1] == ' ' {
		e--
	}
	if e > s && text[e-1] == ')' { // "(iPhone)"
		b := e - 1
		for b > s && text[b] != '(' {
			b--
		}
		for b > s && text[b-1] == ' ' {
			b--
		}
		e = b
	}
	if e-s < 2 {
		return 0, 0, false, false
	}
	lower = lowerLabel(text, s, e) || stampedLabel3(text, s, e)
	return s, e, lower, lower || capsLabel(text, s, e)
}

// chatLabelParticles are the lower-case words inside a name of a stamped
// speaker label that isParticle does not know: Malay and Arabic
// patronymic links ("Nurul Aina binti Kassim").
var chatLabelParticles = boolTable(map[string]bool{
	"bin": true, "binti": true, "binte": true, "bint": true, "ibn": true, "bte": true,
})

// capsLabel34 reports whether text[s:c], the label of a stamped line, is
// three or four words, capitalised but for name particles between them
// ("Lim Wei Ling", "Nurul Aina binti Kassim", "Ana de la Vega"): the
// long names of a Teams or WhatsApp export, which capsLabel (two words)
// leaves out, two of them given or family names of the gazetteers that
// are no words (a business's "Canasta Verde Xela:" speaks too).
// mixedChatNames (person13_chat.go) still wants each word a name or
// spelt like one.
func capsLabel34(text string, s, c int) bool {
	words, known := 0, 0
	for k := s; k < c; {
		var e int
		if isUpper(text[k]) {
			e = speakerWordEnd(text, k+1)
		} else {
			e = speakerWordEnd(text, k)
			if words == 0 || e == c || !isParticle(text[k:e]) && !chatLabelParticles.has(text[k:e]) {
				return false
			}
		}
		if e == k+1 && isUpper(text[k]) || e == k {
			return false
		}
		words++
		if f := tokenFlags(text[k:e]); isUpper(text[k]) && f&(nameGiven|nameFamily) != 0 && f&nameAmbiguous == 0 {
			known++
		}
		if e == c {
			return words >= 3 && known >= 2
		}
		if text[e] != ' ' || words == 4 {
			return false
		}
		k = e + 1
	}
	return false
}
