package redact

import "strings"

// Public figures by context. Lists of well-known people always lag
// behind; marketing copy introduces the ones they lack in a few
// recognisable ways, which this file reads around a name that already
// scored as a person:
//   - a word for a public role or field right before it, in the project's
//     languages ("cyclist Mara Quist", "la cantante …", "Sängerin …",
//     "författaren …"), unless a possessive makes the role a colleague's
//     ("our designer …");
//   - a phrase that mentions a public person rather than addresses one
//     ("a nod to …", "don't reference …", "music by …", "un clin d'œil
//     à …", "Anspielungen auf …");
//   - a possessive and a work after it ("…'s latest album", "…'s
//     cookbook");
//   - a name joined by "or", "and" (in the project's languages) to a name
//     of the notable lists ("… or Kip Vander", where the second is
//     listed): writers name public figures in pairs and lists.
//
// A customer slot still wins: a greeting, a customer label or a relation
// word before the name (personLabelBefore), or contact data right after
// it on its line, keeps the span.

// publicNear reports whether the bytes around the name text[start:end]
// may be a cue: a bit of cueLong8Bits for the eight bytes before it, or
// of cueShortBits for the last four of them (a word's last three and a
// space), or one of cueAfterBits for the four bytes after it. The bytes
// around most names are none, and three loads tell; scoreRun (person.go)
// calls publicSpanAt for the rest.
func publicNear(text string, start, end int) bool {
	if start >= 8 {
		w := load64(text, start-8)
		if h := cueHash64(w); cueLong8Bits[h>>6]>>(h&63)&1 != 0 {
			return true
		}
		if h := cueHash(uint32(w >> 32)); cueShortBits[h>>6]>>(h&63)&1 != 0 {
			return true
		}
	}
	return end+4 <= len(text) && cueAfterMaybe(text, end)
}

// publicSpanAt reports whether the name text[start:end], whose bytes
// around may be a cue (publicNear), is a public figure's by its context
// (see the file's comment): the tests of the cues before the name run
// when its bytes before are a cue's (cueBeforeAt), those of the cues
// after it when its bytes after are.
//
//go:noinline
func publicSpanAt(text string, start, end int) bool {
	if end+3 < len(text) && text[end+1] == '(' && (text[end+2] == '@' || isDigit(text[end+2])) && followerCountAfter(text, end) {
		return !personLabelBefore(text, start) // "(@handle, 1.2M followers)" (public14_public.go)
	}
	before := start >= 8 && cueBeforeAt(text, start) && text[start-1] == ' ' &&
		(publicRoleBefore(text, start) || phraseBefore(text, start, publicMentions, 3) || workByBefore(text, start) || notableBefore(text, start) || public16Before(text, start))
	if !before && !(end+4 <= len(text) && cueAfterMaybe(text, end) &&
		(publicWorkAfter(text, end) || publicRoleAfter(text, end) || notableAfter(text, end) || mentionNounAfter(text, start, end))) {
		return false
	}
	return !personLabelBefore(text, start) && !contactAfter(text, end)
}

// cueAfterMaybe reports whether the four bytes at end may start a cue
// after a name (cueAfterBits).
func cueAfterMaybe(text string, end int) bool {
	h := cueHash(load32(text, end))
	return cueAfterBits[h>>6]>>(h&63)&1 != 0
}

// cueBeforeAt reports whether the eight bytes before start end a cue of
// eight bytes or more (cueLong8Bits), or whether their last four to
// seven are a shorter one (cueShort8Bits).
//
//go:noinline
func cueBeforeAt(text string, start int) bool {
	w := load64(text, start-8)
	h := cueHash(uint32(w >> 32))
	if cueLongBits[h>>6]>>(h&63)&1 != 0 {
		if h := cueHash64(w); cueLong8Bits[h>>6]>>(h&63)&1 != 0 {
			return true
		}
	}
	return cueShortBits[h>>6]>>(h&63)&1 != 0 && cueShortAt(w)
}

