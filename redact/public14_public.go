package redact

import "strings"

// More ways marketing copy names a public figure, added to the cues of
// person12_public.go, and things that are no person although a name's
// spelling scores: a pet, a status word opening a list item, a notable
// name before a Turkish case suffix.
//   - Mentions: "in the style of …", "channel the energy of …", "collab
//     with …", "feat. …", "ft. …", "à la …", "brand face …", "cover star
//     …", a brief's "Shortlist:" or "Line-up:", and "Inspiration:" in the
//     Nordic, Czech, Finnish, Hungarian and Turkish forms.
//   - Roles: "legend", "athlete", "streamer", "senator", "chancellor",
//     "midfielder" and more sports' positions.
//   - A follower count after the name, in brackets: "(@handle, 1.2M
//     followers)", "(2,4 Mio. Follower)": a public account's. A handle alone is not one: a giveaway's winners give
//     theirs.
//
// A customer slot still wins: a greeting, a customer label or a relation
// word before the name (personLabelBefore).

// public14Mentions and public14Roles are added to publicMentions and
// publicRoles, with their cue bits, at start-up.
var public14Mentions = []string{
	"style of", "energy of", "vibes of", "collab with", "collabs with", "collaboration with", "feat.", "ft.",
	"featuring", "à la", "brand face", "cover star", "face of", "shortlist:", "line-up:", "lineup:",
	"inspirasjon:", "inspirace:", "inspiraatio:", "inspiráció:", "ilham:", "homage to", "hommage à",
	"shout-out to", "shoutout to", "impression of", "dream collab:", "w stylu", "ve stylu", "i stil med",
	"style de", "façon de", "a lo", "your inner",
}

var public14Roles = []string{
	"legend", "legende", "légende", "leyenda", "athlete", "athlète", "sportler", "sportlerin", "streamer",
	"streamerin", "midfielder", "defender", "winger", "centre-back", "center-back", "fly-half", "pitcher",
	"skater", "surfer", "climber", "rower", "racer", "drummer", "bassist", "idol", "supermodel", "senator",
	"chancellor", "politician", "congresswoman", "congressman", "youtuberin", "influencerin", "tiktokerin",
	"creator:", "ikone", "icon", "icône", "ícone", "icona", "fußballlegende", "skilegende", "tennisstar",
	"mittelfeldspieler", "stürmer", "torhüter", "torwart", "attaquant", "delantero",
	"centrocampista", "portero", "portiere", "attaccante", "goleiro", "atacante", "tennistähti",
	"jalkapalloilija", "hiihtäjä", "juoksija", "piłkarz", "piłkarka", "tenisistka", "tenisista", "fotbalista",
	"tenistka", "hokejista", "fotballspiller", "fotbollsspelare", "håndboldspiller", "skiløper", "langrennsløper",
}

func init() {
	cue := addPublicCue // public16_public.go
	for _, k := range public14Mentions {
		publicMentions.or(k, 1)
		cue(" " + k + " ")
	}
	for _, k := range public14Roles {
		publicRoles.or(k, 1)
		cue(" " + k + " ")
	}
	// The four bytes a follower count's brackets open with: " (@" and a
	// letter, or " (", a digit and a dot, a comma or a magnitude.
	// Brackets that open with a word ("(beauty, 50M+)") are
	// left out: names before " (" and two letters are many, and each
	// would cost publicSpanAt's call.
	after := func(k string) {
		h := cueHash(load32(k, 0))
		cueAfterBits[h>>6] |= 1 << (h & 63)
	}
	for a := 'a'; a <= 'z'; a++ {
		after(" (@" + string(a))
	}
	for d := '0'; d <= '9'; d++ {
		for _, c := range ".,KkMm" {
			after(" (" + string(d) + string(c)) // not two digits: "(34)" is an age
		}
	}
}

