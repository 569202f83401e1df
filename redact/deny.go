package redact

import (
	"errors"
	"slices"
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
// (starts); there it checks for a word start (the rune there is a word
// rune, the one before is not; ASCII by table, other runes decoded) and
// tries the terms that can begin with that byte. Words are
// compared in place, ASCII pairs by folding the byte, anything else by
// the rune-wise Unicode comparison, so nothing is allocated per call.
type denyMatcher struct {
	terms [][]string // each term split into words
	// starts lists, per byte, the indexes of the terms a match starting
	// with that byte can be of: for an ASCII byte the terms whose first
	// rune fold-matches it; for a UTF-8 lead byte every term with a
	// non-ASCII first rune (left to the full comparison) and the ASCII
	// ones a rune in denyFoldsToASCII with that lead byte matches.
	// Continuation bytes never start a word; a byte with no terms is
	// skipped. Each list is in term order.
	starts [256][]int
	// first reports whether starts has any term for a byte: the hot loop
	// reads this 256-byte table rather than the slice headers.
	first [256]bool
}

func newDenyMatcher(terms []string) (*denyMatcher, error) {
	dm := &denyMatcher{}
	var nonASCII []int // terms with a non-ASCII first rune
	for k, t := range terms {
		words := strings.Fields(t)
		if len(words) == 0 {
			return nil, errors.New("empty deny term")
		}
		dm.terms = append(dm.terms, words)
		pr, _ := utf8.DecodeRuneInString(words[0])
		for c := rune(0); c < utf8.RuneSelf; c++ {
			if foldEqualRune(c, pr) {
				dm.starts[c] = append(dm.starts[c], k)
			}
		}
		if pr >= utf8.RuneSelf {
			nonASCII = append(nonASCII, k)
			continue
		}
		// An ASCII first rune is matched by non-ASCII text only through
		// the few runes whose case maps into ASCII.
		for _, r := range denyFoldsToASCII {
			if foldEqualRune(r, pr) {
				lead := string(r)[0]
				if !slices.Contains(dm.starts[lead], k) {
					dm.starts[lead] = append(dm.starts[lead], k)
				}
			}
		}
	}
	if len(nonASCII) > 0 {
		for b := 0xC0; b < len(dm.starts); b++ {
			dm.starts[b] = append(dm.starts[b], nonASCII...)
			slices.Sort(dm.starts[b])
		}
	}
	for b, ks := range dm.starts {
		dm.first[b] = len(ks) > 0
	}
	return dm, nil
}

// denyFoldsToASCII are the non-ASCII runes whose simple lower or upper
// case is ASCII (TestDenyFoldsToASCIIComplete checks the list against the
// unicode tables): İ, ı, ſ and the Kelvin sign.
var denyFoldsToASCII = []rune{'\u0130', '\u0131', '\u017F', '\u212A'}

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
		for _, k := range dm.starts[text[i]] {
			if end, ok := matchTerm(text, i, dm.terms[k]); ok && end > best {
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
