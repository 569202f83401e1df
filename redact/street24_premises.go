package redact

import "strings"

// A business's own address in the forms no premises word reached
// (issue 9, session 24):
//   - an address on a business or trading estate, an industrial or retail
//     park, as a trade's yard or a warehouse is ("Unit 6, Oak Business
//     Park", "Unit 4, Harrow Lane Trading Estate", "Pol. Ind. Las Mercedes",
//     "Gewerbegebiet Nord"): its name on the street's line;
//   - the address under a label ("Address:", "Osoite:", "Helbidea:",
//     "Enderezo:") in the middle of a paragraph of a text that asks for a
//     leaflet, a press release, a post or a notice: the business's or the
//     event's, as the prompt's promotional copy needs it;
//   - an address after the name of a holiday park, a campsite or a motor
//     camp ("… Holiday Park, 2 Inlet Road");
//   - a road marker before a number, which is no house's ("Milepost 176,
//     Blue Ridge Parkway", "km 23, Carretera …"): the span is dropped.

// premisesDemote24 lowers the street spans of spans (the address
// detector's, of one text, in order) that stand on a business estate or
// under an address label in promotional copy (see above) to
// premisesScore, with the postcode and town after them on the line, and
// reports whether it lowered any.
func premisesDemote24(text string, spans []Span) bool {
	demoted := false
	promo := -1 // whether the text asks for promotional copy: unknown
	lineEnd := -1
	for i := range spans {
		sp := &spans[i]
		if sp.Start < lineEnd && sp.Type != "STREET_ADDRESS" {
			sp.Score, sp.Reason = premisesScore, withContext(premisesReason, "business address")
			continue // the postcode and town after a demoted street
		}
		if sp.Type != "STREET_ADDRESS" || sp.Score < DefaultMinScore {
			continue
		}
		cue := ""
		if businessEstateAt24(text, sp.Start, sp.End) {
			cue = "business park"
		} else if lodgingBefore24(text, sp.Start) {
			cue = "holiday park"
		} else if labelMidParagraph24(text, sp.Start) {
			if promo < 0 {
				promo = 0
				if promoRequest24(text) {
					promo = 1
				}
			}
			if promo == 1 {
				cue = "promotional copy"
			}
		}
		if cue == "" || cue != "promotional copy" && estateHolderBefore24(text, sp.Start) ||
			cue == "promotional copy" && promoHolderBefore24(text, sp.Start) {
			continue
		}
		if _, _, held := recipientHolder25(text, sp.Start); held {
			continue // "for Taylor Quorn, Unit 4, … Business Park" (biz25_recipient.go)
		}
		sp.Score, sp.Reason = premisesScore, withContext(premisesReason, cue)
		demoted = true
		lineEnd = sp.End + 80
		if le := strings.IndexByte(text[sp.End:min(len(text), lineEnd)], '\n'); le >= 0 {
			lineEnd = sp.End + le
		}
	}
	return demoted
}

// businessEstateAt24 reports whether the street text[s:e], or the field
// after it on its line, names a business estate (see businessEstateField24).
func businessEstateAt24(text string, s, e int) bool {
	if businessEstateField24(text, s, e) {
		return true
	}
	if e+3 >= len(text) || text[e] != ',' || text[e+1] != ' ' || !isUpper(text[e+2]) {
		return false
	}
	// the field: to the next comma, at most 48 bytes and on the line
	f := text[e+2 : min(len(text), e+50)]
	if k := strings.IndexByte(f, ','); k >= 0 {
		f = f[:k]
	}
	if k := strings.IndexByte(f, '\n'); k >= 0 {
		f = f[:k]
	}
	return businessEstateField24(text, e+2, e+2+len(f))
}