// cueShortAt reports whether the last four to seven of the eight bytes w
// (the first in its low byte) are a short cue (cueShort8Bits).
//
//go:noinline
func cueShortAt(w uint64) bool {
	for n := 4; n < 8; n++ {
		if h := cueHash64(w &^ (1<<(64-8*n) - 1)); cueShort8Bits[h>>6]>>(h&63)&1 != 0 {
			return true
		}
	}
	return false
}

// cueHash maps four bytes, ASCII capitals folded to lower case (and
// other bytes moved alike), to a bit of a table of 1<<cueBits bits;
// cueHash64 maps eight bytes alike.
func cueHash(w uint32) uint32 {
	return (w | 0x20202020) * 0x9E3779B1 >> (32 - cueBits)
}

func cueHash64(w uint64) uint32 {
	return uint32((w | 0x2020202020202020) * 0x9E3779B97F4A7C15 >> (64 - cueBits))
}

// cueBits is log2 of the bits of each cue table.
const cueBits = 15

type cueTable = [1 << cueBits / 64]uint64

// The cue tables. The cues before a name are each key of publicRoles
// and publicMentions, the links of publicLinks of two letters or more,
// the words of workBy of three letters or more ("von"), each with a
// space before and after it, and workBy's words after a closing quote
// (`" by `, `” di `). cueLongBits has the bit of cueHash of the last
// four bytes of each cue of eight bytes or more (" nod to ", "swimmer
// "), and cueLong8Bits the bit of cueHash64 of its last eight;
// cueShortBits has the bit of cueHash of the last four bytes of each
// shorter one (" poet ", " oder "), and cueShort8Bits the bit of
// cueHash64 of the whole cue, the bytes before it cleared.
//
// cueAfterBits has the bit of cueHash set for a possessive ("'s" and a
// letter, "’s"), a space and the first three bytes of each link, or a
// link and its spaces and, after a one-letter link, a capital (" or ",
// " y A"), and for a comma or a bracket, a space and the first two bytes
// of each of roleLeadWords (", th", " (a ").
var cueLongBits, cueLong8Bits, cueShortBits, cueShort8Bits, cueAfterBits = func() (long, long8, short, short8, after cueTable) {
	set := func(t *cueTable, k string) {
		h := cueHash(load32(k, len(k)-4))
		t[h>>6] |= 1 << (h & 63)
	}
	cue := func(k string) {
		n := len(k)
		if n >= 8 {
			set(&long, k)
			h := cueHash64(load64(k, n-8))
			long8[h>>6] |= 1 << (h & 63)
			return
		}
		set(&short, k)
		h := cueHash64(load64("        "+k, n) &^ (1<<(64-8*n) - 1))
		short8[h>>6] |= 1 << (h & 63)
	}
	for _, table := range []*strTable{publicRoles, publicMentions} {
		for _, k := range table.keyList() {
			if len(k) >= 3 {
				cue(" " + k + " ")
			}
		}
	}
	for _, k := range publicLinks.keyList() {
		if len(k) >= 2 {
			cue(" " + k + " ")
		}
	}
	for _, k := range workBy.keyList() {
		switch {
		case len(k) >= 3:
			cue(" " + k + " ")
		case k != "":
			for _, q := range []string{"\"", "'", "”", "“", "’", "»"} {
				cue(q + " " + k + " ")
			}
		}
	}
	for c := 'a'; c <= 'z'; c++ {
		set(&after, "'s "+string(c))
	}
	for _, k := range mentionNouns.keyList() {
		if len(k) >= 3 {
			set(&after, " "+k[:3])
		}
	}
	set(&after, "’s")
	for _, k := range publicLinks.keyList() {
		switch {
		case k == "":
		case len(k) >= 3:
			set(&after, " "+k[:3])
		case len(k) == 2:
			set(&after, " "+k+" ")
		default:
			for c := 'A'; c <= 'Z'; c++ {
				set(&after, " "+k+" "+string(c))
			}
			for _, c := range []string{"Á", "É", "Í", "Ó", "Ú", "Ł", "Ś", "Ž", "Č", "Ş", "Ö", "Ü", "Ä", "Å", "Ø"} {
				set(&after, " "+k+" "+c)
			}
		}
	}
	for _, k := range roleLeadWords.keyList() {
		switch {
		case k == "":
		case len(k) >= 2:
			set(&after, ", "+k[:2])
			set(&after, " ("+k[:2])
		default:
			set(&after, ", "+k+" ")
			set(&after, " ("+k+" ")
		}
	}
	return long, long8, short, short8, after
}()

