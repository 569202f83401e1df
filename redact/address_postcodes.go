package redact

// Swedish postcodes after a street address, before their town ("114 51
// Stockholm": three digits, a space, two), and the districts of Mexican
// and Brazilian addresses. Danish and Norwegian codes have four digits,
// and Polish ones ("00-950") two, a dash and three; both go through
// postcodeAfterAddress's other cases. A Swedish or Polish code with no
// street before it is not read: testing every three-digit run for one
// cost the walk over the runs 10 instructions per text (cachegrind,
// FindCorpus/all) and found none more in the eval sets.

// swedishPostcodeEnd returns where a Swedish postcode whose first group
// is the three-digit run r ends ("114 51").
func swedishPostcodeEnd(text string, r digitRun) (int, bool) {
	e := r.end + 3
	if r.end-r.start != 3 || e > len(text) || text[r.end] != ' ' || !isDigit(text[r.end+1]) || !isDigit(text[r.end+2]) ||
		!wordEndAt(text, e) {
		return 0, false
	}
	return e, true
}

// districtWords name the district that Mexican and Brazilian addresses
// put between the street and the postcode: "Col. Roma Norte", "Colonia
// Del Valle", "Fracc. Las Palmas", "Bairro Centro".
var districtWords = boolTable(map[string]bool{
	"Col.": true, "Colonia": true, "Fracc.": true, "Bairro": true, "Barrio": true,
})

// districtAt reads a district at the word w (one of districtWords, then
// one to four capitalised words) and returns where it ends.
func districtAt(text string, w word) (int, bool) {
	if !districtWords.has(w.str(text)) {
		return 0, false
	}
	end, n := nameWordsAfter(text, w.end, 4)
	return end, n > 0
}
