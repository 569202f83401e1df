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
type denyMatcher struct {
	terms [][]string // each term split into words
}

func newDenyMatcher(terms []string) (*denyMatcher, error) {
	dm := &denyMatcher{}
	for _, t := range terms {
		words := strings.Fields(t)
		if len(words) == 0 {
			return nil, errors.New("empty deny term")
		}
		dm.terms = append(dm.terms, words)
	}
	return dm, nil
}

func isWordRune(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// detect appends a span for every deny-term occurrence in text.
func (dm *denyMatcher) detect(text string, dst []Span) []Span {
	prevWord := false
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		w := isWordRune(r)
		if w && !prevWord {
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
		prevWord = w
		i += size
	}
	return dst
}

// matchTerm matches the words of term at text[i:], whitespace between the
// words, and a word boundary at the end; it returns the end offset.
func matchTerm(text string, i int, term []string) (int, bool) {
	for k, word := range term {
		if k > 0 {
			j := i
			for j < len(text) {
				r, size := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsSpace(r) {
					break
				}
				j += size
			}
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
		r, _ := utf8.DecodeRuneInString(text[i:])
		if isWordRune(r) {
			return 0, false
		}
	}
	return i, true
}

// hasPrefixFold reports whether s starts with prefix under Unicode simple
// case folding, and the byte length of the matched part of s.
func hasPrefixFold(s, prefix string) (int, bool) {
	i := 0
	for _, pr := range prefix {
		if i >= len(s) {
			return 0, false
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r != pr && unicode.ToLower(r) != unicode.ToLower(pr) && unicode.ToUpper(r) != unicode.ToUpper(pr) {
			return 0, false
		}
		i += size
	}
	return i, true
}
