package redact

import (
	"errors"
	"strings"
	"unicode"
	"unicode/utf8"
)

const (
	deniedTermType = "DENIED_TERM"
	denyRule       = "deny"
)

// denyMatcher finds configured terms: case-insensitive, whole words, any
// run of whitespace between the words of a multi-word term.
//
// The scan is byte-wise and looks only at bytes that can begin a term
// (first); there it checks for a word start (the rune there is a word
// rune, the one before is not; ASCII by table, other runes decoded) and
// tries the terms. Words are
// compared in place, ASCII pairs by folding the byte, anything else by
// the rune-wise Unicode comparison, so nothing is allocated per call.
type denyMatcher struct {
	terms [][]string // each term split into words
	// first reports, per byte, whether a match can start with it: the
	// ASCII bytes that fold-match some term's first rune, and every
	// UTF-8 lead byte (left to the full comparison). Continuation bytes
	// are never a word's first byte.
	first [256]bool
}

func newDenyMatcher(terms []string) (*denyMatcher, error) {
	dm := &denyMatcher{}
	for b := 0xC0; b < len(dm.first); b++ {
		dm.first[b] = true
	}
	for _, t := range terms {
		words := strings.Fields(t)
		if len(words) == 0 {
			return nil, errors.New("empty deny term")
		}
		dm.terms = append(dm.terms, words)
		pr, _ := utf8.DecodeRuneInString(words[0])
		for c := rune(0); c < utf8.RuneSelf; c++ {
			if foldEqualRune(c, pr) {
				dm.first[c] = true
			}
		}
	}
	return dm, nil
}

func isWordRune(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// denyASCIIWord marks the ASCII bytes isWordRune accepts, denyASCIISpace
// those unicode.IsSpace accepts.
var denyASCIIWord, denyASCIISpace = func() (w, s [utf8.RuneSelf]bool) {
	for c := range utf8.RuneSelf {
		w[c] = isWordRune(rune(c))
		s[c] = unicode.IsSpace(rune(c))
	}
	return
}()

// denyASCIILower lower-cases an ASCII letter.
func denyASCIILower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// foldEqualRune is the matcher's rune equality: identical, or equal after
// simple lower- or upper-casing.
func foldEqualRune(r, pr rune) bool {
	return r == pr || unicode.ToLower(r) == unicode.ToLower(pr) || unicode.ToUpper(r) == unicode.ToUpper(pr)
}

// wordAt reports whether text[i:] starts with a word rune, and the
// rune's byte length.
func wordAt(text string, i int) (bool, int) {
	if c := text[i]; c < utf8.RuneSelf {
		return denyASCIIWord[c], 1
	}
	r, size := utf8.DecodeRuneInString(text[i:])
	return isWordRune(r), size
}

// detect appends a span for every deny-term occurrence in text.
func (dm *denyMatcher) detect(text string, dst []Span) []Span {
	for i := 0; i < len(text); i++ {
		if !dm.first[text[i]] {
			continue
		}
		// A candidate byte is always a rune start (an ASCII byte or a
		// lead byte); a match needs a word starting here. Most candidate
		// bytes are inside a word, so the rune before is checked first.
		if wordBefore(text, i) {
			continue
		}
		if w, _ := wordAt(text, i); !w {
			continue
		}
		// The longest term matching here wins.
		best := -1
		for _, term := range dm.terms {
			if end, ok := matchTerm(text, i, term); ok && end > best {
				best = end
			}
		}
		if best > 0 {
			dst = append(dst, Span{Start: i, End: best, Type: deniedTermType, Rule: denyRule,
				Score: 1, Reason: "matches a configured deny term"})
		}
	}
	return dst
}

// wordBefore reports whether the rune ending at text[i-1] is a word rune.
func wordBefore(text string, i int) bool {
	if i == 0 {
		return false
	}
	if c := text[i-1]; c < utf8.RuneSelf {
		return denyASCIIWord[c]
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return isWordRune(r)
}

// matchTerm matches the words of term at text[i:], whitespace between the
// words, and a word boundary at the end; it returns the end offset.
func matchTerm(text string, i int, term []string) (int, bool) {
	for k, word := range term {
		if k > 0 {
			j := skipDenySpace(text, i)
			if j == i {
				return 0, false
			}
			i = j
		}
		end, ok := hasPrefixFold(text[i:], word)
		if !ok {
			return 0, false
		}
		i += end
	}
	if i < len(text) {
		if w, _ := wordAt(text, i); w {
			return 0, false
		}
	}
	return i, true
}

// skipDenySpace returns the offset after the run of Unicode white space
// at text[i:].
func skipDenySpace(text string, i int) int {
	for i < len(text) {
		if c := text[i]; c < utf8.RuneSelf {
			if !denyASCIISpace[c] {
				break
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += size
	}
	return i
}

// hasPrefixFold reports whether s starts with prefix under Unicode simple
// case folding, rune for rune, and the byte length of the matched part of
// s. Two ASCII bytes are compared directly; any other pair is decoded.
func hasPrefixFold(s, prefix string) (int, bool) {
	i := 0
	for j := 0; j < len(prefix); {
		if i >= len(s) {
			return 0, false
		}
		c, pc := s[i], prefix[j]
		if c|pc < utf8.RuneSelf {
			if c != pc && denyASCIILower(c) != denyASCIILower(pc) {
				return 0, false
			}
			i++
			j++
			continue
		}
		pr, psize := utf8.DecodeRuneInString(prefix[j:])
		r, size := utf8.DecodeRuneInString(s[i:])
		if !foldEqualRune(r, pr) {
			return 0, false
		}
		i += size
		j += psize
	}
	return i, true
}