// followerCountAfter reports whether brackets open right after the name
// ending at end and hold a follower count before they close on the same
// line: a number with a magnitude ("1.2M", "50M+", "850K", "2,4 Mio."),
// or a number before a word for followers ("12 000 followers").
//
//go:noinline
func followerCountAfter(text string, end int) bool {
	if end+4 > len(text) || text[end] != ' ' || text[end+1] != '(' {
		return false
	}
	for i := end + 2; i < len(text) && i < end+72; i++ {
		c := text[i]
		if c == ')' || c == '\n' {
			return false
		}
		if !isDigit(c) || i > 0 && isDigit(text[i-1]) {
			continue
		}
		j := i
		for j < len(text) && (isDigit(text[j]) || (text[j] == '.' || text[j] == ',') && j+1 < len(text) && isDigit(text[j+1])) {
			j++
		}
		if j < len(text) && text[j] == ' ' && j+1 < len(text) && (text[j+1] == 'M' || text[j+1] == 'K') {
			j++ // "2,4 Mio.", "1.2 M"
		}
		var buf [16]byte
		if j < len(text) && (text[j] == 'K' || text[j] == 'k' || text[j] == 'M' || text[j] == 'm' || text[j] == 'B') {
			if n := lowerWordAt(text, j, &buf); n > 0 {
				if _, _, ok := magnitudeWords.getBytes(buf[:n]); ok {
					return true
				}
			}
		}
		if j+1 < len(text) && text[j] == ' ' {
			n := lowerWordAt(text, j+1, &buf)
			if _, _, ok := followerWords.getBytes(buf[:n]); ok && n > 0 {
				return true
			}
		}
		i = j - 1
	}
	return false
}

// magnitudeWords follow a follower count's number ("1.2M", "2,4 Mio.").
var magnitudeWords = boolTable(map[string]bool{
	"k": true, "m": true, "b": true, "mio": true, "mln": true, "mil": true, "million": true, "millions": true,
	"millones": true, "milioni": true, "miljoen": true, "miljoner": true, "miljoonaa": true, "milionów": true,
})

// followerWords follow a count of an account's followers.
var followerWords = boolTable(map[string]bool{
	"followers": true, "follower": true, "subscribers": true, "subs": true, "abonnés": true, "abonnenten": true,
	"seguidores": true, "seguaci": true, "volgers": true, "följare": true, "følgere": true, "seuraajaa": true,
	"obserwujących": true, "takipçi": true, "sledujících": true, "fans": true,
})

// statusWordAt reports whether text[start:end] is a word for a status or
// a job ("Retired", "Student", "Nurse"), which opens a list item before
// an age as a name would ("Retired, 68, …").
func statusWordAt(text string, start, end int) bool {
	var buf [16]byte
	n := lowerWordAt(text, start, &buf)
	if n == 0 || start+n != end {
		return false
	}
	_, _, ok := statusWords.getBytes(buf[:n])
	return ok
}

// statusWords are words for a status or a job that open a list item
// before an age, in lower case. Words that are family names too
// ("Baker", "Carpenter", "Farmer") are left out.
var statusWords = boolTable(map[string]bool{
	"retired": true, "student": true, "students": true, "nurse": true, "teacher": true, "pensioner": true,
	"widow": true, "widower": true, "widowed": true, "unemployed": true, "homemaker": true, "housewife": true,
	"self-employed": true, "freelancer": true, "freelance": true, "engineer": true, "accountant": true,
	"lawyer": true, "plumber": true, "electrician": true, "mechanic": true, "cashier": true, "manager": true,
	"single": true, "married": true, "divorced": true, "separated": true, "volunteer": true, "veteran": true,
	"caregiver": true, "carer": true, "midwife": true, "pharmacist": true, "dentist": true, "architect": true,
	"rentner": true, "rentnerin": true, "studentin": true, "lehrer": true, "lehrerin": true, "witwe": true,
	"witwer": true, "jubilado": true, "jubilada": true, "estudiante": true, "retraité": true, "retraitée": true,
	"étudiant": true, "étudiante": true, "pensionato": true, "pensionata": true, "studente": true,
	"studentessa": true, "pensionär": true, "pensionist": true, "pensionista": true, "gepensioneerd": true,
	"aposentado": true, "aposentada": true, "emeryt": true, "emerytka": true, "eläkeläinen": true,
	"opiskelija": true, "emekli": true, "öğrenci": true, "důchodce": true, "nyugdíjas": true,
})

