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
