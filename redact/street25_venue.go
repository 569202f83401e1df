package redact

import "strings"

// A venue's address under a label that names the venue (session 25): the
// label pairs an address word with the venue's noun, in the order and
// case of each language, often a genitive the premises list does not hold
// ("Indirizzo palestra:", "Salin osoite:", "Stüdyo adresi:", "Adresa
// cofetăriei:", "Адреса теретане:", "Alamat kelas:", "A tanfolyam helye:",
// "academy address 1200 …"), or a compound of the venue's noun and an
// address or info word ("Saloninfo:", "Kursadresse:"). A private word in
// the label ("Home address of the studio's client:", "Lieferadresse
// Kunde:") keeps the address the person's.

// venueLabelWords bounds the words read back from the label's last word.
const venueLabelWords = 4

// venueLabel25 reports whether the label whose last word is text[i:end]
// (its colon kept, or an address word with no colon) names a venue's
// address: an address word and a venue word among its last
// venueLabelWords words on the line, no private word, or one compound of
// both. It runs only at an address's label, never on the hot path.
func venueLabel25(text string, i, end int) bool {
	addr, venue := false, false
	for n := 0; n < venueLabelWords && end > i; n++ {
		w := strings.ToLower(strings.Trim(text[i:end], ":,()\"'«»„“”"))
		if w == "" || len(w) > 40 {
			return false
		}
		if venuePrivateWords25.has(w) || strings.HasSuffix(w, "'s") && venuePrivateWords25.has(w[:len(w)-2]) {
			return false
		}
		a, v := venueAddressWord25(w), false
		if stem, ok := venueCompound25(w); !a && ok {
			a, v = true, venueNoun25(stem)
		} else if !a {
			v = venueNoun25(w)
		}
		addr, venue = addr || a, venue || v
		if n > 0 && !a && !v && !venueLinkWords25.has(w) {
			break
		}
		// the word before, on the same line and sentence
		j := i
		for j > 0 && (text[j-1] == ' ' || text[j-1] == '\t') {
			j--
		}
		if j == 0 || j == i || strings.IndexByte(".!?:;,\n\r|", text[j-1]) >= 0 {
			break
		}
		k := j
		for k > 0 && text[k-1] != ' ' && text[k-1] != '\t' && text[k-1] != '\n' {
			k--
		}
		i, end = k, j
	}
	return addr && venue
}

// venueCompound25 splits a compound label ("saloninfo", "kursadresse",
// "studio-adresse") into its venue stem, and reports whether its tail is
// an address or info word.
func venueCompound25(w string) (string, bool) {
	for _, t := range venueCompoundTails25 {
		if head, ok := strings.CutSuffix(w, t); ok && len(head) >= 3 {
			return strings.TrimSuffix(head, "-"), true
		}
	}
	return "", false
}

// venueCompoundTails25 end a compound label after a venue's noun.
var venueCompoundTails25 = []string{"info", "adresse", "adres", "adress", "adressi", "anschrift"}

// venueAddressWord25 reports whether w, lower case, is an address or
// place word of a label in the prompt languages.
func venueAddressWord25(w string) bool {
	return venueAddressWords25.has(w)
}

// venueAddressWords25 are the address and place words of labels, lower
// case: English, German, Dutch, the Nordic languages, Finnish, Estonian,
// the Baltic languages, Polish, Czech, Slovak, Hungarian, Romanian, the
// South Slavic languages in Latin and Cyrillic, Greek, Turkish,
// Indonesian and Malay, Vietnamese, the Romance languages.
var venueAddressWords25 = boolTable(map[string]bool{
	"address": true, "adresse": true, "adressen": true, "anschrift": true, "adres": true, "adresa": true,
	"adrese": true, "adresas": true, "adress": true, "adressi": true, "aadress": true, "adresi": true,
	"adresse:": true, "indirizzo": true, "dirección": true, "direccion": true, "endereço": true,
	"endereco": true, "morada": true, "osoite": true, "osoitteemme": true, "cím": true, "címe": true,
	"címünk": true, "helye": true, "helyszín": true, "helyszíne": true, "helbidea": true,
	"enderezo": true, "adreça": true, "naslov": true, "alamat": true, "chỉ": true, "διεύθυνση": true,
	"адреса": true, "адрес": true, "адресa": true, "location": true, "lokalizacja": true,
	"ubicación": true, "ubicacion": true, "localização": true, "lugar": true, "luogo": true,
	"lieu": true, "paikka": true, "sijainti": true, "sted": true, "plats": true, "adressen:": true,
	"místo": true, "miesto": true, "yeri": true, "konum": true, "lokasi": true, "standort": true,
	"vieta": true, "atrašanās": true, "asukoht": true, "τοποθεσία": true, "локација": true,
})

