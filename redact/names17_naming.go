package redact

import "strings"

// Naming phrases of more languages before a lone name or nickname: a
// person is "called" something by others ("prefers to be called Pim",
// "o Roberto prefere ser chamado de Beto", "préfère qu'on l'appelle
// Ghjuvanni", "kolega nazywa go Tadzio", "la chiamano Pina", "le dicen
// Chispa", "říkají mu Pepa", "ze noemen hem Joep"). Prompts give a
// customer's nickname so in brackets after the name or in a note; the
// English ones ("calls her", "goes by", "known as") are in namingPhrases
// (person3_slots.go), and this file adds the others the same way
// person6_slots.go adds "sign as": each phrase, keyed by its last word in
// slotWords, is checked whole by namingPhraseBefore, so a last word that
// is common alone ("de", "go", "mu") counts only after its verb. A phrase
// whose verb names things as often as people ("called", "heißt",
// "chiamato", "llamado") is left out: "a shop called Bloom". The cost is
// at start-up only; loneNameSlot reads the phrases as it reads the
// English ones.
var namingPhrasesIntl = []string{
	// English: what a person prefers or asks to be called.
	"be called", "call me", "calls me",
	// Portuguese, Spanish, Italian.
	"chamado de", "chamada de", "chamar de", "chamam de", "chamamos de", "conhecido como", "conhecida como",
	"le dicen", "lo llaman", "la llaman", "le llaman", "apodado", "apodada", "conocido como", "conocida como",
	"lo chiamano", "la chiamano", "soprannominato", "soprannominata", "conosciuto come", "conosciuta come",
	// French.
	"l'appelle", "l’appelle", "l'appellent", "l’appellent", "surnommé", "surnommée",
	// German, Dutch.
	"nennen ihn", "nennen sie", "nennt ihn", "nennt sie", "noemen hem", "noemen haar", "noemt hem", "noemt haar",
	// Polish, Czech, Slovak.
	"nazywa go", "nazywa ją", "nazywają go", "nazywają ją", "mówią mu", "mówią jej", "říkají mu", "říkají jí",
	"říkáme mu", "říkáme jí", "volajú ho", "hovoria mu",
}

func init() {
	for _, p := range namingPhrasesIntl {
		namingPhrases.or(p, 1)
		w := p[strings.LastIndexAny(p, " '")+1:]
		if !slotWords.has(w) {
			slotWords.or(w, slotNaming)
		}
		for _, e := range []string{" " + w + " ", "\n" + w + " ", "'" + w + " "} {
			b := slotBit(load32(e, len(e)-4))
			slotEnds[b>>6] |= 1 << (b & 63)
		}
	}
}

// quoteOpenLast holds the last bytes of the quote marks that open a
// nickname: '"', '\”, „, “, ‘, «.
var quoteOpenLast = [256]bool{'"': true, '\'': true, 0x9E: true, 0x9C: true, 0x98: true, 0xAB: true}

// quotedNamingSlot reports whether the capitalised word at start is in
// quotes after a naming phrase: `nazywa go „Tadzio”`, `("call me Bo")`.
func quotedNamingSlot(text string, start int) bool {
	q := start - 1
	switch c := text[q]; {
	case c == '"' || c == '\'':
	case q >= 3 && text[q-2] == 0xE2 && text[q-1] == 0x80 && (c == 0x9E || c == 0x9C || c == 0x98):
		q -= 2
	case q >= 2 && text[q-1] == 0xC2 && c == 0xAB:
		q--
	default:
		return false
	}
	return slotWordBefore(text, q) == slotNaming
}

func init() {
	// The four bytes before a word in quotes after a naming phrase:
	// loneSlotMaybe lets the word through to quotedNamingSlot.
	for _, e := range []string{"go \"", "me \"", "mu \"", " „", " “"} {
		b := slotBit(load32(e, len(e)-4))
		slotEnds[b>>6] |= 1 << (b & 63)
	}
}
