package redact

// A trade's name opening its own contact line (issue 9, session 20):
// "Osteopatia <Name>, <street>, <postcode> <town>, puh. …", "Foyer <Name> –
// <street>, …", "Autoservis <Name>, <street>, …". The person detector reads
// the capitalised words that open the line as a list item's name, and
// chainPerson then keeps the chain masked: a person before it. A name
// whose first word is a trade word (bizTrade, or bizCapTrade written
// capitalised and no given or family name: capTrade) that opens its line
// and runs into the chain's first item with only a comma or a dash
// between is the business's name, not a customer's: chainPerson passes
// over it, and once the chain is demoted, tradeLeadLower lowers it too.
// Every other guard of businessChain still holds (a customer's word, a
// possessive, a title in the head, a webmail address in the chain), and a
// customer's record keeps its name before the trade's ("Anna Koivu,
// Osteopatia …" opens with a name), so it stays masked.

// tradeLeadReason is the reason of a name lowered as a trade's: a fixed
// string.
const tradeLeadReason = "a trade's name opening its own contact line, not a person's"

// tradeLead reports whether the person s opens its line with a trade word
// and runs into a chain's first item at first, only ", ", " – " or " - "
// between.
func tradeLead(text string, s *Span, first int) bool {
	if s.End > first || first-s.End > 5 || s.Start > 0 && text[s.Start-1] != '\n' {
		return false
	}
	switch text[s.End:first] {
	case ", ", " – ", " - ", " — ", " · ":
	default:
		return false
	}
	w := text[s.Start:s.End]
	for k := 0; k < len(w); k++ {
		if w[k] == ' ' {
			w = w[:k]
			break
		}
	}
	if len(w) == len(text[s.Start:s.End]) || len(w) > 32 {
		return false // one word: a trade's word alone is no name
	}
	var buf [32]byte
	k := bizKind(lowerASCII(w, &buf))
	return k&bizTrade != 0 || k&bizCapTrade != 0 && capTrade(w, "", "", true)
}

// tradeLeadLower lowers the people of ppl (indexes of cands) that
// tradeLead reads as the name of a demoted chain starting at first.
func tradeLeadLower(text string, cands []Span, ppl []uint8, first int) {
	for _, i := range ppl {
		if s := &cands[i]; s.Score >= DefaultMinScore && tradeLead(text, s, first) {
			s.Score = premisesScore
			s.Reason = tradeLeadReason
		}
	}
}
