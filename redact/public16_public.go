package redact

import "strings"

// More things that are no private person although a name's spelling
// scores (issue 9), added to the cues of person12_public.go and
// public14_public.go:
//   - Mentions in more forms: "as seen on", "starring", "show with",
//     "voiced by", "cameo by", "joke about" (and "battuta su", "Witz
//     über", "blague sur"), "rights to", a brief's "Tone:" or
//     "Headliner:"; an author's event "with" a name ("författarkvällen
//     med …", "Lesung mit …", "book signing with …"); a fact a prompt asks
//     to have mentioned ("mention that …", "nämn gärna att …", "Hinweis,
//     dass …"), unless the name is the writer's own person's ("… from our
//     team"); a role word as a compound's last part ("Krimi-Autorin …",
//     "Popsängerin …"); "meets" joining a name to a listed one.
//   - A name in a compound: a street named after a person, its last word
//     ending in a street word ("… Varnströmsvägen", "…straße", "…gade"),
//     or a hyphen compound of three parts or more whose last is no name
//     ("…-…-Spruch"), or one whose first word ends in a role
//     ("Bestseller-Autorin …").
//   - A name as a noun's modifier after an article ("an … pun") and a
//     car's model after its maker ("Škoda Fabia").
//   - A notable name written in lower case in a chat ("a signed nigella
//     lawson cookbook"), and a quoted example before Turkish "gibi" or
//     after "like", "such as", "wie", "comme".
//
// Left out: "played by", "read by", "cast:", "concert by" and a concert
// "with" a name: a school play's cast and a local concert's performers
// are private people.
//
// A customer slot still wins: a greeting, a customer label or a relation
// word before the name (personLabelBefore), or contact data right after it
// (publicSpanAt's contactAfter; and lowerNotable's).

// public16Mentions are added to publicMentions (phraseBefore reads them:
// three words, twenty bytes at most), with their cue bits, at start-up.
var public16Mentions = []string{
	"as seen on", "seen on", "starring", "co-starring", "show with", "voiced by", "narrated by", "joke about",
	"a joke about", "battuta su", "battute su", "witz über", "witze über", "blague sur", "blagues sur",
	"chiste sobre", "chistes sobre", "grap over", "skämt om", "rights to", "image rights", "lesung mit",
	"lesung von", "lesung:", "protagonizada por", "gesprochen von", "featuring:", "starring:",
	"citazione finale di", "quote by", "closing quote from", "closing quote by", "atmosfera alla",
	"un'atmosfera alla", "stile alla", "tone:", "vibe:", "mood:", "stil:", "ton:", "tono:", "aesthetic:",
	"headliner:", "headliners:", "support act:", "cameo by", "cameo from", "voiceover by", "voice-over by",
	"TV's", "tv's", "como diría", "come direbbe", "comme dirait", "frei nach", "façon",
}

// public16Links join two names as "or" and "and" do (publicLinks): "Tone:
// … meets …".
var public16Links = []string{"meets", "trifft"}

// public16Leads may come before a role word in an apposition after a
// name, as roleLeadWords do (", bestselling author").
var public16Leads = []string{"bestselling", "best-selling", "award-winning", "acclaimed", "renowned", "celebrated"}

// public16Roles are added to publicRoles (a role word right before a
// name), with their cue bits, at start-up.
var public16Roles = []string{
	"soprano", "mezzo-soprano", "tenor", "baritone", "conductor", "violin virtuoso", "saxophonist",
	"trumpeter", "harpist", "organist", "bandleader", "anchorwoman", "anchorman",
	"newscaster", "screenwriter", "lyricist", "illustrator", "cartoonist", "crime writer",
	"geiger", "geigerin", "pianistin", "dirigent", "dirigentin", "moderatorin", "fernsehmoderator",
	"fernsehmoderatorin", "tv-moderator", "tv-moderatorin", "krimiautor", "krimiautorin", "violoniste",
	"pianiste", "violinista", "pianista", "violinisten", "pianisten", "dirigenten",
	"kapellmästaren", "tv-profilen", "tv-kocken", "stjärnkocken", "conduttore", "conduttrice",
	"showmaster", "tv-host", "talkshow-host",
}

