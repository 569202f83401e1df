package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// script24 (issue 9): three more ways a name's bytes stay outside its
// span, read in personExtent's pass (personJoin24).
//
// A title that a field's reader took as a span of its own: "Mteja: Bw.
// | Juma Mwangi", "Customer: Dr | Ana Ruiz". A PERSON span that is only
// a title joins the PERSON span one space (and the title's dot) after it.
//
// A family name, a comma and a given name, as payroll, rosters and
// registers write them: "Payroll: Lefebvre-Dubois, Mathilde - …",
// "Okafor, Chinedu; ID 4431". When the given name is a span that ends
// its field, the word before the comma opens its line, item or field,
// and is a family name of the gazetteers (one part of it, when
// hyphenated) that is no given name, place or stop word, the span takes
// it.
//
// A Vietnamese name of three or four syllables, of which the rules found
// the last or the first two: "em Lê Thị | Mai", "Nguyen Bao | An". The
// syllables before the span are taken when they are middle-name
// syllables (Thị, Văn …) after a family name (Nguyễn, Trần …); a
// capitalised syllable after a span that opens with a family name and
// has one or two more, when it ends its field.

// viFamily24 are Vietnamese family names, with and without their marks;
// the value is 2 for those that are also words or names of other
// languages ("Le", "Do", "Ho", "Van" …), which need a middle syllable.
var viFamily24 = boolTable(map[string]bool{
	"Nguyễn": true, "Nguyen": true, "Trần": true, "Tran": true, "Lê": true, "Phạm": true, "Pham": true,
	"Hoàng": true, "Hoang": true, "Huỳnh": true, "Huynh": true, "Phan": true, "Vũ": true, "Võ": true,
	"Đặng": true, "Dang": true, "Bùi": true, "Bui": true, "Đỗ": true, "Hồ": true, "Ngô": true, "Ngo": true,
	"Dương": true, "Duong": true, "Lý": true, "Trương": true, "Truong": true, "Đinh": true, "Dinh": true,
	"Lâm": true, "Đào": true, "Dao": true, "Tạ": true, "Lương": true, "Luong": true, "Trịnh": true,
	"Trinh": true, "Quách": true, "Quach": true, "Đoàn": true, "Doan": true, "Vương": true, "Vuong": true,
	"Châu": true, "Chau": true, "Tôn": true, "Thái": true, "Thai": true, "Hà": true, "Mạc": true,
})

// viFamilyShort24 are the family names of viFamily24 that are words or
// names of other languages too: they need a middle syllable after them.
var viFamilyShort24 = boolTable(map[string]bool{
	"Le": true, "Do": true, "Ho": true, "Vu": true, "Vo": true, "Ly": true, "Lam": true, "Ta": true,
	"Ha": true, "Mai": true, "Cao": true, "Ton": true, "Mac": true,
})

// viMiddle24 are Vietnamese middle-name syllables, with and without
// their marks.
var viMiddle24 = boolTable(map[string]bool{
	"Thị": true, "Thi": true, "Văn": true, "Van": true, "Hữu": true, "Huu": true, "Đức": true, "Duc": true,
	"Thanh": true, "Minh": true, "Ngọc": true, "Ngoc": true, "Quang": true, "Xuân": true, "Xuan": true,
	"Thu": true, "Bảo": true, "Bao": true, "Gia": true, "Kim": true, "Hoài": true, "Hoai": true,
	"Công": true, "Cong": true, "Quốc": true, "Quoc": true, "Đình": true, "Phương": true, "Phuong": true,
	"Tuấn": true, "Tuan": true, "Hồng": true, "Hong": true, "Thúy": true, "Thuy": true, "Mỹ": true,
	"Diệu": true, "Dieu": true, "Khánh": true, "Khanh": true, "Trọng": true, "Trong": true, "Như": true,
})

// personJoin24 joins and widens out[n-1], a PERSON span read from out[k]
// (out[:n] are the spans personExtent kept so far, out[k+1:] those it has
// not read; sorted and disjoint; lo is the end of the span before it),
// before personExtent widens it (see above). It returns the new n and k:
// n-1 when the family name before the comma was a span of its own (the
// span now holds both), k+1 when the next span was joined to a title.
// Neither moves the spans after (a long text's joins stay linear).
// Vietnamese names are widened in a text with a line break only (lists,
// notes and chats, where the sets' names stand: it saves ~30 instructions
// per Find on one-line prompts).
func personJoin24(text string, out []Span, n, k, lo int, lines bool) (int, int) {
	s := &out[n-1]
	if k+1 < len(out) && out[k+1].Type == "PERSON" && titleOnlySpan24(text, s, out[k+1].Start) {
		s.End = out[k+1].End
		return n, k + 1
	}
	prevPerson := n > 1 && out[n-2].Type == "PERSON" && out[n-2].End == s.Start-2
	flo := lo
	if prevPerson {
		flo = out[n-2].Start
	}
	if st := familyCommaBefore24(text, s, flo); st < s.Start {
		switch {
		case prevPerson && out[n-2].Start == st:
			// "Okafor, Chinedu": the family name was a span of its own.
			out[n-2].End = s.End
			return n - 1, k
		case st >= lo:
			s.Start = st
		}
	}
	if lines && (text[s.Start] < 0x80 || text[s.Start] >= 0xC3 && text[s.Start] <= 0xE1) {
		hi := len(text)
		if k+1 < len(out) {
			hi = out[k+1].Start
		}
		vietnameseWiden24(text, s, lo, hi)
	}
	return n, k
}

