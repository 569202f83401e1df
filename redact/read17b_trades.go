package redact

import "strings"

// Trades and institutions whose own contact line opens a prompt's data
// (issue 9, session 20): a letterhead or a work order's first line writes
// "<Trade> <Name> – <street>, <postcode> <town> – <phone>" before the
// customers it lists: an optician's ("Ottica …", "Óptica …", "Optyk …"),
// an osteopath's, a car service's or a car wash's, a pawnbroker's, an
// animal shelter's or a hostel's ("Schronisko …", "Adăpostul …", "Foyer
// …"), a town library or a primary school. They join bizTable
// (business12_block.go) as bizCapTrade: a trade word only when
// capitalised and no given or family name (capTrade), so "the foyer" or
// "a museum" in a sentence changes nothing. Every guard of businessChain
// still holds: a person, a customer's, a delivery's or a residence's word
// in the head keeps the chain masked, so a customer's own address stays
// masked whatever trade word stands before it. The compounds of a library
// that no sentence writes in lower case for anything else join as bizTrade.
const bizOrgWords17b = `
	ottica ottico óptica optica optyk optik optikk optiikka oční
	osteopatia osteopatía osteopathie ostéopathe ostéopathie osteopath osteopaths osteopaat osteopati
	osteopatti fysioterapia fizjoterapia fyzioterapie physiotherapie
	autoservis autoservice autowerkstatt kfz-werkstatt autotaller officina carrozzeria autoreparatie
	bilverkstad bilværksted bilverksted autokorjaamo warsztat pneuservis
	lava-rápido lava-jato autolavado autolavaggio lavaggio carwash car-wash waschstraße autopesula
	empeños empeño pfandhaus pfandleihe pawnbroker pawnbrokers pawnshop lombard zastavárna penhores
	schronisko tierheim adăpostul adăpost refugio rifugio canile dierenasiel asiel djurhem hundehjem
	foyer albergue herberge hébergement
	museum museo musée museu muzeum múzeum museet museo's
	basisschool grundschule grundskola grundskolan folkeskole barneskole peruskoulu escola colegio
	kindergarten kita crèche creche
`

// bizLibraryWords17b are a library's compounds in the languages of the
// writers: a trade word in any case ("Nordby stadsbibliotek, …").
const bizLibraryWords17b = `
	stadsbibliotek stadsbiblioteket stadsbibliotheek stadtbibliothek stadtbücherei bücherei
	kommunbibliotek folkebibliotek folkbibliotek kirjasto kaupunginkirjasto könyvtár knihovna
	mediathek médiathèque mediateca
`

// bizWords17b joins bizOrgWords17b and bizLibraryWords17b to bizTable.
func bizWords17b(or func(string, uint32)) {
	for w := range strings.FieldsSeq(bizOrgWords17b) {
		or(w, bizCapTrade)
	}
	for w := range strings.FieldsSeq(bizLibraryWords17b) {
		or(w, bizTrade)
	}
}
