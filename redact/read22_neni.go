package redact

import "strings"

// Hungarian calls an elder woman and man by name and "néni" (aunt) or
// "bácsi" (uncle), lower case after the name: "Szalai Margit néni",
// "(Ilona néni, 86 éves)", "Feri bácsi hozza" (read22, issue 9). The
// person detector's runs end at the lower-case word, and a given name no
// gazetteer knows was left. hungarianElders reads one or two capitalised
// words right before " néni" or " bácsi" in a text of several lines with
// a person found (a customer list): each a name of the gazetteers or
// spelt like a name (altNameWord, read22_bracket.go), and adds them with
// the honorific as one PERSON span. Cost: one Index pass for each word
// over such a text (their "é" and "á" bytes are rare in most prompts).

// elderReason is the reason of a name before "néni" or "bácsi": a fixed
// string.
const elderReason = "name before a Hungarian honorific of an elder (néni, bácsi)"

// hungarianElders appends the names before "néni" and "bácsi" (see
// above) that no span of dst[n0:] overlaps.
func hungarianElders(text string, dst []Span, n0 int) []Span {
	var g spanGuard // span_guard.go
	for _, h := range [...]string{" néni", " bácsi"} {
		for i, seen := 0, 0; i < len(text) && seen < bracketAltMax; seen++ {
			p := indexTail(text, i, h, 2) // the space before the honorific
			if p < 0 {
				break
			}
			i = p + len(h)
			if i < len(text) && isLetterAt(text, i) {
				continue // "nénikém" and the like: another word
			}
			s := elderNameStart(text, p)
			if s < 0 || g.overlaps(dst[n0:], len(text), s, i) {
				continue
			}
			dst = append(dst, Span{Start: s, End: i, Type: "PERSON", Rule: "builtin.person", Score: 0.75, Reason: elderReason})
		}
	}
	reportWork("hungarianElders", g.work)
	return dst
}

// elderNameStart returns the start of the one or two capitalised name
// words that end at p, or -1.
func elderNameStart(text string, p int) int {
	s := -1
	e := p
	for n := 0; n < 2; n++ {
		b := e
		for b > 0 && text[b-1] != ' ' && text[b-1] != '\n' && text[b-1] != '(' && e-b <= 32 {
			b--
		}
		if b == e || !upperAt(text, b) || !altNameWord(text[b:e]) {
			break
		}
		s = b
		if b < 2 || text[b-1] != ' ' {
			break
		}
		e = b - 1
	}
	return s
}

// indexTail returns the first index at or after i of h in text, or -1,
// as i + strings.Index(text[i:], h) does, but searches for h[skip:],
// whose first byte is rare, and tests h[:skip] before each match: an
// Index for " néni" stops at every space of the text (0 < skip < len(h)).
func indexTail(text string, i int, h string, skip int) int {
	for j := i + skip; j <= len(text); {
		k := strings.Index(text[j:], h[skip:])
		if k < 0 {
			return -1
		}
		if p := j + k - skip; text[p:p+skip] == h[:skip] {
			return p
		}
		j += k + 1
	}
	return -1
}