// workByBefore reports whether a quoted title and a word for "by" end
// right before start ("„Die Pfütze“ von Nele Brandt", "“Rainfall” by
// …"): the name is the work's author or performer.
func workByBefore(text string, start int) bool {
	e := start - 1
	b := e
	for b > 0 && e-b < 3 && isLower(text[b-1]) {
		b--
	}
	if b < 3 || text[b-1] != ' ' || !workBy.has(text[b:e]) {
		return false
	}
	switch q := text[b-2]; {
	case q == '"' || q == '\'':
		return true
	case q >= 0x80 && b >= 4:
		// ” “ ’ (E2 80 9D, 9C, 99) and » (C2 BB).
		return text[b-4] == 0xE2 && text[b-3] == 0x80 || text[b-3] == 0xC2 && q == 0xBB
	}
	return false
}

// workBy are the words for "by" after a work's title.
var workBy = boolTable(map[string]bool{
	"by": true, "von": true, "de": true, "di": true, "van": true, "av": true, "af": true, "of": true,
	"do": true, "da": true, "del": true,
})

// publicRoleAfter reports whether an apposition with one of publicRoles
// follows end: ", the broadcaster", " (the singer", ", der Sänger", ",
// a former cyclist".
func publicRoleAfter(text string, end int) bool {
	if end+6 >= len(text) || !(text[end] == ',' || text[end] == ' ' && text[end+1] == '(') {
		return false
	}
	i := end + 1
	if text[end] == ' ' {
		i++
	} else if text[i] != ' ' {
		return false
	} else {
		i++
	}
	var buf [24]byte
	for words := 0; words < 3 && i < len(text); words++ {
		n := 0
		for j := i; j < len(text) && n < len(buf) && (isAlpha(text[j]) || text[j] >= 0x80 || text[j] == '-'); j++ {
			c := text[j]
			if isUpper(c) {
				c += 'a' - 'A'
			}
			buf[n] = c
			n++
		}
		if n == 0 || n == len(buf) {
			return false
		}
		if _, _, ok := publicRoles.getBytes(buf[:n]); ok {
			return true
		}
		if _, _, ok := roleLeadWords.getBytes(buf[:n]); !ok {
			return false
		}
		i += n
		if i >= len(text) || text[i] != ' ' {
			return false
		}
		i++
	}
	return false
}

// roleLeadWords may come before a role word in an apposition: articles
// and a few adjectives ("the former", "der legendäre", "la grande").
var roleLeadWords = boolTable(map[string]bool{
	"the": true, "a": true, "an": true, "former": true, "famous": true, "legendary": true, "late": true,
	"olympic": true, "retired": true, "der": true, "die": true, "ehemalige": true, "ehemaliger": true,
	"berühmte": true, "legendäre": true, "le": true, "la": true, "l'ancien": true, "célèbre": true, "il": true,
	"el": true, "famoso": true, "famosa": true, "celebre": true, "het": true, "de": true, "bekende": true,
	"beroemde": true, "o": true, "ex": true, "ex-": true, "world": true, "tv": true, "british": true,
})

