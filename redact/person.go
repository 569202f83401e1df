package redact

import (
	_ "embed"
	"maps"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// PERSON: names are found from capitalised words. A run of capitalised
// tokens (with initials, particles such as "van der" or "de la", and a
// leading title) is scored by what the gazetteers say about its tokens and
// by the context around it: a title, a greeting, a "name:" field, a
// signature line. Ordinary capitalised words never start a run: they are
// not in the gazetteers, and the stop list and city list veto them.

//go:embed data/given.txt
var givenNamesData string

//go:embed data/family.txt
var familyNamesData string

//go:embed data/cities.txt
var citiesData string

const (
	nameGiven uint8 = 1 << iota
	nameFamily
	nameAmbiguous // also a common word, month, brand or place: needs support
	nameStop      // a capitalised word that is never part of a name
	nameTitle     // an honorific before a name
	nameGreeting  // a greeting or closing that announces a name
	nameCity      // a city or region (single-token entries)
	nameCityHead  // the first word of a multi-word city name
)

var (
	// nameFlags maps exact-case tokens to their flags (see nameFlagsOf).
	nameFlags *strTable
	// cityNames holds city and region names, exact case, multi-word allowed.
	cityNames *strTable
)

// ambiguousGiven are given names that are also ordinary words, months,
// brands or places; alone they need context.
var ambiguousGiven = []string{
	"Mark", "Bill", "Ray", "Dean", "Chase", "Hunter", "Harper", "Jordan", "Austin", "Florence", "Victoria",
	"Georgia", "Virginia", "Sofia", "Santiago", "Milan", "Lima", "Nancy", "Madison", "Sydney", "Dallas", "Jackson",
	"Lincoln", "Logan", "Kai", "Per", "Jan", "Ken", "Lee", "Kim", "Bo", "Jo", "Ji", "Yu", "Jun", "June", "Jin", "Sung",
	"Hyun", "Dong", "Jae", "Rin", "Aoi", "Ida", "Ada", "Eve", "Liv", "Pia", "Ana", "Ama", "Tao", "Lei", "Yan",
	"Wen", "Ling", "Fang", "Hao", "Yang", "Qing", "Hui", "Xin", "Xiao", "Zhen", "Zhang", "Cheng", "Jiang", "Chen",
	"Amber", "Crystal", "Daisy", "Iris", "Ivy", "Lily", "Violet", "Willow", "Luna", "Aurora", "Ebony", "Alexa",
	"Mercedes", "Tiffany", "Gloria", "Stella", "Hugo", "Oscar", "Otto", "Penelope", "Paris", "Valencia", "Bella",
	"Cora", "Nova", "Summer", "Sky", "Sunny", "Rich", "Frank", "Gene", "Guy", "Don", "Van", "Art", "Pat", "Sue",
	"Dawn", "Robin", "Angel", "Grace", "Hope", "Joy", "Faith", "Max", "Jack", "Rose", "Holly", "Ruby", "Pearl",
	"Brandon", "Carter", "Cameron", "Tyler", "Quinn", "Casey", "Marshall", "Nelson", "Wesley", "Morgan", "Parker",
	"Taylor", "Mason", "Ali", "Said", "Bruno", "Lorenzo", "Santos", "Per", "Sina", "Nina", "Maya", "Mila", "Tessa",
	"Sam", "Kay", "Lynn", "Page", "Miles", "Dale", "Glen", "Cliff", "Wolf", "Dirk", "Bert", "Ernst", "Hanna",
	"Na", "Min", "Gang", "Lan", "Yi", "Bin", "Hua", "Ping", "Yun", "Chao", "Jie", "Zhi", "Xia", "Xue", "Ying",
	"Yong",
	// "Ros" (Rosalind, Rosamund) is a family name and a word in Spanish and Catalan too.
	"Ros",
	// Words or places of a prompt language too (session 10's list additions).
	"Vasco", "Iona", "Alba", "Carmine", "Clementine", "Montserrat", "Romeo", "Lacey", "Chelsea", "Eden",
	"Autumn", "Olive", "Fern", "Primrose", "Sapphire", "Skye", "Celeste", "Lana", "Verity", "Macy", "Prudence", "Memory",
	"Precious", "Blessing", "Dulce",
	// The Portuguese article ("Uma mensagem para …").
	"Uma",
}

// stopCapitalised are capitalised words that never belong to a name.
var stopCapitalised = []string{
	"The", "This", "That", "These", "Those", "A", "An", "And", "Or", "But", "If", "In", "On", "At", "To", "For",
	"From", "With", "By", "Of", "As", "Our", "Your", "My", "His", "Her", "Their", "We", "You", "I", "It", "He",
	"She", "They", "Please", "Thanks", "Thank", "Dear", "Hi", "Hello", "Hey", "Customer", "Customers", "Client",
	"Team", "Support", "Service", "Services", "Sales", "Marketing", "Inc", "Ltd", "LLC", "GmbH", "Corp", "Co",
	"Company", "Group", "Bank", "University", "Street", "Road", "Avenue", "Lane", "Drive", "Boulevard", "Court",
	"Square", "Place", "Way", "January", "February", "March", "April", "May", "July", "August",
	"September", "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
	"Saturday", "Sunday", "German", "French", "Spanish", "English", "Italian", "Dutch", "Polish", "Chinese",
	"Japanese", "European", "American", "British", "Christmas", "Easter", "Cyber", "Prime", "New",
	"Write", "Draft", "Create", "Make", "Give", "List", "Summarise", "Summarize", "Translate", "Explain",
	"Generate", "Suggest", "Rewrite", "Send", "Ship", "Bill", "Call", "Ask", "Tell", "Hallo", "Liebe", "Lieber",
	"Bonjour", "Hola", "Ciao", "Best", "Kind", "Regards", "Cheers", "Sincerely", "Yours", "Happy",
	"Merry", "All", "Every", "Some", "Any", "No", "Not", "Yes", "Ok", "OK", "Subject", "Re", "Fwd", "Name",
	"Email", "Phone", "Address", "Order", "Invoice", "Account", "Card", "Number", "Date", "Total", "Price",
	"Free", "Sale", "Offer", "Deal", "Shop", "Store", "Online", "Experience", "Department", "Office", "Manager",
	"Director", "Officer", "Chief", "President", "Board", "Committee", "Council", "Ministry", "Agency",
	"Foundation", "Institute", "School", "College", "Hospital", "Hotel", "Restaurant", "Cafe", "Airport",
	"Station", "Centre", "Center", "Museum", "North", "South", "East", "West", "Central", "Upper",
	"Lower", "Great", "Old", "Big", "Bad", "First", "Last", "Next", "Dr", "Mr",
	"Mrs", "Ms", "Miss", "Prof", "Sir", "Herr", "Frau", "Mme", "Mlle", "Sr", "Sra", "Srta", "Sig", "Dott",
	"Dhr", "Mevr", "Mx", "Herrn", "Hr", "Fr", "Doña", "Dña", "Madame", "Monsieur", "Lady", "Lord", "Dame", "Signor", "Signora", "Señor", "Señora",
	"Pani", "Panią", "Panu", "Mag", "Ing", "Avv", "Gđa", "Gđica", "Dl", "Dna", "Grandma", "Grandpa", "Granny", "Grandad", "Nana", "Auntie", "Oma", "Opa",
	"Nonna", "Nonno", "Abuela", "Abuelo", "Babcia", "Mamie", "Papy",
	"Acme", "Google", "Apple", "Amazon", "Microsoft", "Facebook", "Instagram", "LinkedIn", "TikTok", "Twitter",
	"YouTube", "WhatsApp", "Slack", "Zoom", "Shopify", "Stripe", "PayPal", "Visa", "Mastercard", "Ads",
	"Version", "Release", "Ticket", "Reference", "Coupon", "Tracking", "Segment", "Lead", "Fraud", "Refund",
	"Affiliate", "Landing", "Merci", "Bitte", "Escribe", "Schreibe", "Rédige", "Personalise", "Personalize",
	"Hier", "Here", "There", "What", "When", "Where", "Who", "Why", "How", "Which", "Can", "Could", "Would",
	"Should", "Will", "Shall", "Must", "Let", "Do", "Does", "Did", "Is", "Are", "Was", "Were", "Be", "Have",
	"Has", "Had", "Get", "See", "Use", "Add", "Keep", "Find", "Check", "Note", "Also", "Just", "Only", "Then",
	"Now", "Today", "Tomorrow", "Yesterday", "Budget", "Our", "Q1", "Q2", "Q3", "Q4", "Mit", "Und", "Der", "Die",
	"Das", "Le", "La", "Les", "Un", "Une", "El", "Los", "Las", "Il", "Het", "Een", "Von", "Van", "De", "Di", "Da",
	"Du", "Des", "Del", "Della", "St", "Saint", "San", "Santa", "Sankt", "Fort", "Mount", "Lake", "Port", "Cape",
	"Comfort", "Version", "Hardware", "Physical", "Device", "Mixed", "Lowercase", "Invalid", "Broadcast",
	"Cisco", "Ethernet", "Wallet", "Aadhaar", "Passport", "Licence", "License", "Driver", "Social", "Security", "Insurance",
	"National", "Tax", "Health", "Medical", "Patient", "Doctor", "Nurse", "Professor", "Captain", "General",
	"Colonel", "Sergeant", "Princess", "Pope", "Father", "Mother",
	"Brother", "Sister", "Uncle", "Aunt", "Mom", "Dad", "Mum", "Baby", "Boy", "Girl", "Man", "Woman", "People",
	"Family", "Friends", "Friend", "Colleagues", "Partners", "Partner", "Member", "Members", "User", "Users",
	"Guest", "Guests", "Visitor", "Visitors", "Valued", "Everyone", "Folks", "Madam", "Ladies", "Gentlemen",
	"I'm", "I’m", "I'll", "I’ll", "I've", "I’ve", "I'd", "I’d", "It's", "It’s", "That's", "There's", "Let's",
	// Verbs that open a marketing instruction ("Remind Kwame Mensah that …").
	"Remind", "Invite", "Congratulate", "Greet", "Welcome", "Wish", "Notify",
	"Inform", "Reply", "Respond", "Message", "Text", "Follow", "Reward", "Surprise", "Upsell", "Nudge",
	"Reactivate", "Onboard", "Recommend", "Compose", "Pitch", "Encourage", "Apologise", "Apologize", "Update",
	"Confirm", "Alert", "Forward", "Introduce", "Mention", "Convince", "Persuade", "Reassure", "Assure",
	"Promote", "E-mail", "Contact", "Schreib", "Erinnere", "Lade", "Gratuliere", "Écris", "Rappelle",
	"Félicite", "Recuerda", "Invita", "Felicita", "Scrivi", "Ricorda", "Schrijf", "Herinner", "Nodig",
	"Feliciteer",
	// Field labels of CRM exports and forms in EN/DE/FR/ES/IT/NL/PT/PL
	// ("Prénom : Thomas ; Adresse : …"), and the words of team names in
	// signatures ("Customer Care Team"): a name field's context word
	// must not make them names.
	"Vorname", "Nachname", "Nom", "Prénom", "Nombre", "Apellido", "Apellidos", "Nome", "Cognome", "Naam",
	"Voornaam", "Achternaam", "Imię", "Nazwisko", "Surname", "Firstname", "Lastname", "Adresse", "Anschrift",
	"Dirección", "Direccion", "Indirizzo", "Adres", "Morada", "Endereço", "Ort", "Stadt", "Ville",
	"Ciudad", "Città", "Stad", "Cidade", "Miasto", "City", "Country", "Zip", "Postcode", "Tel", "Tél",
	"Telefon", "Téléphone", "Teléfono", "Telefono", "Telefoon", "Telefone", "Handy", "Mobil", "Móvil",
	"Cellulare", "Mobile", "Geburtsdatum", "Birthday", "Birthdate", "DOB", "Care", "Desk", "Helpdesk",
	"Success", "Relations", "Operations", "Finance", "Accounts", "Billing", "Shipping", "Delivery", "Returns",
	// Chat words right before a name: interjections ("Sorry Pieter!",
	// "Congrats Aisha") and the roles of chat speaker labels ("Agent
	// Lindiwe: …"). As stop words they leave the name alone, which the
	// gazetteer then decides; as greetings they would vouch for any
	// capitalised word after them ("Morning Star", "Agent Orange").
	"Sorry", "Congrats", "Congratulations", "Hiya", "Howdy", "Thx", "Bye", "Morning", "Evening", "Agent",
	"Advisor", "Adviser", "Operator", "Assistant", "Admin", "Moderator", "Courier", "Rep",
	// Signing words and a role word that open a run before a name ("Signé
	// Clément", "Coach Tamika"): split off, the name is decided alone.
	"Signed", "Signé", "Signée", "Firmado", "Firmada", "Firmato", "Firmata", "Getekend", "Podpisano",
	"Assinado", "Assinada", "Coach",
	// The nouns of German closings, after a greeting word ("Liebe Grüße",
	// "Herzliche Grüße").
	"Grüße", "Grüßen", "Gruß", "Grüsse", "Grüssen", "Gruss",
	// German relation nouns, capitalised as nouns are: split off, the name
	// after them is decided alone ("meine Kollegin Zorinda").
	"Kollege", "Kollegin", "Tochter", "Sohn", "Schwester", "Bruder", "Vater", "Mutter", "Freundin",
	"Nachbarin", "Nachbar", "Enkelin", "Enkel", "Nichte", "Neffe", "Ehemann", "Ehefrau", "Partnerin",
}

// titleWords are honorifics that precede a name (matched with an optional dot).
var titleWords = []string{
	"Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Sir", "Dame", "Lady", "Lord", "Herr", "Frau", "Mme", "Mlle",
	"Madame", "Monsieur", "Sr", "Sra", "Srta", "Señor", "Señora", "Sig", "Signor", "Signora", "Dott", "Dhr",
	"Mevr", "Mevrouw", "Meneer", "Juffrouw", "Professor", "Doctor", "Herrn", "Hr", "Fr", "Doña", "Dña", "Dona", "Pani",
	"Panią", "Panu",
	// Swedish, Danish and Norwegian for Mrs ("Fru Kerstin Nyberg"); the
	// Polish Pan in the nominative, genitive and instrumental ("dla Pana
	// Grzegorza Wójcika").
	"Fru", "Pan", "Pana", "Panem",
	// Austrian and Italian academic and professional titles ("Frau Mag.
	// Huber", "Ing. Bauer", "Avv. Conti").
	"Mag", "Ing", "Avv",
	// Session 19: the Croatian and Bosnian "Gđa.", "Gđica." (Mrs, Miss),
	// with or without their dot; not "Capt." ("Capt. Morgan" is a rum) nor
	// "Lic." ("Lic. Plate") (forms17_titles.go).
	"Gđa", "Gđica",
	// The Romanian "Dl." and "Dna." (domnul, doamna: Mr, Mrs); bare, they
	// want a name after them (read17a_ro_titles.go).
	"Dl", "Dna",
	// Kinship words used as titles in greetings ("Grandma Rose", "Oma Helga").
	"Grandma", "Grandpa", "Granny", "Grandad", "Nana", "Auntie", "Oma", "Opa", "Nonna", "Nonno", "Abuela",
	"Abuelo", "Babcia", "Mamie", "Papy",
	// Aunts and uncles, whom families and regulars call by a given or a
	// family name ("Uncle Okonkwo", "Tía Marisol", "Tante Gerda", "Zio
	// Franco"); "Uncle Sam", "Aunt Jemima" are in the notable list.
	"Uncle", "Aunt", "Aunty", "Onkel", "Tante", "Oncle", "Tonton", "Tío", "Tía", "Zio", "Zia", "Oom", "Wujek", "Ciocia",
	// Indian honorifics for a man and a married woman ("Shri Venugopal
	// Nair", "Smt. Lakshmi Rao").
	"Shri", "Shree", "Smt", "Shrimati",
	// Malaysia's short form of Madam, before a Chinese
	// family name and given names no gazetteer may know ("Mdm Teo Kim
	// Choo").
	"Mdm",
	// A clergy title's short forms, which keep their dot ("Rev. Dr.
	// Adaeze Obi", "Revd Kanoa Peleke"); the longer titles of faith and
	// kinship are in communityTitles (person10_title.go).
	"Rev", "Revd",
}

// greetingWords precede a name in greetings and closings (capitalised form).
var greetingWords = []string{
	"Dear", "Hi", "Hello", "Hey", "Thanks", "Thank", "Cheers", "Regards", "Hallo", "Liebe", "Lieber", "Bonjour",
	"Hola", "Ciao", "Name", "Customer", "Client", "Contact",
}

// letterOpenings are greetings that are stop words as well (as "Dear"
// and "Customer" are in both lists above): letter openings in
// ES/PT/IT/NL/FR/DE ("Estimada Sra. López", "Geachte heer", "Sehr geehrte
// Frau"; "Cara" and "Gentile" are names too) and the word for a customer
// in DE/ES/IT/PT/NL/PL (a client, male and female).
var letterOpenings = []string{
	"Estimado", "Estimada", "Querido", "Querida", "Prezado", "Prezada", "Olá", "Caro", "Buongiorno",
	"Geachte", "Beste", "Hoi", "Cher", "Chère", "Chers", "Salut", "Sehr", "Geehrte", "Geehrter", "Hej",
	"Kunde", "Kundin", "Cliente", "Klant", "Klient", "Klientin", "Klientka",
	// Swedish, Danish and Norwegian openings ("Välkommen Olle Lindström",
	// "Kära Karin", "Kjære Øyvind").
	"Välkommen", "Välkomna", "Kära", "Käre", "Bästa", "Tack", "Kære", "Kjære", "Kund",
	// Polish, North German, Austrian, Swiss and Norwegian openings ("Cześć
	// Zuzanna", "Moin Hauke", "Servus Vroni", "Hei Ingrid").
	"Cześć", "Witaj", "Witam", "Drogi", "Droga", "Szanowna", "Szanowny", "Kochana", "Kochany", "Moin",
	"Servus", "Grüezi", "Hei", "Hejsan",
}

// titleLower maps each title to its lower-case form, for reasons.
var titleLower = newLowerWords(titleWords)

// lowerWords maps each word of a list to its lower-case form, with a word
// table (no string hashing on the hot path).
type lowerWords struct {
	tab   *strTable
	lower []string
}

func newLowerWords(words []string) lowerWords {
	l := lowerWords{tab: newStrTable(len(words))}
	for _, w := range words {
		if _, ok := l.tab.get(w); ok {
			continue
		}
		l.tab.or(w, uint32(len(l.lower)))
		l.lower = append(l.lower, strings.ToLower(w))
	}
	return l
}

// get returns the lower-case form of w, or "" when w is not in the list.
func (l lowerWords) get(w string) string {
	if i, ok := l.tab.get(w); ok {
		return l.lower[i]
	}
	return ""
}

// withSignature appends the signature cue to a (constant) reason.
func withSignature(reason string) string { return withContext(reason, "signature line") }

// placeWords are capitalised nouns that end the name of a place
// ("Victoria Falls", "Jackson Hole", "Palm Springs"): a run with one of
// them is a place, not a person, and they never count as family names.
// Words that are common surnames as well (Park, Hill, Lake, Brook) are
// left out.
var placeWords = []string{
	"Falls", "Hole", "Bay", "Beach", "Springs", "Heights", "Valley", "Canyon", "Creek", "Harbor", "Harbour",
	"Island", "Islands", "Mountain", "Mountains", "Peak", "Coast", "Cove", "Gulch", "Fjord", "Glacier",
	"Desert", "Forest", "Reef", "Cape", "Canal", "Gardens", "Lakes", "Hills", "Rapids", "Dunes", "Gorge",
	// Indian localities ("Vasant Vihar", "Anna Nagar", "Defence Colony"),
	// many of them named with a given name.
	"Vihar", "Nagar", "Enclave", "Colony", "Puram", "Bagh", "Marg", "Chowk", "Ganj", "Layout",
}

// nameParticles are lower-case words inside a name ("van der", "de la").
var nameParticles = map[string]bool{
	"van": true, "von": true, "der": true, "den": true, "de": true, "del": true, "della": true, "di": true,
	"da": true, "du": true, "des": true, "la": true, "le": true, "dos": true, "das": true, "bin": true,
	"ibn": true, "al": true, "el": true, "ter": true, "ten": true, "y": true, "zu": true, "af": true,
	"binti": true, "bint": true, // Malay and Arabic "daughter of" ("Siti Aminah binti Hassan")
	"binte": true, "bte": true, // the spelling of "binti" in SG names (names17)
}

// nameFlagsOf returns the flags of an exact-case token, 0 when unknown.
func nameFlagsOf(tok string) uint8 {
	v, _ := nameFlags.get(tok)
	return uint8(v)
}

func init() {
	nameFlags = newStrTable(4096 + generatedNameCount())
	// The stop words go in first, so that they sit in their home slots:
	// they are most of the capitalised words Detect looks up, and a
	// lookup that ends at its first probe is a well-predicted branch.
	for _, w := range stopCapitalised {
		nameFlags.or(w, uint32(nameStop))
	}
	for _, w := range splitFields(givenNamesData, false) {
		nameFlags.or(w, uint32(nameGiven))
	}
	for _, w := range splitFields(familyNamesData, false) {
		if nameParticles[strings.ToLower(w)] {
			continue
		}
		nameFlags.or(w, uint32(nameFamily))
	}
	for _, w := range ambiguousGiven {
		nameFlags.or(w, uint32(nameAmbiguous))
	}
	for _, w := range titleWords {
		nameFlags.or(w, uint32(nameTitle))
	}
	for _, w := range greetingWords {
		nameFlags.or(w, uint32(nameGreeting))
	}
	for _, w := range letterOpenings {
		nameFlags.or(w, uint32(nameStop|nameGreeting))
	}
	for _, w := range placeWords {
		nameFlags.or(w, uint32(nameCity))
		nameFlags.clear(w, uint32(nameFamily|nameGiven))
	}
	cityNames = newStrTable(512)
	for _, c := range splitFields(citiesData, true) {
		cityNames.or(c, 1)
		if i := strings.IndexByte(c, ' '); i < 0 {
			nameFlags.or(c, uint32(nameCity))
		} else {
			nameFlags.or(c[:i], uint32(nameCityHead))
		}
	}
	addGeneratedNames()
	register(personDetector{})
}

type personDetector struct{}

func (personDetector) ID() string      { return "builtin.person" }
func (personDetector) Types() []string { return []string{"PERSON", "LOCATION"} }

// nameTok is one token of a candidate name run.
type nameTok struct {
	start, end int
	flags      uint8
	initial    bool // a single capital letter, with or without a dot
	particle   bool
	title      bool
}

// readCapToken reads a capitalised word at i: an upper-case letter, then
// letters, with inner apostrophes and hyphens before letters. It returns
// the end (a possessive 's is left out) and whether the word has a
// lower-case letter (so it is not an acronym).
func readCapToken(text string, i int) (end int, lower, ok bool) {
	j := i + 1
	if c := text[i]; c >= 0x80 {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsUpper(r) {
			return i, false, false
		}
		j = i + size
	} else if c < 'A' || c > 'Z' {
		return i, false, false
	}
	for j < len(text) {
		c := text[j]
		if c >= 'a' && c <= 'z' {
			lower = true
			j++
			continue
		}
		if c >= 'A' && c <= 'Z' {
			j++
			continue
		}
		if c >= 0x80 {
			r, size := utf8.DecodeRuneInString(text[j:])
			if r == '’' {
				if j+size < len(text) && isLetterAt(text, j+size) && !possessiveAt(text, j+size) {
					if !upperAt(text, j+size) && !glottalStopAt(text, i, j, size) {
						return j, lower, false
					}
					j += size
					continue
				}
				break
			}
			if !unicode.IsLetter(r) {
				break
			}
			if unicode.IsLower(r) {
				lower = true
			}
			j += size
			continue
		}
		if (c == '\'' || c == '-') && j+1 < len(text) && isLetterAt(text, j+1) {
			if c == '\'' && possessiveAt(text, j+1) {
				break
			}
			if c == '\'' && !upperAt(text, j+1) && !glottalStopAt(text, i, j, 1) {
				return j, lower, false // a contraction: Don't, I'm, Can't
			}
			if c == '-' && !upperAt(text, j+1) && !lowerSyllableAfter(text, i, j) {
				break
			}
			j++
			continue
		}
		break
	}
	return j, lower, true
}

// lowerSyllableAfter reports whether the hyphen at j joins two short
// syllables of a romanised given name ("Min-jun", "Ji-woo", "Seo-yeon"):
// two to four ASCII letters from i before it, two to four lower-case
// letters after it, then the word's end.
func lowerSyllableAfter(text string, i, j int) bool {
	if j-i < 2 || j-i > 4 {
		return false
	}
	k := j + 1
	for k < len(text) && text[k] >= 'a' && text[k] <= 'z' {
		k++
	}
	return k-j-1 >= 2 && k-j-1 <= 4 && (k == len(text) || !isLetterAt(text, k) && text[k] != '-' && text[k] != '\'')
}

// possessiveAt reports whether text[i:] is "s" ending a word.
func possessiveAt(text string, i int) bool {
	return i < len(text) && text[i] == 's' && wordEndAt(text, i+1)
}

func isLetterAt(text string, i int) bool {
	c := text[i]
	return isAlpha(c) || c >= 0x80 && letterRuneAt(text, i)
}

// letterRuneAt is isLetterAt for a non-ASCII byte, kept out of line so
// that isLetterAt, called for nearly every word, is inlined.
func letterRuneAt(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r)
}

