package redact

import "unicode/utf8"

// A booking list or a register gives a person's nickname in brackets
// after the full name, and the nickname need not start as the name does:
// "09:00  Ms Wanida Thongchai (Nok)   08 1234 5678", "2. dl. Sorin Pavel
// (Tică), 58 de ani" (read21a, issue 9). bracketNickname (person7_nick.go)
// took a bracketed word only after a phrase ("goes by") or as a
// diminutive of a word of the name. recordNickname takes a short one in
// a record's line: the name opens its line after at most a short lead (a
// number, a bullet, a time), the bracket holds one capitalised word of
// two to six letters that is no stop word, place, title, role, kin or
// function word, and a field separator follows the bracket (a comma, a
// dash, a bar, a tab, two spaces or the line's end). A town in brackets
// ("(Leeds)") is mostly longer, and a known one is a city of the lists.

// recordNickLead is the most bytes between a line's start and a name
// that opens a record's line.
const recordNickLead = 16

// recordNickname reports whether the capitalised word text[i:j], in
// brackets after the name text[start:end], is a nickname in a record's
// line (see above).
func recordNickname(text string, start, end, i, j int) bool {
	if n := utf8.RuneCountInString(text[i:j]); n < 2 || n > 6 || j+1 > len(text) {
		return false
	}
	if !recordNickAfter(text, j+1) || !recordNickOpens(text, start) {
		return false
	}
	if ce, known := readTown(text, i); known && ce == j {
		return false // "(Narbonne)": a known town (recordTowns, location_record.go)
	}
	var buf [16]byte
	n := lowerWordAt(text, i, &buf)
	if n == 0 {
		return false
	}
	w := buf[:n]
	if _, _, ok := lowerNonNames.getBytes(w); ok {
		return false
	}
	if _, _, ok := chatRoleWords.getBytes(w); ok {
		return false
	}
	if _, _, ok := kinNouns.getBytes(w); ok || bracketPeoples.has(string(w)) {
		return false
	}
	if _, v, ok := relationWords.getBytes(w); ok && v != 0 {
		return false // "(Son)", "(Owner)": a relation or a role
	}
	if s, low, parts := spellScores(text[i:j]); parts == 0 || s < -40 || low < spellContactFloor {
		return nameFlagsOf(text[i:j])&nameGiven != 0
	}
	return true
}

// bracketPeoples are the peoples and nations a list gives in brackets
// after a member's name ("Dr. Ada Begay (Navajo)"), in lower case: no
// nickname.
var bracketPeoples = boolTable(map[string]bool{
	"diné": true, "dine": true, "navajo": true, "cree": true, "ojibwe": true, "métis": true, "metis": true,
	"inuit": true, "inuk": true, "sámi": true, "sami": true, "māori": true, "maori": true, "hmong": true,
	"karen": true, "kurd": true, "roma": true, "yoruba": true, "igbo": true, "zulu": true, "xhosa": true,
	"hopi": true, "lakota": true, "mohawk": true, "haida": true, "tamil": true,
})

// recordNickAfter reports whether a field separator comes at k, right
// after the bracket: the text's or line's end, a comma, a semicolon, a
// tab, two spaces, or a spaced dash or bar.
func recordNickAfter(text string, k int) bool {
	if k >= len(text) {
		return true
	}
	switch text[k] {
	case '\n', '\r', ',', ';', '\t':
		return true
	case ' ':
		if k+1 >= len(text) {
			return true
		}
		switch text[k+1] {
		case ' ', '-', '|', '/', 0xE2: // two spaces, "-", "|", "/", "–" or "—"
			return true
		}
	}
	return false
}

// recordNickOpens reports whether the name at start opens its line after
// a lead of at most recordNickLead bytes that holds no lower-case ASCII
// word of three letters or more (a number, a bullet, a time, "dl.").
func recordNickOpens(text string, start int) bool {
	run := 0
	for k := start - 1; k >= 0; k-- {
		c := text[k]
		if c == '\n' {
			return true
		}
		if start-k > recordNickLead {
			return false
		}
		if isAlpha(c) {
			if run++; run >= 3 {
				return false
			}
		} else {
			run = 0
		}
	}
	return true
}