// publicRoleBefore reports whether one of publicRoles ends right before
// start with one space between, and no possessive or "our" comes before
// the role word ("our designer Ana Ruiz" is a colleague).
func publicRoleBefore(text string, start int) bool {
	if start < 4 || text[start-1] != ' ' {
		return false
	}
	var buf [24]byte
	e := start - 1
	b := e
	for b > 0 && text[b-1] != ' ' && text[b-1] != '\n' && e-b < len(buf) {
		b--
	}
	if e-b < 3 || b > 0 && text[b-1] != ' ' && text[b-1] != '\n' {
		return false
	}
	n := copy(buf[:], text[b:e])
	for i := range n {
		if isUpper(buf[i]) {
			buf[i] += 'a' - 'A'
		}
	}
	if _, _, ok := publicRoles.getBytes(buf[:n]); !ok {
		return false
	}
	if b < 2 {
		return true
	}
	var wb [16]byte
	w := lowerWordEndingAt(text, b-1, 12, true, &wb)
	_, _, own := ownerWords.getBytes(w)
	return !own
}

// contactAfter reports whether an at sign or seven digits follow end on
// its line within 40 bytes, in its sentence: a customer's contact data.
// The next sentence's number is a business's ("… starring Ilse Varga. Box
// office: 020 …", read16a).
func contactAfter(text string, end int) bool {
	digits := 0
	for i := end; i < min(len(text), end+40); i++ {
		switch c := text[i]; {
		case c == '\n':
			return false
		case c == '.' && i+2 < len(text) && text[i+1] == ' ' && isUpper(text[i+2]):
			return false
		case c == '@':
			return true
		case isDigit(c):
			if digits++; digits >= 7 {
				return true
			}
		}
	}
	return false
}

// publicWorkAfter reports whether a possessive and a work follow end,
// with at most one adjective between ("…'s latest album", "…’s
// cookbook", "…'s new film").
func publicWorkAfter(text string, end int) bool {
	e := possessiveSpaceAfter(text, end)
	if e < 0 {
		return false
	}
	var buf [16]byte
	for range 2 {
		n := lowerWordAt(text, e, &buf)
		if n < 3 {
			return false
		}
		if _, _, ok := publicWorks.getBytes(buf[:n]); ok {
			return true
		}
		if _, _, ok := workAdjectives.getBytes(buf[:n]); !ok || e+n >= len(text) || text[e+n] != ' ' {
			return false
		}
		e += n + 1
	}
	return false
}

// notableAfter reports whether a word of publicLinks ("or", "and",
// "oder", "ou", "y" …) and a name of the notable lists follow end ("Mara
// Quist or Jean Sibelius"), and notableBefore whether such a name and
// link come before start, or a name that a cue before a name introduces
// ("a nod to Ana Ruiz or …").
func notableAfter(text string, end int) bool {
	if end+4 < len(text) && text[end] == ' ' {
		l := end + 1
		for l < len(text) && l-end <= 6 && isAlpha(text[l]) {
			l++
		}
		if l+2 < len(text) && text[l] == ' ' && publicLinks.has(text[end+1:l]) && upperAt(text, l+1) {
			b := l + 1
			e := b
			for words := 0; words < 3; words++ {
				for e < len(text) && text[e] != ' ' && text[e] != ',' && text[e] != '.' && text[e] != '\n' && text[e] != ')' && text[e] != '\'' && e-b < 48 {
					e++
				}
				if notableHas(text[b:e]) {
					return true
				}
				if e+1 >= len(text) || text[e] != ' ' || !upperAt(text, e+1) {
					break
				}
				e++
			}
		}
	}
	return false
}

func notableBefore(text string, start int) bool {
	if start < 6 || text[start-1] != ' ' {
		return false
	}
	l := start - 1
	for l > 0 && start-1-l < 6 && isAlpha(text[l-1]) {
		l--
	}
	if l < 3 || text[l-1] != ' ' || !publicLinks.has(text[l:start-1]) {
		return false
	}
	e := l - 1
	b := e
	for words := 0; words < 3; words++ {
		for b > 0 && text[b-1] != ' ' && text[b-1] != '\n' && e-b < 48 {
			b--
		}
		if !upperAt(text, b) {
			return false
		}
		if notableHas(text[b:e]) {
			return true
		}
		if b < 2 || text[b-1] != ' ' {
			return false
		}
		if b >= 4 && (publicRoleBefore(text, b) || phraseBefore(text, b, publicMentions, 3)) {
			return true // "a nod to Ana Ruiz or Kip Vander": the first name's cue
		}
		b--
	}
	return false
}

