package redact

// Two identifier forms the national-ID detector refused by their layout,
// found on the nineteenth session's blind set (marketing-holdout16) after
// its blind run. Left: a Corsican NIR written in groups ("2 76 08 2A …"),
// which idQuickReject and the exact gates in front of it drop as a chain
// of digit groups ending in a letter; only the compact form is read.

// nirCorsica reports whether c, 15 characters, is a French NIR of a person
// born in Corsica: the department after sex, year and month is "2A" or
// "2B" (since 1976), and the key is computed with 2A read as 19 and 2B as
// 18 (the INSEE rule), so nirValid, which reads digits only, cannot check
// it.
func nirCorsica(c string) bool {
	if len(c) != 15 || c[5] != '2' || c[6] != 'A' && c[6] != 'B' {
		return false
	}
	var d [15]byte
	copy(d[:], c)
	d[5], d[6] = '1', '9'
	if c[6] == 'B' {
		d[6] = '8'
	}
	for _, b := range d {
		if b < '0' || b > '9' {
			return false
		}
	}
	return nirValid(string(d[:]))
}

// ninoStartOK is startOK for the two letters of a National Insurance
// number, which may follow a closing bracket and a space ("NI number (for
// the payment form) AB 12 34 56 C"): startOK refuses a candidate there
// because a phone number's digits follow its area code so ("(020) 7946
// 0958"), but no phone number goes on with two letters.
func ninoStartOK(text string, ls int) bool {
	if ls >= 2 && text[ls-1] == ' ' && text[ls-2] == ')' {
		return true
	}
	return startOK(text, ls)
}
