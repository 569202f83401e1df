package redact

import "strings"

// Japanese and Korean addresses written in Latin letters. A Japanese block
// address gives the district's chōme, banchi and gō as numbers joined by
// dashes, before or after the district's name ("3-12-5 Nishi-Shinjuku",
// "Jingumae 1-2-3"), and a seven-digit postcode "060-0042" (after "〒" or
// on the address's line). A Korean road address names the road with
// "-ro", "-daero" or "-gil" and its building number ("45 Teheran-ro
// 12-gil", "Sejong-daero 9-gil 21"). Both are read only on a line that
// names a Japanese or Korean place (jpkrLine), and the Japanese postcode
// only after a city or ward (jpTownWord): "1-2-3" alone is a score or a
// date.

// jpkrMarks are the words (as written) whose presence on a line makes it a
// Japanese or Korean address's line.
var jpkrMarks = []string{"-ku", "-shi", "-cho", "-chō", "-machi", "-gun", "-gu", "-si", "-do", "-dong", "-ro", "-gil",
	"Tokyo", "Tōkyō", "Osaka", "Kyoto", "Yokohama", "Nagoya", "Sapporo", "Fukuoka", "Kobe", "Sendai", "Japan",
	"Seoul", "Busan", "Incheon", "Daegu", "Korea", "〒"}

// jpkrLine reports whether the line around i holds one of jpkrMarks.
func jpkrLine(text string, i int) bool {
	s, e := i, i
	for s > 0 && i-s < 120 && text[s-1] != '\n' {
		s--
	}
	for e < len(text) && e-i < 120 && text[e] != '\n' {
		e++
	}
	line := text[s:e]
	for _, m := range jpkrMarks {
		if strings.Contains(line, m) {
			return true
		}
	}
	return false
}

// dashGroups returns where a group of dash-joined numbers that starts
// with the run r ends ("3-12-5", "1-2"), and how many groups it has: each
// group after the first has one to three digits; the last is followed by
// no digit, dash or letter.
func dashGroups(text string, r digitRun) (int, int) {
	e, n := r.end, 1
	for n < 4 && e+1 < len(text) && text[e] == '-' && isDigit(text[e+1]) {
		k := e + 1
		for k < len(text) && isDigit(text[k]) {
			k++
		}
		if k-e-1 > 3 {
			return 0, 0
		}
		e, n = k, n+1
	}
	if e < len(text) && (text[e] == '-' || isAlpha(text[e]) || isDigit(text[e])) {
		return 0, 0
	}
	return e, n
}

// jpBlockAt reads a Japanese block address whose chōme is the run r (one
// or two digits, a dash after it) and stores it in sp: the dash-joined
// numbers with the district's capitalised name before or after them.
//
//go:noinline
func jpBlockAt(text string, r digitRun, sp *Span) bool {
	e, n := dashGroups(text, r)
	if n < 2 {
		return false
	}
	start, end := r.start, e
	if e+1 < len(text) && text[e] == ' ' && upperAt(text, e+1) {
		// "3-12-5 Nishi-Shinjuku"
		w, _ := intlWordAt(text, e+1)
		end = trimSentenceDot(text, w)
		if monthWord(text[w.start:end]) {
			return false // "5-6 December": a date range
		}
		if end == w.end && end+2 < len(text) && text[end] == ' ' {
			if v, ok := intlWordAt(text, end+1); ok && jpDistrictTails.has(text[v.start:trimSentenceDot(text, v)]) {
				end = trimSentenceDot(text, v) // "3-12-5 Kichijoji Honcho" (street23b)
			}
		}
	} else if w, ok := wordBack(text, r.start); ok && w.end == r.start-1 && upperAt(text, w.start) {
		if monthWord(w.str(text)) {
			return false // "March 5-6": a date range
		}
		start = w.start // "Jingumae 1-2-3"
	} else if n < 3 {
		return false
	}
	if !jpkrLine(text, r.start) {
		return false
	}
	*sp = Span{Start: start, End: end, Type: "STREET_ADDRESS", Rule: "builtin.address", Score: 0.9,
		Reason: "Japanese block address (chome, banchi, go)"}
	return true
}

