package redact

// A name with its date of birth after it is a person's whatever its
// words: a family name that is also a business's word ("Pool", "Baker",
// "Mill") made orgNameDemoteAt lower a customer's name in a list of
// people with their birthdays. dateOfBirthAfter is its check.

// dateOfBirthAfter reports whether a DATE_OF_BIRTH candidate of cands
// starts within 24 bytes after end, on the same line ("… — nació el 28 de
// diciembre de 1990", "…, born 3 March 1988", "… (geb. 12.03.1975)").
func dateOfBirthAfter(text string, cands []Span, end int) bool {
	for k := range cands {
		c := &cands[k]
		if c.Start < end || c.Start > end+24 || c.Score < DefaultMinScore || c.Type != "DATE_OF_BIRTH" {
			continue
		}
		nl := false
		for j := end; j < c.Start; j++ {
			if text[j] == '\n' {
				nl = true
				break
			}
		}
		if !nl {
			return true
		}
	}
	return false
}
