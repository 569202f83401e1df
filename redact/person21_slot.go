package redact

// A sign-off or a naming slot holds a business's name as often as a
// person's (issue 9, session 21): "Sign as Brightloom Ltd, 0800 …", "Sign
// as Reception Desk, 01-…", "Assinatura: Amigos do Jardim …", "Absender:
// Praxis am Hafen, …". The slot reads one capitalised
// word, and the words after it, which no name takes, are the rest of the
// organisation's name: a capitalised word (a legal form, a country's
// code, an organisation's noun) or a particle and a capitalised word right
// after it. A person's one-word name in the slot ends there: a comma, a
// full stop, a line's end ("Sign as Oriane", "goes by Teca)").

// orgAfterSlot reports whether the word that ends at end, read by a
// naming or a signing slot, runs into more of an organisation's name: one
// space, then a capitalised word, or a particle of a name ("do", "am",
// "de") and a capitalised word.
func orgAfterSlot(text string, end int) bool {
	i := end + 1
	if i+1 >= len(text) || text[end] != ' ' {
		return false
	}
	if upperAt(text, i) {
		return true
	}
	j := i
	for j < len(text) && isLower(text[j]) {
		j++
	}
	if j == i || j-i > 4 || j+1 >= len(text) || text[j] != ' ' || !orgParticle(text[i:j]) {
		return false
	}
	return upperAt(text, j+1)
}