func upperAt(text string, i int) bool {
	c := text[i]
	return c-'A' < 26 || c >= 0x80 && upperRuneAt(text, i)
}

// upperRuneAt is upperAt for a non-ASCII byte, kept out of line so that
// upperAt is inlined.
func upperRuneAt(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsUpper(r)
}

// tokenFlags looks a token up, trying the parts of a hyphenated name.
func tokenFlags(tok string) uint8 {
	if f, ok := nameFlags.get(tok); ok {
		return uint8(f)
	}
	if i := strings.IndexByte(tok, '-'); i > 0 {
		f := nameFlagsOf(tok[:i]) &^ (nameStop | nameTitle | nameGreeting)
		if generatedGivenOnly(tok[:i]) {
			f &^= nameGiven // "Meta-bril", "Anti-Aging": a generated given name opens no hyphenated name (person_gen.go)
		}
		g := nameFlagsOf(tok[strings.LastIndexByte(tok, '-')+1:]) &^ (nameStop | nameTitle | nameGreeting)
		if f == 0 && arabicArticle25(tok[:i]) && arabicFamily25(tok, g) {
			return nameFamily // recall25_lower.go: "Al-amin", "El-Sayed", "Abu-Bakr"
		}
		if r := f&nameGiven | g&nameFamily | (f|g)&nameFamily; r != 0 || !koreanGivenPair(tok) {
			return r
		}
		return nameGiven // "Seo-yeon" (person_gen.go)
	}
	if apostropheNearStart(tok) {
		// O'Neil, D'Angelo, McX-style prefixes count as family names.
		return nameFamily
	}
	if len(tok) > 3 && (strings.HasPrefix(tok, "Mc") || strings.HasPrefix(tok, "Mac")) && upperAt(tok, strings.IndexByte(tok, 'c')+1) {
		return nameFamily
	}
	if !isASCII(tok) {
		return foldedNameFlags(tok) // person13_names.go: "Hēmi" as "Hemi"
	}
	return 0
}

