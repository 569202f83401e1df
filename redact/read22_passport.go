package redact

// A travel booking writes the issuing country's code in brackets between
// the passport word and the number: "Passport (CAN) HK903317",
// "Pasaporte (MEX) G01234567" (read22, issue 9). startOK (nationalid.go)
// let no candidate start after ") ", the end of a phone number's area
// code ("(020) 7946 0000"), so the number was never read. bracketCodeEnds
// spares a bracket that closes a code of capital letters: an area code
// ends with a digit. Only a word that opens with letters reaches
// startOK's test there; digits alone after ") " stay dropped by the
// detector's table (idNoStartAt), as phone numbers want.

// bracketCodeEnds reports whether the ')' at text[i] closes two or three
// capital ASCII letters after '(' ("(CA)", "(GBR)").
func bracketCodeEnds(text string, i int) bool {
	n := 0
	for k := i - 1; k >= 0 && n <= 3; k-- {
		switch c := text[k]; {
		case isUpper(c):
			n++
		case c == '(':
			return n >= 2
		default:
			return false
		}
	}
	return false
}
