package redact

import "testing"

// TestMoreMonthDates checks the month names and date forms of
// dob_months7.go next to birth words (values made up for the test).
func TestMoreMonthDates(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Doğum tarihi: 7 Şubat 1981", "7 Şubat 1981"},
		{"született 1961. március 8. Debrecenben", "1961. március 8."},
		{"szül.: 1977. 04. 21.", "1977. 04. 21."},
		{"Η Μαρία γεννήθηκε στις 11 Σεπτεμβρίου 1969.", "11 Σεπτεμβρίου 1969"},
		{"narozena 14. března 1990 v Brně", "14. března 1990"},
		{"narodený 3. 11. 1987, Žilina", "3. 11. 1987"},
		{"syntynyt 22. toukokuuta 1979", "22. toukokuuta 1979"},
		{"născută pe 5 noiembrie 1983", "5 noiembrie 1983"},
		{"rođen 19. srpnja 1971. u Splitu", "19. srpnja 1971"},
		{"Дата рождения: 12 марта 1984", "12 марта 1984"},
		{"народився 4 листопада 1992 року", "4 листопада 1992"},
		{"роден на 30 януари 1966", "30 януари 1966"},
		{"gimė 1975 m. gegužės 6 d.", ""},
		{"gimimo data: 6 gegužės 1975", "6 gegužės 1975"},
		{"dzimis 2 augustā 1988", "2 augustā 1988"},
		{"sündinud 17. detsember 1970", "17. detsember 1970"},
		{"lahir 8 Agustus 1994 di Bandung", "8 Agustus 1994"},
		{"ipinanganak noong 21 Hunyo 1986", "21 Hunyo 1986"},
		{"fæddur 3. nóvember 1959", "3. nóvember 1959"},
		{"date of birth 09.IX.1992", "09.IX.1992"},
		{"ur. 9. IX. 1992", "9. IX. 1992"},
		{"DOB 1992-09-09", "1992-09-09"},
		{"gennithike 3 Iouniou 1975", "3 Iouniou 1975"},
		{"D.O.B. 14-Mar-1986", "14-Mar-1986"},
		{"Date of birth: 3-SEP-1971", "3-SEP-1971"},
		{"Invoice 14-Mar-1986", ""},
		// years of birth (dob_words7.go moreYearWords)
		{"Petra Dvořáková, narozena 1963, Olomouc", "1963"},
		{"Mikko Rautio (syntynyt 1977) kysyi", "1977"},
		{"Anna Varga (szül. 1958) kérdezte", "1958"},
		{"Ion Rusu, născut în 1949", "1949"},
		{"Budi, lahir pada 1990, Bandung", "1990"},
		{"Founded 1963, Olomouc", ""},
		// no birth word: no date of birth
		{"Lieferung am 12 марта 1984", ""},
		{"Rechnung vom 7. 8. 1991", ""},
		{"1999. január 4. óta nyitva", ""},
	}
	e := newTestEngine(t)
	for _, c := range cases {
		got := ""
		if d := findType(e, c.text, "DATE_OF_BIRTH"); len(d) > 0 {
			got = d[len(d)-1]
		}
		if got != c.want {
			t.Errorf("%q: DATE_OF_BIRTH %q, want %q", c.text, got, c.want)
		}
	}
}
