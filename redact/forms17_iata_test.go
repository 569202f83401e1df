package redact

import "testing"

// TestForms17IATA covers airline passenger names (SURNAME/GIVEN and a
// title, or a given name of the gazetteers) and the slashes between
// capitals that name no one.
func TestForms17IATA(t *testing.T) {
	checkTypeCases(t, "PERSON", []typeCase{
		{"SEQ | SURNAME/GIVEN | DOB\n1 | KARAMANLIS/SOFIA MRS | 14MAR1970\n2 | NIKOLAIDES/PETROS MR | 02AUG1969",
			[]string{"KARAMANLIS/SOFIA MRS", "NIKOLAIDES/PETROS MR"}},
		{"PAX: VELLACOTT/JONATHAN MR, VELLACOTT/AMELIA MISS, VELLACOTT/ODHRAN MSTR",
			[]string{"VELLACOTT/JONATHAN MR", "VELLACOTT/AMELIA MISS", "VELLACOTT/ODHRAN MSTR"}},
		{"Rooming list: OKONKWO/CHIDINMA ADA MS - twin room", []string{"OKONKWO/CHIDINMA ADA MS"}},
		{"Boarding pass for TREMBLAY/MARIE then gate 12.", []string{"TREMBLAY/MARIE"}},
		{"Works with TCP/IP and HTTP/2 only, N/A for AC/DC fans.", nil},
		{"Mark PASS/FAIL per row, YES/NO in column B.", nil},
	})
}
