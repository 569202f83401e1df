package redact

import "strings"

// An appointment book lists one booking a line: a time (a weekday word
// before it maybe), the customer's name, then a dash or a comma and the
// service or the contact data ("10:00  Quorwen Halvorsby – cut – 0171 …",
// "Hétfő 10:00 – Halvorsby Quorwen, +36 …"). When one line's name is
// found already (a gazetteer's name), the book's other lines of the same
// form name people too, names no gazetteer knows among them: a single
// name ("Tirtojo"), a Balinese birth-order name of four or five words
// ("Ni Komang Sekar Wiradani", "I Ketut Darmayasa"), a Malay
// patronymic ("Farida binti Osman"). A line whose words are a trade, a
// premises, a stop word or a place, or are not spelt like names, stays
// out: the found name's line is the book's form, not a licence.

// apptMaxLines bounds the lines an appointment book's form is tried on.
const apptMaxLines = 200

// apptLineOpen returns the end of an appointment line's opening at the
// line start ls, before le: an optional capitalised weekday word and a
// space, a time of one or two digits, ':' or '.' and two digits, one to
// three spaces, and optionally a dash and one space ("10:00  ",
// "Kedd 15:00 – "); its form (a weekday word, a dash) in form; or -1.
func apptLineOpen(text string, ls, le int) (p int, form uint8) {
	k := ls
	if k < le && isUpper(text[k]) {
		for k < le && text[k] != ' ' && (isAlpha(text[k]) || text[k] >= 0x80) {
			k++
		}
		if k >= le || text[k] != ' ' || k-ls > 16 {
			return -1, 0
		}
		k++
		form |= 1
	}
	d := k
	for k < le && isDigit(text[k]) {
		k++
	}
	if k-d < 1 || k-d > 2 || k+3 > le || text[k] != ':' && text[k] != '.' || !isDigit(text[k+1]) || !isDigit(text[k+2]) {
		return -1, 0
	}
	k += 3
	sp := k
	for k < le && text[k] == ' ' {
		k++
	}
	if k-sp < 1 || k-sp > 3 {
		return -1, 0
	}
	if n := apptDashAt(text, k, le); n > 0 && k+n < le && text[k+n] == ' ' {
		k += n + 1
		form |= 2
	}
	return k, form
}

// apptDashAt returns the length of a dash at i ("-", "–", "—"), or 0.
func apptDashAt(text string, i, le int) int {
	if i < le && text[i] == '-' {
		return 1
	}
	if i+3 <= le && (text[i:i+3] == "–" || text[i:i+3] == "—") {
		return 3
	}
	return 0
}

// apptSepAfter returns the separator that closes the name ending at end
// on the line ending at le: a dash between spaces or a comma and a space,
// with more text after it; or "".
func apptSepAfter(text string, end, le int) string {
	if end+2 < le && text[end] == ',' && text[end+1] == ' ' {
		return ", "
	}
	if end >= le || text[end] != ' ' {
		return ""
	}
	n := apptDashAt(text, end+1, le)
	if n == 0 || end+n+2 >= le || text[end+n+1] != ' ' {
		return ""
	}
	return text[end : end+n+2]
}

// apptAnchor returns the opening's form and the name's separator of a
// line where a found name (s, e, s >= 2) follows an appointment line's
// opening, and ok.
func apptAnchor(text string, s, e int) (form uint8, sep string, ok bool) {
	ls := lastNewlineIn(text[:s]) + 1
	if s-ls > 24 {
		return 0, "", false
	}
	le := lineEndAt(text, e)
	p, form := apptLineOpen(text, ls, le)
	if p != s {
		return 0, "", false
	}
	sep = apptSepAfter(text, e, le)
	return form, sep, sep != ""
}

// apptParticles are the lower-case words a name of the book may hold
// between its capitalised ones ("binti", "a/p", "van der").
var apptParticles = boolTable(map[string]bool{
	"bin": true, "binti": true, "bte": true, "a/p": true, "a/l": true, "de": true, "da": true, "do": true,
	"dos": true, "das": true, "del": true, "della": true, "di": true, "van": true, "der": true, "den": true,
	"von": true, "al": true, "el": true, "la": true, "le": true, "y": true,
})

