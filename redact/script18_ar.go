package redact

import "strings"

// Arabic and Hebrew names the title and label readers of
// person14_uncased.go leave:
//   - a kunya, "أبو" or "أم" and a known given name ("أبو يوسف", the
//     father of Yusuf), which is how people are called; a place named so
//     ("أبو ظبي") has no given name second;
//   - a known given name and a nasab, "بن" or "بنت" and another known
//     given name ("… بن …"), with the words after;
//   - a known given name right after a kinship noun with its pronoun
//     ("وابنها …", "زوجته …", Hebrew "בעלה …", "הבת שלי …"), the
//     conjunction "و" allowed before it, a Hebrew possessive between;
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

// heKinWords are Hebrew kinship nouns (keys) before a name, and
// hePossessives the possessives that may stand between.
var (
	heKinWords = keySet("בעלה", "בעלי", "בעלך", "אשתו", "אשתי", "אשתך", "בנו", "בנה", "בני", "בתו", "בתה", "בתי",
		"הבן", "הבת", "אחי", "אחיו", "אחיה", "אחותי", "אחותו", "אחותה", "אמא", "אבא", "הנכד", "הנכדה", "נכדי",
		"נכדתי", "חברתי", "חברי", "הבעל", "האישה", "הילד", "הילדה", "בנם", "בתם")
	hePossessives = keySet("שלי", "שלו", "שלה", "שלנו", "שלהם", "שלך")
)

// arNasabWords join two names of an Arabic chain: "بن", "بنت", "ابن".
var arNasabWords = keySet("بن", "بنت", "ابن", "ابنة")

// arabicNameJoin reports whether the Arabic words w and next belong to
// one name: a nasab word and a known given name ("بنت علي"), or "عبد"
// and the word after it ("عبد الله").
func arabicNameJoin(w, next string) bool {
	var buf [96]byte
	k := string(scriptKey(w, buf[:0]))
	if k == "عبد" {
		return true
	}
	return arNasabWords.has(k) && scriptGivenKnown(string(scriptKey(next, buf[:0])))
}

// kinUncasedName reads a name at i in one of the places above.
func kinUncasedName(text string, i, sc int, spans []Span) (int, int, string) {
	var ws [5][2]int
	n := scriptWords(text, i, sc, ws[:])
	if n == 0 {
		return 0, 0, ""
	}
	var buf [96]byte
	key := func(k int) string { return string(scriptKey(text[ws[k][0]:ws[k][1]], buf[:0])) }
	nameEnd := func(from int) int {
		b := from
		for b < n {
			if sc == scArabic && b+1 < n && arabicNameJoin(text[ws[b][0]:ws[b][1]], text[ws[b+1][0]:ws[b+1][1]]) {
				b += 2
				continue
			}
			k := key(b)
			if !scriptGivenKnown(k) && !scriptFamilyKnown(k) && !uncasedFamilyForm(k, sc) {
				break
			}
			b++
		}
		return ws[b-1][1]
	}
	if sc == scArabic && n >= 2 && arKunyaWords.has(key(0)) && scriptGivenKnown(key(1)) {
		return i, ws[1][1], "Arabic kunya with a known given name"
	}
	if !scriptGivenKnown(key(0)) || sc == scHebrew && hePossessives.has(key(0)) {
		return 0, 0, "" // "הבת שלי …": the possessive is a given name too
	}
	if sc == scArabic && n >= 3 && arabicNameJoin(text[ws[1][0]:ws[1][1]], text[ws[2][0]:ws[2][1]]) && key(1) != "عبد" {
		return i, nameEnd(1), "Arabic given name and nasab"
	}
	if a, b, ok := scriptWordBefore(text, i); ok {
		k := string(scriptKey(text[a:b], buf[:0]))
		if sc == scHebrew && hePossessives.has(k) {
			if a, b, ok = scriptWordBefore(text, a); !ok {
				return 0, 0, ""
			}
			k = string(scriptKey(text[a:b], buf[:0]))
		}
		if sc == scArabic && (arKinWords.has(k) || strings.HasPrefix(k, "و") && arKinWords.has(k[len("و"):])) ||
			sc == scHebrew && heKinWords.has(k) {
			return i, nameEnd(1), "name in its own script after a kinship word"
		}
	}
	if p := strings.TrimRight(text[:i], " "); strings.HasSuffix(p, "(") {
		p = strings.TrimRight(p[:len(p)-1], " ")
		for k := len(spans) - 1; k >= max(0, len(spans)-8); k-- {
			if spans[k].Type == "PERSON" && spans[k].End == len(p) {
				return i, nameEnd(1), "name in its own script in parentheses after a name"
			}
		}
	}
	return 0, 0, ""
}
