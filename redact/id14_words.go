package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Passport and driving-licence words of more languages and scripts.
// Multi-word names are keyed by their most telling word ("cestovní pas":
// "cestovní", "prawo jazdy": "jazdy", "carta de condução": "condução");
// bare "pas" (French "not") is left out. A word that starts with a
// non-ASCII letter is also added with that letter upper-cased
// ("Паспорт", "Útlevél"), since lookupCtx lower-cases ASCII only. They go
// into contextWords, so docFilter and every other ctxFilter of those
// families take them.
var (
	morePassportWords = []string{
		"paszport", "paszportu", "cestovní", "cestovný", "cestovniho", "cestovního", "útlevél", "útlevélszám",
		"putovnica", "putovnice", "pasoš", "pašaport", "pașaport", "paşaport", "pasaport", "pasaportu",
		"passaporte", "passaportes", "passi", "passin", "passet", "passnummer", "passnr", "paspor", "pasport",
		"pasaporte", "pasaportes", "pasaporti", "pp", "passportno",
		"διαβατήριο", "διαβατηρίου", "паспорт", "паспорта", "паспорту", "паспорті", "паспортні",
		"旅券", "パスポート", "여권", "护照", "護照", "جواز", "דרכון", "पासपोर्ट",
	}
	moreLicenceWords = []string{
		"jazdy", "řidičský", "řidičského", "vodičský", "ehliyet", "ehliyeti", "körkort", "korkort",
		"kørekort", "førerkort", "ajokortti", "ajokortin", "condução", "conducao", "conducir", "cnh", "vozačka", "vozačke", "vezetői", "jogosítvány", "permis",
		"führerscheinnummer", "rijbewijsnummer", "licenseno",
		"водительское", "водійське", "運転免許", "운전면허", "驾驶证", "駕駛執照",
	}
)

// withMoreDocWords adds morePassportWords and moreLicenceWords to m.
func withMoreDocWords(m map[string]ctxKind) map[string]ctxKind {
	add := func(ws []string, k ctxKind) {
		for _, w := range ws {
			m[w] |= k
			if r, n := utf8.DecodeRuneInString(w); r >= 0x80 && unicode.IsLower(r) {
				m[string(unicode.ToUpper(r))+w[n:]] |= k
			}
		}
	}
	add(morePassportWords, ctxPassport)
	add(moreLicenceWords, ctxLicence)
	m["आधार"] |= ctxAadhaar
	return m
}

// cjkPassportWords name a passport in scripts written without spaces,
// where the word is glued to the next ("护照号码：", "旅券番号",
// "여권번호"), so that contextBefore, which looks up whole words, misses
// it.
var cjkPassportWords = [...]string{"护照", "護照", "旅券", "パスポート", "여권"}

// cjkPassportIn returns the first of cjkPassportWords in s, or "".
func cjkPassportIn(s string) string {
	for _, w := range cjkPassportWords {
		if strings.Contains(s, w) {
			return w
		}
	}
	return ""
}

// passportMarketing reports whether s names a passport as a figure of
// speech of travel marketing ("your passport to savings", "passport to
// adventure"): no document's number follows such a phrase. ("Her passport
// for the flights" names the document.)
func passportMarketing(s string) bool {
	for _, p := range [...]string{"assport to ", "assports to "} {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

// passportLetterBefore returns the start of a passport number written
// with a space after its one capital letter ("K 1234567"): start less
// two when the 7 or 8 digits of c have such a letter, alone, before them.
func passportLetterBefore(text string, start int, c string, nd int) int {
	if nd != len(c) || nd < 7 || nd > 8 || start < 2 || text[start-1] != ' ' {
		return start
	}
	if l := text[start-2]; l < 'A' || l > 'Z' || start > 2 && idByte[text[start-3]]&idAlnum != 0 {
		return start
	}
	return start - 2
}

// passportShape reports whether c, one group with nd digits, has the shape
// of a passport number: 6 to 9 characters, either up to two letters and
// digits (US, UK and Canadian nine digits, India's, China's, Korea's and
// Japan's letters and 7 or 8 digits), or letters among at least five
// digits (passportMixed: French, Spanish, Dutch), or a German number of
// nine characters without vowels (germanPassport).
func passportShape(c string, nd int) bool {
	return len(c) >= 6 && len(c) <= 9 && (nd >= 6 && lettersThenDigits(c) || nd >= 5 && passportMixed(c) || germanPassport(c))
}

// germanPassport reports whether c is a German passport or identity card
// number: nine characters of C F G H J K L M N P R T V W X Y Z and digits,
// starting with a letter ("C01X00T47", "C7HX2L9R4").
func germanPassport(c string) bool {
	if len(c) != 9 || c[0] < 'A' {
		return false
	}
	for i := 0; i < len(c); i++ {
		if b := c[i]; !(b >= '0' && b <= '9') && strings.IndexByte("CFGHJKLMNPRTVWXYZ", b) < 0 {
			return false
		}
	}
	return true
}