// businessEstateField24 reports whether the words text[s:e] name a
// business or trading estate, an industrial or retail park: the last word
// an estate's after a business word ("Oak Business Park", "Harrow Lane
// Trading Estate", "Kirkstall Retail Park"), or the first word a business
// estate's in French, Spanish, Italian, German, Dutch, the Nordic
// languages or Finnish ("Zone industrielle …", "Polígono …",
// "Gewerbegebiet …", "Industriområde …"). Word tests only: it runs on
// every street.
func businessEstateField24(text string, s, e int) bool {
	for e > s && (text[e-1] == '.' || text[e-1] == ' ' || text[e-1] == '|' || text[e-1] == ';' || text[e-1] == '(') {
		e--
	}
	if e == s {
		return false
	}
	switch text[e-1] { // the last letters of the estates' words
	case 'k', 'e', 's', 'r', 'a', 'c':
	default:
		return businessLeadField24(text, s, e)
	}
	k := e
	for k > s && text[k-1] != ' ' {
		k--
	}
	switch text[k:e] {
	case "Park", "Estate", "Estates", "Centre", "Center", "Area":
		j := k - 1
		for j > s && text[j-1] != ' ' {
			j--
		}
		if j < k-1 {
			switch text[j : k-1] {
			case "Business", "Trading", "Industrial", "Retail", "Enterprise", "Technology", "Science", "Commercial",
				"Shopping", "Office":
				return true
			}
		}
	}
	return businessLeadField24(text, s, e)
}

// businessLeadField24 reports whether the first words of text[s:e] name a
// business estate in another language than English (see
// businessEstateField24).
func businessLeadField24(text string, s, e int) bool {
	switch text[s] {
	case 'P', 'G', 'I', 'B', 'T', 'E', 'Z':
	default:
		return false
	}
	f := s
	for f < e && text[f] != ' ' {
		f++
	}
	switch text[s:f] {
	case "Polígono", "Pol.", "Gewerbegebiet", "Industriegebiet", "Gewerbepark", "Bedrijventerrein", "Industrieterrein",
		"Industriområde", "Industriområdet", "Teollisuusalue", "Erhvervsområde":
		return true
	case "Zone", "Zona", "Parc":
		g := f + 1
		for g < e && text[g] != ' ' {
			g++
		}
		if f+1 < e {
			switch strings.ToLower(text[f+1 : g]) {
			case "industrielle", "artisanale", "d'activités", "d'activité", "d’activités", "industriale", "artigianale",
				"industrial", "industriel":
				return true
			}
		}
	}
	return false
}

// lodgingBefore24 reports whether the field right before the street at
// start (after ", ") names a holiday park, a campsite or a motor camp
// ("Kaiteriteri Sands Holiday Park, 2 Inlet Road").
func lodgingBefore24(text string, start int) bool {
	if start < 16 || text[start-1] != ' ' || text[start-2] != ',' {
		return false
	}
	switch text[start-3] { // the names' last letters
	case 'k', 'p', 'd', 'g', 'e', 'n':
	default:
		return false
	}
	f := text[max(0, start-50) : start-2]
	for _, w := range lodgingNames24 {
		if strings.HasSuffix(f, w) {
			return true
		}
	}
	return false
}

// lodgingNames24 end the name of a holiday park, a campsite or a motor
// camp, as written before its address.
var lodgingNames24 = []string{"Holiday Park", "Caravan Park", "Motor Camp", "Campground", "Camping", "Campsite",
	"Holiday Village", "Motor Lodge", "Motor Inn", "Holiday Camp", "Glamping"}

// labelMidParagraph24 reports whether an address label and ": " end right
// before start and a sentence's end (". ") stands right before the label.
func labelMidParagraph24(text string, start int) bool {
	if start < 6 || text[start-1] != ' ' || text[start-2] != ':' {
		return false
	}
	le := start - 2
	ls := le
	for ls > 0 && le-ls < 16 && text[ls-1] != ' ' && text[ls-1] != '\n' {
		ls--
	}
	if ls < 3 || text[ls-1] != ' ' || text[ls-2] != '.' || isDigit(text[ls-3]) || isUpper(text[ls-3]) && (ls < 4 || !isAlpha(text[ls-4])) {
		return false // at a line's start, or after an initial or a date
	}
	var buf [32]byte
	return promoAddressLabels24.has(lowerASCII(text[ls:le], &buf))
}

// promoAddressLabels24 are the address labels, lower case, of the
// prompt languages (addressLabels and more: Basque, Galician, Catalan,
// Finnish, Estonian, Hungarian, Slovene and Croatian).
var promoAddressLabels24 = boolTable(map[string]bool{
	"address": true, "adresse": true, "anschrift": true, "dirección": true, "direccion": true, "indirizzo": true,
	"adres": true, "adresa": true, "adress": true, "endereço": true, "endereco": true, "morada": true,
	"osoite": true, "helbidea": true, "enderezo": true, "adreça": true, "aadress": true, "cím": true,
	"naslov": true, "adressi": true, "venue": true, "location": true, "lugar": true, "ubicación": true,
	"where": true, "ort": true, "lieu": true, "paikka": true, "sijainti": true, "tokia": true,
})

