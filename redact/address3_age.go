package redact

// Ages in the first person and in asides, in the covered languages: "im
// 82 i cant carry", "Ik ben inmiddels 68 en afhankelijk", "bin jetzt 80 und",
// "she is now 90.", "Venkatesh Raghunathan (retired, 67)", "Mr. Arvind
// Subramaniam, 52 yrs". Each rule reads words next to a number that
// ageAt already looks at; none scans the text.

// clauseJoins are the words that open a second clause right after an age
// ("I'm 82 and", "ik ben inmiddels 68 en", "bin jetzt 80 und"): the age
// ends its clause, as before a full stop. "and", "now" and "but" are
// ageEndOK's own.
var clauseJoins = [...]string{
	"i ", "so ", "en ", "und ", "et ", "y ", "e ", "och ", "og ", "ma ", "mais ", "pero ", "maar ", "aber ",
	"men ", "ale ", "mas ", "ik ", "ich ", "je ", "jag ", "jeg ",
	"ja ", "és ", "ve ", // FI, HU, TR (dob_age7.go)
	"na po ", // Tagalog "already" and the polite particle: "lola Remedia, 79 na po siya" (read15)
}

// clauseJoinAt reports whether one of clauseJoins starts at i (after the
// space that follows an age).
func clauseJoinAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	for _, w := range clauseJoins {
		if w[0] == text[i]|0x20 && hasPrefixFoldASCII(text[i:], w) {
			return true
		}
	}
	return false
}

// ageAdverbs are the words that may stand between "to be" and an age:
// "she is now 90", "bin jetzt 80", "ik ben inmiddels 68". ageMaybe lets a
// number through only after a word that ends like an age word
// (ageWordLast), so only adverbs ending that way are listed, and "now"
// (ageWordLast also holds 'w' for it).
var ageAdverbs = boolTable(map[string]bool{
	"now": true, "almost": true, "just": true, "jetzt": true, "bereits": true, "fast": true, "erst": true,
	"inmiddels": true, "pas": true, "maintenant": true, "déjà": true, "presque": true, "già": true, "quase": true,
	"prawie": true, "snart": true, "allerede": true,
	"only": true, // "she's only 23" (ageMaybe tests its bytes)
})

// ageVerbBeforeAdverb returns the word before w when w, the word that
// starts at k right before an age, is one of ageAdverbs and the word
// before it is an age word: its start and lower-case form.
func ageVerbBeforeAdverb(text string, k int, w string, buf *[16]byte) (int, string, bool) {
	if !ageAdverbs.has(w) {
		return 0, "", false
	}
	v, q, ok := wordBeforeSpace(text, k, buf)
	if !ok {
		return 0, "", false
	}
	if v == "bin" || v == "ben" {
		// German and Dutch "I am", which need no pronoun: read as "im",
		// the weak first-person age word. (As age words of their own
		// they would let every number after "in" or "an" through
		// ageMaybe's last-byte filter, which cost ~40 instructions per
		// Find; after an adverb they cost nothing.)
		return q, "im", true
	}
	if _, found := ageWordTable.get(v); !found {
		return 0, "", false
	}
	return q, v, true
}

// noteBracketAge reads an age after a short note in brackets after a
// name: "Venkatesh Raghunathan (retired, 67)", "Ama Owusu (student,
// 19)". The comma before the run is at c; the note is one lower-case
// word right after the bracket, and the bracket closes after the run.
func noteBracketAge(text string, r digitRun, c int) (Span, bool) {
	if r.end >= len(text) || text[r.end] != ')' {
		return Span{}, false
	}
	q := c
	for q > 0 && c-q <= 16 && text[q-1] >= 'a' && text[q-1] <= 'z' {
		q--
	}
	if q == c || q < 4 || text[q-1] != '(' || text[q-2] != ' ' {
		return Span{}, false
	}
	if !nameBeforeBracket(text, q-1) {
		return Span{}, false
	}
	return Span{Start: r.start, End: r.end, Type: "AGE", Rule: "builtin.age", Score: 0.75,
		Reason: "number after a note in brackets after a name"}, true
}

// unitAppositive reports whether the age unit after the run r needs no
// "old" because the number is set off by a comma after a name: "Mr.
// Arvind Subramaniam, 52 yrs", "Leila Haddad, 34 years,".
func unitAppositive(text string, r digitRun) bool {
	c := r.start - 2
	if c < 3 || text[c] != ',' || text[c+1] != ' ' {
		return false
	}
	_, ok := appositiveAge(text, r, c)
	return ok
}
