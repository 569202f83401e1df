package redact

import "strings"

// Letters sign off with the name and the writer's job on one line
// ("Yours sincerely,\nK. Ashdown, Audiologist", "Kind regards,\nTemi
// Ashworth-Quayle, Practice Manager"). signatureLine took a name there
// only alone on its line; signOffRoleAfter lets a comma and a job title
// follow it.
// A job title is one to four capitalised words ("of", "and", "&" between
// them) that end the line, the last one a noun of a person's trade by its
// ending ("-ist", "-ian", "-er", "-or", "-ant", "-ent", "-eur", "-euse",
// "-trice": "Audiologist", "Optician", "Manager", "Director",
// "Consultant", "Président"), or a job word of jobOfWords before "of"
// ("Head of Customer Service"). A town that ends so ("Aldminster") passes
// too: a name and the writer's town under a closing are a person's.
// signatureLine still wants a closing line above the name, which must
// open its line, and a firm's name there ("Brightlane Roofing") stays out
// by the person rules.

// signOffRoleAfter reports whether ", " and a job title (see above) that
// ends its line follow the comma at j.
//
//go:noinline
func signOffRoleAfter(text string, j int) bool {
	k := j + 1
	if k >= len(text) || text[k] != ' ' {
		return false
	}
	k++
	words, lastStart, lastEnd, firstEnd := 0, -1, -1, -1
	for k < len(text) && text[k] != '\n' && text[k] != '\r' {
		if k-j > 48 {
			return false
		}
		if text[k] == ' ' {
			k++
			continue
		}
		e := k
		for e < len(text) && text[e] != ' ' && text[e] != '\n' && text[e] != '\r' {
			e++
		}
		switch w := text[k:e]; {
		case w == "of" || w == "and" || w == "&":
		case upperAt(text, k) && lettersOnly(w):
			if words == 0 {
				firstEnd = e
			}
			words++
			lastStart, lastEnd = k, e
		default:
			return false
		}
		k = e
	}
	if words == 0 || words > 4 || lastEnd != k && !trailingSpaces(text, lastEnd, k) {
		return false
	}
	return tradeNounEnding(text[lastStart:lastEnd]) ||
		jobOfWords.has(text[j+2:firstEnd]) && strings.HasPrefix(text[firstEnd:], " of ") // "Head of Customer Service"
}

// lettersOnly reports whether w holds letters only (any byte of a
// multi-byte letter counts), with a hyphen allowed between them.
func lettersOnly(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; !isAlpha(c) && c < 0x80 && !(c == '-' && i > 0 && i+1 < len(w)) {
			return false
		}
	}
	return w != ""
}

// trailingSpaces reports whether text[i:j] is spaces only.
func trailingSpaces(text string, i, j int) bool {
	for ; i < j; i++ {
		if text[i] != ' ' {
			return false
		}
	}
	return true
}

// tradeNounEnding reports whether w, a capitalised word of four letters
// or more, ends as nouns of a person's trade do (see above).
func tradeNounEnding(w string) bool {
	if len(w) < 4 {
		return false
	}
	for _, suf := range tradeSuffixes {
		if len(w) > len(suf)+1 && w[len(w)-len(suf):] == suf {
			return true
		}
	}
	return false
}

// tradeSuffixes are the endings tradeNounEnding reads.
var tradeSuffixes = [...]string{"ist", "ian", "er", "or", "ant", "ent", "eur", "euse", "trice"}
