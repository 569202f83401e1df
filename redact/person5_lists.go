package redact

// Word lists of person5's rules.

func init() {
	for _, w := range person5Stops {
		if nameFlagsOf(w) == 0 {
			nameFlags.or(w, uint32(nameStop))
		}
	}
}

// person5Stops are answers, thanks and interjections of the prompt
// languages that open a chat line or a reply right after the speaker's
// label ("Cliente : Oui, j'ai déménagé", "Kunde: Danke, passt"), where a
// capitalised word after a customer label reads as a name. None is a
// given or family name of the gazetteers; the ones that are names too
// ("Si", "Dag", "Ja") are left out.
var person5Stops = []string{
	"Oui", "Non", "Bonsoir", "Parfait", "Absolument", "Entendu", "Voilà", "Voila", "Exactement",
	"Sí", "Vale", "Claro", "Gracias", "Bueno", "Buenas", "Perfecto", "Exacto", "Muchas", "Okey",
	"Sim", "Não", "Obrigado", "Obrigada", "Perfeito", "Exatamente",
	"Nein", "Danke", "Genau", "Gerne", "Natürlich", "Vielen",
	"Nee", "Jawel", "Doei", "Goedemorgen", "Goedemiddag",
	"Grazie", "Certo", "Perfetto", "Esatto", "Allora", "Buonasera",
	"Dzięki", "Okay", "Yep", "Yeah", "Nope", "Alright", "Hmm",
}

// epithetEndAt reports whether the lone name text[start:end] ends a
// notableEpithets entry of three words: the second name of a couple from
// literature or legend ("Romeo e Giulietta", "Orphée et Eurydice"), whose
// first name epithetAt tells.
func epithetEndAt(text string, start, end int) bool {
	if start < 6 || text[start-1] != ' ' || !isLower(text[start-2]) {
		return false
	}
	l := start - 2
	for l > 0 && text[l-1] != ' ' && start-l < 6 {
		l--
	}
	if l < 3 || text[l-1] != ' ' || !epithetLinks.has(text[l:start-1]) {
		return false
	}
	b := l - 1
	for b > 0 && text[b-1] != ' ' && text[b-1] != '\n' && text[b-1] != '(' && text[b-1] != '"' && l-b < 40 {
		b--
	}
	if text[b] >= 0x80 {
		b = end - len(trimOpenQuotes(text[b:end])) // „Romeo und Julia“ (person12_public.go)
	}
	return notableEpithets.has(text[b:end])
}

// slashSignOff reports whether the lone word text[start:end], right after
// a slash, signs a message off the Nordic way ("Appen kraschar. /Noor"):
// the slash follows the end of a sentence and a space, or opens its line,
// and the word, which ends its line (dashSignOffLast's caller sees to
// that), is a given name of the gazetteers, also one that is a word too,
// and no place.
func slashSignOff(text string, start, end int) bool {
	if !slashSignStart(text, start-1) {
		return false
	}
	f := nameFlagsOf(text[start:end])
	return f&nameCity == 0 && f&(nameGiven|nameAmbiguous) != 0
}

// slashSignStart reports whether the slash at s may open a sign-off
// "/Name" (slashSignOff): a sentence's end and a space come before it, or
// it opens its line. A slash in a path or a URL ("example.com/Sale",
// "and/or") has a letter or digit before it.
func slashSignStart(text string, s int) bool {
	if s == 0 || text[s-1] == '\n' {
		return true
	}
	if s < 2 || text[s-1] != ' ' {
		return false
	}
	c := text[s-2]
	return c == '.' || c == '!' || c == '?' || c == ')'
}
