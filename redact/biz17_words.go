package redact

import "strings"

// Trades whose name opens a business's own contact line (issue 9,
// session 19): "<Trade> <Name>, <street>, <town>, <phone>" as a
// letterhead, a footer or a work order's first line writes it, in the
// languages of the writers: a jeweller's ("Gioielleria …", "Joyería …"),
// a locksmith's ("Serrurerie …", "Cerrajería …", "Schlüsseldienst …"), a
// laundry's ("Waschsalon …", "Laverie …", "Lavandería …"), a hairdresser's,
// a butcher's, an ice-cream parlour's, a riding school's or a livery
// yard's, a language or a dance school's, a beauty or a nail studio's.
// They join bizTable as bizCapTrade (business15_words.go's kind): a trade
// word only when capitalised and no given or family name (capTrade), so
// "the laundry" or "a locksmith" in a sentence changes nothing. Every
// guard of businessChain still holds: a person, a customer's, a
// delivery's or a residence's word in the head keeps the chain masked.
// They cost a few table entries; the gates' filters hold them as they
// hold business15's words.
const bizOrgWords17 = `
	gioielleria oreficeria joyería joyeria bijouterie juwelier juweliere jewellers jewelers jeweller jeweler
	smykker guldsmed kultaseppä złotnik zlatnictví
	serrurerie cerrajería cerrajeria schlüsseldienst locksmith locksmiths slotenmaker låssmed lukkoseppä
	ferramenta ferretería ferreteria quincaillerie eisenwaren ijzerwaren
	waschsalon wäscherei reinigung laverie blanchisserie pressing lavandería lavanderia tintoria
	wasserette laundrette launderette laundromat laundry tvätteri pesula pralnia prádelna
	friseur friseursalon friseurin peluquería peluqueria parrucchiere parrucchieria kapper kapsalon
	frisör frisørsalon kampaamo fryzjer kadeřnictví hairdressers barbers barbershop
	macelleria carnicería carniceria boucherie metzgerei fleischerei slagerij butchers slakteri
	gelateria heladería heladeria eisdiele ijssalon
	reitschule reitstall reitverein reithof ponyhof manège hípica hipica maneggio manege ridskola
	rideskole ratsastuskoulu stables livery
	sprachschule tanzschule musikschule kosmetikstudio nagelstudio kosmetiksalon tattoostudio
	schoonheidssalon nagelsalon institut
	fioreria floristería floristeria blumenladen bloemist blomsterbutik kukkakauppa kwiaciarnia
	kiosk vinothek heuriger buschenschank enoteca bodega
`

// bizWords17 joins bizOrgWords17 to bizTable (business12_block.go).
func bizWords17(or func(string, uint32)) {
	for w := range strings.FieldsSeq(bizOrgWords17) {
		or(w, bizCapTrade)
	}
}
