package redact

// Mongolian given names are compounds of a few dozen name words ("bat"
// firm, "erdene" jewel, "enkh" peace, "gan" steel, "baatar" hero,
// "tsetseg" flower, "maa" of women's names), written as one word or
// with a hyphen, and a patronymic is such a name too: "Ganbold",
// "Oyuntsetseg", "Bat-Ochir", "Enkhtuya Sukhbaatar". mongolName tells
// such a word by splitting it whole into two to four of the name words
// of mongolMorphs; names17Forms (names17_forms.go) reads it for an
// unknown word of a run of two to four capitalised words, never for a
// lone word. The words are no English, German or Romance words of two
// of those pieces ("Batman" and "Dashboard" end in no name word). Cost:
// a table look-up per prefix of an unknown word of a run opening with
// the first letter of a name word.

// mongolMorphs are the name words, romanised as Mongolians write them in
// Latin letters (lower case).
var mongolMorphs = boolTable(map[string]bool{
	"bat": true, "bold": true, "baatar": true, "bayar": true, "erdene": true, "enkh": true, "gan": true,
	"oyun": true, "munkh": true, "altan": true, "tsetseg": true, "tuya": true, "zaya": true, "chimeg": true,
	"jargal": true, "suren": true, "sukh": true, "ochir": true, "dorj": true, "tsog": true, "tsogt": true,
	"naran": true, "saran": true, "otgon": true, "nomin": true, "khuu": true, "gerel": true, "nyam": true,
	"dash": true, "tseren": true, "buyan": true, "delger": true, "davaa": true, "purev": true, "ulzii": true,
	"amar": true, "khishig": true, "tumur": true, "sarnai": true, "uyanga": true, "dulam": true, "bileg": true,
	"chuluun": true, "byamba": true, "jin": true, "tsolmon": true, "khulan": true, "ariun": true, "erkh": true,
	"orgil": true, "zorig": true, "badam": true, "lkham": true, "sumber": true, "bolor": true, "maa": true,
	"tulga": true, "mend": true, "saikhan": true, "undral": true, "temuulen": true, "khongor": true,
	"tsend": true, "dagva": true, "norov": true, "yondon": true, "dolgor": true, "khand": true, "oyut": true,
	"ganzorig": true, "od": true, "sod": true, "nasan": true, "mönkh": true, "tömör": true, "ölzii": true,
})

// mongolFirst has the first bytes of the name words.
var mongolFirst = func() (t [256]bool) {
	for _, w := range mongolMorphs.keyList() {
		if w != "" {
			t[w[0]] = true
			t[w[0]-'a'+'A'] = true
		}
	}
	return t
}()

// mongolName reports whether w, a capitalised word, splits whole into
// two to four name words of mongolMorphs, a hyphen allowed between two.
func mongolName(w string) bool {
	if len(w) < 6 || len(w) > 24 || !mongolFirst[w[0]] {
		return false
	}
	var buf [24]byte
	n := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c == '-':
			continue
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		}
		buf[n] = c
		n++
	}
	return mongolSplit(string(buf[:n]), 0)
}

// mongolSplit reports whether s splits whole into name words, k of them
// read before it, two to four in all.
func mongolSplit(s string, k int) bool {
	if s == "" {
		return k >= 2
	}
	if k == 4 {
		return false
	}
	for l := 2; l <= 8 && l <= len(s); l++ {
		if mongolMorphs.has(s[:l]) && mongolSplit(s[l:], k+1) {
			return true
		}
	}
	return false
}