// apostropheNearStart reports whether the first apostrophe (' or ’) of a
// token read by readCapToken (valid UTF-8, starting with a capital) is at
// byte 1, 2 or 3, as strings.IndexAny(tok, "'’") in 1..3 would.
func apostropheNearStart(tok string) bool {
	for i := 1; i <= 3 && i < len(tok); i++ {
		if tok[i] == '\'' || tok[i] == 0xE2 && strings.HasPrefix(tok[i:], "’") {
			return true
		}
	}
	return false
}

func (d personDetector) Detect(text string, dst []Span) []Span {
	ws := scratchPool.Get().(*findScratch)
	ws.scan.reset(text, false)
	ws.scan.lines = ws.scan.next(mkNewline, 0) >= 0
	dst = personSpans(&ws.scan, dst, &ws.toks)
	ws.scan.release()
	scratchPool.Put(ws)
	return dst
}

// detectPersons is Detect on the engine's scan of the text, with the
// token buffer given: Find passes one from its pooled scratch, which
// saves zeroing a local one on every call. Tokens are only read after
// they are written, so what a buffer holds from an earlier text does not
// matter.
func detectPersons(sc *textScan, dst []Span, toks *[8]nameTok) []Span {
	text := sc.text
	n0 := len(dst)
	lastPerson := -1
	// The next capital (an ASCII capital or a UTF-8 lead byte) from the
	// scan's marks: a shift and a trailing-zero count. A text with none
	// is written all in lower case.
	i := sc.next(mkCapital, 0)
	if i < 0 {
		return lowerCaseNames(text, dst)
	}
	for ; i >= 0; i = sc.next(mkCapital, i) {
		var n, end int
		if text[i] < 0x80 && personFastPath {
			// The class of the byte before, beforeStarts at the start
			// of the text: a select, not a branch on where the capital is.
			before := capBefore[text[max(i, 1)-1]]
			if i == 0 {
				before = beforeStarts
			}
			if before != beforeStarts && !runMayStart(text, i) {
				i = skipWord(text, i)
				continue
			}
			// Most capitalised words are plain ASCII words ("Write",
			// "Anna"): read and look them up once, here. The most common
			// one, a stop word that no capitalised word, initial or
			// particle follows, is a run that yields nothing: go on after
			// it.
			if wn, f := plainWord(text, i); wn > 0 {
				sc.notePlain(i, wn, f) // for the learned model's pass (learned_memo.go)
				// loneAfter, its byte test in line: a call only when a
				// particle may follow.
				if f == nameStop {
					if a := afterToken(text, i+wn); a == afterEndsRun || a == afterParticle && !particleWordAt(text, i+wn+1) {
						i += wn // a stop word has no title dot
						continue
					}
				}
				end = capTokEnd(text, i+wn, f)
				toks[0] = nameTok{start: i, end: end, flags: f, title: f&nameTitle != 0}
				n = 1
				if next, ok := nextRunToken(text, end); ok {
					n, end = readNameRunFrom(text, i, toks[:], 1, next)
				}
			} else if acronymAt(text, i) {
				if i == 0 || text[i-1] == '\n' || capsTitleMaybe(text, i) || listItemStart(text, i) {
					if s, e, ok := capsRecordAt(text, i); ok {
						dst = appendCapsRecord(dst, s, e)
						i, lastPerson = e, e
						continue
					}
				}
				i = skipASCIIWord(text, i) // skipWord, in line
				if i < len(text) && text[i] == '/' {
					i, lastPerson, dst = iataNameBefore(text, i, lastPerson, dst) // "OKAFOR/ADAEZE MRS" (forms17_iata.go)
				}
				continue
			} else {
				n, end = readNameRun(text, i, toks[:])
			}
		} else {
			// Most non-ASCII capital marks are lead bytes of lower-case
			// letters ("é", "ü") or of punctuation ("—", "€"): passed
			// over here without decoding them.
			if k := noUpperRuneAt(text, i); k > 0 {
				i += k
				continue
			}
			if scriptLead(text[i]) {
				sc.script = true // scriptNames reads the text after the loop (person14_script.go)
			}
			next, ok := runStartSlow(text, i)
			if !ok {
				if next-i == 3 && text[i] >= 0xE3 && text[i] <= 0xED {
					// Hangul, kanji, katakana: a name before its honorific (person9_cjk.go).
					next, lastPerson, dst = cjkNameSpan(text, i, lastPerson, dst)
				}
				i = next
				continue
			}
			if acronymAt(text, i) {
				if s, e, ok := capsRecordAt(text, i); ok {
					dst = appendCapsRecord(dst, s, e)
					i, lastPerson = e, e
					continue
				}
				if j := skipASCIIWord(text, i); j < len(text) && text[j] == '/' {
					if k, lp, d := iataNameBefore(text, j, lastPerson, dst); k > j {
						i, lastPerson, dst = k, lp, d // "OKAFOR/ADAEZE MRS" (forms17_iata.go)
						continue
					}
				}
			}
			n, end = readNameRun(text, i, toks[:])
		}
		if n == 0 {
			i = skipWord(text, i)
			continue
		}
		// A run of stop words only yields nothing, but for a month after a
		// greeting ("Hi April,", person6_greet.go).
		if personFastPath && stopOnly(toks[:n]) && (toks[0].flags&nameGreeting == 0 || n < 2 || !greetedRunMaybe(text, toks[:n])) {
			i = end // scoreRun would find nothing
			continue
		}
		i, lastPerson, dst = scoreRun(sc, toks[:n], end, lastPerson, dst)
	}
	if sc.script {
		sc.script = false
		dst = scriptNames(text, dst, n0) // "Олена Коваленко", "السيد …", "姓名：…" (person14_script.go)
	}
	if len(dst) > n0 && sc.sum.newline != 0 && sc.sum.digits >= 6 && sc.sum.colons+sc.sum.dots >= 2 {
		// Two lines or more that open with a time ("9:30", "10.00"): an
		// appointment book, maybe.
		dst = appointmentBookNames(text, dst, n0) // "10:00  Tirtojo – cut – …" after a found name's line (person18_appt.go)
	}
	if len(dst)-n0 >= 2 {
		dst = lowerNamesInLists(sc, dst, n0) // "jessica wong jwong@…, Ahmed Al-Farsi, Dr. …"
	}
	if isLower(text[0]) {
		dst = lowerNamesInCasualText(text, dst, n0) // "ok so quick q — ask priya if the Pongal creatives are final"
	}
	if sc.sum.newline != 0 || isLower(text[0]) {
		dst = lowerLineNames(sc, dst, n0) // "1:15am - wei-lin chao, 2219 baseline rd" under "Can you tidy these notes?" (lower24_lines.go)
	}
	return dst
}

// stopOnly reports whether every token of run is a stop word or a
// greeting, none a title, and the first no city: scoreNameRun splits such
// a run at every token and cityPrefix takes none of it, so scoreRun finds
// nothing ("Our", "Hi,", "Google Ads", "French").
func stopOnly(run []nameTok) bool {
	if run[0].flags&(nameCity|nameCityHead) != 0 {
		return false
	}
	for k := range run {
		if run[k].flags&(nameStop|nameGreeting) == 0 || run[k].title {
			return false
		}
	}
	return true
}

// noUpperRuneAt returns the size of the rune at i when it is a common one
// that is not upper case, as runStartSlow would decode it: U+00DF to
// U+00FF ("ß", "é", "ü"; a lead byte 0xC3) and U+2000 to U+20FF
// (punctuation, currency and combining marks, "—", "€"; 0xE2 0x80-0x83).
// It returns 0 for any other byte, invalid UTF-8 included. It is small
// enough to be inlined in detectPersons' loop.
func noUpperRuneAt(text string, i int) int {
	if i+2 >= len(text) {
		return 0
	}
	c, d, e := text[i], text[i+1], text[i+2]
	if c == 0xC3 && d >= 0x9F && d <= 0xBF {
		return 2
	}
	if c == 0xE2 && d >= 0x80 && d <= 0x83 && e >= 0x80 && e <= 0xBF {
		return 3
	}
	return 0
}

// runStartSlow is Detect's test of the capital or lead byte at i when the
// fast paths do not apply: a lead byte of a rune that is not upper case,
// or a word that is no run start, gives where to go on and false.
func runStartSlow(text string, i int) (int, bool) {
	if text[i] >= 0x80 {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsUpper(r) {
			return i + size, false
		}
	}
	if i > 0 && !runMayStart(text, i) {
		return skipWord(text, i), false
	}
	return i, true
}

// scoreRun scores the run read by Detect, which ends at end: a leading
// city (LOCATION when a cue supports it) and then names. It returns where
// Detect goes on and the end of the last PERSON span.
func scoreRun(sc *textScan, run []nameTok, end, lastPerson int, dst []Span) (int, int, []Span) {
	if personFastPath && loneUnknown(run) && loneUnknownRejected(sc, run[0].start, run[0].end) {
		// engine5_lone.go; person15_case.go: "z żoną Bożeną"
		if s, e := run[0].start, run[0].end; caseFormMaybe(sc.text, s, e) && caseFormAt(sc.text, s, e) {
			return max(end, e), e, append(dst, caseSpan(s, e))
		}
		if s := run[0].start; s > 3 && nickQuoteLast[sc.text[s-1]] {
			return quotedNickRun(sc.text, run[0].start, run[0].end, end, lastPerson, dst) // `Chinonso "Ify" Obiora` (forms17_nick.go)
		}
		return end, lastPerson, dst
	}
	text := sc.text
	if personFastPath && fullName(run) {
		// What scoreNameRun and scoreNameParts decide for such a run.
		if afterThe(text, run[0].start) || ownProduct(text, run[0].start, run[1].end) ||
			fullNameMaybeNotable(text, run[0].start, run[1].start, run[1].end) && notableRun(text, run, run[0].start, run[1].end) ||
			founderMaybe(text, run[0].start, run[1].end) && founderAt(text, run[0].start, run[1].end) ||
			saintMaybe(text, run[0].start) && saintBefore(text, run[0].start) || run[0].start >= 6 && (text[run[0].start-1] == '"' || text[run[0].start-1] == 0x9C) && examplePlaceholder(text, run[0].start) ||
			publicNear(text, run[0].start, run[1].end) && publicSpanAt(text, run[0].start, run[1].end) { // person12_public.go: "cyclist Mara Quist"
			return end, lastPerson, dst
		}
		if sc.sum.colons != 0 && listSlotAt(text, run[0].start) && publicListItem(text, run[0].start, run[1].end) {
			return end, lastPerson, dst // an item of a list of public figures (public15_list.go)
		}
		dst = append(dst, Span{Start: run[0].start, End: run[1].end, Type: "PERSON", Rule: "builtin.person", Score: 0.95,
			Reason: "given name and family name from gazetteers"})
		return max(end, run[1].end), run[1].end, dst
	}
	if k := cityPrefix(text, run); k > 0 {
		cs, ce := run[0].start, run[k-1].end
		if w := locationCue(sc, cs, lastPerson); w == tableRowCue {
			dst = append(dst, Span{Start: cs, End: ce, Type: "LOCATION", Rule: "builtin.location", Score: 0.75,
				Reason: "known city in the cell after a name"})
		} else if w != "" {
			dst = append(dst, Span{Start: cs, End: ce, Type: "LOCATION", Rule: "builtin.location", Score: 0.75,
				Reason: withContext("known city in a sentence about a person", w)})
		} else if k == 1 && len(run) == 1 && kinCityBefore(text, cs) {
			k = 0 // "her niece Phoenix": a given name (person9_kin.go)
		}
		run = run[k:]
	}
	before := len(dst)
	if personFastPath && !splitsRun(run) {
		dst = scoreNameParts(text, run, "", dst) // what scoreNameRun does with it
	} else {
		dst = scoreNameRun(text, run, dst)
	}
	if n := len(dst); n > before {
		if s := &dst[n-1]; publicNear(text, s.Start, s.End) && s.Type == "PERSON" && publicSpanAt(text, s.Start, s.End) ||
			sc.sum.colons != 0 && listSlotAt(text, s.Start) && s.Type == "PERSON" && publicListItem(text, s.Start, s.End) || // public15_list.go
			s.Type == "PERSON" && public16Drop(text, s.Start, s.End, sc.sum.dashes != 0) { // public16_public.go: a street, a compound, a model
			if dst = dst[:n-1]; n-1 == before {
				return end, lastPerson, dst // a public figure (person12_public.go)
			}
		}
		lastPerson = dst[len(dst)-1].End
		end = max(end, lastPerson)
	} else if loneUnknown(run) && caseFormMaybe(text, run[0].start, run[0].end) && caseFormAt(text, run[0].start, run[0].end) {
		dst = append(dst, caseSpan(run[0].start, run[0].end)) // what the fast path above does for the words it rejects
		lastPerson, end = run[0].end, max(end, run[0].end)
	}
	return end, lastPerson, dst
}

