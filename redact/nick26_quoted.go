package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// nick26 (session 26): a nickname in quotes between a given and a family
// name, in the quote marks of the prompt languages and of more than one
// word: `Ola "Big O" Adeyemi`, "Tomasz „Tomek" Wrona", "Λευτέρης
// «Λέφτερ» Καλογήρου", `Rui "o Gordo" Matos`. nicknamesAfter
// (person7_nick.go) reads a nickname after a given name the detector
// found, in straight or English curly quotes and of one word, and
// nickBetween (person13_nick.go) the words around a nickname it found; a
// run sheet's or a crew list's "DJ: Ilir "DJ Lir" Hoxha" stayed unread,
// or kept its family name: „…" and «…» were read by neither, a nickname
// of two words or with a lower-case article by neither, and a Greek or
// Cyrillic name by neither.
//
// quotedNickNames26 reads each quote mark that a space and a capitalised
// word stand before: the quotes hold one to three words with a capital
// among them, no digit and at most quotedNickMax bytes; a space and a
// capitalised word (the family name, not in capitals) follow the closing
// mark; neither outer word is a stop word, title, greeting, month or city
// (nickOuterWord), and both are given or family names or spelt like
// names (nickSpell; in Greek or Cyrillic, roleNonLatinNameLike), or the
// first a given name and the second a word no list knows that is spelt
// like a name after a kin word (kinSpellFloor23b). A
// capitalised word right before the given name must be a title or a name
// too: `Big Agnes "Copper Spur" Tent`, `Land Rover "Defender" Works` are
// brands. The three words become PERSON spans of their own, the marks
// outside, where no span of the detector lies.

// quotedNickMax bounds the bytes between a nickname's quote marks.
const quotedNickMax = 32

// quotedNickClosers maps an opening mark to the marks that may close it
// (German „…“, Polish „…”, a straight quote typed after „).
var quotedNickClosers = [...][2]string{
	{"\"", "\"”“"}, {"“", "”“\""}, {"„", "“”\""}, {"«", "»"}, {"‹", "›"}, {"'", "'’"}, {"‘", "’'"}, {"‚", "‘’'"},
}

// quotedNickNames26 appends the names around quoted nicknames (see above).
// personSpans calls it for a text with a line break (lists, run sheets,
// records); the loop visits each quote byte once and reads a bounded
// window around it.
//
//go:noinline
func quotedNickNames26(text string, dst []Span) []Span {
	lg := spanGuard{live: true}
	for i := 2; i < len(text)-4; i++ {
		c := text[i]
		if c != '"' && c != '\'' && c != 0xE2 && c != 0xC2 || text[i-1] != ' ' {
			continue
		}
		gs, ge, ns, ne, fs, fe, ok := quotedNickAt(text, i)
		if !ok {
			continue
		}
		for _, p := range [3][2]int{{gs, ge}, {ns, ne}, {fs, fe}} {
			if !lg.overlaps(dst, len(text), p[0], p[1]) {
				dst = append(dst, Span{Start: p[0], End: p[1], Type: "PERSON", Rule: "builtin.person", Score: 0.85,
					Reason: "given name, nickname in quotes and family name"})
			}
		}
		i = fe
	}
	reportWork("quotedNickNames26", lg.work)
	return dst
}

// quotedNickAt reads the given name, the nickname and the family name
// around the opening mark at q (see above).
func quotedNickAt(text string, q int) (gs, ge, ns, ne, fs, fe int, ok bool) {
	closers := ""
	for _, m := range quotedNickClosers {
		if strings.HasPrefix(text[q:], m[0]) {
			closers, ns = m[1], q+len(m[0])
			break
		}
	}
	if closers == "" {
		return
	}
	ge = q - 1
	gs, _ = wordBefore23b(text, ge)
	if ge-gs < 2 || !casedWord(text[gs:ge]) {
		return
	}
	// The nickname: up to its closing mark, within quotedNickMax bytes.
	upper, words := false, 1
	ne = ns
	for ; ne < len(text) && ne-ns <= quotedNickMax; ne++ {
		b := text[ne]
		if b < utf8.RuneSelf && strings.IndexByte(closers, b) >= 0 || b >= 0xC2 && quotedCloserAt(text, ne, closers) {
			break
		}
		switch {
		case b == ' ':
			if ne == ns || text[ne-1] == ' ' {
				return
			}
			words++
		case b == '-' || b == '.' || b == '\'' && text[ne-1] != ' ':
		case isUpper(b):
			upper = true
		case b >= 0x80:
			if r, _ := utf8.DecodeRuneInString(text[ne:]); unicode.IsUpper(r) {
				upper = true
			} else if !unicode.IsLetter(r) && r != utf8.RuneError && b >= 0xC0 {
				return
			}
		case !isAlpha(b):
			return // a digit, a line break, a bracket: "Model 3", a quoted sentence
		}
	}
	if ne == ns || ne >= len(text) || ne-ns > quotedNickMax || !upper || words > 3 || text[ne-1] == ' ' {
		return
	}
	_, cl := utf8.DecodeRuneInString(text[ne:])
	fs = ne + cl + 1
	if fs+2 > len(text) || text[fs-1] != ' ' || !upperAt(text, fs) {
		return
	}
	fe = fs
	for fe < len(text) {
		r, size := utf8.DecodeRuneInString(text[fe:])
		if !unicode.IsLetter(r) && r != '-' && !(r == '\'' || r == '’') {
			break
		}
		fe += size
	}
	for fe > fs && (text[fe-1] == '-' || text[fe-1] == '\'') {
		fe--
	}
	if fe-fs < 2 || !casedWord(text[fs:fe]) || fe < len(text) && (isDigit(text[fe]) || text[fe] == '@') {
		return
	}
	if !nickOuterWord(text, gs, ge) || !nickOuterWord(text, fs, fe) || !quotedNickLead(text, gs) {
		return
	}
	g, f := text[gs:ge], text[fs:fe]
	if text[gs] >= 0xCE && text[gs] <= 0xD3 {
		ok = roleNonLatinNameLike(g) && roleNonLatinNameLike(f)
		return
	}
	if nickSpell(g) && nickSpell(f) {
		ok = true
		return
	}
	// A given name of the gazetteers vouches for a family name no list
	// holds, spelt like a name as one after a kin word ("Pfeifer").
	sum, _, parts := spellScores(f)
	ok = tokenFlags(g)&nameGiven != 0 && tokenFlags(f) == 0 && parts == 1 && sum >= kinSpellFloor23b
	return
}

// quotedCloserAt reports whether a mark of closers that is not ASCII
// starts at i.
func quotedCloserAt(text string, i int, closers string) bool {
	r, size := utf8.DecodeRuneInString(text[i:])
	return size > 1 && strings.ContainsRune(closers, r)
}

// quotedNickLead reports whether the word before the given name at gs
// leaves it a person's: no word, or a lower-case one, or a title or a
// name of the gazetteers ("Pan Bartłomiej „Bartek" …", "Ana María
// "Anita" …"); another capitalised word makes the run a brand's.
func quotedNickLead(text string, gs int) bool {
	if gs < 2 || text[gs-1] != ' ' {
		return true
	}
	e := gs - 1
	if text[e-1] == '.' {
		e-- // "Dr. Ana "Nani" Ruiz"
	}
	b, _ := wordBefore23b(text, e)
	if b == e || !upperRuneAt(text, b) {
		return true
	}
	return tokenFlags(text[b:e])&(nameTitle|nameGiven|nameFamily) != 0
}
