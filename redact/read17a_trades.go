package redact

// Letterheads and shop lines open with a trade or an institution and a
// family name ("Autoservis Novák, Hradecká 12", "Fysioterapia Lahti,
// Kauppakatu 3", "Stichting De Vries, …"): unknownBeforeFamily took the
// trade word, unknown to the gazetteers, for a given name before the
// family name. businessFirstWords (person3_slots.go) lists such trades in
// German, Italian, Spanish and French; read17aTrades adds services,
// clinics, shops and charities in the other prompt languages (Czech,
// Slovak, Polish, Finnish, the Scandinavian languages, Dutch, Romanian,
// Hungarian and more French, Spanish, Portuguese and Italian).
var read17aTrades = []string{
	// Czech and Slovak
	"Autoservis", "Pneuservis", "Kadeřnictví", "Kaderníctvo", "Lékárna", "Lekáreň", "Ordinace", "Ambulancia",
	"Pekařství", "Pekáreň", "Řeznictví", "Mäsiarstvo", "Květinářství", "Kvetinárstvo", "Zahradnictví",
	"Truhlářství", "Stavebniny", "Optika", "Fyzioterapie", "Fyzioterapia", "Nadace", "Nadácia", "Spolek",
	// Polish
	"Zakład", "Apteka", "Piekarnia", "Kwiaciarnia", "Fundacja", "Stowarzyszenie", "Przychodnia",
	"Gabinet", "Warsztat", "Fizjoterapia",
	// Finnish
	"Osteopatia", "Fysioterapia", "Hammaslääkäri", "Hammasklinikka", "Kampaamo", "Parturi", "Leipomo",
	"Apteekki", "Kukkakauppa", "Autokorjaamo", "Hieronta", "Kauneushoitola", "Optiikka", "Säätiö",
	// Swedish, Norwegian, Danish
	"Frisör", "Frisør", "Bageri", "Tandläkare", "Tannlege", "Tandlæge", "Fysioterapi", "Apotek",
	"Blomsterhandel", "Bilverkstad", "Bilverksted", "Autoværksted", "Stiftelsen", "Stiftelse",
	// Dutch
	"Bakkerij", "Slagerij", "Tandartspraktijk", "Fysiotherapie", "Kapsalon", "Stichting", "Garagebedrijf",
	"Bloemenhuis", "Schoonheidssalon", "Huisartsenpraktijk",
	// German
	"Physiotherapie", "Zahnarztpraxis", "Stiftung", "Verein", "Autowerkstatt", "Tierarztpraxis",
	// French, Spanish, Portuguese, Italian
	"Foyer", "Association", "Fondation", "Clinique", "Auberge", "Ferme", "Fundación", "Fundação",
	"Asociación", "Associação", "Clínica", "Lavandería", "Lavanderia", "Fondazione", "Associazione",
	"Fisioterapia", "Odontologia", "Veterinária", "Veterinaria",
	// Romanian and Hungarian
	"Fundația", "Asociația", "Cabinetul", "Farmacia", "Clinica", "Alapítvány", "Egyesület", "Fodrászat",
	"Pékség", "Gyógyszertár", "Autószerviz",
}

func init() {
	for _, w := range read17aTrades {
		businessFirstWords.or(w, 1)
	}
}
