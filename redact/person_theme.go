package redact

import "strings"

// Lone given names that name a thing: "the Raymond wedding collection",
// "the 'Frida' tote", "the sofa Greta", "soffan Greta", "Albert Street",
// "her dog Luna". They are tested
// by loneNameIsTheme, which runs only for a lone given name without a
// title, greeting or strong context word, so that the common cases pay
// nothing.

// loneNameIsThing reports whether the lone given name text[start:end]
// names a product, a collection, a place or an animal: it follows "the"
// (with or without an opening quote) and a lower-case word or a closing
// quote comes after it; it stands in quotes before a word for goods or a
// theme; the type of a street or building follows it ("Albert Street");
// "our" or "your" comes before it and a word for goods after it ("our
// Margot bag"); "the" and a capitalised word follow it, as in a mascot's
// or a character's name ("Benny the Bear"); or a word for furniture,
// goods or a pet comes right before it ("the sofa Greta", "her dog
// Luna").
//
//go:noinline
func loneNameIsThing(text string, start, end int) bool {
	qs, qe := quotesAround(text, start, end)
	if qs < start && qe > end && qe+1 < len(text) && text[qe] == ' ' && themeAfter(text, qe) {
		return true // the 'Frida' tote
	}
	if afterThe(text, qs) && end+2 < len(text) && (qe > end || text[end] == ' ' && isLower(text[end+1])) {
		return true // the Raymond wedding collection, the “Greta” range
	}
	if end+3 < len(text) && text[end] == ' ' && placeTypeAfter(text, end+1) {
		return true // Albert Street, Harriet Lane, Nelson Station
	}
	if end+6 < len(text) && text[end:end+5] == " the " && upperAt(text, end+5) {
		return true // a mascot or a character: Benny the Bear, Bob the Builder
	}
	if start < 4 || text[start-1] != ' ' {
		return false
	}
	if (afterWord(text, start, "our ") || afterWord(text, start, "your ")) && end+3 < len(text) && text[end] == ' ' &&
		(themeAfter(text, end) || productAfter(text, end)) {
		return true // our Margot bag, your Elsie candle
	}
	var buf [16]byte
	w := lowerWordEndingAt(text, start-1, 16, true, &buf)
	if len(w) < 3 {
		return false
	}
	_, _, ok := goodsNouns.getBytes(w)
	return ok
}

// placeTypeAfter reports whether the capitalised word at i names the type
// of a street or a building, so that a given name right before it names
// the place ("Albert Street", "Victoria Station", "St Anne School").
func placeTypeAfter(text string, i int) bool {
	if !isUpper(text[i]) {
		return false
	}
	e := i + 1
	for e < len(text) && isLower(text[e]) {
		e++
	}
	if e < len(text) && isAlpha(text[e]) {
		return false
	}
	return placeTypeWords.has(text[i:e])
}

// placeTypeWords are the types of streets and buildings that follow a
// given name in a place's name.
var placeTypeWords = boolTable(map[string]bool{
	"Street": true, "Road": true, "Avenue": true, "Lane": true, "Drive": true, "Boulevard": true,
	"Court": true, "Square": true, "Place": true, "Way": true, "Close": true, "Crescent": true,
	"Terrace": true, "Gardens": true, "Station": true, "Hospital": true, "School": true, "College": true,
	"University": true, "Church": true, "Cathedral": true, "Chapel": true, "Hall": true, "Bridge": true,
	"Dock": true, "Docks": true, "Quay": true, "Wharf": true, "Arcade": true, "Market": true, "Straße": true,
	"Strasse": true, "Platz": true, "Weg": true, "Allee": true, "Gasse": true, "Ring": true,
})

// productAfter reports whether a word for goods (productNouns) follows the
// space at end.
func productAfter(text string, end int) bool {
	var buf [16]byte
	n := lowerWordAt(text, end+1, &buf)
	_, _, ok := productNouns.getBytes(buf[:n])
	return n > 1 && ok
}

