package redact

import "strings"

// Arabic names the title and label readers of person14_uncased.go leave:
//   - a kunya, "أبو" or "أم" and a known given name ("أبو يوسف", the
//     father of Yusuf), which is how people are called; a place named so
//     ("أبو ظبي") has no given name second;
//   - a known given name right after a kinship noun with its pronoun
//     ("وابنها …", "زوجته …"), the conjunction "و" allowed before it;
//   - a known given name in parentheses right after a name found
//     ("أم يوسف (… …)"), the full name after a kunya or a nickname.
// The words after the given name join it while they are known names or
// family names by their form ("ال…").

// arKunyaWords are the first words of a kunya.
var arKunyaWords = keySet("أبو", "ابو", "أم", "ام", "أبا", "ابا", "أبي")

// arKinWords are Arabic kinship nouns (keys), with the pronouns they take
// before a name, in Standard Arabic and the dialects.
var arKinWords = keySet(
	"ابن", "ابنه", "ابنها", "ابني", "ابنك", "ابنتي", "ابنته", "ابنتها", "ابنتك", "بنت", "بنته", "بنتها", "بنتي",
	"بنتك", "زوج", "زوجها", "زوجي", "زوجك", "زوجة", "زوجته", "زوجتي", "زوجتك", "جوزها", "جوزي", "مرته", "مرتي",
	"أخ", "أخوه", "أخوها", "أخي", "أخته", "أختها", "أختي", "أخت", "أمه", "أمها", "أمي", "أبوه", "أبوها", "أبي",
	"والده", "والدها", "والدته", "والدتها", "حفيده", "حفيدها", "حفيدته", "حفيدتها", "خطيبها", "خطيبته",
	"صديقه", "صديقها", "صديقته", "صديقتها", "طفلها", "طفله", "طفلتها", "ولدها", "ولده", "ابنهم", "بنتهم",
)

// arabicKinName reads a name at i in one of the places above.
func arabicKinName(text string, i int, spans []Span) (int, int, string) {
	var ws [4][2]int
	n := scriptWords(text, i, scArabic, ws[:])
	if n == 0 {
		return 0, 0, ""
	}
	var buf [96]byte
	key := func(k int) string { return string(scriptKey(text[ws[k][0]:ws[k][1]], buf[:0])) }
	nameEnd := func(from int) int {
		b := from
		for b < n {
			k := key(b)
			if !scriptGivenKnown(k) && !scriptFamilyKnown(k) && !uncasedFamilyForm(k, scArabic) {
				break
			}
			b++
		}
		return ws[b-1][1]
	}
	if n >= 2 && arKunyaWords.has(key(0)) && scriptGivenKnown(key(1)) {
		return i, ws[1][1], "Arabic kunya with a known given name"
	}
	if !scriptGivenKnown(key(0)) {
		return 0, 0, ""
	}
	if a, b, ok := scriptWordBefore(text, i); ok {
		k := string(scriptKey(text[a:b], buf[:0]))
		if arKinWords.has(k) || strings.HasPrefix(k, "و") && arKinWords.has(k[len("و"):]) {
			return i, nameEnd(1), "Arabic name after a kinship word"
		}
	}
	if p := strings.TrimRight(text[:i], " "); strings.HasSuffix(p, "(") {
		p = strings.TrimRight(p[:len(p)-1], " ")
		for k := len(spans) - 1; k >= max(0, len(spans)-8); k-- {
			if spans[k].Type == "PERSON" && spans[k].End == len(p) {
				return i, nameEnd(1), "Arabic name in parentheses after a name"
			}
		}
	}
	return 0, 0, ""
}
