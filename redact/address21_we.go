package redact

import "strings"

// A household says "we" too. premisesDemote reads "we're at 12 Elm Road"
// and "we've moved to 12 Elm Road" as a business giving its own premises
// (address_premises.go), which is what a shop's post says; a customer's
// message, a caller's line or a patient's e-mail says the same of a home
// ("We're at 9 Tui Road, Otara now. My youngest is due a check-up too",
// "CALLER: No, we moved to Unit 3, 18 Rata Drive"). privateWe tells the
// two apart by the household around the address: a member of the
// writer's family ("my husband", "our kids", "my niece") in the same
// paragraph, or a caller's or customer's speaker label opening the line,
// and no business noun ("shop", "salon", "studio") in that paragraph.

// privateWeCue reports whether cue, the premises cue premisesBefore found
// before an address, is one privateWe may overrule: the first-person
// plural of a move or a location ("moved", "we're").
func privateWeCue(cue string) bool {
	return cue == "moved" || cue == "we're" || cue == "we’re"
}

// privateWeSpan bounds the bytes read on each side of the address.
const privateWeSpan = 300

// householdNouns are the family members that, after "my" or "our", make
// the writer a household ("my husband", "our twins"), lower case.
var householdNouns = boolTable(map[string]bool{
	"husband": true, "wife": true, "partner": true, "son": true, "daughter": true, "kids": true,
	"children": true, "youngest": true, "eldest": true, "oldest": true, "baby": true, "niece": true,
	"nephew": true, "mum": true, "mom": true, "mother": true, "dad": true, "father": true,
	"grandson": true, "granddaughter": true, "grandkids": true, "grandchildren": true, "boyfriend": true,
	"girlfriend": true, "fiancé": true, "fiancée": true, "fiance": true, "twins": true, "boys": true,
	"girls": true, "landlord": true, "neighbour": true, "neighbor": true, "sister": true, "brother": true,
})

// privateSpeakers are the speaker labels, lower case, that open a line a
// private person speaks in a transcript ("CALLER: …", "Customer: …").
var privateSpeakers = boolTable(map[string]bool{
	"caller": true, "customer": true, "client": true, "patient": true, "tenant": true, "member": true,
	"guest": true, "buyer": true, "parent": true, "resident": true,
})

// privateBusinessNouns are the nouns of a business's own premises that
// keep the cue ("we're at 4 Mill Lane, my husband and I run the café").
var privateBusinessNouns = boolTable(map[string]bool{
	"shop": true, "store": true, "boutique": true, "salon": true, "studio": true, "office": true,
	"showroom": true, "café": true, "cafe": true, "restaurant": true, "bakery": true, "clinic": true,
	"gallery": true, "warehouse": true, "branch": true, "premises": true, "pub": true, "bar": true,
	"hotel": true, "business": true, "company": true, "stall": true, "workshop": true, "farm": true,
	"opening": true, "customers": true, "visit": true, "market": true,
})

// privateWe reports whether the address text[s:e] (whose premises cue is
// a first-person plural, privateWeCue) is a household's: see above. The
// address's own words are passed over ("12 Farm Road").
//
//go:noinline
func privateWe(text string, s, e int) bool {
	lo, hi := paragraphAround(text, s)
	business, household := false, speakerLabelAt(text, lineStartAt(text, s))
	prev := ""
	f := func(w string) bool {
		if privateBusinessNouns.has(w) {
			business = true
			return false
		}
		if (prev == "my" || prev == "our") && householdNouns.has(strings.TrimSuffix(w, "'s")) {
			household = true
		}
		switch w { // constants: w's bytes are reused
		case "my":
			prev = "my"
		case "our":
			prev = "our"
		default:
			prev = ""
		}
		return true
	}
	lowerWordsIn(text, lo, s, f)
	if !business {
		lowerWordsIn(text, e, hi, f)
	}
	return household && !business
}

// lowerWordsIn calls f with each word of text[lo:hi], lower case (valid
// only during the call), until f returns false; words longer than 32
// bytes are passed over.
func lowerWordsIn(text string, lo, hi int, f func(w string) bool) {
	var buf [32]byte
	for i := lo; i < hi; {
		for i < hi && !weWordByte(text[i]) {
			i++
		}
		j := i
		for j < hi && weWordByte(text[j]) {
			j++
		}
		if j > i && j-i <= len(buf) && !f(lowerASCII(text[i:j], &buf)) {
			return
		}
		i = j
	}
}

// weWordByte reports whether c belongs to a word: an ASCII letter or an
// apostrophe, or a byte of a multi-byte letter ("fiancé").
func weWordByte(c byte) bool {
	return isAlpha(c) || c >= 0x80 || c == '\''
}

// paragraphAround returns the bounds of the paragraph around s: back and
// forward to a blank line, at most privateWeSpan bytes each way.
func paragraphAround(text string, s int) (lo, hi int) {
	lo = max(0, s-privateWeSpan)
	if k := strings.LastIndex(text[lo:s], "\n\n"); k >= 0 {
		lo += k + 2
	}
	hi = min(len(text), s+privateWeSpan)
	if k := strings.Index(text[s:hi], "\n\n"); k >= 0 {
		hi = s + k
	}
	return lo, hi
}

// lineStartAt returns where the line holding s starts.
func lineStartAt(text string, s int) int {
	return lastNewlineIn(text[:s]) + 1
}

// speakerLabelAt reports whether one of privateSpeakers and a colon open
// the line at i ("CALLER: No, we moved to …").
func speakerLabelAt(text string, i int) bool {
	j := i
	for j < len(text) && j-i < 10 && isAlpha(text[j]) {
		j++
	}
	if j == i || j >= len(text) || text[j] != ':' {
		return false
	}
	var buf [32]byte
	return privateSpeakers.has(lowerASCII(text[i:j], &buf))
}
