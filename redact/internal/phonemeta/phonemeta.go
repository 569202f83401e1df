// Package phonemeta holds the parts of libphonenumber's metadata that the
// phone detector needs, as generated Go tables without pointers (the
// patterns are strings, compiled on first use), and the part of
// libphonenumber's parser and validator that reads them for a string of
// digits. It replaces github.com/nyaruka/phonenumbers at run time: that
// package parses all of its metadata at start-up into pointer-rich structs
// that the garbage collector scans on every cycle. Its tests compare both.
package phonemeta

//go:generate go run ./gen

import (
	"regexp"
	"sync"
)

// Regions are the regions NationalValid tries, in order.
var Regions = []string{"US", "GB", "DE", "FR", "ES", "IT", "NL", "IN"}

// maxNSN is libphonenumber's MAX_LENGTH_FOR_NSN; minNSN its
// MIN_LENGTH_FOR_NSN.
const (
	maxNSN = 17
	minNSN = 2
)

// desc is a number description (general, fixed line, mobile, …): the
// number must have one of the lengths, when checkLen, and match pattern.
type desc struct {
	checkLen bool
	lengths  uint32 // bit l for length l
	pattern  string
}

// region is one region's metadata.
type region struct {
	id, cc       string
	idd          string // international prefix pattern
	natPrefix    string // national prefix for parsing
	natTransform string // national prefix transform rule
	// The general description's first and last possible lengths (-1 when
	// it has none) and its local-only lengths, for testNumberLength.
	genFirst, genLast int8
	genLocal          uint32
	general           desc
	nTypes            int
	types             [10]desc // the number types, in getNumberTypeHelper's order
}

// compiled is a region's patterns, compiled on first use.
type compiled struct {
	once      sync.Once
	idd       *regexp.Regexp
	natPrefix *regexp.Regexp
	general   *regexp.Regexp
	types     [10]*regexp.Regexp
}

var regionRes [len(regionTables)]compiled

func (c *compiled) get(r *region) *compiled {
	c.once.Do(func() {
		c.idd = regexp.MustCompile(r.idd)
		if r.natPrefix != "" {
			c.natPrefix = regexp.MustCompile("^(?:" + r.natPrefix + ")")
		}
		c.general = regexp.MustCompile("^(?:" + r.general.pattern + ")$")
		for i := range r.nTypes {
			c.types[i] = regexp.MustCompile("^(?:" + r.types[i].pattern + ")$")
		}
	})
	return c
}

// NationalValid reports whether libphonenumber's Parse(s, region) followed
// by IsValidNumberForRegion accepts s for one of Regions. s must be a
// string of ASCII digits, which is all the phone detector passes (one digit
// run); for those it gives the library's answer, which the package's tests
// check.
func NationalValid(s string) bool {
	for i := range regionTables {
		if validForRegion(s, &regionTables[i], regionRes[i].get(&regionTables[i])) {
			return true
		}
	}
	return false
}

// lengthResult is libphonenumber's ValidationResult, as far as it is used.
type lengthResult int

const (
	isPossible lengthResult = iota
	isPossibleLocalOnly
	tooShort
	invalidLength
	tooLong
)

// testNumberLength is libphonenumber's testNumberLength for the UNKNOWN
// type (the general description's lengths).
func (r *region) testNumberLength(n int) lengthResult {
	switch {
	case r.genFirst == -1:
		return invalidLength
	case n < 32 && r.genLocal&(1<<n) != 0:
		return isPossibleLocalOnly
	case int(r.genFirst) == n:
		return isPossible
	case int(r.genFirst) > n:
		return tooShort
	case int(r.genLast) < n:
		return tooLong
	case n < 32 && r.general.lengths&(1<<n) != 0:
		return isPossible
	}
	return invalidLength
}

// stripNationalPrefix is libphonenumber's
// maybeStripNationalPrefixAndCarrierCode without the carrier code.
func stripNationalPrefix(s string, r *region, c *compiled) string {
	if len(s) == 0 || c.natPrefix == nil || !c.natPrefix.MatchString(s) {
		return s
	}
	viable := c.general.MatchString(s)
	groups := c.natPrefix.FindStringSubmatchIndex(s)
	numGroups := len(groups)/2 - 1
	if r.natTransform == "" || groups[numGroups*2] < 0 {
		if viable && !c.general.MatchString(s[groups[1]:]) {
			return s
		}
		return s[groups[1]:]
	}
	t := c.natPrefix.ReplaceAllString(s, r.natTransform)
	if viable && !c.general.MatchString(t) {
		return s
	}
	return t
}

// validForRegion is Parse(s, r.id) and IsValidNumberForRegion for a
// string of digits s.
func validForRegion(s string, r *region, c *compiled) bool {
	if len(s) < minNSN {
		return false // not a viable number
	}
	national := s
	if ind := c.idd.FindStringIndex(s); ind != nil && ind[0] == 0 && (ind[1] == len(s) || s[ind[1]] != '0') {
		// An international prefix: the calling code follows. The parser
		// takes the first known code in its first three digits; no
		// shorter prefix of r.cc is one (the generator checks), so the
		// number is r's only when the rest starts with r.cc.
		rest := s[ind[1]:]
		if len(rest) <= minNSN || len(rest) < len(r.cc) || rest[:len(r.cc)] != r.cc {
			return false
		}
		national = rest[len(r.cc):]
	} else if len(s) >= len(r.cc) && s[:len(r.cc)] == r.cc {
		// The region's own calling code without a prefix: kept when the
		// number fits the plan only without it, or is too long with it.
		p := stripNationalPrefix(s[len(r.cc):], r, c)
		if !c.general.MatchString(s) && c.general.MatchString(p) || r.testNumberLength(len(s)) == tooLong {
			national = p
		}
	}
	if len(national) < minNSN {
		return false
	}
	p := stripNationalPrefix(national, r, c)
	switch r.testNumberLength(len(p)) {
	case tooShort, isPossibleLocalOnly, invalidLength:
	default:
		national = p
	}
	if len(national) < minNSN || len(national) > maxNSN {
		return false
	}
	// The national significant number is national itself: the parser
	// keeps its leading zeros (italian_leading_zero).
	if !matches(national, &r.general, c.general) {
		return false
	}
	for i := range r.nTypes {
		if matches(national, &r.types[i], c.types[i]) {
			return true
		}
	}
	return false
}

// matches is libphonenumber's isNumberMatchingDesc.
func matches(s string, d *desc, re *regexp.Regexp) bool {
	if d.checkLen && (len(s) >= 32 || d.lengths&(1<<len(s)) == 0) {
		return false
	}
	return re.MatchString(s)
}