// public16Works are added to publicWorks (a work after a name's
// possessive: "…'s music").
var public16Works = []string{
	"music", "voice", "likeness", "discography", "filmography", "biopic", "biography", "lyrics", "tunes",
	"greatest", "catalogue", "catalog", "concerts", "concert", "recipes", "restaurant", "restaurants",
}

// The words of an event that names its guest after "with"
// ("författarkvällen med …", "Lesung mit …", "book signing with …"):
// public16Before reads the word before the link (eventWordEndingAt). A
// word that starts with one of eventPrefixes (an author's compound) or
// ends in one of eventSuffixes makes the event a public one. An evening
// alone ("en kväll med …", "a quiz night with …") may be a private
// host's and is left out.
var eventLinks = boolTable(map[string]bool{
	"with": true, "med": true, "mit": true, "con": true, "avec": true, "met": true, "ze": true,
})

var eventPrefixes = []string{"författar", "forfatter", "kirjailija", "autoren", "autorinnen", "schrijvers", "poesi", "boksignering"}

var eventSuffixes = []string{
	"lesung", "signing", "signering", "signeringen", "signierstunde", "premiere", "premiär", "premiären", "talkshow",
}

// mentionVerbs ask a prompt's writer to mention a fact: "mention that …",
// "nämn gärna att …", "Hinweis, dass …"; complementizers are the words
// for "that" which the name follows.
var mentionVerbs = boolTable(map[string]bool{
	"mention": true, "mentioning": true, "nämn": true, "nämna": true, "nevn": true, "nevne": true, "nævn": true,
	"nævne": true, "erwähne": true, "erwähnen": true, "hinweis": true, "menziona": true, "menzionare": true,
	"menciona": true, "mencionar": true, "mentionne": true, "mentionner": true, "noem": true, "vermeld": true,
	"wspomnij": true, "mainitse": true, "zmiň": true, "zmiňte": true, "zmínit": true, "zmínka": true,
})

var complementizers = boolTable(map[string]bool{
	"that": true, "att": true, "at": true, "dass": true, "che": true, "que": true, "dat": true, "że": true,
	"että": true, "že": true,
})

// sentenceLinks join a second fact to mention to a first: "mention the
// opening and that …".
var sentenceLinks = boolTable(map[string]bool{
	"and": true, "och": true, "og": true, "und": true, "e": true, "y": true, "et": true, "en": true, "a": true,
	"i": true, "ja": true,
})

// addPublicCue sets the bits of the cue k (the bytes that end right
// before a name, four or more) in the cue tables of person12_public.go, as
// their initialiser does for its cues.
func addPublicCue(k string) {
	n := len(k)
	set := func(t *cueTable) {
		h := cueHash(load32(k, n-4))
		t[h>>6] |= 1 << (h & 63)
	}
	if n >= 8 {
		set(&cueLongBits)
		h := cueHash64(load64(k, n-8))
		cueLong8Bits[h>>6] |= 1 << (h & 63)
		return
	}
	set(&cueShortBits)
	h := cueHash64(load64("        "+k, n) &^ (1<<(64-8*n) - 1))
	cueShort8Bits[h>>6] |= 1 << (h & 63)
}

func init() {
	cue := addPublicCue
	for _, k := range public16Mentions {
		publicMentions.or(k, 1)
		cue(" " + k + " ")
		if k[len(k)-1] == ':' {
			cue("\n" + k + " ") // a label opening its line
		}
	}
	for _, k := range public16Roles {
		publicRoles.or(k, 1)
		cue(" " + k + " ")
		cue("-" + k + " ") // "Krimi-Autorin …"
	}
	for _, k := range publicRoles.keyList() {
		if len(k) >= 4 {
			cue("-" + k + " ")
		}
	}
	for _, k := range public16Links {
		publicLinks.or(k, 1)
		cue(" " + k + " ")
		h := cueHash(load32(" "+k, 0))
		cueAfterBits[h>>6] |= 1 << (h & 63)
	}
	for _, k := range public16Leads {
		roleLeadWords.or(k, 1)
		h := cueHash(load32(", "+k, 0))
		cueAfterBits[h>>6] |= 1 << (h & 63)
	}
	// A role word right after a comma: ", author of …", ", Autorin des …"
	// (publicRoleAfter). Only the writers' words: ", co", ", si" open too
	// many other words after names.
	for _, k := range []string{", au", ", Au"} {
		h := cueHash(load32(k, 0))
		cueAfterBits[h>>6] |= 1 << (h & 63)
	}
	for _, k := range public16Works {
		publicWorks.or(k, 1)
	}
	for _, k := range eventLinks.keyList() {
		if k != "" {
			cue(" " + k + " ")
		}
	}
	for _, k := range complementizers.keyList() {
		if k != "" {
			cue(" " + k + " ")
		}
	}
	exampleMarkers = append(exampleMarkers, "like", "such as", "wie", "wie z. b.", "comme", "zoals", "tipo",
		"örneğin", "mesela", "t.ex.", "t. ex.", "f.eks.", "bspw.", "etwa", "esim.", "np.:")
}