// apptBirthOrder are the Balinese birth-order and gender words that open
// a name ("Ni Luh …", "I Gede …"): too short or too common for the
// spelling test, names there.
var apptBirthOrder = boolTable(map[string]bool{
	"I": true, "Ni": true, "Luh": true, "Wayan": true, "Made": true, "Nyoman": true, "Ketut": true,
	"Putu": true, "Kadek": true, "Komang": true, "Gede": true, "Gusti": true, "Ayu": true,
})

// apptName reports whether text[s:e] may be a person's name on an
// appointment line: one to five words split by single spaces, the first
// and the last capitalised, any other capitalised or a particle; no word
// a trade, premises, stop word, title, place or greeting. named tells
// whether it reads as one without the line's help: a word a name of the
// gazetteers or spelt like one, or a birth-order name of three words or
// more.
func apptName(text string, s, e int) (ok, named bool) {
	var buf [32]byte
	words := 0
	birth := s+2 < e && (text[s:s+2] == "I " || text[s:s+3] == "Ni ")
	for k := s; k < e; {
		w := k
		for w < e && text[w] != ' ' {
			w++
		}
		if w == k || w-k > len(buf) {
			return false, false
		}
		words++
		word := text[k:w]
		first := k == s
		last := w == e
		switch {
		case isUpper(word[0]):
			for j := 1; j < len(word); j++ {
				if c := word[j]; !isAlpha(c) && c < 0x80 && c != '-' && c != '\'' {
					return false, false
				}
			}
			lw := lowerASCII(word, &buf)
			if birth && apptBirthOrder.has(word) {
				break
			}
			if chatBizWord(lw) || lowerNonNames.has(lw) || chatNotNames.has(lw) || chatRoleWords.has(lw) {
				return false, false
			}
			f := lowerNameFlags(lw)
			if f&(nameStop|nameCity|nameTitle|nameGreeting) != 0 && f&(nameGiven|nameFamily) == 0 {
				return false, false
			}
			if len(lw) >= 3 && introWord(lw, familyLikeSpell) {
				named = true
			}
		case first || last || !apptParticles.has(word):
			return false, false
		}
		if words > 5 {
			return false, false
		}
		k = w + 1
	}
	return true, named || birth && words >= 3
}

// appointmentBookNames appends, for the first name of dst[n0:] that
// follows an appointment line's opening, the names of the other lines of
// its form: words that read as a name, or that may be one before the
// line's contact data ("Tirtojo – cut – 9011 0000": a lone word of a
// name's spelling is a word's as often, "Holiday – closed").
func appointmentBookNames(text string, dst []Span, n0 int) []Span {
	form, sep, found := uint8(0), "", false
	for i := n0; i < len(dst) && !found; i++ {
		// A time's digit, a second space or a dash ("-", "–", "—": 0xE2
		// 0x80 0x93/0x94) before the space before the name, or no book.
		s := dst[i].Start
		if s < 2 || text[s-1] != ' ' {
			continue
		}
		if c := text[s-2]; (isDigit(c) || c == ' ' || c == '-' || (c == 0x93 || c == 0x94) && s >= 3 && text[s-3] == 0x80) && dst[i].Type == "PERSON" {
			form, sep, found = apptAnchor(text, s, dst[i].End)
		}
	}
	if !found {
		return dst
	}
	var g spanGuard // span_guard.go
	for ls, n := 0, 0; ls < len(text) && n < apptMaxLines; n++ {
		le := lineEndAt(text, ls)
		if p, f := apptLineOpen(text, ls, le); p > 0 && f == form {
			if k := strings.Index(text[p:le], sep); k > 0 {
				if ok, named := apptName(text, p, p+k); ok && (named || contactDataIn(text[p+k:le])) &&
					!g.overlaps(dst[n0:], len(text), p, p+k) {
					dst = append(dst, Span{Start: p, End: p + k, Type: "PERSON", Rule: "builtin.person", Score: 0.7,
						Reason: "capitalised words on an appointment line of a named line's form"})
				}
			}
		}
		ls = le + 1
	}
	return dst
}