// promoRequest24 reports whether the text's first 160 bytes ask for
// promotional copy: a leaflet, a flyer, a poster, a press release, a
// notice, a newsletter item or a social media post, in the prompt
// languages.
func promoRequest24(text string) bool {
	head := strings.ToLower(text[:min(len(text), 160)])
	for _, w := range promoWords24 {
		if strings.Contains(head, w) {
			return true
		}
	}
	return false
}

// promoWords24 name promotional copy, lower case.
var promoWords24 = []string{
	"leaflet", "flyer", "poster", "press release", "announcement", "newsletter", "instagram", "facebook",
	"social post", "social media", "advert", "brochure",
	"tiedote", "mainos", "esite", "mezu", "iragarki", "boletín", "folleto", "cartel", "anuncio",
	"comunicado", "nota de prensa", "publicación", "pressemitteilung", "aushang", "plakat", "annonce",
	"affiche", "communiqué", "prospectus", "volantino", "locandina", "comunicato", "persbericht", "folder",
	"pressemelding", "pressmeddelande", "folheto", "cartaz", "texto curto", "boletim", "ulotk", "plakát",
}

// roadMarkerBefore24 reports whether a road marker's word ("Milepost",
// "mile marker", "MM", "km", "PK", "Exit") and a space end right before
// the number at start: a place on a road, not a house.
func roadMarkerBefore24(text string, start int) bool {
	if start < 3 || text[start-1] != ' ' || !isDigit(text[start]) {
		return false
	}
	w := wordEndingAt(text, start-1)
	switch w.str(text) {
	case "Milepost", "milepost", "MP", "Mile", "mile", "Marker", "marker", "MM", "km", "Km", "KM", "PK", "Pk",
		"Kilometer", "kilometer", "Kilometre", "kilometre", "Kilómetro", "kilómetro", "Exit", "exit", "Junction":
		return true
	}
	return false
}

// estateHolderBefore24 reports whether a person holds the address on a
// business estate or a holiday park that starts at s, so that it stays a
// private one: a known name and a comma or colon right before it ("Anna
// Marsh, Unit 4, Oak Business Park"), a known name ending the line before
// when the address starts its line (an address block under the
// customer's name), or a first-person singular possessive earlier on its
// line ("my husband … at Unit 4, …", "mein Büro: …", "ma caravane …").
func estateHolderBefore24(text string, s int) bool {
	p := s
	for p > 0 && (text[p-1] == ' ' || text[p-1] == '\t') {
		p--
	}
	if p > 0 && (text[p-1] == ',' || text[p-1] == ':') && fullNameEndsAt24(text, p-1) {
		return true
	}
	ls := s // the line's start, or 100 bytes back: a long line is read once per address, not to its start
	for ls > 0 && s-ls < 100 && text[ls-1] != '\n' {
		ls--
	}
	if p == ls && ls >= 2 && text[ls-1] == '\n' {
		e := ls - 1
		for e > 0 && (text[e-1] == '\r' || text[e-1] == ' ' || text[e-1] == ',') {
			e--
		}
		pl := e
		for pl > 0 && e-pl <= 48 && text[pl-1] != '\n' {
			pl--
		}
		if e-pl <= 48 && fullNameEndsAt24(text, e) {
			return true
		}
	}
	mine, poss, addr := false, false, false
	lowerWordsIn(text, ls, s, func(w string) bool {
		// "my …", or a person's possessive beside the word for an
		// address: "her address is …", "jej adres:", "adresa ei este …"
		mine = estateHolderWords[w] || poss && estateAddressNouns[w] || addr && estatePossessives[w]
		poss, addr = estatePossessives[w], estateAddressNouns[w]
		return !mine
	})
	return mine
}