// quotesAround returns where the quotes around text[start:end] start and
// end ('…', "…", ‘…’, “…”), or start and end when there are none.
func quotesAround(text string, start, end int) (int, int) {
	if start == 0 || end >= len(text) {
		return start, end
	}
	if c := text[start-1]; (c == '\'' || c == '"') && text[end] == c {
		return start - 1, end + 1
	}
	for _, q := range [...][2]string{{"‘", "’"}, {"“", "”"}} {
		if strings.HasSuffix(text[:start], q[0]) && strings.HasPrefix(text[end:], q[1]) {
			return start - len(q[0]), end + len(q[1])
		}
	}
	return start, end
}

// goodsNouns are words for furniture, goods and pets that, right before a
// lone given name, make it the product's or the animal's name ("the sofa
// Greta", "soffan Greta", "das Modell Klara", "her dog Luna"), in
// EN/DE/FR/ES/IT/NL/PT/SV/DA. Words that take a person after them ("set
// Maria up", "launch Anna's", "front desk Anna", "the bank Anna uses",
// "live chat Anna") are left out.
var goodsNouns = boolTable(map[string]bool{
	"sofa": true, "sofas": true, "couch": true, "armchair": true, "lamp": true, "rug": true,
	"mattress": true, "wardrobe": true, "dresser": true,
	"tote": true, "handbag": true, "dress": true, "candle": true, "perfume": true, "fragrance": true,
	"model": true, "modell": true, "modellen": true, "modelo": true, "modello": true, "modèle": true,
	"soffa": true, "soffan": true, "sofaen": true, "stol": true, "stolen": true, "lampan": true,
	"bett": true, "lampe": true, "canapé": true, "divano": true, "serie": true, "série": true,
	"kollektion": true, "collectie": true,
	"dog": true, "puppy": true, "pup": true, "cat": true, "kitten": true, "pet": true, "horse": true,
	"pony": true, "rabbit": true, "bunny": true, "hamster": true, "parrot": true, "labrador": true,
	"spaniel": true, "terrier": true, "retriever": true, "poodle": true, "dachshund": true, "hund": true,
	"katze": true, "chien": true, "chienne": true, "perro": true,
	"perrita": true, "perrito": true, "gato": true, "gata": true, "gatto": true, "hond": true, "poes": true,
	"cachorro": true, "hunden": true, "katten": true,
	// Foods and drinks that carry a brand named after a person ("el jamón
	// Joselito", "a bottle of wine Margaux", "le champagne Ruinart").
	"jamón": true, "jamon": true, "ham": true, "vino": true, "vin": true, "wine": true, "vinho": true,
	"wein": true, "queso": true, "cheese": true, "fromage": true, "formaggio": true, "queijo": true,
	"käse": true, "champagne": true, "champán": true, "cava": true, "prosecco": true, "chorizo": true,
	"salami": true, "salame": true, "turrón": true, "cerveza": true, "beer": true, "bière": true,
	"bier": true, "cerveja": true, "birra": true, "whisky": true, "whiskey": true, "gin": true,
	"rum": true, "ron": true, "cognac": true, "coñac": true, "chocolate": true, "chocolat": true,
	"cioccolato": true, "schokolade": true, "pralinen": true, "bombones": true, "café": true,
	"coffee": true, "caffè": true, "kaffee": true, "jambon": true, "prosciutto": true, "presunto": true,
	"schinken": true, "aceite": true, "azeite": true, "olio": true,
})

// ampersandFirm reports whether " & " and a capitalised word follow end:
// words no gazetteer knows joined that way name a firm ("Ember & Oak
// Stoves", "Hobbs & Finch"), not a person.
//
//go:noinline
func ampersandFirm(text string, end int) bool {
	return text[end] == ' ' && text[end+2] == ' ' && end+3 < len(text) && upperAt(text, end+3)
}

// ampersandFirmBefore reports whether " & " ends right before start, after
// a capitalised word no gazetteer knows: the words from start, some of
// which no gazetteer knows either, end a firm's name ("Quillby & Marsh
// Joinery"), not a couple's ("Anna & Tom Baker").
//
//go:noinline
func ampersandFirmBefore(text string, start int) bool {
	if text[start-1] != ' ' || text[start-3] != ' ' {
		return false
	}
	e := start - 3
	b := e
	for b > 0 && isAlpha(text[b-1]) {
		b--
	}
	return b < e && upperAt(text, b) && (b == 0 || !isAlpha(text[b-1]) && text[b-1] < 0x80) && nameFlagsOf(text[b:e]) == 0
}