// publicLinks join two names in a list.
var publicLinks = boolTable(map[string]bool{
	"or": true, "and": true, "nor": true, "oder": true, "und": true, "ou": true, "et": true, "o": true,
	"y": true, "e": true, "of": true, "en": true, "och": true, "eller": true, "og": true, "ve": true,
	"veya": true, "lub": true, "i": true, "albo": true, "ni": true, "ja": true, "tai": true, "a": true,
	"nebo": true,
})

// ownerWords before a role word make the role a colleague's or a
// customer's ("our designer", "ma coiffeuse").
var ownerWords = boolTable(map[string]bool{
	"our": true, "my": true, "your": true, "his": true, "her": true, "their": true, "unser": true,
	"unsere": true, "unserem": true, "unseren": true, "unserer": true, "mein": true, "meine": true,
	"meinem": true, "meinen": true, "ihr": true, "ihre": true, "ihrem": true, "ihren": true, "dein": true,
	"deine": true, "notre": true, "nos": true, "mon": true, "ma": true, "mes": true, "votre": true, "vos": true,
	"ton": true, "ta": true, "son": true, "sa": true, "nuestro": true, "nuestra": true, "nuestros": true,
	"nuestras": true, "mi": true, "mis": true, "su": true, "sus": true, "tu": true, "nostro": true,
	"nostra": true, "nostri": true, "mio": true, "mia": true, "suo": true, "sua": true, "vostro": true,
	"vostra": true, "onze": true, "ons": true, "mijn": true, "jouw": true, "uw": true, "zijn": true,
	"haar": true, "vår": true, "våra": true, "vårt": true, "min": true, "mitt": true, "din": true,
	"nosso": true, "nossa": true, "meu": true, "minha": true, "seu": true, "nasz": true,
	"nasza": true, "nasze": true, "mój": true, "moja": true, "twój": true, "twoja": true, "bizim": true,
	"benim": true, "new": true,
	// A local, a member or a guest is no public figure ("local author",
	// "club cyclist").
	"local": true, "resident": true, "club": true, "guest": true, "student": true, "amateur": true,
	"aspiring": true, "budding": true, "young": true, "lokale": true, "lokaler": true, "örtliche": true,
})

