package redact

// A famous person's name with a parent's name joined to it names
// somebody else: "Anwar Ibrahim bin Kassim", "Salman Khan s/o Rafiq",
// "Siti Aminah binti Yusof" (Malay, Arabic and South Asian patronymic
// joins of nameJoiners, person15_join.go). Public figures are written
// without the join; records, rosters and chat display names of private
// people carry it. parentJoinedAfter lets isNotable (person_notable.go)
// leave such a name to the person rules, which then read the join.
// Cost: none on a text without a notable name; a few byte tests after
// one.

// parentJoinedAfter reports whether a joiner of nameJoiners and a
// capitalised word follow the name that ends at end, each after one
// space.
func parentJoinedAfter(text string, end int) bool {
	if !joinerAfter(text, end) {
		return false
	}
	j := end + 1
	for j < len(text) && j-end <= 6 && (isLower(text[j]) || text[j] == '/') {
		j++
	}
	return j+1 < len(text) && text[j] == ' ' && nameJoiners.has(text[end+1:j]) && upperAt(text, j+1)
}
