package redact

import "strings"

// A couple written with one family name: "Остап і Христина Гнатюк",
// "Игорь и Анна Смирновы". The first given name stands alone, so
// casedScriptName (person14_cased.go) leaves it; cyrillicPairFirst takes
// it when it and the word after the conjunction are both known given
// names. The second name is then read after it as a name after a name
// (scriptSlotBefore's slotAfterName).

// cyrPairJoins are the conjunctions between the two names.
var cyrPairJoins = [...]string{" і ", " и ", " та ", " й "}

// cyrillicPairFirst returns the bounds of the first given name of such a
// couple at i.
func cyrillicPairFirst(text string, i int) (int, int, string) {
	e := scriptWordEnd(text, i, scCyrillic)
	if !casedWord(text[i:e]) || !cyrGivenKey(text[i:e]) {
		return 0, 0, ""
	}
	for _, j := range cyrPairJoins {
		if !strings.HasPrefix(text[e:], j) {
			continue
		}
		s2 := e + len(j)
		e2 := scriptWordEnd(text, s2, scCyrillic)
		if e2 > s2 && casedWord(text[s2:e2]) && cyrGivenKey(text[s2:e2]) {
			return i, e, "given name in its own script joined to another name"
		}
	}
	return 0, 0, ""
}

// cyrGivenKey reports whether w is a known given name, in any case.
func cyrGivenKey(w string) bool {
	var buf [96]byte
	k := string(scriptKey(w, buf[:0]))
	return scriptGivenKnown(k) || inflectedKnown(k, scCyrillic, scriptGivenKnown)
}