// publicRoles are words for a public role or field that introduce a
// public figure right before the name, lower-cased, in the project's
// languages (Swedish in the definite form it takes there). Words that
// also name a webinar's or a workshop's lead ("presenter", "Moderator",
// "animatrice", "presentador") are left out; "TV presenter" is a
// phrase of publicMentions.
var publicRoles = boolTable(map[string]bool{
	// English.
	"cyclist": true, "sprinter": true, "marathoner": true, "swimmer": true, "skier": true,
	"snowboarder": true, "golfer": true, "footballer": true, "cricketer": true, "boxer": true,
	"gymnast": true, "olympian": true, "medallist": true, "medalist": true, "singer": true, "singer-songwriter": true, "songwriter": true, "rapper": true, "guitarist": true,
	"pianist": true, "violinist": true, "cellist": true, "composer": true, "frontman": true,
	"frontwoman": true, "actor": true, "actress": true, "comedian": true, "filmmaker": true,
	"film-maker": true, "novelist": true, "author": true, "poet": true, "playwright": true,
	"painter": true, "sculptor": true, "broadcaster": true, "newsreader": true, "commentator": true, "naturalist": true, "astronaut": true, "explorer": true,
	"physicist": true, "philosopher": true, "billionaire": true, "influencer": true, "youtuber": true,
	"tiktoker": true, "celebrity": true, "superstar": true, "popstar": true,
	"ceo": true, "tycoon": true, "mogul": true, "couturier": true, "striker": true, "goalkeeper": true, "quarterback": true,
	"mountaineer": true, "jockey": true, // German.
	"sängerin": true, "sänger": true, "rapperin": true, "schauspielerin": true, "schauspieler": true,
	"regisseurin": true, "regisseur": true, "autorin": true, "autor": true, "schriftstellerin": true,
	"schriftsteller": true, "dichterin": true, "dichter": true, "malerin": true, "maler": true,
	"komponistin": true, "komponist": true,
	"radrennfahrerin": true, "radrennfahrer": true, "rennfahrer": true, "rennfahrerin": true,
	"radprofi": true, "skirennläufer": true, "skirennläuferin": true, "schwimmerin": true, "schwimmer": true, "fußballer": true, "fußballerin": true, "tennisspieler": true,
	"tennisspielerin": true, "olympiasieger": true, "olympiasiegerin": true, "weltmeister": true,
	"weltmeisterin": true, "kinderbuchautor": true, "kinderbuchautorin": true, "fernsehkoch": true,
	"sternekoch": true, "designerin": true, "gartendesigner": true, "komikerin": true, "komiker": true,
	"kabarettist": true, "kabarettistin": true, "liedermacher": true, "entertainer": true,
	// French.
	"chanteuse": true, "chanteur": true, "rappeur": true, "rappeuse": true, "actrice": true,
	"acteur": true, "réalisatrice": true, "réalisateur": true, "cinéaste": true, "écrivaine": true,
	"écrivain": true, "romancière": true, "romancier": true, "autrice": true, "auteure": true,
	"poète": true, "poétesse": true, "peintre": true, "cycliste": true, "nageuse": true, "nageur": true, "skieuse": true, "skieur": true, "footballeur": true,
	"humoriste": true, "styliste": true,
	"créateur": true, "créatrice": true, "navigatrice": true, "navigateur": true,
	// Spanish, Italian, Portuguese.
	"cantante": true, "cantautor": true, "cantautora": true, "cantautore": true, "cantautrice": true,
	"actriz": true, "attore": true, "attrice": true, "directora": true, "cineasta": true, "regista": true,
	"escritora": true, "escritor": true, "scrittrice": true, "scrittore": true, "novelista": true,
	"poeta": true, "poetessa": true, "pintora": true, "pintor": true, "pittore": true, "pittrice": true,
	"ciclista": true, "tenista": true, "futbolista": true, "calciatore": true, "calciatrice": true,
	"nadadora": true, "nadador": true, "nuotatrice": true, "nuotatore": true, "atleta": true,
	"maratoneta": true, "maratonista": true, "cantora": true,
	"cantor": true, "atriz": true, "ator": true, "realizadora": true, "realizador": true,
	"futebolista": true,
	"stilista":    true, "diseñadora": true, "diseñador": true, "humorista": true, "comico": true,
	// Dutch.
	"zangeres": true, "zanger": true, "regisseuse": true, "schrijfster": true, "schrijver": true,
	"wielrenner": true, "wielrenster": true, "schaatser": true, "schaatsster": true,
	"zwemster": true, "zwemmer": true, "tuinontwerper": true,
	"voetballer": true, "cabaretier": true, "tv-kok": true, "topkok": true,
	// Swedish, Danish, Norwegian (definite and indefinite).
	"sångerskan": true, "sångaren": true, "sångerska": true, "sångare": true, "skådespelaren": true,
	"skådespelerskan": true, "regissören": true, "författaren": true, "författarinnan": true,
	"poeten": true, "konstnären": true, "cyklisten": true, "simmaren": true, "programledaren": true, "sangerinden": true, "sangeren": true, "forfatteren": true,
	"skuespilleren": true, "instruktøren": true, "sangerinnen": true, "artisten": true,
	// Polish, Czech.
	"piosenkarka": true, "piosenkarz": true, "aktorka": true, "aktor": true, "reżyserka": true,
	"reżyser": true, "pisarka": true, "pisarz": true, "poetka": true, "kolarz": true, "pływaczka": true,
	"pływak": true, "biegaczka": true, "biegacz": true, "zpěvák": true, "zpěvačka": true, "herečka": true, "herec": true,
	"režisér": true, "spisovatel": true, "spisovatelka": true,
	// Turkish, Finnish.
	"şarkıcı": true, "oyuncu": true, "yönetmen": true, "yazar": true, "şair": true, "futbolcu": true, "ressam": true, "laulaja": true, "näyttelijä": true, "ohjaaja": true,
	"kirjailija": true,
})