// fullName reports whether run is the most common name, an unambiguous
// given name and a given or family name ("Jessica Patel"), neither a stop
// word, greeting, title, city or ambiguous word: cityPrefix takes none of
// it, scoreNameRun does not split it, and scoreNameParts decides it on the
// gazetteers alone (0.95, unless "the" comes before it), which scoreRun
// then does without entering them.
func fullName(run []nameTok) bool {
	const never = nameAmbiguous | nameCity | nameStop | nameGreeting | nameTitle
	return len(run) == 2 && run[0].flags&nameGiven != 0 && run[0].flags&(never|nameCityHead) == 0 &&
		run[1].flags&(nameGiven|nameFamily) != 0 && run[1].flags&never == 0
}

// personFastPath enables the fast paths of Detect (plainWord,
// loneAfter, acronymAt, runMayStart, stopOnly) and scoreRun (fullName);
// tests switch it off to check that they change nothing.
var personFastPath = true

// loneAfter reports whether no run token can follow a token ending at j:
// no single space then a letter, or a lower-case ASCII word that is not a
// name particle. It is conservative: a non-ASCII letter gives false.
func loneAfter(text string, j int) bool {
	switch afterToken(text, j) {
	case afterEndsRun:
		return true
	case afterRunGoesOn:
		return false
	}
	return !particleWordAt(text, j+1)
}

// afterToken is loneAfter's byte test, small enough to be inlined in
// detectPersons' loop: afterEndsRun when no single space then a letter
// follows j, else the class of the byte after the space (afterSpace).
// For afterParticle, particleWordAt tells.
func afterToken(text string, j int) uint8 {
	if j+1 >= len(text) || text[j] != ' ' {
		return afterEndsRun // no next run token
	}
	return afterSpace[text[j+1]]
}

// particleWordAt reports whether the lower-case ASCII word at k is a name
// particle (loneAfter's last test).
func particleWordAt(text string, k int) bool {
	if k+8 <= len(text) {
		// The word's letters in one load: particles have at most five.
		x := load64(text, k)
		n := bits.TrailingZeros64(^lowerMask(x)&0x8080808080808080) >> 3
		if n > 5 {
			return false
		}
		_, ok := particleTable.getWord(x&(1<<(8*n)-1), n)
		return ok
	}
	e := k + 1
	for e < len(text) && e-k <= 5 && text[e] >= 'a' && text[e] <= 'z' {
		e++
	}
	return e-k <= 5 && isParticle(text[k:e])
}

// particleTable holds the name particles (see isParticle), for loneAfter.
var particleTable = boolTable(nameParticles)

// Classes of the byte after a word and a space, for loneAfter.
const (
	afterEndsRun   = iota // punctuation, a digit, or a lower-case letter no particle starts with
	afterRunGoesOn        // an ASCII capital or a non-ASCII byte: maybe a capitalised word
	afterParticle         // a lower-case letter some particle starts with
)

var afterSpace = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case c >= 'A' && c <= 'Z' || c >= 0x80:
			t[c] = afterRunGoesOn
		case c >= 'a' && c <= 'z' && strings.IndexByte("abdeiltvyz", byte(c)) >= 0:
			t[c] = afterParticle
		}
	}
	return t
}()

// plainWord reads the plain ASCII word at i (text[i] is an ASCII
// capital): the capital and one or more lower-case ASCII letters, followed
// by the end of the text or a byte at which readCapToken stops (not a
// letter, apostrophe or hyphen), so that readCapToken would read exactly
// that word and tokenFlags would only look it up. It returns the word's
// length and flags, or 0 and 0 for any other word. Reading and lookup are
// one call: this runs for nearly every capitalised word.
func plainWord(text string, i int) (int, uint8) {
	var n int
	var w uint64
	if i+8 <= len(text) {
		x := load64(text, i)
		if nl := ^lowerMask(x) & 0x8080808080808000; nl != 0 {
			// The word ends inside x, and so does the byte after it.
			n = bits.TrailingZeros64(nl) >> 3
			// One branch on both tests (a select for n == 1): which
			// words fail them is hard to predict.
			fail := capTokenGoesOn[byte(x>>(8*n))]
			if n == 1 {
				fail = true
			}
			if fail {
				return 0, 0
			}
			w = x & (1<<(8*n) - 1)
		} else {
			n, w = 8, x
			for i+n < len(text) && text[i+n] >= 'a' && text[i+n] <= 'z' {
				n++
			}
			if i+n < len(text) && capTokenGoesOn[text[i+n]] {
				return 0, 0
			}
		}
	} else {
		n = 1
		for i+n < len(text) && text[i+n] >= 'a' && text[i+n] <= 'z' {
			n++
		}
		if n == 1 || i+n < len(text) && capTokenGoesOn[text[i+n]] {
			return 0, 0
		}
		w = packWord(text[i : i+n])
	}
	if n > 8 {
		return n, nameFlagsOf(text[i : i+n])
	}
	if !nameFlags.maybeBytes(byte(w), n) {
		return n, 0
	}
	return n, uint8(nameFlags.slotVal(nameFlags.findWord(w, n)))
}

// capTokenGoesOn marks the bytes after a capital and lower-case letters at
// which readCapToken may read on (capitals, non-ASCII, apostrophes and
// hyphens) or which are themselves lower-case letters.
var capTokenGoesOn = func() (t [256]bool) {
	for c := range 256 {
		t[c] = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= 0x80 || c == '\'' || c == '-'
	}
	return t
}()

// acronymAt reports whether the word at i (an ASCII capital) is two or
// more ASCII capitals that readCapToken reads as an acronym, so no run
// starts there.
func acronymAt(text string, i int) bool {
	j := i + 1
	for j < len(text) && text[j] >= 'A' && text[j] <= 'Z' {
		j++
	}
	if j == i+1 {
		return false
	}
	if j < len(text) {
		if c := text[j]; c >= 'a' && c <= 'z' || c >= 0x80 || c == '\'' || c == '-' {
			return false
		}
	}
	return true
}

// lowerMask returns the high bit of each byte of x that is a lower-case
// ASCII letter.
func lowerMask(x uint64) uint64 {
	const (
		addA = 0x1f1f1f1f1f1f1f1f // 0x80 - 'a': high bit set iff b >= 'a'
		addZ = 0x0505050505050505 // 0x80 - ('z'+1): high bit set iff b > 'z'
	)
	y := x & 0x7f7f7f7f7f7f7f7f
	return (y + addA) &^ (y + addZ) &^ x & 0x8080808080808080
}

// cityPrefix returns how many leading tokens of a run name a known city
// (longest match first), or 0.
func cityPrefix(text string, run []nameTok) int {
	if run[0].flags&(nameCity|nameCityHead) == 0 {
		return 0
	}
	for k := min(len(run), 4); k >= 1; k-- {
		if run[k-1].particle || run[k-1].initial {
			continue
		}
		if cityNames.has(text[run[0].start:run[k-1].end]) {
			if k == 1 && run[0].flags&nameGiven != 0 && run[0].flags&nameAmbiguous == 0 {
				return 0 // a given name first ("Florence Smith" is a person)
			}
			if k == 1 && len(run) > 1 && run[1].flags&nameFamily != 0 {
				return 0
			}
			if k == 1 && run[0].flags&nameAmbiguous != 0 && recordCityName(text, run) {
				return 0 // "From: Paris Whitlow <p.w@…>" (person6_record.go)
			}
			return k
		}
	}
	return 0
}

// locationPrepositions introduce where someone lives, comes from or
// ships to.
var locationPrepositions = func() *strTable {
	words := []string{"from", "in", "aus", "a", "à", "en", "to", "nach", "de", "near", "at", "di", "da", "uit", "te", "von"}
	t := newStrTable(len(words))
	for _, w := range words {
		t.or(w, 1)
	}
	return t
}()

// locationCue returns the preposition before a city at cs when the same
// line already named a person (ending at lastPerson), or a living/address
// word; "" otherwise. The address words are looked for with maybeAt on
// the scan's marks, a superset of maybe: contextBefore decides.
func locationCue(sc *textScan, cs, lastPerson int) string {
	text := sc.text
	if afterThe(text, cs) {
		return "" // "the Berlin office": the city names a place of the company
	}
	person := lastPerson > 0 && lastPerson <= cs && cs-lastPerson <= 160 && strings.IndexByte(text[lastPerson:cs], '\n') < 0
	if lastPerson > 0 && lastPerson == cs-1 && cellSep(text[cs-1]) {
		return tableRowCue // "Helen,Crawford,Glasgow": the city cell of a person's row
	}
	if addressFilter.maybeAt(sc, cs-24, cs) {
		// A word about where someone lives is enough; one about sending
		// goods ("delivery to Boston, Chicago or Denver") only with a
		// person before it ("ship to Anna Müller in Berlin").
		if w := contextBefore(text, cs, 24, ctxAddress); w != "" && (person || !logisticsWords.has(w)) &&
			premisesBefore(text, cs) == "" { // not the town of "our store at 5 King Street, Leeds"
			return w
		}
	}
	if !person {
		return ""
	}
	j := cs
	for j > 0 && text[j-1] == ' ' {
		j--
	}
	k := j
	for k > 0 && j-k < 6 && text[k-1] != ' ' && text[k-1] != '\n' {
		k--
	}
	var buf [8]byte
	if j-k == 0 || j-k > len(buf) {
		return ""
	}
	for x := k; x < j; x++ {
		c := text[x]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[x-k] = c
	}
	w, _, _ := locationPrepositions.getBytes(buf[:j-k])
	return w
}

// parkWords end the names of parks and open spaces and are family names
// too (so not placeWords); parkAfterPlaceWord reads them as a place.
var parkWords = boolTable(map[string]bool{
	"Park": true, "Hill": true, "Lake": true, "Brook": true, "Green": true, "Heath": true, "Common": true,
	"Wood": true, "Fields": true,
})

// parkAfterPlaceWord reports whether core, two name tokens of which the
// first is no unambiguous given name, ends with a parkWords word and
// follows "at", "in", "near", "around" or "opposite": a place ("a pop-up
// at Victoria Park", "in Primrose Hill"), not a person.
//
//go:noinline
func parkAfterPlaceWord(text string, core []nameTok) bool {
	last := core[len(core)-1]
	if !parkWords.has(text[last.start:last.end]) {
		return false
	}
	s := core[0].start
	return afterWord(text, s, "at ") || afterWord(text, s, "in ") || afterWord(text, s, "near ") ||
		afterWord(text, s, "around ") || afterWord(text, s, "opposite ")
}

// capsFamilyBefore returns where a family name written in capitals ends
// at c, before ", " and a given name at start, begins ("Customer: SMITH,
// John", "MÜLLER, Hans", as forms and CRM exports write the family name);
// start when there is none. The capitals are ASCII or Latin-1 letters
// (two bytes, 0xC3 then 0x80 to 0x9E), looked up as the gazetteer writes
// the name: the first letter as it is, the others in lower case.
//
//go:noinline
func capsFamilyBefore(text string, c, start int) int {
	s := c
	for s > 0 && c-s < 20 {
		if isUpper(text[s-1]) {
			s--
		} else if s >= 2 && latin1Upper(text[s-2], text[s-1]) && c-s < 19 {
			s -= 2
		} else {
			break
		}
	}
	if c-s < 2 || s > 0 && isLetterAt(text, s-1) {
		return start
	}
	var buf [20]byte
	copy(buf[:], text[s:c])
	k := 1 // the first letter stays a capital
	if buf[0] >= 0x80 {
		k = 2
	}
	for ; k < c-s; k++ {
		switch b := buf[k]; {
		case b >= 'A' && b <= 'Z':
			buf[k] = b + ('a' - 'A')
		case b >= 0x80 && buf[k-1] == 0xC3:
			buf[k] = b + 0x20 // "Ü" (C3 9C) to "ü" (C3 BC)
		}
	}
	_, v, _ := nameFlags.getBytes(buf[:c-s])
	if f := uint8(v); f&nameFamily == 0 || f&nameStop != 0 {
		return start
	}
	return s
}

// ctxRightBefore reports whether the context word ctx stands right before
// start, with at most a colon, a comma, an equals sign and spaces between
// them ("Customer: Okafor"). Words no gazetteer knows are names by a
// context word only there: in "Customer: Anna Smith, Premium" the word
// named Anna Smith, not the tier after her.
func ctxRightBefore(text string, start int, ctx string) bool {
	e := start
	for e > 0 && start-e < 4 && (text[e-1] == ' ' || text[e-1] == ':' || text[e-1] == ',' || text[e-1] == '=') {
		e--
	}
	return e >= len(ctx) && strings.EqualFold(text[e-len(ctx):e], ctx) || nameIsBefore(text, start, ctx) // person13_slots.go: "my name is Keziah"
}

