package redact

import "strings"

// Kinship words of more languages before a lone name: "i kći Lejla"
// (Croatian, Bosnian, Serbian), "mano vyras Tomas" (Lithuanian), "s
// dcerou Bárou" (Czech), "a soția Ioana" (Romanian), "és a férje Bence"
// (Hungarian), "vaimo Aino" (Finnish), "eşi Zeynep" (Turkish), "suami
// Budi" (Indonesian, Malay), and the Nordic definite forms and
// grandparents ("barnebarnet Ida", "hans mor Ragna", "sonen Nils"). intlRelations (person3_slots.go) holds
// them for French, Spanish, Italian, Dutch, German, Portuguese, Polish
// and the Nordic languages; a lone capitalised word after one, in lower
// case, is a person (loneNameSlot's slotRelation), as it is after those.
// Left out are the words that are common words of a prompt language too
// ("sin", Spanish "without"; "mies", German "poor"; "kone", Finnish
// "machine"; "anak", a Malay joiner; "far", English). The cost is at start-up only.
var intlRelationsMore = strings.Fields(`
	dcera dceru dcerou manžel manžela manželka manželku bratr máma táta vnučka vnuk kamarádka kamarád babička
	dědeček teta strýc neteř synovec dcéra otec
	kći kćer kćerka muž supruga suprug unuka unuk baka djed prijateljica prijatelj hči hčerka mož
	vyras žmona dukra dukrelė sūnus sesuo brolis tėtis anūkė anūkas draugė draugas
	vīrs sieva meita dēls māsa brālis
	fiica fiul soția soțul sora fratele nepoata nepotul prietena prietenul bunica bunicul
	lánya fia férje felesége húga öccse nővére bátyja unokája barátnője
	tytär poika vaimo sisko veli äiti isä tütar poeg naine mees õde vend
	kızı oğlu eşi kardeşi annesi babası torunu arkadaşı kızım oğlum eşim annem babam kardeşim torunum ablam yeğenim
	istri isteri suami adik kakak
	søn mand mor mormor morfar farmor farfar datteren sønnen barnebarn barnebarnet barnet kona konen mannen
	ektemann samboer kjæreste dottern sonen barnbarn barnbarnet systern brodern frun hustrun sambo`)

func init() {
	for _, w := range intlRelationsMore {
		addIntlRelation(w)
	}
}

// addIntlRelation makes the lower-case kinship word w a relation of
// intlRelations, before a lone name (loneNameSlot's slotRelation), unless
// a table holds it already.
func addIntlRelation(w string) {
	if intlRelations.has(w) || slotWords.has(w) {
		return
	}
	intlRelations.put(w, 1)
	slotWords.or(w, slotRelation)
	for _, e := range []string{" " + w + " ", "\n" + w + " ", w + ": "} {
		b := slotBit(load32(e, len(e)-4))
		slotEnds[b>>6] |= 1 << (b & 63)
	}
}
