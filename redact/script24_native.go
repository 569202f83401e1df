package redact

import (
	"strings"
	"unicode/utf8"
)

// script24 (issue 9): a person's name written twice, once in its own
// script and once in Latin letters, one of them in brackets: "Kato Yuki
// (加藤 由紀)", "TAKAHASHI Michiko (高橋 美智子)", "Kim Ji-ho (김지호)",
// "Olga Ivanova (Ольга Иванова)", and the other way round, "山田 太郎
// (Yamada Taro)", "Γιώργος Νικολάου (Giorgos Nikolaou)". Forms, bookings
// and guest lists of every country the prompts come from gloss a name
// so; the rules found the Latin half and left the other, whose bytes
// name the person as well.
//
// bracketScriptNames reads each bracket of a text with a line break:
//   - after a PERSON span, a bracket that holds only a name in another
//     script (nativeNameEnd24) is that name;
//   - before a bracket that holds a PERSON span, or two or three
//     capitalised Latin words spelt like a name, a name in another script
//     that opens its line, item or field is that name (and the Latin
//     words, when no span covers them, too).
// Kanji and Hangul runs must have a name's shape (two to six kanji in at
// most two groups, none a role's or group's; Hangul opening with a
// surname's syllable, no role word); Greek and Cyrillic ones one to three
// capitalised words the gazetteers know as no other thing.

// nativeNameEnd24 returns the end of a name in a non-Latin script at v
// (see above), and whether there is one.
func nativeNameEnd24(text string, v int) (int, bool) {
	r, _ := utf8.DecodeRuneInString(text[v:])
	switch {
	case isKanji(r):
		return kanjiNameEnd24(text, v)
	case isHangul(r):
		return hangulNameEnd24(text, v)
	case r >= 0x370 && r <= 0x52F:
		if !upperRuneAt(text, v) {
			return 0, false
		}
		e, _, ok := capRunEnd(text, v)
		if !ok || e-v < 4 || !roleNonLatinNameLike(text[v:e]) {
			return 0, false
		}
		known := false
		var buf [64]byte
		for k := v; k < e; {
			w := k
			for w < e && text[w] != ' ' {
				r, size := utf8.DecodeRuneInString(text[w:])
				if r < 0x80 && r != '-' || r >= 0x80 && (r < 0x370 || r > 0x52F) {
					return 0, false // a script mixed with Latin letters
				}
				w += size
			}
			if w-k <= len(buf) {
				key := string(scriptKey(text[k:w], buf[:0]))
				known = known || scriptGivenKnown(key) || scriptFamilyKnown(key)
			}
			k = w + 1
		}
		// A lone word no list knows is as often a place or a thing:
		// "Stelios (Κύπρος)".
		return e, known
	}
	return 0, false
}

// kanjiNameEnd24 reads two to six kanji in one or two groups (a family
// name, a space, a given name), none of jaRoleKanji.
func kanjiNameEnd24(text string, v int) (int, bool) {
	e, n, groups := v, 0, 1
	for e < len(text) {
		r, size := utf8.DecodeRuneInString(text[e:])
		if isKanji(r) {
			if strings.ContainsRune(jaRoleKanji, r) {
				return 0, false
			}
			e += size
			n++
			continue
		}
		if groups == 1 && n > 0 && (r == ' ' || r == 0x3000) && e+size < len(text) {
			if nr, _ := utf8.DecodeRuneInString(text[e+size:]); isKanji(nr) {
				e += size
				groups++
				continue
			}
		}
		break
	}
	return e, n >= 2 && n <= 6
}

// hangulNameEnd24 reads a Korean name: two to four syllables that open
// with a surname's, or a surname's syllable, a space and one to three
// syllables; no role word.
func hangulNameEnd24(text string, v int) (int, bool) {
	r, _ := utf8.DecodeRuneInString(text[v:])
	if !strings.ContainsRune(koSurnames, r) {
		return 0, false
	}
	e, n, spaced := v, 0, false
	for e < len(text) {
		r, size := utf8.DecodeRuneInString(text[e:])
		if isHangul(r) {
			e += size
			n++
			continue
		}
		if n == 1 && !spaced && r == ' ' && e+1 < len(text) {
			if nr, _ := utf8.DecodeRuneInString(text[e+1:]); isHangul(nr) {
				e++
				spaced = true
				continue
			}
		}
		break
	}
	if n < 2 || n > 4 || koRoles[text[v:e]] {
		return 0, false
	}
	return e, true
}

// bracketClose24 returns the end of the closing bracket at e (")" or
// "）"), or -1.
func bracketClose24(text string, e int) int {
	switch {
	case e < len(text) && text[e] == ')':
		return e + 1
	case strings.HasPrefix(text[e:], "）"):
		return e + len("）")
	}
	return -1
}