// ageCueAt reports whether ", " or " (" and a digit follow end: the cheap
// pre-test of itemAgeAfter.
func ageCueAt(text string, end int) bool {
	return end+4 < len(text) && (text[end] == ',' && text[end+1] == ' ' || text[end] == ' ' && text[end+1] == '(') &&
		isDigit(text[end+2])
}

// itemAgeAfter reports whether capitalised words no gazetteer vouches
// for, text[start:end], open a line or a list item and an adult's age
// follows them: "Xanthe Pellow, 46, runs a bakery", "- Tahnee (41) from
// Ballarat", "Marek, 37 years". Quantities in brackets after an item in
// a line ("Latte (2)") and lists of sizes ("Medium, 42, 44") stay no
// names: the age must be 16 to 99 and the words must open the line or
// follow a bullet or a colon.
//
//go:noinline
func itemAgeAfter(text string, start, end int) bool {
	if statusWordAt(text, start, end) {
		return false // "Retired, 68": a status (public14_public.go)
	}
	j := end + 2
	if !isDigit(text[j]) || j+2 >= len(text) || !isDigit(text[j+1]) || isDigit(text[j+2]) {
		return false
	}
	if n := int(text[j]-'0')*10 + int(text[j+1]-'0'); n < 16 {
		return false
	}
	switch c := text[j+2]; {
	case text[end] == ' ':
		if c != ')' {
			return false
		}
	case c == ',':
		if j+4 < len(text) && isDigit(text[j+4]) {
			return false // "Medium, 42, 44": a list of numbers
		}
	case c == ' ':
		var buf [16]byte
		n := lowerWordAt(text, j+3, &buf)
		if _, _, ok := ageUnitTable.getBytes(buf[:n]); !ok || n == 0 {
			return false
		}
	default:
		return false
	}
	switch {
	case start == 0 || text[start-1] == '\n':
		return true
	case start >= 2 && text[start-1] == ' ':
		p := text[start-2]
		return p == ':' || p == '-' || p == '*' || p == '>' || p == '.' && start >= 3 && isDigit(text[start-3]) ||
			start >= 4 && text[start-4:start-1] == "•"
	}
	return false
}

// personaBefore reports whether the line before start, up to 80 bytes
// back, says that what follows is made up: a marketing persona or an
// example ("Persona (fictional, for tone only): 'Sarah, 34, teacher'",
// "an imaginary customer, Tom, who…"). A lone given name there is no
// customer's.
//
//go:noinline
func personaBefore(text string, start int) bool {
	line := text[max(0, start-80):start]
	if i := lastNewlineIn(line); i >= 0 { // engine24_lines.go: eight bytes at a time
		line = line[i+1:]
	}
	if i := strings.Index(line, "ersona"); i >= 0 && (i+6 == len(line) || !isAlpha(line[i+6]) || line[i+6] == 's') {
		return true // "persona", "Personas", not "personal"
	}
	if i := strings.Index(line, "ict"); i >= 0 {
		for _, w := range fictionWords {
			if strings.Contains(line[i:], w) {
				return true
			}
		}
	}
	return strings.Contains(line, "maginary") || strings.Contains(line, "ypothetical") ||
		strings.Contains(line, "ittizi") || strings.Contains(line, "iktiv")
}

// fictionWords are the stems for "fictional" personaBefore looks for
// after "ict" (without their first letter, so that capitalised words
// match too), in EN/FR/ES/NL/PT.
var fictionWords = [...]string{"ictional", "ictitious", "ictif", "ictive", "icticio", "icticia", "ictief",
	"ictício", "ictícia"}

// capParticleLeads reports whether a run opens with a Dutch or Flemish
// particle written with a capital, as Dutch writes a family name without
// a given name before it ("mevrouw Van den Broek", "Geachte heer De
// Vries", "Klant: Van Dijk"): after a lower-case title, a greeting or a
// label's colon, then up to two more particles and a capitalised name.
//
//go:noinline
func capParticleLeads(text string, toks []nameTok) bool {
	switch text[toks[0].start:toks[0].end] {
	case "Van", "De", "Den", "Der", "Ter", "Ten", "Te":
	default:
		return false
	}
	j := 1
	for j < len(toks) && j < 3 && (toks[j].particle || capParticles.has(text[toks[j].start:toks[j].end])) {
		j++
	}
	if j >= len(toks) || !nameLikeTok(&toks[j]) || toks[j].initial {
		return false
	}
	start := toks[0].start
	return lowerTitleBefore(text, start) != "" || start >= 2 && text[start-2] == ':' && text[start-1] == ' '
}