// latin1Upper reports whether the two bytes a, b are a Latin-1 capital
// letter in UTF-8 ("À" to "Þ" but "×").
func latin1Upper(a, b byte) bool { return a == 0xC3 && b >= 0x80 && b <= 0x9E && b != 0x97 }

// tableRowCue is locationCue's answer for a city in the cell right after a
// person's cell.
const tableRowCue = "\x00row"

// cellSep reports whether c separates the cells of a pasted table row: a
// comma, semicolon, tab or bar with no space after it.
func cellSep(c byte) bool { return c == ',' || c == ';' || c == '\t' || c == '|' }

// tableCellAfterGiven reports whether text[start:end], a lone capitalised
// word, is a family name in the cell right after a cell that holds a
// given name, as CRM exports write them ("Helen,Crawford,Glasgow";
// "first_name;last_name" rows): no space after the separator, which prose
// has.
//
//go:noinline
func tableCellAfterGiven(text string, start, end int) bool {
	if start < 3 || !cellSep(text[start-1]) || nameFlagsOf(text[start:end])&nameFamily == 0 {
		return false
	}
	sep := text[start-1]
	e := start - 1
	s := e
	for s > 0 && isLetterAt(text, s-1) {
		s--
	}
	if s == e || s > 0 && text[s-1] != sep && text[s-1] != '\n' {
		return false
	}
	f := nameFlagsOf(text[s:e])
	return f&nameGiven != 0 && f&nameStop == 0
}

// productNouns are words for goods that, right after a full name led by
// "our" or "your", make the name a product's ("our Lily Rose perfume").
var productNouns = boolTable(map[string]bool{
	"perfume": true, "fragrance": true, "scent": true, "collection": true, "line": true, "range": true,
	"edition": true, "capsule": true, "series": true, "bag": true, "bags": true, "dress": true,
	"dresses": true, "shoe": true, "shoes": true, "boot": true, "boots": true, "sneaker": true,
	"sneakers": true, "jacket": true, "jackets": true, "candle": true, "candles": true, "bundle": true,
	"pack": true, "kit": true, "set": true, "box": true, "lipstick": true, "serum": true, "cream": true,
	"blend": true, "coffee": true, "tea": true, "wine": true, "watch": true, "chair": true, "sofa": true,
	"lamp": true, "model": true, "store": true, "shop": true, "flagship": true, "menu": true,
	"cocktail": true, "hamper": true, "campaign": true, "launch": true, "brand": true, "label": true,
	"scarf": true, "scarves": true, "coat": true, "cardigan": true, "jumper": true, "sweater": true,
	"hoodie": true, "necklace": true, "bracelet": true, "earrings": true, "sandals": true, "tote": true,
})

// ownProduct reports whether the full name text[start:end] is led by
// "our" or "your" and followed by a word for goods: a product's name,
// not a person's ("our Lily Rose perfume", "your Grace Kelly bag").
func ownProduct(text string, start, end int) bool {
	if !afterWord(text, start, "our ") && !afterWord(text, start, "your ") {
		return false
	}
	if end+2 >= len(text) || text[end] != ' ' {
		return false
	}
	e := end + 1
	for e < len(text) && text[e] >= 'a' && text[e] <= 'z' {
		e++
	}
	return e-end-1 >= 2 && e-end-1 <= 10 && productNouns.has(text[end+1:e])
}

// afterThe reports whether the word "the" (any case) ends right before
// start, with one space between.
func afterThe(text string, start int) bool { return afterWord(text, start, "the ") }

// afterWord reports whether the word w (lower case, starting with a
// letter, with its space; any case in text) ends right before start.
func afterWord(text string, start int, w string) bool {
	s := start - len(w)
	// The first letter first, in either case (w[0] is a lower-case
	// letter): most words before a name start with another one.
	return s >= 0 && text[s]|0x20 == w[0] && equalFoldASCIIPrefix(text[s:start], w) && (s == 0 || !isAlpha(text[s-1]))
}

// logisticsWords are address context words about sending goods, which
// make a city a LOCATION only in a sentence about a person.
var logisticsWords = boolTable(map[string]bool{
	"ship": true, "shipping": true, "deliver": true, "delivery": true, "send": true, "mail": true,
	"mailed": true, "billing": true,
})

// runMayStart reports whether a run may start at the capital at i > 0:
// wordStartAt and not gluedBefore, in one table load when the byte before
// is ASCII.
func runMayStart(text string, i int) bool {
	switch capBefore[text[i-1]] {
	case beforeInWord:
		return text[i-1] == '=' && nameKeyBefore(text, i-1)
	case beforeSlash:
		return slashSignStart(text, i-1) // person5_lists.go: ". /Noor" signs off
	case beforeDotDash:
		return i < 2 || !isASCIIAlnum(text[i-2])
	case beforeNonASCII:
		return wordStartAt(text, i)
	}
	return true
}

// Classes of the byte before a capital, in capBefore, for runMayStart.
const (
	beforeStarts   = iota // a word starts after it, not glued to anything
	beforeInWord          // a letter, a digit or a glue byte ('@', '_', …)
	beforeDotDash         // '.' or '-': glued when a letter or digit precedes it
	beforeNonASCII        // part of a multi-byte rune: decode it
	beforeSlash           // '/': glued unless it may open a sign-off
)

// capBefore classifies each byte as the byte before a capital.
var capBefore = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case c >= 0x80:
			t[c] = beforeNonASCII
		case isASCIIAlnum(byte(c)) || strings.IndexByte("@/_#\\=&%", byte(c)) >= 0:
			t[c] = beforeInWord
		case c == '.' || c == '-':
			t[c] = beforeDotDash
		}
		if c == '/' {
			t[c] = beforeSlash
		}
	}
	return t
}()

// gluedBefore reports whether the word at i is glued to a URL, e-mail,
// path or identifier (e.g. "example.com/Sale", "@Anna").
func gluedBefore(text string, i int) bool {
	if i == 0 {
		return false
	}
	switch text[i-1] {
	case '=':
		return !nameKeyBefore(text, i-1)
	case '/':
		return !slashSignStart(text, i-1) // person5_lists.go: ". /Noor" signs off
	case '@', '_', '#', '\\', '&', '%':
		return true
	case '.', '-':
		return i >= 2 && isASCIIAlnum(text[i-2])
	}
	return false
}

// nameKeys are the keys of "key=value" fields (CRM exports, logs) whose
// value is a person's name: after "name=" a capital starts a name, after
// "utm_campaign=" or "?q=" it is glued to the key.
var nameKeys = boolTable(map[string]bool{
	"name": true, "first_name": true, "firstname": true, "last_name": true, "lastname": true,
	"full_name": true, "fullname": true, "given_name": true, "family_name": true, "surname": true,
	"customer": true, "customer_name": true, "contact": true, "contact_name": true, "vorname": true,
	"nachname": true, "nom": true, "prenom": true, "nombre": true, "apellido": true, "nome": true,
	"cognome": true, "naam": true, "voornaam": true, "achternaam": true,
})

// nameKeyBefore reports whether the key of a "key=" field ends at e (the
// '=' byte) and is one of nameKeys.
func nameKeyBefore(text string, e int) bool {
	j := e
	for j > 0 && e-j < 16 && (text[j-1] >= 'a' && text[j-1] <= 'z' || text[j-1] == '_') {
		j--
	}
	if j == e || j > 0 && isASCIIAlnum(text[j-1]) {
		return false
	}
	return nameKeys.has(text[j:e])
}

// skipASCIIWord is skipWord for an ASCII byte at i, small enough to be
// inlined.
func skipASCIIWord(text string, i int) int {
	for i++; i < len(text) && isWordByte(text[i]); i++ {
	}
	return i
}

func skipWord(text string, i int) int {
	_, size := utf8.DecodeRuneInString(text[i:])
	i += size
	for i < len(text) && isWordByte(text[i]) {
		i++
	}
	return i
}

// readNameRun reads capitalised tokens, initials and particles separated
// by single spaces, starting at i. It returns the token count and the end
// of the last token read (or of the first word when none was kept).
func readNameRun(text string, i int, toks []nameTok) (int, int) {
	return readNameRunFrom(text, i, toks, 0, i)
}

// readNameRunFrom is readNameRun with the first n tokens already read into
// toks, going on at pos.
func readNameRunFrom(text string, i int, toks []nameTok, n, pos int) (int, int) {
	for n < len(toks) {
		if pos >= len(text) {
			break
		}
		// initial: "M." or a lone capital followed by a space and a capital
		c := text[pos]
		if c >= 'A' && c <= 'Z' && pos+1 < len(text) && (text[pos+1] == '.' || text[pos+1] == ' ') &&
			(pos+1 >= len(text) || true) {
			isInit := false
			endInit := pos + 1
			if text[pos+1] == '.' {
				isInit = true
				endInit = pos + 2
			} else if pos+2 < len(text) && upperAt(text, pos+2) && n > 0 {
				isInit = true
			}
			if isInit && wordEndAt(text, pos+1) {
				toks[n] = nameTok{start: pos, end: endInit, initial: true}
				n++
				if next, ok := nextRunToken(text, endInit); ok {
					pos = next
					continue
				}
				break
			}
		}
		if !upperAt(text, pos) {
			// particle
			j := pos
			if pos+8 <= len(text) {
				// The letters in one load; past five, how many does not
				// matter.
				j += bits.TrailingZeros64(^lowerMask(load64(text, pos))&0x8080808080808080) >> 3
			} else {
				for j < len(text) && text[j] >= 'a' && text[j] <= 'z' {
					j++
				}
			}
			if n > 0 && j > pos && j-pos <= 5 && j+1 < len(text) && text[j] == ' ' && isParticle(text[pos:j]) {
				toks[n] = nameTok{start: pos, end: j, particle: true}
				n++
				pos = j + 1
				continue
			}
			break
		}
		var end int
		var f uint8
		// A plain ASCII word is read and looked up at once (plainWord,
		// called only at an ASCII capital).
		wn, wf := 0, uint8(0)
		if text[pos]-'A' < 26 && personFastPath {
			wn, wf = plainWord(text, pos)
		}
		if wn > 0 {
			end, f = pos+wn, wf
		} else {
			// Two or more capitals are an acronym; one, even of two
			// bytes, is a name part (the Irish "Ó" in "Seán Ó Briain").
			e, lower, ok := readCapToken(text, pos)
			if !ok || (!lower && e-pos > runeLen1(text, pos)) {
				break
			}
			end, f = e, tokenFlags(text[pos:e])
		}
		end = capTokEnd(text, end, f)
		toks[n] = nameTok{start: pos, end: end, flags: f, title: f&nameTitle != 0}
		n++
		next, ok := nextRunToken(text, end)
		if !ok {
			break
		}
		pos = next
	}
	// Drop trailing particles.
	for n > 0 && toks[n-1].particle {
		n--
	}
	if n == 0 {
		return 0, i
	}
	return n, toks[n-1].end
}

// capTokEnd returns the end of the token of a capitalised word ending at
// end with flags f: a title keeps its dot. (Tokens are built in place from
// scalars: building one in a local and copying it stalls on the reload.)
func capTokEnd(text string, end int, f uint8) int {
	if f&nameTitle != 0 && end < len(text) && text[end] == '.' {
		return end + 1
	}
	return end
}

// nextRunToken returns where the next token of a run starts: after exactly
// one space, at a letter.
func nextRunToken(text string, end int) (int, bool) {
	if end+1 < len(text) && text[end] == ' ' && isLetterAt(text, end+1) {
		return end + 1, true
	}
	return 0, false
}

// splitsRun reports whether scoreNameRun would split run: whether one of
// its tokens is a stop word or a greeting. A run it does not split is
// scored as one part, with no greeting.
func splitsRun(run []nameTok) bool {
	for k := range run {
		if run[k].flags&(nameStop|nameGreeting) != 0 {
			return true
		}
	}
	return false
}

// scoreNameRun splits a run at stop words and scores each part.
func scoreNameRun(text string, toks []nameTok, dst []Span) []Span {
	if len(toks) == 3 && toks[1].flags&nameStop != 0 {
		if s, ok := vietnameseName(text, toks); ok {
			return append(dst, s) // "Nguyen Van An" (person3_order.go)
		}
	}
	greet := ""
	start := 0
	for k := 0; k <= len(toks); k++ {
		if k < len(toks) {
			if toks[k].flags&(nameStop|nameGreeting) == 0 ||
				k > 0 && toks[k-1].flags&nameGreeting != 0 && toks[k].flags&nameGreeting == 0 && greetedMonthAt(text, toks, k) ||
				k+1 < len(toks) && toks[k+1].flags&nameFamily != 0 && monthBeforeFamily(text, toks, k) {
				continue // a name part; "Hi April,": a month after a greeting (person6_greet.go)
			}
			if n := toks[k].end - toks[k].start; (n == 6 || n == 7) && k+1 < len(toks) && !toks[k].title && stopTitleAt(text, toks, k) {
				toks[k].title = true // "Sister Ngozi Eze", "Father Okonkwo" (person10_title.go)
			}
			if toks[k].title {
				if k > start && !toks[k-1].title {
					// A title inside a run opens a name: "Gentile Sig.
					// Rossi". Particles before it belong to the words
					// before ("Reklamation von Herrn Peter Müller": the
					// name starts at the title), and are dropped.
					e := k
					for e > start && toks[e-1].particle {
						e--
					}
					if e > start {
						dst = scoreNameParts(text, toks[start:e], greet, dst)
					}
					greet = ""
					start = k
				}
				continue
			}
			if k > 0 && toks[k-1].title && toks[k].flags&nameGreeting == 0 {
				continue
			}
		}
		if k < len(toks) && (capParticleInside(text, toks, k) ||
			k == 0 && (text[toks[0].start] == 'V' || text[toks[0].start] == 'D') && capParticleLeads(text, toks)) {
			toks[k].particle = true
			continue
		}
		if k > start {
			dst = scoreNameParts(text, toks[start:k], greet, dst)
		}
		greet = ""
		if k < len(toks) && toks[k].flags&nameGreeting != 0 {
			greet = text[toks[k].start:toks[k].end]
			greet = internGreeting(greet)
		}
		start = k + 1
	}
	return dst
}

