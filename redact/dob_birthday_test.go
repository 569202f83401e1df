package redact

import "testing"

// TestBirthdayWithoutYear checks days and months given as a birthday (a
// birth word or a turning age right before them), in several languages,
// the birth labels added for Portuguese and the Nordic languages, and
// days and months that are not birthdays.
func TestBirthdayWithoutYear(t *testing.T) {
	checkFindCases(t, []findCase{
		{"any month after a birth word", "Her birthday is on 12 May, and his birthday: 3 November.", []string{"DATE_OF_BIRTH:12 May", "DATE_OF_BIRTH:3 November"}},
		{"ordinal day", "his bday is the 21st of March 😀", []string{"DATE_OF_BIRTH:21st of March"}},
		{"german day with a dot", "Ihr Geburtstag ist am 17. Oktober.", []string{"DATE_OF_BIRTH:17. Oktober"}},
		{"german genitive", "zu Ihres Geburtstages am 9. März", []string{"DATE_OF_BIRTH:9. März"}},
		{"polish", "Wiek: nieznany, urodziny 23 września", []string{"DATE_OF_BIRTH:23 września"}},
		{"spanish de", "su cumpleaños es el 30 de noviembre", []string{"DATE_OF_BIRTH:30 de noviembre"}},
		{"danish", "fødselsdag 7. marts", []string{"DATE_OF_BIRTH:7. marts"}},
		{"swedish", "hennes födelsedag är den 19 oktober", []string{"DATE_OF_BIRTH:19 oktober"}},
		{"birth word after the day", "hat am 11. Mai Geburtstag", []string{"DATE_OF_BIRTH:11. Mai"}},
		{"birth word after, english", "on 4 October is her birthday", []string{"DATE_OF_BIRTH:4 October"}},
		{"turning age, two links", "he turns 70 on the 5th of August", []string{"AGE:70", "DATE_OF_BIRTH:5th of August"}},
		{"a clause between the date and a birth word", "Order by 4 October. Birthday cards ship fast.", nil},
		{"a date and an unrelated of", "we had 3 of them on 12 May", nil},
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