// businessLast reports whether the last word of text[start:end] is a
// word for a shop or a trade, so that a given name before it names a
// business ("Sizwe Sneakers", "Amara Beauty", "Grace Bakery"), not a
// person. Family names that are trades too ("Baker", "Cook") are no such
// words.
//
//go:noinline
func businessLast(text string, start, end int) bool {
	i := strings.LastIndexByte(text[start:end], ' ')
	return i >= 0 && businessWords.has(text[start+i+1:end])
}

// businessWords are the words of businessLast, capitalised.
var businessWords = boolTable(map[string]bool{
	"Sneakers": true, "Shoes": true, "Boots": true, "Bakery": true, "Bakes": true, "Cafe": true,
	"Café": true, "Coffee": true, "Kitchen": true, "Kitchens": true, "Studio": true, "Studios": true,
	"Salon": true, "Boutique": true, "Foods": true, "Fashion": true, "Fashions": true, "Designs": true,
	"Interiors": true, "Motors": true, "Homes": true, "Travel": true, "Travels": true, "Beauty": true,
	"Cosmetics": true, "Jewellery": true, "Jewelry": true, "Stores": true, "Store": true, "Shop": true,
	"Bikes": true, "Cycles": true, "Wines": true, "Spa": true, "Gym": true, "Fitness": true,
	"Dental": true, "Clinic": true, "Pharmacy": true, "Florist": true, "Florists": true, "Flowers": true,
	"Catering": true, "Events": true, "Media": true, "Labs": true, "Apparel": true, "Outfitters": true,
	"Furniture": true, "Candles": true, "Skincare": true, "Organics": true, "Pets": true, "Toys": true,
	// Trades and services (person6: a firm opening an appointment or a
	// call list's line, "Quellbrook Plumbing, 0161 …").
	"Plumbing": true, "Plumbers": true, "Electrical": true, "Electricians": true, "Roofing": true,
	"Cleaning": true, "Cleaners": true, "Solutions": true, "Logistics": true, "Repairs": true,
	"Builders": true, "Construction": true, "Landscaping": true, "Gardening": true, "Removals": true,
	"Consulting": true, "Accounting": true, "Photography": true, "Printing": true, "Decorators": true,
	"Joinery": true, "Carpentry": true, "Glazing": true, "Heating": true, "Tyres": true, "Tires": true,
	"Autos": true, "Taxis": true, "Couriers": true, "Dentistry": true, "Opticians": true,
	"Veterinary": true, "Vets": true, "Kennels": true, "Nursery": true, "Academy": true, "Tutoring": true,
	// Venues (a given name that is a word before them in a contact list:
	// "Rose Garden, 0161 …", "Sky Lounge").
	"Lounge": true, "Garden": true, "Grill": true, "Inn": true, "Pub": true, "Club": true,
	"Lodge": true, "Gallery": true, "Bistro": true, "Tavern": true, "Diner": true, "Deli": true,
	"Market": true, "Farm": true, "Brewery": true, "Cellars": true, "Vineyard": true, "Vineyards": true,
	"Cottage": true, "Manor": true, "Theatre": true, "Theater": true, "Cinema": true, "Arena": true,
	// A business's desk signing a message ("Lakeside Reception", person12).
	"Reception": true, "Rezeption": true, "Empfang": true, "Frontdesk": true, "Concierge": true,
	"Helpdesk": true, "Bookings": true, "Recepción": true, "Accueil": true, "Segreteria": true,
	"Receptie": true, "Receptionen": true, "Recepção": true,
	// Sports clubs named like people ("Quayside Harriers", person12).
	"Harriers": true, "Striders": true, "Runners": true, "Joggers": true, "Roadrunners": true,
	"Wheelers": true, "Triathletes": true, "Rovers": true, "Wanderers": true,
})
