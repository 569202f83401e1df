package redact

import "testing"

// TestBirthdayWithoutYear checks days and months given as a birthday (a
// birth word or a turning age right before them), in several languages,
// the birth labels added for Portuguese and the Nordic languages, and
// days and months that are not birthdays. After a birth word only months
// that start like an age unit (a, j, l, y: "12 agosto", "3 June") are read,
// where ageMaybe already stops; after a turning age, every month.
func TestBirthdayWithoutYear(t *testing.T) {
	checkFindCases(t, []findCase{
		{"birthday on, day first", "Her birthday is on 21 April, send the voucher.", []string{"DATE_OF_BIRTH:21 April"}},
		{"italian in brackets", "auguri di compleanno (23 luglio) con il codice", []string{"DATE_OF_BIRTH:23 luglio"}},
		{"dutch op", "haar verjaardag op 2 juni", []string{"DATE_OF_BIRTH:2 juni"}},
		{"turning age", "he turns 65 on October 12 and loves golf", []string{"AGE:65", "DATE_OF_BIRTH:October 12"}},
		{"turning age, day first", "she turns 30 on 9 March", []string{"AGE:30", "DATE_OF_BIRTH:9 March"}},
		{"portuguese label", "Aniversário: 19/11/1979", []string{"DATE_OF_BIRTH:19/11/1979"}},
		{"danish label", "Født: 07.06.1966", []string{"DATE_OF_BIRTH:07.06.1966"}},
		{"swedish label", "född 1966-06-07", []string{"DATE_OF_BIRTH:1966-06-07"}},
		{"a sale, not a birthday", "Our birthday sale ends 21 April.", nil},
		{"a date with no birth word", "Webinar on 21 October at noon", nil},
		{"a number after a month word", "we sold 12 in May 3 times", nil},
	})
}