// publicMentions are phrases that, right before a name, mention a public
// person rather than address one: references, quotes, nods, music and
// programmes, name-dropping, in the project's languages (lower case).
// Tributes ("tribute to", "homenaje a") are left out: a bench or a card
// pays tribute to a member or a customer.
var publicMentions = boolTable(map[string]bool{
	// A title won at the top of a sport ("Olympic champion", "world
	// champion"): "club champion" is a member's.
	"olympic champion": true, "world champion": true, "olympic gold medallist": true, "tour winner": true,
	"champion olympique": true, "champion du monde": true, "championne olympique": true,
	"championne du monde": true, "campeón olímpico": true, "campeona olímpica": true,
	"campeón del mundo": true, "campeona del mundo": true, "campione olimpico": true,
	"campionessa olimpica": true, "campione del mondo": true, "olympisch kampioen": true,
	"olympisch kampioene": true, "wereldkampioen": true, "campeão olímpico": true,
	"campeã olímpica": true, "mistrz olimpijski": true, "mistrzyni olimpijska": true,
	"mistrz świata": true, "mistrzyni świata": true, "olympiamästaren": true, "världsmästaren": true,
	"olimpiyat şampiyonu": true, "dünya şampiyonu": true, "marathon runner": true,
	"marathon legend": true, "film director": true, "garden designer": true, "fashion designer": true,
	"celebrity chef": true, "tv chef": true, "tv presenter": true, "football legend": true,
	"rugby legend": true, "cricket legend": true, "tennis legend": true, "tennis star": true,
	"football star": true, "pop star": true, "rock star": true, "film star": true, "movie star": true,
	"tv star": true, "reality star": true, "tennis player": true, "football player": true,
	"basketball player": true, "golf legend": true, "hollywood actor": true, "TV chef": true,
	"TV presenter": true, "TV star": true,
	// A brief's label for its inspiration ("Inspiration: …").
	"inspiration:": true, "inspiración:": true, "ispirazione:": true, "inspiratie:": true,
	"inspiração:": true, "inspiracja:": true,
	"knipoog naar": true, "allusion à": true, "alusión a": true, "verweis auf": true,
	"manière de": true, "im stil von": true, "estilo de": true, "stijl van": true, "stile di": true,
	"nod to": true, "reference to": true, "references to": true, "don't reference": true,
	"not reference": true, "name-drop": true, "namedrop": true, "name-check": true, "quote from": true,
	"quotes from": true, "music by": true, "music from": true, "songs by": true, "song by": true,
	"presented by": true, "narrated by": true, "directed by": true, "endorsed by": true,
	"jokes about": true, "lookalike of": true, "fans of": true, "fan of": true,
	"clin d'œil à": true, "clin d'oeil à": true, "référence à": true, "citation de": true,
	"musique de": true, "chanson de": true, "chansons de": true,
	"guiño a": true, "referencia a": true, "cita de": true, "música de": true, "canción de": true,
	"canciones de": true, "playlist de": true, "citazione di": true, "musica di": true,
	"canzone di": true, "canzoni di": true, "riferimento a": true,
	"anspielung auf": true, "anspielungen auf": true, "zitat von": true, "musik von": true,
	"lieder von": true, "verwijzing naar": true, "citaat van": true, "quote van": true, "muziek van": true, "tip van": true, "liedjes van": true,
	"referência a": true, "citação de": true, "música do": true,
	"nawiązanie do": true, "cytat z": true, "muzyka": true,
	"citat av": true, "musik av": true,
})