// public16Before reports whether a cue of this file ends right before
// start: an event with a guest, a fact to mention, or a role as a
// compound's last part. publicSpanAt calls it last of the cues before a
// name.
//
//go:noinline
func public16Before(text string, start int) bool {
	var buf [16]byte
	l := lowerWordEndingAt(text, start-1, 16, true, &buf)
	if len(l) == 0 {
		return hyphenRoleBefore(text, start) || compoundRoleBefore(text, start)
	}
	b := start - 2 - len(l) // the space before the link word
	if b < 2 || text[b] != ' ' {
		return false
	}
	if _, _, ok := eventLinks.getBytes(l); ok {
		return eventWordEndingAt(text, b)
	}
	if _, _, ok := complementizers.getBytes(l); ok {
		e := b
		if e > 0 && text[e-1] == ',' {
			e-- // "Hinweis, dass"
		}
		for words := 0; words < 3 && e > 0; words++ {
			var wb [16]byte
			w := lowerWordEndingAt(text, e, 16, true, &wb)
			if len(w) == 0 {
				return false
			}
			if _, _, ok := mentionVerbs.getBytes(w); ok {
				return !ownPersonAfter(text, start)
			}
			if _, _, ok := sentenceLinks.getBytes(w); ok && words == 0 {
				return mentionVerbInSentence(text, e-len(w)) && !ownPersonAfter(text, start)
			}
			e -= len(w)
			if e < 2 || text[e-1] != ' ' {
				return false
			}
			e--
		}
		return false
	}
	return hyphenRoleBefore(text, start) || compoundRoleBefore(text, start)
}

// compoundRoleBefore reports whether the word before start is a German,
// Dutch or Nordic compound that ends in a role word ("Popsängerin …",
// "deckarförfattaren …", "Jazzpianist …") after three bytes or more, and
// no word of ownerWords comes before it.
func compoundRoleBefore(text string, start int) bool {
	e := start - 1
	var buf [32]byte
	lw, b := lowerWord32EndingAt(text, e, &buf)
	if len(lw) < 9 || b > 0 && text[b-1] != ' ' && text[b-1] != '\n' {
		return false
	}
	w := string(lw)
	for _, s := range compoundRoles {
		if len(w) >= len(s)+3 && strings.HasSuffix(w, s) {
			if b < 2 {
				return true
			}
			var wb [16]byte
			_, _, own := ownerWords.getBytes(lowerWordEndingAt(text, b-1, 12, true, &wb))
			return !own
		}
	}
	return false
}

// compoundRoles end a compound for a public role (lower case).
var compoundRoles = []string{
	"sängerin", "sänger", "autorin", "schauspielerin", "schauspieler", "moderatorin", "pianistin", "pianist",
	"geigerin", "rapperin", "musikerin", "musiker", "komikerin", "komiker", "regisseurin", "regisseur",
	"dirigentin", "dirigent", "schriftstellerin", "schriftsteller", "dichterin", "designerin", "weltmeisterin",
	"weltmeister", "olympiasiegerin", "olympiasieger", "legende", "författaren", "författarinnan", "sångerskan",
	"sångaren", "skådespelaren", "skådespelerskan", "artisten", "kocken", "programledaren", "stjärnan",
	"forfatteren", "sangerinden", "sangeren", "skuespilleren", "stjernen", "schrijfster", "schrijver",
	"zangeres", "zanger", "actrice", "kirjailija", "laulaja", "näyttelijä", "tähti",
}