// petAround reports whether the lone name text[start:end] is a pet's: a
// word for the animal or a breed right before it ("our dog Bella", "Hund
// Bello", "la perra Frida"), or right after it in brackets, after a
// comma, a semicolon or a tab, or after "the" ("Max (dog)", "Frida;perra",
// "Max the labrador").
//
//go:noinline
func petAround(text string, start, end int) bool {
	var buf [16]byte
	if start >= 4 && text[start-1] == ' ' {
		if w := lowerWordEndingAt(text, start-1, 16, true, &buf); len(w) >= 3 {
			if _, _, ok := breedWords.getBytes(w); ok {
				return true
			}
		}
	}
	i := end
	switch {
	case i+2 < len(text) && (text[i] == ';' || text[i] == '\t' || text[i] == '('):
		i++
	case i+3 < len(text) && (text[i] == ',' || text[i] == ' ') && text[i+1] == ' ' || i+3 < len(text) && text[i] == ' ' && text[i+1] == '(':
		i += 2
	case strings.HasPrefix(text[i:], " the "):
		i += 5
	default:
		return false
	}
	n := lowerWordAt(text, i, &buf)
	if n < 3 || i+n+1 < len(text) && text[i+n] == ' ' && isLower(text[i+n+1]) && text[i-2:i] != "e " {
		return false // "Anna, dog walker": the word goes on
	}
	_, _, ok := breedWords.getBytes(buf[:n])
	return ok
}

// breedWords are animals that people name and breeds. Words that are
// words of another kind too in one of the project's languages ("chat",
// "cane", "pies", "kat", "pet", "lab") are left out.
var breedWords = boolTable(map[string]bool{
	"dog": true, "dogs": true, "cat": true, "kitten": true, "horse": true, "pony": true, "rabbit": true,
	"bunny": true, "hamster": true, "parrot": true, "tortoise": true, "hund": true, "hunden": true,
	"katze": true, "kater": true, "katt": true, "katten": true, "hond": true, "poes": true, "chien": true,
	"chienne": true, "chatte": true, "perro": true, "perra": true, "gato": true, "gata": true, "gatto": true,
	"gatta": true, "cachorro": true, "cachorra": true, "kot": true, "kotka": true, "koira": true, "kissa": true,
	"labrador": true, "retriever": true, "poodle": true, "terrier": true, "spaniel": true,
	"beagle": true, "dachshund": true, "collie": true, "husky": true, "pug": true, "chihuahua": true,
	"bulldog": true, "schnauzer": true, "corgi": true, "whippet": true, "greyhound": true, "labradoodle": true,
	"cockapoo": true, "cavapoo": true, "tabby": true, "siamese": true, "kitty": true, "puppy": true,
	"doggo": true, "pup": true, "perrita": true, "perrito": true, "gatita": true, "gatito": true,
	"canina": true, "canino": true, "felina": true, "felino": true, "mascota": true, "mascotte": true,
	"haustier": true, "husdjur": true, "kjæledyr": true, "huisdier": true, "zwierzak": true, "lemmikki": true,
	"cagnolino": true, "cagnolina": true, "gattino": true, "gattina": true, "chiot": true, "chaton": true,
	"welpe": true, "kätzchen": true, "dackel": true, "pudel": true, "parakeet": true, "budgie": true,
	"guinea": true, "ferret": true, "gecko": true, "iguana": true,
})

// notableApostropheAfter reports whether the lone given name at
// start..end and the next word, cut at an apostrophe before a
// lower-case suffix, are a notable name ("Barış Manço'nun", "Orhan
// Pamuk’un"): the tokenizer ends a run before such a word.
//
//go:noinline
func notableApostropheAfter(text string, start, end int) bool {
	if end+4 >= len(text) || text[end] != ' ' || !upperAt(text, end+1) {
		return false
	}
	e := end + 1
	for e < len(text) && e-end < 24 && text[e] != ' ' && text[e] != '\n' && text[e] != ',' && text[e] != '.' {
		e++
	}
	a := apostropheSuffixAt(text, end+1, e)
	return a > 0 && notableMaybe(text, start, end+1, a) && notableHas(text[start:a])
}

// public14Lone reports whether a lone given name is a pet's (petAround)
// or the start of a notable name before a Turkish case suffix
// (notableApostropheAfter). loneNameIsTheme calls it last.
//
//go:noinline
func public14Lone(text string, start, end int) bool {
	return petAround(text, start, end) || notableApostropheAfter(text, start, end)
}

// shopWordAfter reports whether one of shopWords follows the space at e:
// a kin title's possessive before it names a brand ("Aunt Bessie's pies",
// "Mama Rosa's sauce"; kinMascotAround, person3_slots.go).
func shopWordAfter(text string, e int) bool {
	var buf [16]byte
	n := lowerWordAt(text, e+1, &buf)
	_, _, ok := shopWords.getBytes(buf[:n])
	return n > 1 && ok
}
