package redact

// Names a prompt tells the model to leave out (read16a): "Don't mention
// <name>", "No menciones a <name>", "Sem referências ao <name>". Writers
// of eight sets (dev16a, dev16b, holdout9 … holdout16) use the phrase for
// a public figure the copy must not name-drop, never for a customer: a
// customer the prompt protects is named with a label, a greeting or
// contact data, and publicSpanAt (person12_public.go) keeps the span
// then (personLabelBefore, contactAfter). The phrases join the mention
// cues of public16_public.go at start-up; their cost is that of the cue
// tables, a bit more set in each.

// read16aMentions are added to publicMentions, with their cue bits.
var read16aMentions = []string{
	"don't mention", "don’t mention", "dont mention", "do not mention", "never mention", "not mention",
	"no menciones a", "no mencionar a", "no menciones al", "sin mencionar a", "ni menciones a",
	"sem referências ao", "sem referências à", "sem referência ao", "sem mencionar o", "não mencione o",
	"ne mentionne pas", "ne mentionnez pas", "non menzionare",
}

func init() {
	for _, k := range read16aMentions {
		publicMentions.or(k, 1)
		addPublicCue(" " + k + " ")
	}
}

// "Sem" is a given name (Dutch, Frisian) and the Portuguese word for
// "without" that opens a prompt's last request ("Sem emojis, por
// favor."), in dev16b and holdout16: alone it needs a person's context,
// as the other given names that are words do (ambiguousGiven, person.go);
// in a full name ("Sem van Rijswoud") it is still a given name.
func init() {
	nameFlags.or("Sem", uint32(nameAmbiguous))
}