// ownPersonAfter reports whether the name of capitalised words at start
// is followed by words that make it one of the writer's own people ("…
// from our team", "…, our new stylist", "… (our customer)"): a fact to
// mention about them is no public figure's.
func ownPersonAfter(text string, start int) bool {
	i := start
	for words := 0; words < 4 && i < len(text) && upperAt(text, i); words++ {
		for i < len(text) && text[i] != ' ' && text[i] != ',' && text[i] != '(' && text[i] != '\n' {
			i++
		}
		if i+1 >= len(text) || text[i] != ' ' || !upperAt(text, i+1) {
			break
		}
		i++
	}
	rest := strings.ToLower(text[i:min(len(text), i+12)])
	for _, p := range ownAfter {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// ownAfter are the words after a name that make it the writer's own
// person's (lower case, from the byte after the name).
var ownAfter = []string{
	" from our", " from my", ", our", " (our", ", my", " (my", " of our", " at our", " who works", " von unser",
	", unser", " (unser", " från vår", " från oss", ", vår", " (vår", " de notre", ", notre", " de nuestr",
	", nuestr", " del nostro", " della nostra", ", il nostro", ", la nostra", " van ons", ", onze",
}

// mentionVerbInSentence reports whether a word of mentionVerbs starts
// the sentence that goes on at i, or follows a word that does ("Please
// mention the opening at … and that …"), read back at most 160 bytes.
func mentionVerbInSentence(text string, i int) bool {
	b := i
	for b > 0 && i-b < 160 && text[b-1] != '\n' && !(text[b-1] == ' ' && b >= 2 && (text[b-2] == '.' || text[b-2] == '!' || text[b-2] == '?')) {
		b--
	}
	var buf [16]byte
	for words := 0; words < 2 && b < i; words++ {
		n := lowerWordAt(text, b, &buf)
		if n == 0 {
			return false
		}
		if _, _, ok := mentionVerbs.getBytes(buf[:n]); ok {
			return true
		}
		b += n
		if b >= i || text[b] != ' ' {
			return false
		}
		b++
	}
	return false
}

// eventWordEndingAt reports whether the word that ends at e (at most 32
// bytes) names an event with a public guest (eventWord).
func eventWordEndingAt(text string, e int) bool {
	var buf [32]byte
	w, _ := lowerWord32EndingAt(text, e, &buf)
	return len(w) >= 4 && eventWord(string(w))
}

// lowerWord32EndingAt returns, ASCII letters lower-cased in buf, the word
// of letters (non-ASCII bytes count as letters) that ends at e, and where
// it starts; nil when it is longer than buf.
func lowerWord32EndingAt(text string, e int, buf *[32]byte) ([]byte, int) {
	b := e
	for b > 0 && e-b <= len(buf) && (isAlpha(text[b-1]) || text[b-1] >= 0x80) {
		b--
	}
	if e-b > len(buf) {
		return nil, b
	}
	n := copy(buf[:], text[b:e])
	for i := range n {
		if isUpper(buf[i]) {
			buf[i] += 'a' - 'A'
		}
	}
	return buf[:n], b
}

// eventWord reports whether w names an event with a public guest.
func eventWord(w string) bool {
	for _, p := range eventPrefixes {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	for _, s := range eventSuffixes {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// hyphenRoleBefore reports whether the word before start is a hyphen
// compound whose last part is a role word ("Krimi-Autorin …"), which no
// possessive comes before.
func hyphenRoleBefore(text string, start int) bool {
	e := start - 1
	h := e
	for h > 0 && e-h < 24 && text[h-1] != '-' && text[h-1] != ' ' {
		h--
	}
	if h < 2 || text[h-1] != '-' || e-h < 3 || !isAlpha(text[h-2]) && text[h-2] < 0x80 {
		return false
	}
	var buf [16]byte
	n := lowerWordAt(text, h, &buf)
	if n != e-h {
		return false
	}
	_, _, ok := publicRoles.getBytes(buf[:n])
	return ok
}

// public16Drop reports whether the PERSON span text[start:end] names no
// private person by its form: a street named after one, a hyphen
// compound of a name and a noun or of a work and a role, a name as a
// noun's modifier, a car's model. scoreRun calls it for the spans of its
// slow path, and tells whether the text has a hyphen at all (dashes).
//
//go:noinline
func public16Drop(text string, start, end int, dashes bool) bool {
	street := end-start >= 10 && tailBitAt(&streetTailBits, text, end)
	article := start >= 3 && text[start-1] == ' ' && (text[start-2] == 'a' && text[start-3] == ' ' || text[start-2] == 'n' && text[start-3] == 'a')
	car := start >= 6 && text[start-1] == ' ' && tailBitAt(&makerTailBits, text, start-1)
	if !(street && streetCompoundEnd(text, start, end) || dashes && hyphenCompoundIn(text, start, end) ||
		article && modifierNameAt(text, start, end) || car && carModelAt(text, start)) {
		return false
	}
	return !personLabelBefore(text, start)
}

// tailHash maps four bytes, ASCII capitals folded to lower case (and
// other bytes moved alike), to a bit of a tailTable.
func tailHash(w uint32) uint32 {
	return (w | 0x20202020) * 0x9E3779B1 >> (32 - 10)
}

type tailTable = [1 << 10 / 64]uint64

// tailBitAt reports whether the bit of tailHash of the four bytes that end
// at end is set in t.
func tailBitAt(t *tailTable, text string, end int) bool {
	h := tailHash(load32(text, end-4))
	return t[h>>6]>>(h&63)&1 != 0
}

// streetTailBits and makerTailBits have the bit of tailHash of the last
// four bytes of each of compoundStreetEnds and carMakers: most names end
// otherwise, and one load tells.
var streetTailBits, makerTailBits = func() (s, m tailTable) {
	for _, k := range compoundStreetEnds {
		h := tailHash(load32("    "+k, len(k)))
		s[h>>6] |= 1 << (h & 63)
	}
	for _, k := range carMakers.keyList() {
		if k != "" {
			k = "    " + k // "kia" after a space
			h := tailHash(load32(k, len(k)-4))
			m[h>>6] |= 1 << (h & 63)
		}
	}
	return s, m
}()

// compoundStreetEnds end a street's name that is one word ("Storgatan",
// "Lindenstraße", "Nørregade"), in lower case.
var compoundStreetEnds = []string{
	"vägen", "gatan", "gränd", "torget", "stigen", "straße", "strasse", "gasse", "allee", "platz", "weg",
	"gade", "vej", "stræde", "veien", "vegen", "gaten", "gata", "katu", "straat", "plein",
	"gracht", "steeg", "utca", "tänav",
}

// streetCompoundEnd reports whether the span is two words and the last
// ends in a street word after three letters or more and is no name of the
// gazetteers: a street named after a person ("… Varnströmsvägen"). A
// longer span may hold a name before a street that the run took in, and
// is left alone.
func streetCompoundEnd(text string, start, end int) bool {
	l := end
	for l > start && text[l-1] != ' ' && text[l-1] != '-' {
		l--
	}
	if l == start || end-l < 6 || text[l-1] != ' ' || strings.IndexByte(text[start:l-1], ' ') >= 0 {
		return false
	}
	w := text[l:end]
	for _, s := range compoundStreetEnds {
		if len(w) >= len(s)+3 && strings.HasSuffix(w, s) {
			return nameFlagsOf(w)&(nameGiven|nameFamily) == 0
		}
	}
	return false
}

// hyphenCompoundIn reports whether a word of the span is a hyphen
// compound of three parts or more whose last part is no name of the
// gazetteers ("…-…-Spruch"), or whether its first word is a compound whose
// last part is a role word ("Bestseller-Autorin …").
func hyphenCompoundIn(text string, start, end int) bool {
	i := strings.IndexByte(text[start:end], '-')
	if i < 0 {
		return false
	}
	i += start
	// The first word's last part a role.
	we := i
	for we < end && text[we] != ' ' {
		we++
	}
	if we < end {
		h := strings.LastIndexByte(text[start:we], '-') + start + 1
		var buf [16]byte
		if n := lowerWordAt(text, h, &buf); n == we-h && n >= 4 {
			if _, _, ok := publicRoles.getBytes(buf[:n]); ok {
				return true
			}
		}
	}
	// A word of three parts or more.
	for ws := start; ws < end; {
		e := ws
		hy, last := 0, ws
		for e < end && text[e] != ' ' {
			if text[e] == '-' {
				hy++
				last = e + 1
			}
			e++
		}
		if hy >= 2 && e-last >= 3 && upperAt(text, last) && nameFlagsOf(text[last:e])&(nameGiven|nameFamily) == 0 {
			return true
		}
		ws = e + 1
	}
	return false
}

// modifierNameAt reports whether an article comes before the span and a
// noun of modifiedNouns after it ("an … pun", "a … quote"): the name
// modifies a noun.
func modifierNameAt(text string, start, end int) bool {
	if end+4 >= len(text) || text[end] != ' ' || start < 3 || text[start-1] != ' ' {
		return false
	}
	var buf [16]byte
	n := lowerWordAt(text, end+1, &buf)
	if n < 3 {
		return false
	}
	if _, _, ok := modifiedNouns.getBytes(buf[:n]); !ok {
		return false
	}
	w := lowerWordEndingAt(text, start-1, 8, false, &buf)
	return string(w) == "a" || string(w) == "an"
}

// modifiedNouns, after a name and an article before it, make the name a
// modifier.
var modifiedNouns = boolTable(map[string]bool{
	"pun": true, "puns": true, "joke": true, "quote": true, "song": true, "lyric": true, "reference": true,
	"tribute": true, "cover": true, "moment": true, "biopic": true, "tune": true, "track": true,
	"impression": true, "lookalike": true, "poster": true, "concert": true,
})

// carModelAt reports whether a car maker's name comes right before the
// span: its model ("Škoda Fabia", "Renault Zoe").
func carModelAt(text string, start int) bool {
	if start < 3 || text[start-1] != ' ' {
		return false
	}
	var buf [16]byte
	w := lowerWordEndingAt(text, start-1, 16, true, &buf)
	if len(w) < 2 {
		return false
	}
	_, _, ok := carMakers.getBytes(w)
	return ok
}

// carMakers are makers whose models bear given names, lower-cased as
// lowerWordAt leaves them (non-ASCII capitals kept; one of three
// letters is read after a space). Makers that are words or names too ("Seat", "Ford",
// "Smart", "Mini") are left out.
var carMakers = boolTable(map[string]bool{
	"Škoda": true, "skoda": true, "renault": true, "nissan": true, "toyota": true, "volkswagen": true,
	"opel": true, "vauxhall": true, "kia": true, "hyundai": true, "fiat": true, "mazda": true,
	"honda": true, "peugeot": true, "citroën": true, "citroen": true, "dacia": true, "chevrolet": true,
	"suzuki": true, "volvo": true, "lancia": true, "subaru": true, "mitsubishi": true, "alfa": true,
	"porsche": true, "tesla": true, "lada": true, "cupra": true,
})

// lowerNotable reports whether the lower-case name text[start:end] of a
// casual text is a name of the notable lists when its words are
// capitalised ("nigella lawson"). lowerNamesInCasualText calls it for a
// given and a family name.
//
//go:noinline
func lowerNotable(text string, start, end int) bool {
	if end-start > 40 {
		return false
	}
	var buf [40]byte
	n := copy(buf[:], text[start:end])
	up := true
	for i := range n {
		if up && isLower(buf[i]) {
			buf[i] -= 'a' - 'A'
		}
		up = buf[i] == ' ' || buf[i] == '-'
	}
	return notableHas(string(buf[:n])) && !contactAfter(text, end) && !personLabelBefore(text, start)
}

// exampleAfterQuote reports whether the quote that the name at start
// opens closes on its line within 32 bytes and a word of
// exampleAfterWords follows it (Turkish puts "like" after its example:
// "İsimleri \"Selin T.\" gibi kısalt"). examplePlaceholder calls it for a
// name right after a quote mark.
func exampleAfterQuote(text string, start int) bool {
	for i := start + 1; i < len(text) && i < start+32; i++ {
		switch text[i] {
		case '\n':
			return false
		case '"', 0x9D: // '"', the last byte of "”"
			if i+2 >= len(text) || text[i+1] != ' ' {
				return false
			}
			var buf [16]byte
			n := lowerWordAt(text, i+2, &buf)
			_, _, ok := exampleAfterWords.getBytes(buf[:n])
			return n > 0 && ok
		}
	}
	return false
}

// exampleAfterWords follow a quoted example.
var exampleAfterWords = boolTable(map[string]bool{
	"gibi": true, "şeklinde": true, "tarzında": true, "formatında": true,
})