// bracketScriptNames appends the names of the other script beside a
// name (see above) that no span of dst covers. personSpans calls it for
// a text with a line break and a bracket.
//
//go:noinline
func bracketScriptNames(text string, dst []Span, n0 int) []Span {
	nextWide := -2 // the next "（" at or after off (-1: none); searched again only once off passes it
	work := 0      // bytes searched for "（" (TestFindLongWork)
	defer func() { reportWork("bracketScriptNames", work) }()
	for off := 0; off < len(text); {
		q := strings.IndexByte(text[off:], '(')
		if nextWide != -1 && nextWide < off {
			if nextWide = strings.Index(text[off:], "（"); nextWide >= 0 {
				nextWide += off
				work += nextWide - off
			} else {
				work += len(text) - off
			}
		}
		wide := nextWide
		if wide >= 0 {
			wide -= off
		}
		if q < 0 && wide < 0 {
			return dst
		}
		inner := 1
		if q < 0 || wide >= 0 && wide < q {
			q, inner = wide, len("（")
		}
		q += off
		off = q + inner
		v := q + inner
		if q < 2 || v+2 >= len(text) {
			continue
		}
		p := q // the end of what stands before the bracket
		if text[p-1] == ' ' {
			p--
		}
		switch {
		case text[v] >= 0xC0 && text[p-1] < 0x80:
			// "Kato Yuki (加藤 由紀)": a Latin PERSON span before.
			if !personEndsAt24(dst, n0, p) {
				continue
			}
			e, ok := nativeNameEnd24(text, v)
			if !ok || bracketClose24(text, e) < 0 || liveSpanOverlaps(dst, v, e) {
				continue
			}
			dst = append(dst, Span{Start: v, End: e, Type: "PERSON", Rule: "builtin.person", Score: 0.8,
				Reason: "a name in another script beside a found name"})
			off = e
		case text[p-1] >= 0x80 && isUpper(text[v]):
			// "山田 太郎 (Yamada Taro)": a name in another script before.
			s := scriptRunStart24(text, p)
			if s < 0 || !extentItemStart(text, s) {
				continue
			}
			e, ok := nativeNameEnd24(text, s)
			if !ok || e != p || liveSpanOverlaps(dst, s, e) {
				continue
			}
			le, found := latinGlossEnd24(text, v, dst, n0)
			if le < 0 || bracketClose24(text, le) < 0 {
				continue
			}
			dst = append(dst, Span{Start: s, End: e, Type: "PERSON", Rule: "builtin.person", Score: 0.8,
				Reason: "a name in another script beside a found name"})
			if !found {
				dst = append(dst, Span{Start: v, End: le, Type: "PERSON", Rule: "builtin.person", Score: 0.8,
					Reason: "a name in another script beside a found name"})
			}
			off = le
		}
	}
	return dst
}

// personEndsAt24 reports whether a live PERSON span of dst[n0:] ends at e.
func personEndsAt24(dst []Span, n0, e int) bool {
	for k := len(dst) - 1; k >= n0; k-- {
		if sp := &dst[k]; sp.End == e && sp.Type == "PERSON" && sp.Score >= DefaultMinScore {
			return true
		}
	}
	return false
}

// scriptRunStart24 returns where the run of non-Latin letters and single
// spaces that ends at p starts (at most 48 bytes back), or -1.
func scriptRunStart24(text string, p int) int {
	s := p
	for s > 0 && p-s <= 48 {
		r, size := utf8.DecodeLastRuneInString(text[:s])
		if r == ' ' || r == 0x3000 {
			if s-size == 0 {
				break
			}
			if pr, _ := utf8.DecodeLastRuneInString(text[:s-size]); pr < 0x370 || pr == 0x3000 {
				break
			}
		} else if r < 0x370 || r >= 0x3000 && r < 0x3400 || r >= 0xFF00 && r <= 0xFFEF {
			break // Latin, punctuation, CJK symbols and full-width forms
		}
		s -= size
	}
	if s == p || p-s > 48 {
		return -1
	}
	return s
}

// latinGlossEnd24 returns the end of the Latin spelling in brackets at v:
// a live PERSON span of dst[n0:] that starts there (found is true), or
// two or three capitalised words of a name's shape, none a place or a
// word the gazetteers know as no name; -1 when there is neither.
func latinGlossEnd24(text string, v int, dst []Span, n0 int) (int, bool) {
	for k := n0; k < len(dst); k++ {
		if sp := &dst[k]; sp.Start == v && sp.Type == "PERSON" && sp.Score >= DefaultMinScore {
			return sp.End, true
		}
	}
	e, words, ok := capRunEnd(text, v)
	if !ok || words < 2 || words > 3 {
		return -1, false
	}
	for k := v; k < e; {
		w := k
		for w < e && text[w] != ' ' {
			w++
		}
		tok := text[k:w]
		if f := nameFlagsOf(tok); f&(nameCity|nameCityHead|nameStop) != 0 && f&(nameGiven|nameFamily) == 0 {
			return -1, false
		}
		if allUpperASCII(tok) && len(tok) > 1 {
			return -1, false
		}
		k = w + 1
	}
	return e, true
}

// cjkSpacedValueEnd24 returns the end of a name in kanji or Hangul with a
// space between the family and the given name ("佐藤 遥", "박 지민") at v,
// a role key's or a holder label's value that ends its field, and
// whether there is one (roleCJKValueEnd reads names with no space).
func cjkSpacedValueEnd24(text string, v int) (int, bool) {
	e, ok := nativeNameEnd24(text, v)
	if !ok || strings.IndexByte(text[v:e], ' ') < 0 && !strings.Contains(text[v:e], "\u3000") {
		return 0, false
	}
	return e, roleValueStop(text, e) || strings.HasPrefix(text[e:], "。") || strings.HasPrefix(text[e:], "、") ||
		strings.HasPrefix(text[e:], "（")
}
