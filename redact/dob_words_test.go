package redact

import "testing"

// TestAgeInWordsOnBirthday checks ages written in words next to a
// birthday: after a turning verb right before the day, or earlier on the
// line, in several languages; and words that are no age.
func TestAgeInWordsOnBirthday(t *testing.T) {
	checkFindCases(t, []findCase{
		{"english", "she turns sixty on the 2nd of June", []string{"AGE:sixty", "DATE_OF_BIRTH:2nd of June"}},
		{"hyphenated", "he turns forty-five on 3 May", []string{"AGE:forty-five", "DATE_OF_BIRTH:3 May"}},
		{"a ten and one", "he turns sixty-one on 3 May", []string{"AGE:sixty-one", "DATE_OF_BIRTH:3 May"}},
		{"one alone is prose", "this one turns out well on 3 May", nil},
		{"german compound", "Opa wird einundachtzig am 4. Juli", []string{"AGE:einundachtzig", "DATE_OF_BIRTH:4. Juli"}},
		{"spanish with a unit", "mi madre cumple ochenta años el 12 de mayo", []string{"AGE:ochenta años", "DATE_OF_BIRTH:12 de mayo"}},
		{"swedish", "Lars fyller sextio den 8 augusti", []string{"PERSON:Lars", "AGE:sextio", "DATE_OF_BIRTH:8 augusti"}},
		{"age earlier on the line", "my son turns seven next week (birthday 14 March)", []string{"AGE:seven", "DATE_OF_BIRTH:14 March"}},
		{"a verb but no number", "the road turns left on 3 May", nil},
		{"turned to", "she turned to us on her birthday, 9 May", []string{"DATE_OF_BIRTH:9 May"}},
	})
}

// TestOrdinalBirthdayAge checks an ordinal before a birthday word after a
// personal possessive, and a business's birthday, which is no age.
func TestOrdinalBirthdayAge(t *testing.T) {
	checkFindCases(t, []findCase{
		{"english", "a cake for her 60th birthday", []string{"AGE:60"}},
		{"german", "zu seinem 50. Geburtstag", []string{"AGE:50"}},
		{"dutch", "voor haar 40e verjaardag", []string{"AGE:40"}},
		{"a shop's birthday", "celebrating our 10th birthday with a sale", nil},
		{"no possessive", "the 5th birthday party", nil},
	})
}

// TestBirthYear checks a bare year of birth after a birth word, with or
// without a preposition, and years that are none.
func TestBirthYear(t *testing.T) {
	checkFindCases(t, []findCase{
		{"born", "customer since 2015, born 1961, loves jazz", []string{"DATE_OF_BIRTH:1961"}},
		{"born in", "she was born in 1990 in Leeds", []string{"DATE_OF_BIRTH:1990"}},
		{"german Jg.", "Herr K. (Jg. 1958) fragt nach", []string{"DATE_OF_BIRTH:1958"}},
		{"french née en", "Mme R., née en 1947, cliente fidèle", []string{"DATE_OF_BIRTH:1947"}},
		{"italian nato nel", "nato nel 1972 a Bari", []string{"DATE_OF_BIRTH:1972"}},
		{"polish", "urodzona w 1985", []string{"DATE_OF_BIRTH:1985"}},
		{"not a birth year", "founded in 1958, our shop was born again in 2019 after renovation", nil},
		{"a year out of range", "born 1850", nil},
	})
}
