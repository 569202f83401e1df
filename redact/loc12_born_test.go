package redact

import "testing"

// TestBirthDates12 checks the dates after an abbreviation of born
// (loc12_born.go), the CJK birth-date column labels and the two-digit
// year in a birth-date column (table7_labels.go, table.go), and their
// look-alikes.
func TestBirthDates12(t *testing.T) {
	checkFindCases(t, []findCase{
		{"fi s.", "Ilmoittautuneet:\n- Venla Heikkinen, s. 3.5.2012, huoltaja paikalla",
			[]string{"PERSON:Venla Heikkinen", "DATE_OF_BIRTH:3.5.2012"}},
		{"no f.", "Ola Nordmann (f. 12.04.1955) kommer", []string{"PERSON:Ola Nordmann", "DATE_OF_BIRTH:12.04.1955"}},
		{"ja column", "リストです。\n\n会員番号,生年月日\nB-0001,1978年11月3日\nB-0002,1993/02/14\n",
			[]string{"DATE_OF_BIRTH:1978年11月3日", "DATE_OF_BIRTH:1993/02/14"}},
		{"two-digit year", "id,dob\n17,'79\n18,1990-07-02\n",
			[]string{"DATE_OF_BIRTH:'79", "DATE_OF_BIRTH:1990-07-02"}},
		// Look-alikes.
		{"plural s.", "the parcels. 3.5.2012 was the day", nil},
		{"section", "see pp. 3.5.2012", nil},
	})
}