// capParticles are the capitalised name particles that are stop words
// elsewhere ("Van", "De", "Le"); inside a name they are particles:
// "Pieter Van Dijk", "Maria De Luca", "Jean Le Pen".
var capParticles = boolTable(map[string]bool{
	"Van": true, "Von": true, "Der": true, "Den": true, "De": true, "Di": true, "Da": true, "Du": true,
	"Des": true, "Del": true, "Della": true, "Le": true, "La": true, "El": true, "Das": true,
})

// capParticleInside reports whether toks[k] is a capitalised particle
// (one of a row of them: "Van Der Berg", "De La Cruz") between a name
// token and a capitalised name token.
func capParticleInside(text string, toks []nameTok, k int) bool {
	// Every particle is two to five letters and starts with D, E, L or V:
	// most stop words ("The", "And", "Our") fail that before any lookup.
	if n := toks[k].end - toks[k].start; n < 2 || n > 5 || k == 0 {
		return false
	}
	switch text[toks[k].start] {
	case 'D', 'E', 'L', 'V':
	default:
		return false
	}
	if !nameLikeTok(&toks[k-1]) && !toks[k-1].particle {
		return false
	}
	j := k
	for j < len(toks) && j-k < 3 && capParticles.has(text[toks[j].start:toks[j].end]) {
		j++
	}
	return j > k && j < len(toks) && nameLikeTok(&toks[j]) && !toks[j].initial
}

// nameLikeTok reports whether t may be part of a name: a capitalised word
// that is no stop word, greeting or title, or an initial.
func nameLikeTok(t *nameTok) bool {
	return !t.particle && !t.title && t.flags&(nameStop|nameGreeting) == 0
}

func internGreeting(g string) string {
	if l := greetingLower.get(g); l != "" {
		return l
	}
	return "greeting"
}

// greetingLower maps each greeting word to its lower-case form.
var greetingLower = newLowerWords(slices.Concat(greetingWords, letterOpenings))

// isParticle reports whether w is a lower-case name particle.
func isParticle(w string) bool {
	switch len(w) {
	case 1:
		return w == "y"
	case 2:
		return w == "de" || w == "di" || w == "da" || w == "du" || w == "la" || w == "le" || w == "al" ||
			w == "el" || w == "zu" || w == "af"
	case 3:
		return w == "van" || w == "von" || w == "der" || w == "den" || w == "del" || w == "des" ||
			w == "dos" || w == "das" || w == "bin" || w == "ibn" || w == "ter" || w == "ten" || w == "bte"
	case 4:
		return w == "bint"
	case 5:
		return w == "della" || w == "binti" || w == "binte" // "binte", "bte": SG spelling (names17)
	}
	return false
}

// scoreNameParts decides whether toks (no stop words inside) are a name.
// Strong gazetteer evidence decides here; everything that reads the
// context is out of line, in scoreNameContext, so that the common cases
// run little code.
func scoreNameParts(text string, toks []nameTok, greet string, dst []Span) []Span {
	// Leading titles.
	title := ""
	k := 0
	for k < len(toks) && toks[k].title {
		title = text[toks[k].start:toks[k].end]
		k++
	}
	core := toks[k:]
	if k > 0 && k < len(toks) && bareRomanianTitle(title) && !communityCoreNames(text, toks[k-1:], 1) {
		title = "" // "Dna Test Kit": without its dot, a Romanian title wants a name after it (read17a_ro_titles.go)
	}
	if title == "" && len(core) >= 2 && (communityTitleAt(text, core) ||
		kinNounTitles.maybe(text[core[0].start:core[0].end]) && kinNounTitleAt(text, core)) {
		title, core = text[core[0].start:core[0].end], core[1:] // "Deaconess Ifeyinwa Okoro" (person10_title.go), "Son Rahim" (person13_kin.go)
	}
	if title == "" && len(core) >= 2 && core[0].initial {
		if monsieurAt(text, core) {
			title, core = "M.", core[1:] // "M. Karim Benali"
		} else if donAt(text, core) {
			title, core = "D.", core[1:] // "D. Jordi Puig", "D. Maria da Conceição"
		}
	}
	// Trim particles and lone initials at the edges of the core; a
	// capitalised particle that capParticleLeads let open the run stays in
	// the span ("mevrouw Van den Broek").
	leadParticle := -1
	for len(core) > 0 && core[0].particle {
		if leadParticle < 0 && isUpper(text[core[0].start]) {
			leadParticle = core[0].start
		}
		core = core[1:]
	}
	if len(core) == 0 {
		return dst
	}
	if len(core) >= 2 && core[len(core)-1].end-core[len(core)-1].start <= 5 {
		hmongGiven(text, core) // person13_names.go: "Pa Kou Xiong"
	}
	if len(core) >= 2 && len(core) <= 4 && (core[0].flags == 0 || core[len(core)-1].flags == 0) {
		names17Forms(text, core) // names17_forms.go: "-ienė", "Rúni Hansen", "Saw Ler Htoo"
	}
	var c nameCounts
	c.initialFirst = core[0].initial
	for idx := range core {
		t := &core[idx]
		if t.initial || t.particle {
			continue
		}
		c.toks++
		f := t.flags
		switch {
		case f&nameGiven != 0 && f&(nameAmbiguous|nameCity) == 0:
			c.given++
			if idx == 0 {
				c.firstGiven = true
			}
		case f&nameGiven != 0 || f&(nameAmbiguous|nameCity) == nameAmbiguous|nameCity &&
			(greetedCityName(text, greet, t) || idx == 0 && recordCityName(text, core)):
			c.ambig++ // "Hey Paris!": a city that is a given name, after a greeting (person6_greet.go)
		case f&nameFamily != 0:
			c.family++
		case f&nameCity != 0:
			c.city++
		default:
			c.unknown++
		}
	}
	if c.unknown > 0 && c.family == 0 && c.toks >= 2 && c.toks <= 4 {
		formFamilies(text, core, &c) // person13_names.go: "Haraldsen", "Nurlanovna", "Wongsawat"
	}
	if c.toks == 0 {
		return dst
	}
	if c.toks == 1 && c.given+c.ambig == 1 && len(core) == 1 && generatedGivenOnly(text[core[0].start:core[0].end]) {
		c.given, c.ambig, c.unknown, c.firstGiven = 0, 0, 1, false // alone, a generated given name is an unknown word (person_gen.go)
	}
	start := core[0].start
	if title != "" {
		start = toks[0].start
	} else if leadParticle >= 0 {
		start = leadParticle
	}
	end := core[len(core)-1].end
	if core[0].flags&(nameCity|nameCityHead) != 0 && title == "" && !greetedCityName(text, greet, &core[0]) {
		if cityNames.has(text[core[0].start:end]) && !(len(core) == 1 && kinCityBefore(text, start)) {
			return dst // "her niece Phoenix" goes on (person9_kin.go)
		}
	}
	if title == "" && c.toks >= 2 && (afterThe(text, start) || ownProduct(text, start, end) || greet == "" && saintMaybe(text, start) && saintBefore(text, start) ||
		greet == "" && (notableRun(text, core, start, end) || founderMaybe(text, start, end) && founderAt(text, start, end))) {
		// "the Frida Kahlo tote bags", "the Victoria Secret-style line": a
		// full name used for a thing ("the Smith family" stays a name);
		// "John Lewis", "Calvin Klein": a brand named after its founder;
		// "Jane Austen", "a Walter White-themed pop-up": a famous name or
		// a theme (person_notable.go); "St Nicholas Day": a saint's day.
		return dst
	}
	if title != "" && greet == "" && (isNotableTitled(text, start, end) || titledStreetAt(text, end)) {
		return dst // "Dr. Martens boots", "Mr. Bean": a brand or a character with a title; "Lady Somers Road" (person9_product.go)
	}
	if c.toks == 1 && c.given+c.ambig+c.family == 0 && title == "" && greet == "" && sentenceInitial(text, start) &&
		end+1 < len(text) && text[end] == ' ' && text[end+1] >= 'a' && text[end+1] <= 'z' && lowerTitleBefore(text, start) == "" {
		if text[end+1] == 'f' && teamAfterFrom(text, start, end) {
			return append(dst, Span{Start: start, End: end, Type: "PERSON", Rule: "builtin.person", Score: 0.7,
				Reason: "capitalised word before 'from' and a team"}) // "Keziah from accounts says …" (person3_slots.go)
		}
		if text[end+1] == 'x' && kissSignOff(text, start, end) {
			return append(dst, Span{Start: start, End: end, Type: "PERSON", Rule: "builtin.person", Score: 0.7,
				Reason: "capitalised word signing off with kisses"}) // "Thanks!\nHope xx" (person4_slots.go)
		}
		return dst // an ordinary capitalised word opening a sentence (not "mevr. Okoye belde")
	}
	// Strong gazetteer evidence decides alone; its reason stays without a
	// context word, which saves the context scan for most names.
	score, reason := 0.95, "given name and family name from gazetteers"
	if title != "" || c.toks < 2 || !c.firstGiven || c.family == 0 && c.given <= 1 {
		c.firstAmbig = core[0].flags&nameAmbiguous != 0 || core[0].flags&nameStop != 0 && monthGivenNames.has(text[core[0].start:core[0].end])
		c.secondFamily = len(core) == 2 && core[1].flags&nameFamily != 0 && core[1].flags&(nameStop|nameCity|nameCityHead) == 0 && !core[1].initial
		var ok bool
		if c.toks == 2 {
			if c.given == 0 && title == "" && greet == "" && parkAfterPlaceWord(text, core) {
				return dst // "at Victoria Park": a park, not Ms Park
			}
			if c.family == 0 && c.unknown == 0 {
				c.famFirst = familyFirst(core)
			}
		}
		if score, reason, end, ok = scoreNameContext(text, start, end, title, greet, &c); !ok {
			return dst
		}
		if title == "" && greet == "" && saintBefore(text, start) {
			return dst // "St Mary's Hospital", "St. Patrick's Day": a saint's name, for a place or a day
		}
		if c.particleStart > 0 {
			start = c.particleStart // "mevr. de Wit": the particles are part of the name
		}
		if title != "" && end+4 < len(text) && text[end] == ' ' && text[end+1] == 'i' {
			end = catalanPairEnd(text, title, end) // "D. Jordi Puig i Vila"
		}
		if c.toks == 1 && c.given == 1 && start >= 4 && text[start-1] == ' ' && text[start-2] == ',' {
			start = capsFamilyBefore(text, start-2, start) // "SMITH, John"
		}
	}
	if start >= 6 && (text[start-1] == '"' || text[start-1] == 0x9C) && examplePlaceholder(text, start) {
		return dst // "(e.g. \"Dana K.\", Leeds)": a sample of a format (person7_example.go)
	}
	return append(dst, Span{Start: start, End: end, Type: "PERSON", Rule: "builtin.person", Score: score, Reason: reason})
}

// nameCounts counts the name tokens of a run part (initials and particles
// left out) by what the gazetteers say of them.
type nameCounts struct {
	toks                                int
	given, ambig, family, unknown, city int
	famFirst                            bool // familyFirst: a family name, then a given name
	firstGiven                          bool // the first token is an unambiguous given name
	firstAmbig                          bool // the first token is a given name that is also a word, month or place
	secondFamily                        bool // two tokens, the second a family name of the gazetteer (no stop word or city)
	initialFirst                        bool // the first token is an initial ("J. Smith")
	// particleStart is set by scoreNameContext to where the name starts
	// when lower-case particles after a lower-case title come before it
	// ("dhr. van den Berg"); 0 otherwise.
	particleStart int
}

// familyFirst reports whether core is a family name then a given name that
// is no family name, as Chinese names are written ("Chen Jie", "Zhou
// Min"), when the counts of scoreNameParts, which read a family name that
// is a given name too as a given name, found no family name.
//
//go:noinline
func familyFirst(core []nameTok) bool {
	return len(core) == 2 && core[0].flags&nameFamily != 0 && core[1].flags&nameGiven != 0 &&
		core[1].flags&(nameFamily|nameCity) == 0
}