// estatePossessives are the second- and third-person possessives of the
// prompts' languages that make the address noun next to them a person's
// ("her address", "ihre Adresse", "su dirección", "adresa ei", "её
// адрес"): a customer's address in a business park is still private.
var estatePossessives = map[string]bool{
	"her": true, "his": true, "their": true, "your": true, "ihre": true, "seine": true, "deine": true,
	"sa": true, "son": true, "votre": true, "ta": true, "su": true, "tu": true, "sua": true, "seu": true,
	"suo": true, "tua": true, "tuo": true, "haar": true, "zijn": true, "hun": true, "jouw": true, "uw": true,
	"hennes": true, "hans": true, "deras": true, "hendes": true, "din": true, "ditt": true, "jej": true,
	"jego": true, "ich": true, "twój": true, "její": true, "jeho": true, "tvoje": true, "njena": true,
	"njegova": true, "njihova": true, "ei": true, "lui": true, "lor": true, "ta'": true, "ее": true,
	"её": true, "его": true, "их": true, "onun": true, "hänen": true, "heidän": true,
}

// estateAddressNouns are the words for a postal address in the prompts'
// languages, read beside a possessive (estatePossessives).
var estateAddressNouns = map[string]bool{
	"address": true, "adresse": true, "anschrift": true, "adres": true, "adresa": true, "adresy": true,
	"dirección": true, "direccion": true, "domicilio": true, "indirizzo": true, "morada": true,
	"endereço": true, "adress": true, "adressen": true, "osoite": true, "адрес": true, "адреса": true,
	"adresi": true, "naslov": true, "cím": true,
}

// promoHolderBefore24 reports whether the sentence before the address
// label that ends right before start (labelMidParagraph24) names the
// person whose address it is: a given name of the gazetteers and a
// capitalised word ("… our raffle winner Jo Bell. Address: …"), or a
// first-person singular possessive ("My details for the back page.
// Address: …"). A winner's or the writer's own address in promotional
// copy is still private.
func promoHolderBefore24(text string, start int) bool {
	ls := start - 2
	for ls > 0 && text[ls-1] != ' ' && text[ls-1] != '\n' {
		ls--
	}
	e := ls - 2 // the sentence's last byte, before ". "
	b := e
	for b > 0 && e-b < 160 && text[b-1] != '\n' && !(text[b-1] == ' ' && b >= 2 && (text[b-2] == '.' || text[b-2] == '!' || text[b-2] == '?')) {
		b--
	}
	if e <= b {
		return false
	}
	held := false
	lowerWordsIn(text, b, e, func(w string) bool {
		held = estateHolderWords[w]
		return !held
	})
	for q := b + 1; !held && q < e; q++ {
		if text[q-1] == ' ' && isUpper(text[q]) {
			we := q
			for we < e && isLetterAt(text, we) {
				we++
			}
			held = givenPairAt24(text, q, we)
		}
	}
	return held
}

// fullNameEndsAt24 reports whether a given name of the gazetteers and a
// capitalised word end at e ("Anna Marsh", givenPairAt24): a person's, where one known
// word alone may be a place's or a business's ("… Holiday Park").
func fullNameEndsAt24(text string, e int) bool {
	q := e
	for q > 0 && isLetterAt(text, q-1) {
		q--
	}
	return q < e && givenPairAt24(text, q, e)
}

// givenPairAt24 reports whether text[q:e] is a capitalised word that no
// stop list or town list knows, right after a given name of the
// gazetteers and one space ("Jo Bell", "Anna Marsh"). Unlike
// afterGivenName it takes a given name that is also a word of another
// list ("Jo"): the words around an address decide, not the name.
func givenPairAt24(text string, q, e int) bool {
	if q < 3 || e-q < 2 || text[q-1] != ' ' || !upperAt(text, q) || nameFlagsOf(text[q:e])&(nameStop|nameCity) != 0 {
		return false
	}
	p := q - 1
	for p > 0 && isLetterAt(text, p-1) {
		p--
	}
	f := nameFlagsOf(text[p : q-1])
	return p < q-1 && f&nameGiven != 0 && f&(nameStop|nameCity) == 0
}

// estateHolderWords are first-person singular possessives of the
// prompts' languages (EN, DE, FR, ES, IT, PT, NL, the Nordic languages,
// PL, CS, HR, FI, TR).
var estateHolderWords = map[string]bool{
	"my": true, "mein": true, "meine": true, "meinem": true, "meiner": true, "meinen": true, "mon": true,
	"ma": true, "mes": true, "mi": true, "mis": true, "mio": true, "mia": true, "meu": true, "minha": true,
	"mijn": true, "min": true, "mitt": true, "mine": true, "mina": true, "mój": true, "moja": true,
	"moje": true, "mojego": true, "můj": true, "moj": true,
	"minun": true, "benim": true,
}
