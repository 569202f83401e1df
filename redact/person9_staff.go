package redact

import "strings"

// Reviews praise the staff who served them by a given name and the shop
// they work at: "great service from Tavi at the Leeds store", "\"Mele
// at the Harbour branch was brilliant\"". staffAtPlace reads that slot
// for a lone capitalised word (one no list knows, or a given name that is
// also a word: "Joy", "Sky"): a word of praise for help and "from"
// ("service from", "help from"), "thanks to" or an opening quote right
// before it ("deals from Nike at the Leeds store" is a brand's), and "at
// the" or "at our", one to three capitalised words and a word for a
// shop's site after it.

// shopSites are the words for a shop's site after "at the X".
var shopSites = boolTable(map[string]bool{
	"store": true, "branch": true, "shop": true, "location": true, "outlet": true, "boutique": true,
	"showroom": true, "salon": true, "counter": true, "desk": true, "till": true, "office": true,
	"restaurant": true, "cafe": true, "café": true, "pharmacy": true, "garage": true, "clinic": true,
	"hotel": true, "bar": true, "market": true, "stall": true, "depot": true, "centre": true, "center": true,
})

// staffAtPlaceMaybe is staffAtPlace's pre-test: " at " follows end.
func staffAtPlaceMaybe(text string, end int) bool {
	return end+4 < len(text) && text[end] == ' ' && text[end+1] == 'a' && text[end+2] == 't' && text[end+3] == ' '
}

// staffAtPlace reports whether the lone capitalised word text[start:end]
// stands in the staff slot of a review (see above).
//
//go:noinline
func staffAtPlace(text string, start, end int) bool {
	if w := text[start:end]; cityNames.has(w) || countryNames.has(w) || regionNames.has(w) || townNames.has(w) {
		return false // "coffee from Kenya at the Leeds market": a place
	}
	before := text[max(0, start-13):start]
	if !strings.HasSuffix(before, "\"") && !strings.HasSuffix(before, "“") && !staffPraiseBefore(before) {
		return false
	}
	k := end + 4
	if strings.HasPrefix(text[k:], "the ") || strings.HasPrefix(text[k:], "our ") {
		k += 4
	} else {
		return false
	}
	words := 0
	for k < len(text) && upperAt(text, k) && words < 3 {
		for k < len(text) && text[k] != ' ' && text[k] != ',' && text[k] != '.' {
			k++
		}
		words++
		if k >= len(text) || text[k] != ' ' {
			return false
		}
		k++
	}
	if words == 0 {
		return false
	}
	e := k
	for e < len(text) && (isLower(text[e]) || text[e] >= 0x80) {
		e++
	}
	return shopSites.has(text[k:e]) && (e == len(text) || !isAlpha(text[e]))
}

// staffPraise are the phrases of staffPraiseBefore, lower case, with
// their space.
var staffPraise = []string{"service from ", "help from ", "advice from ", "support from ", "thanks to ", "shoutout to ", "shout out to "}

// staffPraiseBefore reports whether before ends with a phrase of
// staffPraise, its first letter in either case.
func staffPraiseBefore(before string) bool {
	for _, p := range staffPraise {
		if len(before) >= len(p) && equalFoldASCIIPrefix(before[len(before)-len(p):], p) {
			return true
		}
	}
	return false
}