// scoreNameContext is scoreNameParts for the parts that need context: a
// title, a greeting, a context word before start or a signature line. It
// returns the score, the reason and the end of the name (which may take in
// a given name after a comma), or false when text[start:end] is no name.
func scoreNameContext(text string, start, end int, title, greet string, c *nameCounts) (float64, string, int, bool) {
	if c.toks == 1 && c.unknown+c.ambig == 1 && title == "" && greet == "" {
		if score, reason := loneNameSlot(text, start, end); score > 0 {
			return score, reason, end, true // person3_slots.go: "Keziah (she/her)", "Keziah's birthday"
		}
	}
	// A lone capitalised word that no gazetteer knows ("Q3", "Instagram"),
	// without a title or greeting, is a name only after a relation word,
	// when the nearest person word before it is a strong one, or alone on
	// a signature line (the switch below). Most have none of them, which
	// these tests tell without contextBefore's word-by-word search.
	if personFastPath && c.toks == 1 && c.unknown == 1 && title == "" && greet == "" &&
		!signatureLine(text, start, end) && !strongPersonFilter.maybe(text, start-24, start) && !relationOrRoleBefore(text, start, end) &&
		!lowerTitleAt(text, start, c) && !ageCueAt(text, end) && !(staffAtPlaceMaybe(text, end) && staffAtPlace(text, start, end)) &&
		!(apposNounMaybe(text, start) && apposNounBefore(text, start, true) != "") {
		return 0, "", end, false
	}
	ctx := greet
	rel := false
	if ctx == "" {
		if ctx = relationBefore(text, start); ctx != "" {
			rel = true
		} else if t, ps := lowerTitleNear(text, start, c); t != "" {
			ctx, rel = t, true
			if ps < start {
				c.particleStart = ps
			}
		} else {
			ctx = contextBefore(text, start, 24, ctxPerson)
		}
	}
	if ctx == "" && c.toks == 1 && title == "" {
		// "our CSM Tyler", "your stylist Grace": a role word right before a
		// given name, also one that is a word too, is as strong as a
		// relation word.
		if r := roleBefore(text, start); r != "" && (c.given+c.ambig == 1 || nameFlagsOf(text[start:end])&nameAmbiguous != 0) {
			ctx, rel = r, true
		}
	}
	// "our payroll officer is Decker Kettleby", "notre animatrice Solenn":
	// a person noun in apposition (person18_appos.go).
	appos := false
	if !rel && title == "" && greet == "" && (ctx == "" || weakPersonCtxSet.has(ctx)) {
		if n := apposNounBeforeMaybe(text, start, c.unknown == c.toks); n != "" && (c.unknown < c.toks || apposSpelt(text, start, end)) {
			ctx, rel, appos = n, true, true
		}
	}
	sig := ""
	if ctx == "" && signatureLine(text, start, end) {
		sig = "signature line"
	}
	if !rel && greet == "" && title == "" && start >= 4 && (person4Ends.has(load32(text, start-4)) ||
		end+1 < len(text) && (text[end+1] == '<' || text[end+1] == 'w' || text[end] == ',' || text[end+1] == '(') ||
		wroteOtherMaybe(text, start, end)) {
		if w := person4CueBefore(text, start, end); w == bylineCue {
			sig = w // person4_slots.go: "— Ray Castellanos, El Paso" after a context word
		} else if w == wroteCue && c.unknown == c.toks && firmBeforeWrote(text, start) {
			return 0, "", end, false // "Agnieszka from Quill Club wrote:": a firm (person6_brand.go)
		} else if w != "" {
			ctx, rel = w, true // person4_slots.go: "FIRST: Bich Ngoc", "hij heet Bayu Wirananda"
		}
	}
	if ctx == "name" && thingNameLabelBefore(text, start) {
		ctx = "" // "product name: Quellguard" (person6_brand.go)
	}
	if title == "" && greet == "" && c.toks >= 2 && businessLast(text, start, end) {
		return 0, "", end, false // "Ivy Bakery wrote:", "Amara Beauty": a business (person_theme.go)
	}
	if title == "" && greet == "" && c.toks >= 2 && end+3 < len(text) && text[end] == ',' && firmHeadAddress(text, start, end) {
		return 0, "", end, false // "Villa Teratai Indah, Jl. …": a firm on its address line (read16a_firm.go)
	}
	if c.toks == 1 && c.given+c.ambig == 1 && title == "" && greet == "" && !rel && sig == "" &&
		(ctx == "" || !strongPersonCtxSet.has(ctx)) && loneNameIsTheme(text, start, end) {
		return 0, "", end, false // "Ben & Jerry's", "Henry VIII", "Raymond suits"
	}
	nameToks, given, ambig, family, unknown, city := c.toks, c.given, c.ambig, c.family, c.unknown, c.city
	firstGiven := c.firstGiven
	// "Daniel Kim, Head of Marketing": a job word before "of" and a
	// capital is a job title, whatever the context before it ("Head" and
	// "Dean" are names too).
	if nameToks == 1 && title == "" && ofCapital(text, end) && jobOfWords.has(text[start:end]) {
		return 0, "", end, false
	}
	if unknown > 0 && title == "" && (unknown == nameToks && end+3 < len(text) && text[end+1] == '&' && ampersandFirm(text, end) ||
		start >= 4 && text[start-2] == '&' && ampersandFirmBefore(text, start) && !ampersandCouple(text, start, end, nameToks, firstGiven)) {
		return 0, "", end, false // "Client: Ember & Oak Stoves", "Quillby & Marsh Joinery": a firm's name
	}
	var score float64
	var reason string
	switch {
	case title != "" && nameToks == 1 && kinTitleHeadline(text, title, end):
		return 0, "", end, false // "Ebony's Aunt Took Her To …": a headline in title case (person7_kin.go)
	case title != "" && titleOfficeAt(text, start, end):
		return 0, "", end, false // "the Lord Lieutenant", "Lord Mayor": an office (read22_titles.go)
	case title != "":
		score, reason = 0.85, "title before capitalised name"
	case nameToks >= 2 && firstGiven && (family > 0 || given > 1):
		score, reason = 0.95, "given name and family name from gazetteers"
	case nameToks >= 2 && firstGiven && city == 0 && !(unknown > 0 && businessLast(text, start, end)):
		score, reason = 0.85, "given name from gazetteer followed by capitalised name"
	case nameToks >= 2 && (given > 0 || ambig > 0) && (family > 0 || c.famFirst):
		score, reason = 0.8, "given and family names from gazetteers"
	case nameToks >= 2 && ambig > 0 && (ctx != "" && !weakPersonCtxSet.has(ctx) || sig != "") && city == 0:
		score, reason = 0.75, "capitalised name with a given name"
	case nameToks == 2 && c.firstAmbig && c.secondFamily:
		// "Summer Jones", "Paris Garcia", "April Smith": a given name that
		// is also a word, month or place before a family name (person6_greet.go).
		score, reason = 0.8, "given name that is also a word before a family name from gazetteers"
	case nameToks >= 2 && nameToks <= 3 && c.firstAmbig && given+family == nameToks-1 && city == 0 && title == "" && capsOnly(text, start, end) && wordGivenLong(text, start):
		// "Patience Wambui", "Grace Wanjiku Otieno": a given name that is
		// also a word before names the gazetteers know as no word, no
		// particle between ("Nada de Leopoldo" is Spanish for "none of
		// Leopoldo's") (person10_title.go).
		score, reason = 0.75, "given name that is also a word before names from gazetteers"
	case nameToks == 1 && family == 1 && title == "" && greet == "" && selfIntroFrom(text, start, end):
		// "this is Clay from Hartwell Roofing": a family name that is a
		// given name too, introducing the speaker (person10_signoff.go).
		score, reason = 0.75, "capitalised word introducing the speaker before 'from'"
	case nameToks == 2 && city == 0 && title == "" && greet == "" && honorificAfterName(text, start, end):
		// "Sevgül Hanım", "Ayten Teyze": a Turkish honorific after a given
		// name (person10_honor.go).
		score, reason = 0.8, "given name before an honorific"
	case nameToks == 2 && given == 0 && unknown+family >= 1 && title == "" && c.firstAmbig && recordNameSlot(text, start, end):
		// "Rose Halvorsby, 0161 496 0000": a record's line (person6_record.go).
		score, reason = 0.75, "given name that is also a word, before a capitalised word, in a record"
	case nameToks >= 2 && nameToks <= 3 && title == "" && city == 0 && !businessLast(text, start, end) && streetHeadAfter24(text, start, end):
		// "for Taylor Quorn, 14 Elm Street, Leeds": a name heading its
		// street address (person24_street.go).
		score, reason = 0.8, "capitalised words between a recipient's word and their street address"
	case nameToks >= 2 && nameToks <= 3 && title == "" && city == 0 && appointmentLine(text, start, end):
		// "10:00 Quorwen Halvorsby, 0171 555 0101, cut" (person6_slots.go).
		score, reason = 0.7, "capitalised words opening an appointment line with contact data"
	case nameToks == 1 && c.initialFirst && given+family == 1 && title == "":
		// "J. Smith", "A. K. Mensah": initials and a name of the gazetteers.
		score, reason = 0.8, "initial and name from gazetteers"
	case nameToks == 1 && given == 1:
		score, reason = 0.6, "known given name"
		if ctx != "" || sig != "" {
			score = 0.85
		}
	case nameToks >= 2 && nameToks <= 4 && title == "" && city == 0 && start > 2 && text[start-1] == ':' && vcardNameField(text, start, end):
		// "FN:Quillon Ashgrave" (person15_vcard.go)
		score, reason = 0.8, "capitalised words in a vCard's name field"
	case (ctx != "" && greet != "" || strongPersonCtxSet.has(ctx) && (unknown < nameToks || ctxRightBefore(text, start, ctx)) ||
		rel || sig != "") && (city == 0 || rel && nameToks == 1 && kinSlotWords.has(ctx)) && nameToks <= 3 && !(unknown == nameToks && (afterNumber(text, start) ||
		nameToks == 1 && labelGreetings.has(greet) && teamWordAt(text, start, end))): // "Customer Engagement": a team (person6_brand.go)
		score, reason = 0.7, "capitalised words in a name position"
		if appos {
			reason = apposReason
		}
	case nameToks == 1 && ambig == 1 && ctx != "" && ctx != "to" && ctx != "for" && ctx != "from":
		score, reason = 0.7, "given name in a name position"
	case nameToks >= 2 && family > 0 && unknown > 0 && (greet != "" || ctx != "" && !weakPersonCtxSet.has(ctx)):
		score, reason = 0.65, "capitalised words with a family name"
	case title == "" && city == 0 && nameToks <= 3 && ageCueAt(text, end) && itemAgeAfter(text, start, end):
		score, reason = 0.7, "capitalised words opening an item, before an age"
	case title == "" && greet == "" && city == 0 && nameToks >= 2 && nameToks <= 3 && ageCueAt(text, end) && text[end] == ',' && proseAgeAfter(text, start, end):
		score, reason = 0.7, "capitalised words opening a sentence, before an age between commas and a verb" // person16_age.go
	case title == "" && greet == "" && city == 0 && nameToks >= 2 && nameToks <= 3 && ageVerbMaybe(text, end) && ageVerbAfter(text, start, end):
		score, reason = 0.7, "capitalised words opening an item, before a verb of turning an age" // person13_age.go
	case nameToks == 1 && title == "" && greet == "" && city == 0 && staffAtPlaceMaybe(text, end) && staffAtPlace(text, start, end):
		score, reason = 0.7, "capitalised word before 'at the' and a shop's site, in a review" // person9_staff.go
	case nameToks == 1 && title == "" && greet == "" && city == 0 && tableCellAfterGiven(text, start, end):
		return 0.75, "family name in the cell after a given name", end, true
	case nameToks == 2 && unknown == 1 && family == 1 && title == "" && greet == "" && unknownBeforeFamily(text, start, end):
		score, reason = 0.6, "capitalised word before a family name from gazetteers"
	case nameToks == 1 && family == 1 && title == "" && greet == "" && familyRefAt(text, start, end):
		score, reason = 0.75, "family name in a family reference"
	case nameToks >= 2 && nameToks <= 4 && unknown >= 1 && title == "" && greet == "" && city == 0 && start > 0 && text[start-1] == ' ' && reviewCreditName(text, start, end):
		score, reason = 0.7, "capitalised words credited after a review's star rating" // read16a_review.go
	case nameToks >= 2 && nameToks <= 3 && unknown >= 1 && title == "" && greet == "" && city == 0:
		// Two or three capitalised words the gazetteers leave undecided:
		// their spelling decides in a record, prose or person-verb slot.
		r, ok := spellSlotReason(text, start, end, ctx)
		if !ok {
			return 0, "", end, false
		}
		score, reason = 0.6, r
	default:
		return 0, "", end, false
	}
	if title != "" {
		reason = withContext(reason, titleLower.get(strings.TrimSuffix(title, ".")))
	} else if ctx != "" {
		reason = withContext(reason, ctx)
	} else if sig != "" {
		reason = withSignature(reason)
	}
	// "Name: Raman, Priya": a family name, comma, given name. A given name
	// first is an item of a list ("for Bongani, Mei Ling Chan and …").
	if nameToks == 1 && given == 0 && ctx != "" && end+2 < len(text) && text[end] == ',' && text[end+1] == ' ' {
		if e2, lower, ok := readCapToken(text, end+2); ok && lower && nameFlagsOf(text[end+2:e2])&nameGiven != 0 {
			end = e2
			score = max(score, 0.85)
		}
	}
	// A trailing initial keeps its dot ("Meg C."); a sentence-final dot after
	// a full word is not part of the name.
	return score, reason, end, true
}

