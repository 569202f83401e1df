package redact

// Dutch house numbers with their addition (PostNL's "huisnummer-
// toevoeging"): a floor in Roman numerals ("Diezerpoort 14-II", the second
// floor up), "hs" for the ground floor's door ("14-hs"), "bis" and the
// like, after a one-word street and before a postcode and town (or a
// bracket), as oneWordStreetBefore reads them ("Kerkpad 14-II, 8011 PK");
// the postcode keeps its two letters ("8011 PK"), which is the whole
// Dutch code. Cost: a byte test after the comma's house number where
// oneWordStreetBefore is already called.

// nlAdditions are the additions after a Dutch house number's dash.
var nlAdditions = boolTable(map[string]bool{
	"I": true, "II": true, "III": true, "IV": true, "hs": true, "HS": true, "h": true, "H": true, "bis": true,
	"zw": true, "rd": true, "bg": true,
})

// nlAdditionStart returns where the dash of a Dutch addition that ends at
// e starts when one ends there after a digit ("31-II"), or the slash of a
// Croatian or Serbian floor ("45/III", street22), else e.
func nlAdditionStart(text string, e int) int {
	k := e
	for k > 0 && e-k < 3 && isAlpha(text[k-1]) {
		k--
	}
	if k == e || k < 3 || text[k-1] != '-' && text[k-1] != '/' || !isDigit(text[k-2]) || !nlAdditions.has(text[k:e]) {
		return e
	}
	return k - 1
}

// nlLettersEnd returns where the postcode that starts with the run r
// ends: after its two capital letters when r has four digits and they
// follow it ("8011 PK"), else at the run's end.
func nlLettersEnd(text string, r digitRun) int {
	e := r.end
	if e-r.start == 4 && e+3 <= len(text) && text[e] == ' ' && isUpper(text[e+1]) && isUpper(text[e+2]) &&
		wordEndAt(text, e+3) {
		return e + 3
	}
	return e
}