// venuePrivateWords25 make the label a person's: possessives, a
// customer, a home, a delivery or a bill, lower case.
var venuePrivateWords25 = boolTable(map[string]bool{
	"my": true, "his": true, "her": true, "their": true, "your": true, "home": true, "private": true,
	"customer": true, "client": true, "delivery": true, "shipping": true, "billing": true, "invoice": true,
	"postal": true, "mailing": true, "residential": true, "permanent": true, "current": true,
	"mein": true, "meine": true, "seine": true, "ihre": true, "kunde": true, "kunden": true, "privat": true,
	"privatadresse": true, "lieferadresse": true, "wohnadresse": true, "rechnungsadresse": true,
	"mon": true, "ma": true, "son": true, "sa": true, "domicile": true, "livraison": true, "facturation": true,
	"mi": true, "su": true, "casa": true, "cliente": true, "entrega": true, "envío": true, "envio": true,
	"mio": true, "mia": true, "consegna": true, "spedizione": true, "residenza": true,
	"mijn": true, "zijn": true, "haar": true, "klant": true, "thuisadres": true, "woonadres": true,
	"min": true, "mitt": true, "hans": true, "hennes": true, "hjem": true, "hem": true, "kund": true,
	"kotiosoite": true, "asiakkaan": true, "moja": true, "mój": true, "jego": true, "jej": true,
	"klienta": true, "zamieszkania": true, "dostawy": true, "bydliště": true, "trvalé": true,
	"zákazníka": true, "lakcím": true, "ügyfél": true, "domiciliu": true, "clientului": true,
	"ev": true, "müşteri": true, "teslimat": true, "fatura": true, "rumah": true, "pelanggan": true,
	"pengiriman": true, "nhà": true, "khách": true, "οικίας": true, "κατοικίας": true, "πελάτη": true,
	"кућна": true, "купца": true, "prebivališta": true, "stanovanja": true, "kupca": true,
})

// venueLinkWords25 may stand between a label's address word and its venue
// noun: articles and the prepositions of a genitive ("Dirección del
// gimnasio:", "Adresse de la salle:", "Adres van de studio:").
var venueLinkWords25 = boolTable(map[string]bool{
	"the": true, "of": true, "a": true, "az": true, "de": true, "del": true, "la": true, "le": true,
	"du": true, "des": true, "da": true, "do": true, "della": true, "dello": true, "dei": true, "di": true,
	"van": true, "het": true, "der": true, "des:": true, "die": true, "das": true, "el": true, "il": true,
	"lo": true, "för": true, "för:": true, "til": true, "för,": true, "na": true, "tempat": true,
})

// venueNoun25 reports whether w, lower case, is a venue's noun: a stem of
// venueStems25 opens it (inflected forms: "palestra", "teretane",
// "cofetăriei", "salin", "stüdyo", "şirket").
func venueNoun25(w string) bool {
	if k, _ := premisesKind(w); k&premNoun != 0 && !venueNotNouns25.has(w) {
		return true
	}
	for _, s := range venueStems25 {
		if !strings.HasPrefix(w, s) {
			continue
		}
		// a short stem takes a plural only ("bars", not "barn",
		// "barangay"; "spas", not "spain")
		if n := len(w) - len(s); n <= 6 && len(s) > 4 || n <= 2 && len(s) == 4 || n == 0 || n == 1 && w[len(w)-1] == 's' {
			return true
		}
	}
	return false
}

// venueNotNouns25 are premises words that are no venue in a label
// ("Opening address"? no: "open", "night", "we're").
var venueNotNouns25 = boolTable(map[string]bool{
	"open": true, "night": true, "evening": true, "we're": true, "we’re": true, "estamos": true,
	"siamo": true, "sommes": true, "zitten": true, "lieu": true,
})

// venueStems25 open a venue's noun in the prompt languages: a gym, a
// salon, a studio, a class or course, a company or firm, a shop, a
// bakery, an office, a hall, an academy, a school, a club, a bath, a
// restaurant, a clinic, a hotel.
var venueStems25 = []string{
	"gym", "palestr", "teretan", "siłown", "posilovn", "fitnes", "kuntosal",
	"salon", "salin", "salle", "sala", "sali", "salón", "studi", "stüdyo", "stodio",
	"class", "kelas", "kurs", "kurz", "course", "cours", "corso", "curso", "tanfolyam", "tečaj", "tecaj",
	"company", "şirket", "sirket", "firm", "empres", "aziend", "sociét", "societ", "yritykse", "yrityks",
	"shop", "store", "tiend", "negozi", "sklep", "toko", "kedai", "butik", "cofetări", "trgovin",
	"bakery", "patiser", "pâtisser", "pasticcer", "konditor", "cukrász", "pekar", "pekár", "piekarn", "bäcker", "boulanger", "panader", "fırın", "pastry",
	"office", "kantor", "ofis", "biur", "toimisto", "ured", "kancelá", "iroda", "büro", "bureau",
	"venue", "hall", "aula", "academy", "akadem", "akademi", "school", "sekolah", "škol", "skol",
	"escuel", "scuol", "okul", "club", "klub", "kulüp", "fürdő", "spa", "restaurant", "restoran",
	"ristorant", "café", "cafe", "kafe", "kavárn", "kawiarn", "clinic", "klinik", "clínic",
	"hotel", "galer", "gallery", "museum", "müze", "teatr", "theat", "kino", "cinema", "sinema",
	"workshop", "atelier", "dojo", "brewery", "pub", "bar", "kursus", "sanggar", "gimnas", "ginás",
	"theretane", "stüdyomuz", "dükkan", "mağaza", "atölye", "salonu", "salonas", "saal", "halle",
	"kursraum", "kursort", "zaal", "lokal", "lokaal", "lokale", "local", "centre", "center", "centro",
	"centar", "центар", "теретан", "салон", "студи", "школ", "клуб", "продавниц", "фирм", "γυμναστ",
	"κατάστημ", "εταιρ", "σχολ", "στούντιο", "αίθουσ",
}