// jpDistrictTails are the words a romanised Japanese district ends with
// when written apart from its name ("Kichijoji Honcho", "Sakae
// Minami"): the main town, the four quarters, the middle.
var jpDistrictTails = boolTable(map[string]bool{
	"Honcho": true, "Honchō": true, "Honmachi": true, "Kita": true, "Minami": true, "Higashi": true,
	"Nishi": true, "Naka": true, "Chuo": true, "Chūō": true, "Kitamachi": true, "Minamimachi": true,
	"Higashimachi": true, "Nishimachi": true, "Nakamachi": true, "Shinmachi": true, "Motomachi": true,
})

// jpPostcodeAt reads a Japanese postcode whose first group is the run r
// ("160-0023") after a Japanese city or ward (jpTownWord): alone, three
// digits, a dash and four are a US phone number's.
func jpPostcodeAt(text string, r digitRun) (Span, bool) {
	e := r.end + 5
	if e > len(text) || text[r.end] != '-' || !allDigits(text[r.end+1:e]) || !wordEndAt(text, e) ||
		e < len(text) && text[e] == '-' {
		return Span{}, false
	}
	if w, ok := wordBack(text, r.start); !ok || w.end != r.start-1 || !jpTownWord(w.str(text)) {
		return Span{}, false
	}
	return Span{Start: r.start, End: e, Type: "ZIP_CODE", Rule: "builtin.zip_code", Score: 0.85,
		Reason: "Japanese postcode"}, true
}

// krRoadAt reads a Korean road address whose "-gil" number is the run r
// ("Teheran-ro 12-gil", "Sejong-daero 9-gil 21", "21, Sejong-daero 9-gil")
// and stores it in sp.
//
//go:noinline
func krRoadAt(text string, r digitRun, sp *Span) bool {
	e := r.end
	switch {
	case strings.HasPrefix(text[e:], "-gil"):
		e += 4
	case strings.HasPrefix(text[e:], "beon-gil"):
		e += 8
	default:
		return false
	}
	if !wordEndAt(text, e) {
		return false
	}
	w, ok := wordBack(text, r.start)
	if !ok || w.end != r.start-1 {
		return false
	}
	t := w.str(text)
	if !(strings.HasSuffix(t, "-ro") || strings.HasSuffix(t, "-daero") || strings.HasSuffix(t, "-gil")) ||
		!upperAt(text, w.start) {
		return false
	}
	start := w.start
	// the building number before the road ("45 Teheran-ro", "21, Sejong-daero")
	if v, ok := wordBack(text, start-1); ok && allDigits(strings.TrimSuffix(v.str(text), ",")) && v.end >= start-2 {
		start = v.start
	} else if k := start - 2; k > 0 && text[start-1] == ' ' && text[k] == ',' {
		if v, ok := wordBack(text, k); ok && v.end == k && allDigits(v.str(text)) {
			start = v.start
		}
	}
	// or after it ("9-gil 21")
	if e+2 < len(text) && text[e] == ' ' && isDigit(text[e+1]) {
		k := e + 1
		for k < len(text) && isDigit(text[k]) && k-e <= 4 {
			k++
		}
		if wordEndAt(text, k) && (k >= len(text) || text[k] != '-' && text[k] != ':') {
			e = k
		}
	}
	*sp = Span{Start: start, End: e, Type: "STREET_ADDRESS", Rule: "builtin.address", Score: 0.9,
		Reason: "Korean road address (-ro, -gil) and building number"}
	return true
}

// jpTownWord reports whether t names a Japanese prefecture's city or a
// ward, town or village ("Tokyo", "Shibuya-ku,", "Sapporo-shi"), or is
// the postcode mark.
func jpTownWord(t string) bool {
	t = strings.TrimSuffix(t, ",")
	switch t {
	case "Tokyo", "Tōkyō", "Osaka", "Kyoto", "Yokohama", "Nagoya", "Sapporo", "Fukuoka", "Kobe", "Sendai", "Hiroshima",
		"Chiba", "Saitama", "Kawasaki", "Kitakyushu", "Okayama", "Kumamoto", "Niigata", "Shizuoka", "Naha", "Japan",
		"〒", "T":
		return true
	}
	for _, s := range []string{"-ku", "-shi", "-cho", "-machi", "-gun", "-ken", "-to", "-fu"} {
		if strings.HasSuffix(t, s) {
			return true
		}
	}
	return false
}
