package redact

import "strings"

// A Japanese name may carry its reading or its Latin spelling in
// parentheses before the honorific: "山本 健太（Kenta）さん",
// "田中 美咲(Tanaka Misaki)様". jaName (person9_cjk.go) looks for the
// honorific after such a gloss; the gloss is no part of the name's span
// (the Latin name inside is read on its own).

// jaGlossEnd returns where the honorific after the name ending at e is
// looked for: past a parenthesised gloss of up to 60 bytes without a line
// break or another parenthesis, or e itself.
func jaGlossEnd(text string, e int) int {
	open, close := "（", "）"
	switch {
	case strings.HasPrefix(text[e:], "（"):
	case strings.HasPrefix(text[e:], "("):
		open, close = "(", ")"
	default:
		return e
	}
	rest := text[e+len(open):]
	k := strings.Index(rest, close)
	if k <= 0 || k > 60 || strings.ContainsAny(rest[:k], "\n(（") {
		return e
	}
	return e + len(open) + k + len(close)
}