// titleOnlySpan24 reports whether s holds a title of extentTitles alone
// and the next span starts one space (after the title's dot) after it.
func titleOnlySpan24(text string, s *Span, next int) bool {
	if s.End-s.Start > 12 {
		return false
	}
	gap := text[s.End:next]
	if gap != " " && gap != ". " {
		return false
	}
	w := text[s.Start:s.End]
	if gap == ". " {
		w = text[s.Start : s.End+1]
	}
	return extentTitleSet.has(w) || extentTitleSet.has(strings.TrimSuffix(w, "."))
}

// familyCommaBefore24 returns where the family name before ", " and the
// given name s starts (see above), or s.Start.
func familyCommaBefore24(text string, s *Span, lo int) int {
	st := s.Start
	if st-4 < lo || text[st-1] != ' ' || text[st-2] != ',' || !upperRuneAt(text, st) {
		return st
	}
	g := text[s.Start:s.End]
	if strings.IndexByte(g, ' ') >= 0 || nameFlagsOf(g)&nameGiven == 0 || !labelValueAlone(text, s.End) && !spacedDashAt(text, s.End) {
		return st
	}
	if s.End+2 < len(text) && text[s.End] == ',' && text[s.End+1] == ' ' && upperRuneAt(text, s.End+2) {
		return st // a list goes on: "Kent, Devon, North Yorkshire"
	}
	e := st - 2
	b := e
	for b > lo {
		r, size := utf8.DecodeLastRuneInString(text[:b])
		if r != '-' && r != '\'' && !unicode.IsLetter(r) {
			break
		}
		b -= size
	}
	if b == e || e-b > 40 || !upperRuneAt(text, b) || !extentItemStart(text, b) {
		return st
	}
	w := text[b:e]
	family := false
	for _, part := range strings.Split(w, "-") {
		if part == "" || !upperRuneAt(part, 0) || allUpperASCII(part) && len(part) > 1 {
			return st
		}
		f := nameFlagsOf(part)
		if f&(nameCity|nameCityHead|nameStop|nameGreeting|nameTitle) != 0 {
			return st
		}
		if f&nameFamily != 0 && (f&nameGiven == 0 || strings.IndexByte(w, '-') > 0) {
			family = true
		}
	}
	if !family {
		return st
	}
	return b
}

// spacedDashAt reports whether " - ", " – " or " — " follows e.
func spacedDashAt(text string, e int) bool {
	if e+2 >= len(text) || text[e] != ' ' {
		return false
	}
	return text[e+1] == '-' || strings.HasPrefix(text[e+1:], "–") || strings.HasPrefix(text[e+1:], "—")
}

// vietnameseWiden24 widens s over the Vietnamese name syllables next to
// it, not before lo or after hi (see above). Byte and length tests come
// before the tables' lookups: it runs on every PERSON span.
func vietnameseWiden24(text string, s *Span, lo, hi int) {
	fe := s.Start
	for fe < s.End && fe-s.Start <= 9 && text[fe] != ' ' {
		fe++
	}
	if fe-s.Start > 9 {
		return // no syllable of a Vietnamese name
	}
	// Before: middle syllables, then a family name.
	st, middles := s.Start, 0
	for n := 0; n < 3 && st-3 >= lo && text[st-1] == ' '; n++ {
		b := st - 2 // a syllable of at most 8 bytes: no longer scan
		for b > lo && b > st-10 && text[b-1] != ' ' && text[b-1] != '\n' {
			b--
		}
		w := text[b : st-1]
		if b <= st-10 || len(w) < 2 || !isUpper(w[0]) && w[0] < 0xC3 || !upperRuneAt(w, 0) {
			break
		}
		if viFamily24.maybe(w) && viFamily24.has(w) || middles > 0 && viFamilyShort24.maybe(w) && viFamilyShort24.has(w) {
			if middles > 0 || w[0] >= 0x80 || !viMiddle24.has(text[s.Start:fe]) {
				s.Start = titlesBefore(text, b, lo)
			}
			break
		}
		if !viMiddle24.maybe(w) || !viMiddle24.has(w) {
			break
		}
		middles++
		st = b
	}
	// After: a span that opens with a family name and has one or two
	// more syllables takes one more that ends its field.
	if fe == s.End || s.End+2 >= hi || text[s.End] != ' ' || !isUpper(text[s.End+1]) && text[s.End+1] < 0xC3 {
		return
	}
	first := text[s.Start:fe]
	if !viFamily24.maybe(first) || !viFamily24.has(first) {
		return
	}
	if words := strings.Count(text[s.Start:s.End], " ") + 1; words > 3 {
		return
	}
	w := s.End + 1
	we := wordEnd24(text, w)
	if we > hi || we-w > 8 || !upperRuneAt(text, w) || !labelValueAlone(text, we) && !spacedDashAt(text, we) {
		return
	}
	if f := nameFlagsOf(text[w:we]); f&(nameCity|nameTitle|nameGreeting) != 0 && f&nameGiven == 0 {
		return
	}
	s.End = we
}

// wordEnd24 returns the end of the word of letters at i.
func wordEnd24(text string, i int) int {
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) {
			break
		}
		i += size
	}
	return i
}