// publicWorks are the works a possessive names after a public figure's
// name ("…'s latest album").
var publicWorks = boolTable(map[string]bool{
	"album": true, "albums": true, "single": true, "record": true, "records": true, "song": true, "songs": true,
	"hit": true, "hits": true, "lyrics": true, "book": true, "books": true, "cookbook": true, "cookbooks": true,
	"memoir": true, "memoirs": true, "novel": true, "novels": true, "poem": true, "poems": true, "film": true,
	"films": true, "movie": true, "movies": true, "documentary": true, "series": true, "show": true,
	"podcast": true, "guidebook": true, "guidebooks": true, "recipes": true, "paintings": true,
	"speech": true, "tour": true, "autobiography": true, "bestseller": true,
	"catchphrase": true, "quote": true, "quotes": true, "sitcom": true, "programme": true,
})

// mentionNounAfter reports whether one of mentionNouns follows the name
// text[start:end] and a word of mentionDeterminers comes before it ("no
// Kip Vander jokes", "a Kip Vander cameo"): "Kip Vander jokes that …" is a
// person's verb.
func mentionNounAfter(text string, start, end int) bool {
	if text[end] != ' ' || start < 3 || text[start-1] != ' ' {
		return false
	}
	var buf [16]byte
	n := lowerWordAt(text, end+1, &buf)
	if _, _, ok := mentionNouns.getBytes(buf[:n]); n < 4 || !ok || end+1+n < len(text) && isAlpha(text[end+1+n]) {
		return false
	}
	w := lowerWordEndingAt(text, start-1, 8, true, &buf)
	_, _, ok := mentionDeterminers.getBytes(w)
	return ok
}

// mentionDeterminers come before a name and one of mentionNouns.
var mentionDeterminers = boolTable(map[string]bool{
	"no": true, "any": true, "a": true, "the": true, "more": true, "keine": true, "keinen": true, "pas": true,
	"sans": true, "sin": true, "niente": true, "senza": true, "geen": true, "inga": true, "ingen": true,
	"nada": true, "de": true, "di": true,
})

// mentionNouns, right after a name, make it a public figure's that a
// text mentions: "no … jokes", "a … cameo", "… lookalike".
var mentionNouns = boolTable(map[string]bool{
	"jokes": true, "references": true, "cameo": true, "lookalike": true, "lookalikes": true,
	"impersonator": true, "impression": true, "impressions": true, "vibes": true, "fanbase": true,
	"witze": true, "anspielungen": true, "blagues": true, "chistes": true, "battute": true, "grappen": true,
})

// workAdjectives may stand between the possessive and the work.
var workAdjectives = boolTable(map[string]bool{
	"latest": true, "new": true, "newest": true, "famous": true, "classic": true, "iconic": true,
	"debut": true, "first": true, "last": true, "best-selling": true, "bestselling": true, "hit": true,
	"cooking": true, "tv": true, "olympic": true, "famed": true, "legendary": true, "award-winning": true,
})

// trimOpenQuotes returns s without the typographic opening quotes („ “ ‘
// «) it starts with: epithetEndAt reads a title in quotes ("„Romeo und
// Julia“").
func trimOpenQuotes(s string) string {
	return strings.TrimLeft(s, "„“‘«")
}

// possessiveSpaceAfter returns where the word after "'s " or "’s " at end
// starts, or -1 when no possessive and space are there.
func possessiveSpaceAfter(text string, end int) int {
	switch {
	case strings.HasPrefix(text[end:], "'s "):
		return end + 3
	case strings.HasPrefix(text[end:], "’s "):
		return end + 5
	}
	return -1
}
