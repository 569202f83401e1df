package redact

// script18Name reads, at the start i of a word of script sc, a name that
// the readers of person14_script.go left: a Korean name in prose
// (script18_ko.go), an Arabic kunya or nasab, an Arabic or Hebrew name
// after a kinship noun (script18_ar.go), a Thai name after a label or "นางสาว"
// (script18_th.go), the first of two given names joined by "і", "и"
// (script18_cyr.go), a nickname in quotes after a name
// (script18_nick.go), a name in katakana after a name label
// (person18b_ja.go). scriptNames calls it only when those gave none, and
// only for a text with letters of those scripts.
func script18Name(text string, i, sc int, spans []Span) (int, int, string) {
	switch sc {
	case scHangul:
		return hangulProseName(text, i)
	case scArabic, scHebrew:
		return kinUncasedName(text, i, sc, spans)
	case scThai:
		return thaiLabelName(text, i, spans)
	case scCyrillic, scGreek:
		if s, e, r := casedNickname(text, i, sc, spans); r != "" { // script18_nick.go
			return s, e, r
		}
		if sc == scCyrillic {
			return cyrillicPairFirst(text, i)
		}
	case scKana:
		return katakanaLabelName(text, i)
	}
	return 0, 0, ""
}
