package redact

import "strings"

// A street with no house number after "live(s) on" (issue 9): where a
// named person lives, as notes and chats say it ("Tess Arden - lives on
// orchard st so can lock up", "Ben Okoro: I live on Hazel Rd, close by",
// "who lives just round the corner on Pellow Road"). The verb, at most
// four words of liveOnGapWords between it and "on" ("just round the
// corner"), one to three name words that are no quantity or function
// word (chatStreetNotNames: "lives on the same street") and a street
// type word that ends the street (chatStreetTypes) hold it; other words
// between the verb and "on" ("lives with her aunt on …") are left out.
// It runs only in a text that names a person, an age or a birth date:
// residenceTowns' walk over the capitals tries a capitalised street after
// " on " (liveOnStreetAt), and a text that starts in lower case, as chats
// do, is searched for the verb (liveOnStreets). A search of every text
// with a person cost ~115 instructions per Find.

// liveOnGapWords may stand between "live" and "on" ("lives just round the
// corner on", "lived right on", "still lives on").
var liveOnGapWords = boolTable(map[string]bool{
	"just": true, "right": true, "round": true, "around": true, "the": true, "corner": true,
	"now": true, "still": true, "down": true, "up": true, "over": true, "there": true,
})

// liveOnStreets appends the streets after "live(s) on" in text (see
// above) that no span of dst overlaps.
//
//go:noinline
func liveOnStreets(text string, dst []Span) []Span {
	for from := 0; from+8 < len(text); {
		k := strings.Index(text[from:], "live")
		if k < 0 {
			break
		}
		i := from + k
		from = i + 4
		if i > 0 && isLetterAt(text, i-1) {
			continue
		}
		j := i + 4
		if j < len(text) && (text[j] == 's' || text[j] == 'd') {
			j++
		}
		s := liveOnAt(text, j)
		if s < 0 {
			continue
		}
		if e := liveOnStreetEnd(text, s); e > s && !spanOverlaps(dst, s, e) {
			dst = append(dst, Span{Start: s, End: e, Type: "STREET_ADDRESS", Rule: "builtin.address", Score: 0.75,
				Reason: "street name and type after 'live on'"})
			from = e
		}
	}
	return dst
}

// liveOnAt returns where the word after " on " starts when the verb ends
// at j and at most four liveOnGapWords stand before "on", or -1.
func liveOnAt(text string, j int) int {
	for w := 0; w <= 4; w++ {
		if j+4 >= len(text) || text[j] != ' ' {
			return -1
		}
		s := j + 1
		e := s
		for e < len(text) && isLower(text[e]) {
			e++
		}
		if e == s || e < len(text) && !wordEndAt(text, e) {
			return -1
		}
		if text[s:e] == "on" {
			if e+1 < len(text) && text[e] == ' ' {
				return e + 1
			}
			return -1
		}
		if !liveOnGapWords.has(text[s:e]) {
			return -1
		}
		j = e
	}
	return -1
}

// liveOnStreetEnd returns where the street that starts at s ends: one to
// three name words, the last followed by a street type word, or s.
func liveOnStreetEnd(text string, s int) int {
	var buf [32]byte
	i := s
	for w := 0; w < 4; w++ {
		e := i
		for e < len(text) && e-i < 30 && (isLetterAt(text, e) || e > i && (text[e] == '\'' || text[e] == '-')) {
			if text[e] >= 0x80 {
				for e++; e < len(text) && text[e]&0xC0 == 0x80; e++ {
				}
				continue
			}
			e++
		}
		if e == i || e-i >= 30 || !wordEndAt(text, e) {
			return s
		}
		word := lowerASCII(text[i:e], &buf)
		if w > 0 && chatStreetTypes.has(word) {
			return e
		}
		if chatStreetNotNames.has(word) || w == 3 || e+1 >= len(text) || text[e] != ' ' {
			return s
		}
		i = e + 1
	}
	return s
}

// liveOnStreetAt appends the street that starts at the capital at i when
// " on " stands before it (i-4 is its space) and a form of "live" and at
// most four liveOnGapWords before that, and no span of dst overlaps it.
//
//go:noinline
func liveOnStreetAt(text string, dst []Span, i int) []Span {
	if !liveVerbBefore(text, i-4) {
		return dst
	}
	if e := liveOnStreetEnd(text, i); e > i && !spanOverlaps(dst, i, e) {
		dst = append(dst, Span{Start: i, End: e, Type: "STREET_ADDRESS", Rule: "builtin.address", Score: 0.75,
			Reason: "street name and type after 'live on'"})
	}
	return dst
}

// liveVerbBefore reports whether "live", "lives" or "lived" ends at the
// space at p, or at most four liveOnGapWords stand between it and p.
func liveVerbBefore(text string, p int) bool {
	for w := 0; w <= 4 && p > 0 && text[p] == ' '; w++ {
		s := p
		for s > 0 && p-s < 8 && isLower(text[s-1]) {
			s--
		}
		if s == p || s > 0 && isLetterAt(text, s-1) {
			return false
		}
		switch word := text[s:p]; {
		case word == "live" || word == "lives" || word == "lived":
			return true
		case !liveOnGapWords.has(word):
			return false
		}
		p = s - 1
	}
	return false
}
