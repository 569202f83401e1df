package redact

import "strings"

// An Indonesian housing-estate address (session 25): the estate's name
// after its head word, the block and the house number ("Perumahan Griya
// Asri Blok D3 No. 12", "Komplek Permata Hijau Blok B No. 7", "perum bumi
// indah blok a2 no 5", "Cluster Melati Blok F-2 No. 18"). No street type
// stands in it, so the address detector read nothing. blokAt25
// reads it back from each digit run after "No." and a block.

// blokHeads25 open an estate's or a street's name before its block, lower
// case.
var blokHeads25 = boolTable(map[string]bool{
	"komplek": true, "kompleks": true, "komp": true, "komp.": true, "perumahan": true, "perum": true,
	"griya": true, "cluster": true, "klaster": true, "taman": true, "villa": true, "residence": true,
	"residen": true, "puri": true, "graha": true, "pondok": true, "bukit": true, "citra": true, "asrama": true,
	"jl": true, "jl.": true, "jln": true, "jln.": true, "jalan": true, "gg": true, "gg.": true, "gang": true,
	"bumi": true, "vila": true, "regency": true, "kavling": true, "kav.": true,
})

// blokStart25 returns where the estate address whose house number starts
// at p begins: "No." or "No" before p, a block word and its code before
// that, and one to five words back to the farthest head word of
// blokHeads25 in the same field; or -1.
func blokStart25(text string, p int) int {
	no, ok := wordBack(text, p-1)
	if !ok || no.end != p-1 {
		return -1
	}
	switch no.str(text) {
	case "No.", "No", "no", "no.", "NO", "NO.":
	default:
		return -1
	}
	code, ok := wordBack(text, no.start-1)
	if !ok || code.end != no.start-1 || code.end-code.start > 6 || !hasDigitOrUpper25(code.str(text)) {
		return -1
	}
	blok, ok := wordBack(text, code.start-1)
	if !ok || blok.end != code.start-1 {
		return -1
	}
	switch blok.str(text) {
	case "Blok", "blok", "BLOK", "Blk", "Blk.", "blk":
	default:
		return -1
	}
	var buf [32]byte
	at, head := blok.start, -1
	for range 5 {
		w, ok := wordBack(text, at-1)
		if !ok || w.end != at-1 || w.end-w.start > len(buf) {
			break
		}
		if blokHeads25.has(lowerASCII(w.str(text), &buf)) {
			head = w.start // the farthest head: "Perumahan Griya Asri"
		}
		at = w.start
		if at < 2 {
			break
		}
	}
	return head
}

// hasDigitOrUpper25 reports whether a block's code holds a digit or a
// capital ("D3", "B", "F-2", "a2").
func hasDigitOrUpper25(c string) bool {
	return strings.IndexFunc(c, func(r rune) bool { return r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' }) >= 0
}

// blokAt25 reads the estate address whose house number is the run r (see
// above), or returns e <= s.
func blokAt25(text string, r digitRun) (int, int) {
	if r.start < 12 {
		return 0, 0
	}
	s := blokStart25(text, r.start)
	if s < 0 {
		return 0, 0
	}
	e := r.end
	if e < len(text) && isAlpha(text[e]) && (e+1 == len(text) || !isAlnum(text[e+1])) {
		e++ // "No. 12A"
	}
	return s, e
}
