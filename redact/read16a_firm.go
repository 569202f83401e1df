package redact

// A firm's name on its address line (read16a): a trade or venue word
// opens the name and its address or number follows after a comma:
// "Sombrería Quintanar, Av. Belgrano 912", "Villa Teratai Indah, Jl.
// Bisma No. 4", "Spa Mây Chiều, 17 Hàng Gai", "Camp Bois-Clair, 3 chemin
// du Lac", "Waschsalon Schaumkrone, Inh. …". Writers of several sets
// (dev16a, holdout15, holdout16) sign a business's prompt so; the words
// after the trade word are often a family name or names the gazetteers
// know ("Villa", "Sari", "Sen"), which made a person of the firm.
//
// Safe because: the first word must be one of shopHeads
// (person11_namesake.go) or firmHeads below, words that open no
// person's name (the words that also come before a person, "Chef" or
// "Little", are not among them), and a comma, a space and an address's
// start (a digit or a capitalised abbreviation with its dot: "Av.",
// "Jl.", "Inh.") must follow the run.
// A greeting or a title before the name keeps it (the caller's test).
// Cost: a byte test for the comma after a run; the rest is a table
// look-up for the runs with one.

// firmHeads are trade and venue words that open a firm's name, added to
// shopHeads for this test only.
var firmHeads = boolTable(map[string]bool{
	"Villa": true, "Spa": true, "Camp": true, "Hotel": true, "Hostal": true, "Hostel": true, "Motel": true,
	"Pension": true, "Pousada": true, "Posada": true, "Resort": true, "Guesthouse": true, "Homestay": true,
	"Agriturismo": true, "Masseria": true, "Gîte": true, "Warung": true, "Toko": true, "Salón": true,
	"Sastrería": true, "Sombrería": true, "Lavandería": true, "Tintorería": true, "Ferretería": true,
	"Floristería": true, "Barbería": true, "Óptica": true, "Clínica": true, "Restaurante": true,
	"Barbearia": true, "Pastelaria": true, "Lavanderia": true, "Waschsalon": true, "Wäscherei": true,
	"Reinigung": true, "Schneiderei": true, "Blumenhaus": true, "Friseursalon": true, "Kosmetikstudio": true,
})

// firmHeadAddress reports whether text[start:end] opens with a trade or
// venue word and an address follows it after a comma and a space.
func firmHeadAddress(text string, start, end int) bool {
	if end+3 >= len(text) || text[end] != ',' || text[end+1] != ' ' {
		return false
	}
	sp := start
	for sp < end && text[sp] != ' ' {
		sp++
	}
	if head := text[start:sp]; !shopHeads.has(head) && !firmHeads.has(head) {
		return false
	}
	i := end + 2
	if isDigit(text[i]) {
		return true
	}
	if !isUpper(text[i]) {
		return false
	}
	j := i + 1
	for j < len(text) && j-i <= 4 && isLower(text[j]) {
		j++
	}
	return j < len(text) && j-i >= 2 && text[j] == '.'
}