// jobOfWords are job words that are names too, read as a job before
// "of" ("Head of Growth", "Dean of Students"); the other job words
// (Director, Manager, Chief…) are stop words.
var jobOfWords = boolTable(map[string]bool{
	"Head": true, "Dean": true, "Chair": true, "Editor": true, "Founder": true, "Principal": true,
	"Secretary": true, "Governor": true, "Mayor": true, "Provost": true, "Rector": true, "Bishop": true,
	"Duke": true, "Earl": true, "Prince": true, "Princess": true, "King": true, "Queen": true,
})

// afterNumber reports whether a number and one space come right before
// start: capitalised words no gazetteer knows there are a noun after a
// count ("58 Jahre alt", "3 Zimmer"), not a name.
func afterNumber(text string, start int) bool {
	return start >= 2 && text[start-1] == ' ' && isDigit(text[start-2])
}

// ofCapital reports whether " of " and a capital letter follow end.
func ofCapital(text string, end int) bool {
	return end+5 <= len(text) && text[end:end+4] == " of " && text[end+4] >= 'A' && text[end+4] <= 'Z'
}

// signatureLine reports whether text[start:end] stands alone on its line
// (after optional dashes or spaces) below a closing line such as "Thanks,"
// or "Take care!", or is introduced by a dash sign-off.
func signatureLine(text string, start, end int) bool {
	// after: optional punctuation then newline or end
	j := end
	for j < len(text) && text[j] == ' ' {
		j++
	}
	// "Kind regards,\nK. Ashdown, Audiologist": a job after the name (read17a_signrole.go).
	roleAfter := j < len(text) && text[j] == ',' && (start == 0 || text[start-1] == '\n') && signOffRoleAfter(text, j)
	if j < len(text) && text[j] != '\n' && text[j] != '\r' && !roleAfter {
		return text[j] == ',' && testimonialByline(text, start, end, j) // person4_slots.go: "— Ray Castellanos, El Paso"
	}
	i := start
	// "-John", "--Meg C.", "Thanks -Jon": a dash glued to the name.
	dash := start > 0 && text[start-1] == '-'
	for i > 0 && (text[i-1] == ' ' || text[i-1] == '-' || text[i-1] == '\t' || text[i-1] == '.') {
		i--
	}
	if i > 0 && text[i-1] != '\n' {
		return dash
	}
	if dash {
		return true
	}
	// previous non-empty line
	k := i - 1
	for k > 0 && (text[k-1] == '\n' || text[k-1] == '\r' || text[k-1] == ' ') {
		k--
	}
	if k <= 0 {
		return false
	}
	ls := lastNewlineIn(text[:k]) + 1
	prev := strings.TrimSpace(text[ls:k])
	if prev == "" || len(prev) > 40 {
		return false
	}
	last := prev[len(prev)-1]
	if last == ',' || last == '!' {
		return true
	}
	if len(prev) <= 3 && signOffIn(signOffs, prev, 0, len(prev)) {
		return true // "LG", "Mvh", "BR": closings too short for closingWords' parts (person20_closing.go)
	}
	if isASCII(prev) {
		return containsAnyFold(prev, closingWords) // no allocation
	}
	low := strings.ToLower(prev)
	for _, w := range closingWords {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// sentenceInitial reports whether a word at i opens a sentence: at the
// start of the text or a line, or after ". ", "! ", "? " or an opening quote.
func sentenceInitial(text string, i int) bool {
	j := i
	for j > 0 && (text[j-1] == ' ' || text[j-1] == '"' || text[j-1] == '\'') {
		j--
	}
	if j == 0 {
		return true
	}
	switch text[j-1] {
	case '.', '!', '?', '\n', ';', '{', '[':
		return true
	case ':':
		return j >= 2 && text[j-2] == '"' // a JSON string value
	}
	return false
}

// weakPersonCtx are person context words too common to vouch for
// capitalised words that no gazetteer knows.
var weakPersonCtx = map[string]bool{
	"to": true, "for": true, "from": true, "me": true, "email": true, "write": true, "called": true,
	"ask": true, "tell": true, "cc": true, "user": true, "lead": true, "member": true,
}

// weakPersonCtxSet and strongPersonCtxSet are the two lists as word
// tables; strongPersonFilter pre-tests contextBefore's window for a strong
// word.
var (
	weakPersonCtxSet   = boolTable(weakPersonCtx)
	strongPersonCtxSet = boolTable(strongPersonCtx)
	strongPersonFilter = newCtxFilterOf(slices.Sorted(maps.Keys(strongPersonCtx)))
)

// strongPersonCtx are context words after which capitalised words are a
// name even when no gazetteer knows them.
var strongPersonCtx = map[string]bool{
	"name": true, "named": true, "dear": true, "hi": true, "hello": true, "hey": true, "thanks": true,
	"thank": true, "regards": true, "cheers": true, "sincerely": true, "attn": true, "surname": true,
	"vorname": true, "nachname": true, "prénom": true, "nombre": true, "nome": true, "naam": true,
	"customer": true, "client": true, "contact": true, "holder": true, "recipient": true, "kunde": true,
	"kundin": true, "patient": true, "applicant": true, "nom": true, "cognome": true, "apellido": true,
	"apellidos": true, "achternaam": true, "voornaam": true, "nazwisko": true, "imię": true,
	"cliente": true, "klant": true, "klient": true, "klientka": true, "contacto": true, "contatto": true,
	"kontakt": true, "ansprechpartner": true, "destinatario": true, "destinataire": true,
	"destinatário": true, "empfänger": true, "ontvanger": true,
}

// relationWords name a person by their relation to someone. Right before
// capitalised words ("his colleague Grace Hopper", "my son, Max") they are
// as strong as a "name:" field; further away they say nothing, so they are
// not context words (relationBefore). The table holds the role words
// (roleWords, value relRole) as well, so that one lookup tells both.
var relationWords = func() *strTable {
	t := boolTable(map[string]bool{
		"colleague": true, "coworker": true, "boss": true, "manager": true, "wife": true, "husband": true,
		"son": true, "daughter": true, "mother": true, "father": true, "mom": true, "mum": true, "dad": true,
		"friend": true, "sister": true, "brother": true, "aunt": true, "uncle": true, "grandma": true,
		"grandpa": true, "grandmother": true, "grandfather": true, "neighbour": true, "neighbor": true,
		"kollege": true, "kollegin": true,
		// Polish, Lithuanian and Romanian honorifics in lower case, as prose
		// writes them before a name in any case ("dla pani Agnieszki
		// Nowakowej", "z panem Grzegorzem", "ponia Rasa", "doamna Ionescu");
		// the Polish nominative "pan" is an English word too, and "paní",
		// "panią" end in a non-ASCII letter (relationWordBefore).
		// Partners by their own word ("her girlfriend Ama"); "partner" counts
		// after a personal possessive only (partnerBefore).
		"boyfriend": true, "girlfriend": true, "spouse": true, "fiance": true, "fiancee": true,
		// Kin that the role words held (person9: a role word vouches for
		// no word the gazetteers do not know: "her niece Savannah").
		"niece": true, "nephew": true, "cousin": true, "fiancée": true, "grandson": true, "granddaughter": true,
		"stepson": true, "stepdaughter": true, "godson": true, "goddaughter": true,
		"pani": true, "pana": true, "panem": true, "panu": true, "ponia": true, "ponas": true, "poniai": true,
		"ponui": true, "doamna": true, "domnul": true, "doamnei": true, "domnului": true,
	})
	for _, w := range roleWords.keyList() {
		if w != "" {
			t.or(w, relRole)
		}
	}
	return t
}()

// relRole is the value bit of role words in relationWords.
const relRole = 2

// relationBefore returns the lower-case relation word that ends right
// before start, with only a space or ", " between them, or "".
func relationBefore(text string, start int) string {
	if w, v := relationWordBefore(text, start); v&1 != 0 {
		return w
	}
	if start >= 8 && text[start-4:start] == " is " {
		return kinIsBefore(text, start) // person13_kin.go: "mom is Tuyet Ly"
	}
	return ""
}

// relationOrRoleBefore reports whether a relation word ends right before
// the lone word text[start:end] (as relationBefore), or a role word when
// the lone word is one of the given names that are words too ("your
// stylist Grace").
func relationOrRoleBefore(text string, start, end int) bool {
	_, v := relationWordBefore(text, start)
	return v&1 != 0 || v&relRole != 0 && nameFlagsOf(text[start:end])&nameAmbiguous != 0 ||
		v == 0 && start >= 8 && text[start-4:start] == " is " && kinIsBefore(text, start) != "" // person13_kin.go
}

// relationWordBefore returns the word of relationWords, and its value, that
// ends right before start, lower case, with only a space or ", " between
// them; "" and 0 when there is none. The word is the table's copy: it ends
// up in the key of withContext's cache, which must not keep the prompt
// alive.
func relationWordBefore(text string, start int) (string, uint32) {
	e := start
	if e > 0 && text[e-1] == ' ' {
		e--
	}
	if e > 0 && text[e-1] == ',' {
		e--
	}
	if e == start || e == 0 {
		return "", 0
	}
	b := e
	for b > 0 && e-b < 16 && isAlpha(text[b-1]) { // "granddaughter", "representative"
		b--
	}
	// Lower case only: a capitalised "Manager" is part of a title or a
	// headline ("Store Manager Deals Week").
	if b == e || b > 0 && isAlpha(text[b-1]) || text[b] < 'a' || text[b] > 'z' {
		if b == e && text[e-1] >= 0x80 {
			return honorificBefore(text, e) // person7_honorific.go: "paní", "panią"
		}
		if b < e && (isUpper(text[b]) || b > 0 && isAlpha(text[b-1])) {
			return relativeWordBefore(text, e) // person5_kin.go: "meine Schwägerin Nuray"
		}
		return "", 0
	}
	v, ok := relationWords.get(text[b:e])
	if !ok {
		if e-b == 7 && text[b:e] == "partner" {
			return partnerBefore(text, b) // person7_kin.go: "my partner Olamide"
		}
		if text[e-1] == 'w' || b > 0 && text[b-1] >= 0x80 {
			return relativeWordBefore(text, e) // person5_kin.go: "her brother-in-law Vuthy", "Schwägerin"
		}
		if e-b == 3 && gen24PanBefore(text, b, start) {
			return "pan", 1 // gen24_lower.go: "technik pan Novák", "dla pan Kowalski"
		}
		return "", 0
	}
	return relationWords.key(text[b:e]), v
}

// lowerTitles are titles that Dutch, Italian and Spanish prose writes in
// lower case ("dhr. Jansen", "gentile sig.ra Bianchi", "la sra. Ruiz",
// "Beste mevrouw Amrani", "Geachte heer Okafor"): abbreviations with
// their dot, the forms that end in "a", and the Dutch words for Mrs and
// Mr, which end in "w" and "r".
var lowerTitles = boolTable(map[string]bool{
	"dhr": true, "mevr": true, "mw": true, "sig": true, "sig.ra": true, "sig.na": true, "signora": true,
	"sr": true, "sra": true, "srta": true, "mevrouw": true, "juffrouw": true, "meneer": true, "heer": true,
	// Session 14: the Spanish and Portuguese "doña", "dona" ("a su mamá, doña Remedios").
	"doña": true, "dona": true,
	// Session 19: the doctor's "dr." that Dutch, Hungarian, Czech and
	// Scandinavian prose writes in lower case ("bij dr. Visser", "dr.
	// Kertész Anna", forms17_titles.go).
	"dr": true,
	// Estonian "hr" (härra, Mr) and "pr" (proua, Mrs), without a dot
	// ("hr Tarmo Kuusik"; not after a number: "24 hr Service").
	"hr": true, "pr": true,
})

// lowerTitleBefore returns the lower-case title (see lowerTitles) that
// ends right before start, with its dot and a space between, or "". Right
// before a capitalised word it is as strong as a capitalised title. Its
// callers test first that a dot, an "a", a "w" or an "r" ends the word
// before start, as every title does.
//
//go:noinline
func lowerTitleBefore(text string, start int) string {
	e := start - 1
	if e < 2 || text[e] != ' ' {
		return ""
	}
	switch text[e-1] {
	case '.':
		e--
	case 'a', 'w', 'r': // "sig.ra", "signora", "sra" without a dot; "mevrouw", "meneer"
	default:
		return ""
	}
	b := e
	for b > 0 && e-b < 8 && (text[b-1] >= 'a' && text[b-1] <= 'z' || text[b-1] == '.' || text[b-1] == 0xB1 && b > 1 && text[b-2] == 0xC3) {
		if text[b-1] == 0xB1 {
			b-- // "ñ": "doña"
		}
		b--
	}
	if b == e || b > 0 && isAlpha(text[b-1]) || text[b] < 'a' {
		return ""
	}
	k := lowerTitles.key(text[b:e])
	if k == "dr" && !lowerDrName(text, b, start) || (k == "hr" || k == "pr") && b > 0 && (isDigit(text[b-1]) || b > 1 && isDigit(text[b-2])) {
		return "" // "12 oak dr. Springfield", "24 hr Service" (forms17_titles.go)
	}
	return k
}

// closingWords mark a line that closes a letter, so the next short line is
// a signature.
var closingWords = []string{
	"thank", "regards", "best", "cheers", "sincerely", "care", "yours", "wishes", "weekend", "love",
	"warmly", "grüße", "grüßen", "gruß", "cordialement", "saludos", "saluti", "groeten",
}

// isASCII reports whether s has only ASCII bytes.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
