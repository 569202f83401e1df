package redact

import "strings"

// More person slots (see person3_slots.go), from the categories of names
// that blind marketing prompts carried and the rules missed: a sign-off
// line "- Tyler" that ends the text, a child in a list of children with
// ages ("Kinder Ama (12) und Jonte (9)"), a role label with a colon
// ("Agent: Jordan", "atendente: Rayane"), a naming verb with its subject
// ("hij heet Bayu Wirananda", "Chama-se Dinis Tavares Cabral"), split
// name fields ("FIRST: Bich Ngoc", "LAST: Tran"), and a testimonial's
// byline ("— Ray Castellanos, El Paso"). Like the other slots they run
// only on the words and runs the person detector holds already.

func init() {
	for _, w := range person4Stops {
		nameFlags.or(w, uint32(nameStop))
	}
	closingWords = append(closingWords, person4Closings...)
	for _, l := range person4TableLabels {
		if _, ok := tableLabels[l]; !ok {
			tableLabels[l] = colPerson
		}
	}
}

// person4TableLabels are more header labels of split name columns in CRM
// exports ("FIRST,LAST,EMAIL", "fname;lname"), lower case as labelOf
// returns them; they join tableLabels as person columns. Labels that name
// other things as often ("kind", "family", "owner", "given") are left
// out.
var person4TableLabels = []string{
	"first", "last", "fname", "lname", "f_name", "l_name", "first.name", "last.name", "first-name",
	"last-name", "forename", "forenames", "givenname", "familyname", "middle_name",
	"middle name", "nombres", "primer apellido", "segundo apellido", "apellido1", "apellido2",
	"apellido_1", "apellido_2", "vorname_kunde", "nachname_kunde", "nom_client", "prenom_client",
	"nome_cliente", "cognome_cliente", "nombre_cliente", "customer_first_name", "customer_last_name",
	"contact_first_name", "contact_last_name", "billing_first_name", "billing_last_name",
	"shipping_first_name", "shipping_last_name", "owner_name", "donor", "donor_name", "patient",
	"patient_name", "child_name",
}

// person4Closings are closings of the prompt languages that mark the line
// after them as a signature (see closingWords; matched as parts of the
// line, in lower case, so none is short).
var person4Closings = []string{
	"pozdraw", "pozdrow", "serdecznie", "hilsen", "hälsning", "groet", "atentamente", "cordiali",
	"distinti saluti", "un saluto", "abraço", "beijinho", "beijos", "cumprimentos", "atenciosamente",
	"bisous", "amitiés", "salutations", "abrazo", "besos", "venlig", "vänlig", "mvh", "mfg", "xoxo",
}

// toneLabelAt reports whether the given name text[start:end] is the word
// for a tone of voice opening a sentence or line of a brief ("Tom simpático, tratar
// por tu", "Tom: formal, curto", "Toon: informeel"): a tone label and a
// tone word after it.
func toneLabelAt(text string, start, end int) bool {
	if end+3 > len(text) || !sentenceInitial(text, start) || !toneLabels.has(text[start:end]) {
		return false
	}
	i := end
	if text[i] == ':' {
		i++
	}
	if i+1 >= len(text) || text[i] != ' ' || isUpper(text[i+1]) {
		return false
	}
	var buf [16]byte
	n := lowerWordAt(text, i+1, &buf)
	_, _, ok := toneWords.getBytes(buf[:n])
	return n > 0 && ok
}

// childWords are the words for children and grandchildren before a list
// of their names with ages ("Kinder Ama (12) und Jonte (9)", "kids:
// Ama (12), Kofi (9)"), in lower case.
var childWords = boolTable(map[string]bool{
	"kinder": true, "enkelkinder": true, "kids": true, "children": true, "enfants": true, "hijos": true,
	"hijas": true, "figli": true, "kinderen": true, "filhos": true, "filhas": true, "dzieci": true,
	"barn": true, "børn": true, "barnbarn": true, "töchter": true, "söhne": true, "sons": true,
	"daughters": true, "grandchildren": true, "grandkids": true, "nietos": true, "nipoti": true,
	"kleinkinderen": true, "netos": true, "wnuki": true, "kinderen:": true,
})

// listJoiners join the last item of a list, in the prompt languages.
var listJoiners = boolTable(map[string]bool{
	"and": true, "und": true, "et": true, "y": true, "e": true, "en": true, "och": true, "og": true,
	"i": true, "&": true,
})

// ageParenAt reports whether an age in parentheses starts at i: "(",
// one or two digits, ")".
func ageParenAt(text string, i int) bool {
	if i+3 > len(text) || text[i] != '(' || !isDigit(text[i+1]) {
		return false
	}
	if text[i+2] == ')' {
		return true
	}
	return i+4 <= len(text) && isDigit(text[i+2]) && text[i+3] == ')'
}

// childAgeItem reports whether the lone word text[start:end], before
// " (12)", is a child's name in a list of children with ages: a word for
// children comes before it ("Kinder Ama (12)", "kids: Ama (12)"), or a
// comma or a joining word after an earlier item with its age that is one
// ("Kinder Ama (12) und Jonte (9)"; not "Colours: Olive (12) and Ivy (4)").
func childAgeItem(text string, start, end int) bool {
	if end-start < 2 || !ageParenAt(text, end+1) || start < 3 || text[start-1] != ' ' {
		return false
	}
	b := start - 1
	if text[b-1] == ':' || text[b-1] == ',' {
		b--
	}
	if text[b] == ',' {
		return text[b-1] == ')' && earlierChildItem(text, b-1)
	}
	var buf [16]byte
	w := lowerWordEndingAt(text, b, 16, true, &buf)
	if len(w) == 0 {
		if b >= 2 && text[b-1] == '&' && text[b-2] == ' ' {
			return text[b-3] == ')' && earlierChildItem(text, b-3)
		}
		return false
	}
	if _, _, ok := childWords.getBytes(w); ok {
		return true
	}
	if _, _, ok := listJoiners.getBytes(w); !ok || text[b] == ':' {
		return false
	}
	p := b - len(w) - 1 // the space before the joining word
	return p >= 4 && text[p] == ' ' && text[p-1] == ')' && earlierChildItem(text, p-1)
}

// earlierChildItem reports whether the ')' at p closes the age of an
// earlier item of a list of children ("Ama (12)" in "Kinder Ama (12) und
// Jonte (9)"), which childAgeItem tells for the word before the age.
func earlierChildItem(text string, p int) bool {
	if !ageParenBefore(text, p) {
		return false
	}
	e := strings.LastIndexByte(text[:p], '(') - 1 // the space before the age
	s := e
	for s > 0 && e-s < 24 && (isAlpha(text[s-1]) || text[s-1] >= 0x80) {
		s--
	}
	return s < e && upperAt(text, s) && childAgeItem(text, s, e)
}

// ageParenBefore reports whether the ')' at p closes an age in
// parentheses after a word ("Ama (12)").
func ageParenBefore(text string, p int) bool {
	q := p - 1
	for q > 0 && p-q <= 2 && isDigit(text[q]) {
		q--
	}
	return q > 1 && q < p-1 && text[q] == '(' && text[q-1] == ' ' && isAlpha(text[q-2])
}

// kissSignOff reports whether the lone given name text[start:end] signs a
// message off with kisses: it opens its line and " x", " xx" or " xxx"
// ends the line ("Thanks again!\nHope xx").
func kissSignOff(text string, start, end int) bool {
	if start == 0 || text[start-1] != '\n' || end+2 > len(text) || text[end+1] != 'x' {
		return false
	}
	k := end + 1
	for k < len(text) && text[k] == 'x' && k-end <= 3 {
		k++
	}
	if k < len(text) && text[k] != '\n' && text[k] != '\r' && text[k] != ' ' {
		return false
	}
	f := nameFlagsOf(text[start:end])
	return f&nameCity == 0 && f&(nameGiven|nameAmbiguous) != 0
}

// dashSignOffLast reports whether the lone word text[start:end] signs
// the text off: a dash and a space open its line ("- Tyler", "– Tyler",
// "— Tyler"), nothing but spaces, quotes and line breaks follow it, and
// the line before is no item of a list with the same dash. The word must
// be a given name of the gazetteers, also one that is a word too ("-
// Tyler", "- Hope"): a place ("- Paris") or a word no gazetteer knows ("-
// Done") is no signature.
func dashSignOffLast(text string, start, end int) bool {
	if start >= 3 && text[start-1] == '/' {
		return slashSignOff(text, start, end) // person5_lists.go: "… med Swish. /Noor"
	}
	for j := end; j < len(text); j++ {
		if c := text[j]; c != ' ' && c != '\n' && c != '\r' && c != '"' && c != '.' && c != '!' {
			return false
		}
	}
	ls, ok := dashLineStart(text, start)
	if f := nameFlagsOf(text[start:end]); !ok || f&nameCity != 0 || f&(nameGiven|nameAmbiguous) == 0 {
		return false // a place ("- Paris"), or a word no gazetteer knows ("- Done", "- Management")
	}
	// The line before, skipping empty lines: no item of the same list.
	k := ls - 1
	for k > 0 && (text[k-1] == '\n' || text[k-1] == '\r' || text[k-1] == ' ') {
		k--
	}
	if k <= 0 {
		return false // the dash line is the whole text
	}
	pl := lastNewlineIn(text[:k]) + 1
	return !strings.HasPrefix(text[pl:k], text[ls:start])
}

// dashLineStart reports whether a dash and a space ("- ", "– ", "— ")
// come right before start and open their line; it returns the line's
// start.
func dashLineStart(text string, start int) (int, bool) {
	d := signDashBefore(text, start)
	if d < 0 || d > 0 && text[d-1] != '\n' {
		return 0, false
	}
	return d, true
}

// signDashBefore returns where a dash ("-", "–", "—") and one space before
// start begin, or -1.
func signDashBefore(text string, start int) int {
	if start < 2 || text[start-1] != ' ' {
		return -1
	}
	if text[start-2] == '-' || text[start-2] == '~' {
		return start - 2
	}
	if start >= 4 && text[start-4] == 0xE2 && text[start-3] == 0x80 && (text[start-2] == 0x93 || text[start-2] == 0x94) {
		return start - 4
	}
	return -1
}

// testimonialByline reports whether the name text[start:end], which a
// comma and a capitalised word follow (at j), is the byline of a quoted
// review or testimonial: a dash and a space before it, and before the
// dash the start of a line or a closing quote ("— Ray Castellanos, El
// Paso", "\"…\" – Ama K., Leeds").
func testimonialByline(text string, start, end, j int) bool {
	if j+2 >= len(text) || text[j+1] != ' ' || !upperAt(text, j+2) {
		return false
	}
	// A press quote's byline names a paper ("— Evening Standard,
	// London"): one word of the name must be a name of the gazetteers.
	first := start
	for first < end && text[first] != ' ' {
		first++
	}
	last := strings.LastIndexByte(text[start:end], ' ') + 1 + start
	if nameFlagsOf(text[start:first])&(nameGiven|nameFamily|nameAmbiguous) == 0 &&
		nameFlagsOf(text[last:end])&(nameGiven|nameFamily|nameAmbiguous) == 0 {
		return false
	}
	d := signDashBefore(text, start)
	if d <= 0 {
		return false
	}
	q := d
	if text[q-1] == ' ' {
		q--
	}
	switch {
	case q == 0 || text[q-1] == '\n':
		return q < d || text[d] != '-' // "— Name, Town" opening a line; not a list's "- Item, …"
	case text[q-1] == '"' || text[q-1] == '\'':
		return true
	case q >= 3 && text[q-3] == 0xE2 && text[q-2] == 0x80 && (text[q-1] == 0x9D || text[q-1] == 0x99):
		return true // ” or ’
	}
	return false
}

// roleLabels are role words that label a person's name with a colon in
// tickets, call notes and chat exports ("Agent: Jordan", "atendente:
// Rayane", "Sachbearbeiterin: Anja …"), in lower case. After the colon,
// at the start of a line or a field, they vouch for a word no gazetteer
// knows when it stands alone as the field's value (labelValueAlone).
// Roles that label things as often ("Host: Zoom", "Driver: Windows",
// "Member: Gold", "Tech: React", "Owner: Marketing") are left out.
var roleLabels = boolTable(map[string]bool{
	"agent": true, "agente": true, "atendente": true, "advisor": true, "adviser": true, "rep": true,
	"consultant": true, "consultor": true, "consultora": true, "berater": true, "beraterin": true,
	"sachbearbeiter": true, "sachbearbeiterin": true, "bearbeiter": true, "bearbeiterin": true,
	"mitarbeiter": true, "mitarbeiterin": true, "medewerker": true, "medewerkster": true,
	"conseiller": true, "conseillère": true, "vendeur": true, "vendeuse": true, "vendedor": true,
	"vendedora": true, "verkäufer": true, "verkäuferin": true, "commesso": true, "commessa": true,
	"addetto": true, "addetta": true, "konsultant": true, "konsultantka": true, "handläggare": true,
	"rådgivare": true, "rådgiver": true, "attendant": true, "cashier": true, "caller": true, "stylist": true,
	"interviewer": true, "respondent": true, "donor": true, "atendido": true, "atendida": true,
	// Contact persons, beneficiaries, holders and other people a form
	// names ("Contact person: …", "Ansprechpartnerin: …").
	"person": true, "ansprechpartner": true, "ansprechpartnerin": true, "contactpersoon": true,
	"kontaktperson": true, "kontaktowa": true, "beneficiary": true, "bénéficiaire": true,
	"beneficiario": true, "beneficiaria": true, "begünstigter": true, "begünstigte": true,
	"referente": true, "titular": true, "titulaire": true, "inhaber": true, "inhaberin": true,
	"cardholder": true, "kontoinhaber": true, "rekeninghouder": true, "passenger": true, "passagier": true,
	"pasajero": true, "pasajera": true, "traveller": true, "traveler": true, "reisender": true,
	// Session 13: the people of delivery runs, competitions and service
	// jobs ("Fahrer: Daz", "Winner: Quorwen", "Technician: Obi"). Labels
	// that name a thing or a firm as often are left out: "Driver: Windows",
	// "Installer: …", "Tenant: …", "Sender: …", "Buyer: …", "Trainer: …".
	"rider": true, "chauffeur": true, "fahrer": true, "fahrerin": true, "conductora": true, "repartidor": true,
	"repartidora": true, "livreur": true, "livreuse": true, "autista": true, "bezorger": true, "kierowca": true,
	"winner": true, "gewinner": true, "gewinnerin": true, "ganador": true, "ganadora": true, "gagnant": true,
	"gagnante": true, "vincitore": true, "vincitrice": true, "winnaar": true, "volunteer": true, "attendee": true,
	"guest": true, "reviewer": true, "requester": true, "assignee": true, "technician": true, "therapist": true,
	"instructor": true, "tutor": true, "carer": true, "caregiver": true,
})

// labelValueAlone reports whether the name ending at end is the whole
// value of its field: the end of the line or the text, or a field's end
// (". ", ",", ";", "|", " (") follows it, not more words ("Speaker:
// Sonos One review").
func labelValueAlone(text string, end int) bool {
	if end >= len(text) {
		return true
	}
	switch text[end] {
	case '\n', '\r', ',', ';', '|', '\t':
		return true
	case '.':
		return end+1 == len(text) || text[end+1] == ' ' || text[end+1] == '\n'
	case ' ':
		return end+1 < len(text) && (text[end+1] == '(' || text[end+1] == '|' || text[end+1] == '-' || text[end+1] == '\n')
	}
	return false
}

// placeholderValues are field values that stand for no person ("Caller:
// Unknown", "Agent: Bot").
var placeholderValues = boolTable(map[string]bool{
	"Unknown": true, "Anonymous": true, "Anon": true, "None": true, "Pending": true, "Bot": true,
	"System": true, "Admin": true, "Unassigned": true, "Automated": true, "Chatbot": true, "Tbd": true,
	"TBD": true, "Nobody": true, "Unbekannt": true, "Inconnu": true, "Desconocido": true, "Sconosciuto": true,
	"Onbekend": true, "Desconhecido": true, "Nieznany": true, "Okänd": true, "Ukendt": true,
	"Vacant": true, "Yes": true, "No": true, "Ja": true, "Nein": true, "Oui": true, "Non": true, "Sí": true,
	"Sim": true, "Tak": true, "Nie": true, "Nej": true, "Nee": true, "Open": true, "Closed": true,
})

// lowerLabelEndingAt returns, lower-cased in buf, the word of letters
// that ends at end (exclusive), up to 24 bytes ("ansprechpartnerin"), or
// nil.
func lowerLabelEndingAt(text string, end int, buf *[24]byte) []byte {
	b := end
	for b > 0 && end-b < len(buf) && (isAlpha(text[b-1]) || text[b-1] >= 0x80) {
		b--
	}
	if b > 0 && (isAlpha(text[b-1]) || text[b-1] >= 0x80) {
		return nil
	}
	for k := b; k < end; k++ {
		c := text[k]
		if isUpper(c) {
			c += 'a' - 'A'
		}
		buf[k-b] = c
	}
	return buf[:end-b]
}

// labelOpensField reports whether the label word that starts at b opens
// its line or a field: the start of the text or a line, one word opening
// the line before "person" ("Contact person:"), or a space after a sentence's
// or a field's end ("…. Caller: Mr …", "| Agent: …").
func labelOpensField(text string, b int) bool {
	if b == 0 || text[b-1] == '\n' || text[b-1] == '\t' {
		return true
	}
	if b < 2 || text[b-1] != ' ' {
		return false
	}
	if w := b - 1; isAlpha(text[w-1]) && strings.HasPrefix(text[b:], "person") {
		// One word before "person" opening the line ("Contact person:");
		// before other roles it names a kind of one ("User agent:",
		// "Travel agent: Expedia").
		for w > 0 && b-1-w < 16 && isAlpha(text[w-1]) {
			w--
		}
		return w == 0 || text[w-1] == '\n'
	}
	switch text[b-2] {
	case '.', ',', ';', '|', ')', '!', '?':
		return true
	case '-':
		return b >= 3 && text[b-3] == ' ' // "Run 7 - Driver: …"
	case 0x93, 0x94: // "–", "—": "RUN 7 — Tue — Driver: …"
		return b >= 4 && text[b-3] == 0x80 && text[b-4] == 0xE2
	}
	return false
}

// splitNameLabels are the labels of split name fields in CRM exports
// ("FIRST: Bich Ngoc", "LAST: Tran", "Given: …", "fname: …"), in lower
// case; "Name", "Vorname", "Nachname" and the like are context words
// already.
var splitNameLabels = boolTable(map[string]bool{
	"first": true, "last": true, "fname": true, "lname": true, "given": true, "family": true,
	"forename": true, "forenames": true, "firstname": true, "lastname": true, "givenname": true,
	"familyname": true, "middle": true, "prenom": true, "nombres": true, "sobrenome": true, "voornamen": true,
	"förnamn": true, "efternamn": true, "fornavn": true, "efternavn": true, "etternavn": true,
})

// namingVerbs are the verbs that give a person's name in the prompt
// languages ("hij heet …", "sie heißt …", "se llama …", "si chiama …",
// "chama-se …", "elle s'appelle …", "nazywa się …", "hon heter …"), in
// lower case: value 1 for the verbs that give a name alone, 4 for those
// that need their reflexive pronoun ("llama" alone is "calls"), 2 for the
// reflexive pronouns that come after the verb ("chama-se", "nazywa się",
// "chamo-me"); 8 marks the first person ("me llamo", "nazywam się"),
// whose subject is the writer.
var namingVerbs = func() *strTable {
	t := newStrTable(32)
	for _, w := range strings.Fields(`heet heten heette heißt heisst hieß heter hette hedder hed`) {
		t.put(w, 1)
	}
	for _, w := range strings.Fields(`heiße heisse`) {
		t.put(w, 1|8)
	}
	for _, w := range strings.Fields(`llama llamaba chiama chiamava chama chamava appelle appelait nazywa`) {
		t.put(w, 4)
	}
	for _, w := range strings.Fields(`llamo chiamo chamo nazywam`) {
		t.put(w, 4|8)
	}
	for _, w := range strings.Fields(`se się me`) {
		t.put(w, 2)
	}
	return t
}()

// reflexivePronoun reports whether w, two bytes, is a reflexive pronoun
// before a naming verb: "se", "si", "me", "mi", in either case.
func reflexivePronoun(w string) bool {
	a, b := w[0]|0x20, w[1]|0x20
	return (a == 's' || a == 'm') && (b == 'e' || b == 'i')
}

// namingSubjects are the pronouns and person nouns that come before a
// naming verb ("er heißt", "la cliente se llama", "elle s'appelle"), in
// lower case: a product's name after "heißt" ("die Kollektion heißt
// Nordlicht") has none of them.
var namingSubjects = boolTable(map[string]bool{
	"er": true, "sie": true, "ich": true, "hij": true, "zij": true, "ze": true, "ik": true, "hon": true,
	"han": true, "jag": true, "jeg": true, "hun": true, "il": true, "elle": true, "je": true, "lui": true,
	"lei": true, "ella": true, "él": true, "el": true, "ele": true, "ela": true, "on": true, "ona": true,
	"io": true, "yo": true, "eu": true, "ja": true, "kunde": true, "kundin": true, "klant": true,
	"cliente": true, "client": true, "cliënt": true, "klientka": true, "klient": true, "kund": true,
	"tochter": true, "sohn": true, "frau": true, "mann": true, "dochter": true, "zoon": true,
	"vrouw": true, "man": true, "hija": true, "hijo": true, "figlia": true, "figlio": true, "filha": true,
	"filho": true, "fille": true, "fils": true, "femme": true, "mari": true, "esposa": true, "marido": true,
	"moglie": true, "marito": true, "córka": true, "syn": true, "żona": true, "mąż": true, "dotter": true,
	"son": true, "fru": true, "datter": true, "kone": true, "mand": true, "baby": true, "bebé": true,
	"bebê": true, "bambino": true, "bambina": true, "kind": true, "enkel": true, "enkelin": true,
	"she": true, "he": true, "clienta": true, "señora": true, "señor": true, "senhora": true, "senhor": true,
	"signora": true, "signore": true, "madame": true, "monsieur": true, "mevrouw": true, "meneer": true,
	"pani": true, "pan": true, "herr": true, "kundinnen": true, "klantin": true,
})

// namingVerbBefore returns the naming verb (see namingVerbs) that ends
// right before start with one space between, when its subject comes
// before it or it opens a sentence ("Chama-se Dinis …", "Se llama Inma
// …"); "" otherwise. The word returned is the table's copy.
func namingVerbBefore(text string, start int) string {
	if start < 5 || text[start-1] != ' ' {
		return ""
	}
	var buf [16]byte
	w := lowerWordEndingAt(text, start-1, 16, true, &buf)
	key, v, ok := namingVerbs.getBytes(w)
	if !ok || len(w) < 2 {
		return ""
	}
	b := start - 1 - len(w) // the verb's start
	reflexive := false
	if v == 2 {
		// A pronoun after its verb: "chama-se", "nazywa się".
		if b < 3 || text[b-1] != '-' && text[b-1] != ' ' {
			return ""
		}
		w2 := lowerWordEndingAt(text, b-1, 16, true, &buf)
		k2, v2, ok := namingVerbs.getBytes(w2)
		if !ok || len(w2) == 0 || v2 == 2 {
			return ""
		}
		key, v, b, reflexive = k2, v2, b-1-len(w2), true
	}
	// A reflexive pronoun before the verb: "se llama", "si chiama",
	// "s'appelle", "se chama", and the first person's "me llamo", "mi
	// chiamo", "je m'appelle".
	p := b
	if p >= 2 && text[p-1] == '\'' && (text[p-2]|0x20 == 's' || text[p-2]|0x20 == 'm') && (p == 2 || !isAlpha(text[p-3])) {
		if text[p-2]|0x20 == 'm' {
			v |= 8 // "je m'appelle"
		}
		p, reflexive = p-2, true
	} else if p >= 3 && text[p-1] == ' ' && reflexivePronoun(text[p-3:p-1]) && (p == 3 || !isAlpha(text[p-4])) {
		p, reflexive = p-3, true
	}
	if v&4 != 0 && !reflexive {
		return ""
	}
	if v&8 != 0 {
		return key // the writer's own name: "me llamo …", "nazywam się …"
	}
	if sentenceInitial(text, p) {
		if isUpper(text[p]) {
			return key // "Chama-se …", "Se llama …", "Heet …"
		}
		return ""
	}
	// The subject before the verb and its pronoun.
	if p < 2 || text[p-1] != ' ' {
		return ""
	}
	sw := lowerWordEndingAt(text, p-1, 16, true, &buf)
	if _, _, ok := namingSubjects.getBytes(sw); ok && len(sw) > 0 {
		return key
	}
	return ""
}

// wroteCue is the context word of a name before a quoted mail's "wrote:".
const wroteCue = "wrote"

// wroteAfter reports whether " wrote:" or " writes:" follows the name
// ending at end: the line that quotes a mail after its writer's name
// ("On Mon, 3 Mar, Zorinda Quell wrote:", "> Tyler wrote:"). Mail
// programs in the other languages put the verb first ("schrieb Zorinda
// Quell:") or write it with another first letter; the callers test for
// the 'w'.
func wroteAfter(text string, end int) bool {
	if end+7 > len(text) || text[end] != ' ' {
		return false
	}
	r := text[end+1:]
	return strings.HasPrefix(r, "wrote:") || strings.HasPrefix(r, "writes:")
}

// chatSpeakerAt reports whether the name text[start:end] is a speaker
// of a chat export: a colon follows it and a timestamp comes right before
// it at the start of its line ("[14:02] Hope: …", "12/03/2025, 09:14 -
// Hope: …", "[3/11/25, 8:05 pm] Hope: …").
func chatSpeakerAt(text string, start, end int) bool {
	if end >= len(text) || text[end] != ':' || start < 4 {
		return false
	}
	k := start - 1
	if text[k] != ' ' {
		return false
	}
	switch text[k-1] {
	case ']':
		k -= 2
	case '-':
		if text[k-2] != ' ' {
			return false
		}
		k -= 3
	default:
		return false
	}
	if k >= 7 && text[k]|0x20 == 'm' && (text[k-1]|0x20 == 'a' || text[k-1]|0x20 == 'p') && text[k-2] == ' ' {
		k -= 3 // "[03/11/25, 8:05 pm] Hope: …"
	}
	// The time's last digits ("14:02", "09:14:33"), then the line's start
	// within 24 bytes (a date, a bracket).
	if k < 4 || !isDigit(text[k]) || !isDigit(text[k-1]) || text[k-2] != ':' {
		return false
	}
	ls := lastNewlineIn(text[:k]) + 1
	return k-ls < 24
}

// mailboxCue is the context word of a name before an e-mail address in
// angle brackets, as mail headers and address fields write a mailbox.
const mailboxCue = "e-mail address"

// addressInAngles reports whether a person's e-mail address and '>'
// start at i: an '@' and then '>' within 64 bytes, no space or line break
// between, and a local part that is no role address ("info@", "hello@":
// a shop's mailbox).
func addressInAngles(text string, i int) bool {
	return addressUntil(text, i, '>')
}

// addressUntil is addressInAngles with the closing byte given: '>', or ')'
// for an address in parentheses (person6_slots.go). An opening bracket of
// either kind before it means no address.
func addressUntil(text string, i int, closing byte) bool {
	at := -1
	for k := i; k < len(text) && k-i < 64; k++ {
		switch c := text[k]; {
		case c == '@':
			if at >= 0 || k == i {
				return false
			}
			at = k
		case c == closing:
			return at > 0 && k > at+1 && !roleMailboxes.has(strings.ToLower(text[i:at]))
		case c == ' ' || c == '\n' || c == '<' || c == '(':
			return false
		}
	}
	return false
}

// roleMailboxes are local parts of shared mailboxes.
var roleMailboxes = boolTable(map[string]bool{
	"info": true, "hello": true, "hi": true, "contact": true, "support": true, "sales": true, "team": true,
	"office": true, "admin": true, "noreply": true, "no-reply": true, "service": true, "kontakt": true,
	"bonjour": true, "hola": true, "ciao": true, "shop": true, "orders": true, "order": true,
	"billing": true, "help": true, "care": true, "press": true, "marketing": true, "news": true,
	"newsletter": true, "mail": true, "post": true, "klantenservice": true, "kundenservice": true,
	"service-client": true, "atencion": true, "servizio": true, "atendimento": true, "biuro": true,
	"kundtjanst": true, "kundeservice": true, "reservations": true, "bookings": true, "events": true,
})

// bylineCue is what person4CueBefore returns for a testimonial's byline:
// scoreNameContext reads it as a signature line, not a context word.
const bylineCue = "signature line"

// person4Ends is a filter of the four bytes before a name after the
// cues of person4CueBefore: a naming verb or its pronoun and a space, or
// a label's last letters, a colon and a space.
var person4Ends = func() *slotBits {
	s := &slotBits{}
	add := func(e string) {
		if len(e) >= 4 {
			b := slotBit(load32(e, len(e)-4))
			s[b>>6] |= 1 << (b & 63)
		}
	}
	for _, w := range namingVerbs.keyList() {
		if w != "" {
			add(" " + w + " ")
			add("-" + w + " ")
		}
	}
	for _, d := range []string{"\" - ", "' - ", "” - ", "\n- ", "\"- ", "\" ~ ", "– ", "— "} {
		add(d) // a testimonial's byline
	}
	for _, t := range []*strTable{roleLabels, splitNameLabels} {
		for _, w := range t.keyList() {
			if w != "" {
				add(w + ": ")
				add(strings.ToUpper(w[:1]) + w[1:] + ": ")
				add(strings.ToUpper(w) + ": ")
			}
		}
	}
	return s
}()

// person4CueBefore returns a cue around the run text[start:end] that
// makes its capitalised words a name: an e-mail address in angle brackets
// after it (a mailbox), a role label or a split name field's label with
// a colon, opening its line or field, a naming verb with its subject, or
// a testimonial's byline (which signatureLine finds
// too, but only when no other context word came before). It returns the
// cue's word, the table's copy, or "". scoreNameContext asks it when no
// relation word, title or greeting came before the run.
//
//go:noinline
func person4CueBefore(text string, start, end int) string {
	if mailboxAfter(text, end) {
		return mailboxCue // "Van: Joris Wibisono <joris@…>", "Quorwen Halvorsby (qh@…)" (person6_slots.go)
	}
	if mailEchoAfter(text, start, end) {
		return mailboxCue // person5_mail.go: "- Jorrit van der Wiel, jorrit@ziggo.nl"
	}
	if end+2 < len(text) && text[end+1] == '(' && personParenAfter(text, end, true) {
		return parenCue // person6_record.go: "Quorwen Halvorsby (her daughter, lives in Leeds)"
	}
	if wroteAfter(text, end) || wroteOtherMaybe(text, start, end) && wroteOtherLanguage(text, start, end) {
		return wroteCue // "On Mon, 3 Mar, Zorinda Quell wrote:", "Op 4 mrt schreef …:" (person6_slots.go)
	}
	if start >= 4 && text[start-1] == '\n' && dashSignOffPair(text, start, end) {
		return bylineCue // person6_slots.go: "--\nQuorwen Halvorsby"
	}
	if start < 4 || text[start-1] != ' ' {
		return ""
	}
	if text[start-2] != ':' {
		if signDashBefore(text, start) >= 0 {
			if end+1 < len(text) && text[end] == ',' && testimonialByline(text, start, end, end) ||
				quoteDashByline(text, start, end) || dashSignOffPair(text, start, end) { // person6_slots.go: "«…» — Quorwen Halvorsby"
				return bylineCue
			}
			return ""
		}
		if w := callCueBefore(text, start, end); w != "" {
			return w // person5_call.go: "spoke w/ Imelda Vargas-Ruiz"
		}
		return namingVerbBefore(text, start)
	}
	if byLabelBefore(text, start) && labelValueAlone(text, end) {
		return byCue // person6_slots.go: "Referred by: Quorwen Halvorsby"
	}
	var buf [24]byte
	w := lowerLabelEndingAt(text, start-2, &buf)
	if len(w) < 3 || !labelOpensField(text, start-2-len(w)) {
		return ""
	}
	if !labelValueAlone(text, end) || placeholderValues.has(text[start:end]) {
		return ""
	}
	if k, _, ok := roleLabels.getBytes(w); ok {
		return k
	}
	if k, _, ok := splitNameLabels.getBytes(w); ok {
		return k
	}
	return ""
}

// shopNameWords are the capitalised words of a shop's or a brand's name after
// a given name and a possessive ("Barry's Tea", "Sarah's Kitchen",
// "Ben's Cookies"), in lower case, besides productNouns.
var shopNameWords = boolTable(map[string]bool{
	"bakery": true, "bakes": true, "kitchen": true, "café": true, "cafe": true, "pizza": true, "pizzeria": true,
	"burgers": true, "burger": true, "diner": true, "deli": true, "grill": true, "bar": true, "pub": true,
	"tavern": true, "inn": true, "farm": true, "garage": true, "cookies": true, "chocolate": true,
	"chocolates": true, "gin": true, "whiskey": true, "whisky": true, "rum": true, "vodka": true, "beer": true,
	"ale": true, "cider": true, "sauce": true, "relish": true, "crisps": true, "chips": true, "donuts": true,
	"bagels": true, "tacos": true, "chicken": true, "smokehouse": true, "barbers": true, "salon": true,
	"boutique": true, "tea": true, "coffee": true, "shop": true, "store": true, "market": true, "dairy": true,
	"creamery": true, "gelato": true, "fudge": true, "jams": true, "preserves": true, "pies": true,
	"bistro": true, "cantina": true, "taqueria": true, "bbq": true, "brewery": true, "distillery": true,
	"cakes": true, "cupcakes": true, "doughnuts": true, "pantry": true, "larder": true, "catering": true,
	// Family businesses named in the possessive (person12: "Darcy's Funeral Directors").
	"funeral": true, "funerals": true, "pharmacy": true, "chemist": true, "chemists": true, "florist": true,
	"florists": true, "opticians": true, "butchers": true, "hardware": true, "motors": true, "removals": true,
})

// possessiveShopAt reports whether a possessive and a capitalised shop or
// product word follow the given name text[start:end] ("Barry's Tea",
// "Sarah's Kitchen"): a brand's or a shop's name, not a person.
func possessiveShopAt(text string, end int) bool {
	if !possessiveEnd(text, end) {
		return false
	}
	e := end + 2
	if text[end] != '\'' {
		e = end + 4 // "’s"
	}
	if e+3 >= len(text) || text[e] != ' ' || !isUpper(text[e+1]) {
		return false
	}
	var buf [16]byte
	n := lowerWordAt(text, e+1, &buf)
	if n < 2 {
		return false
	}
	if _, _, ok := shopNameWords.getBytes(buf[:n]); ok {
		return true
	}
	_, _, ok := productNouns.getBytes(buf[:n])
	return ok
}

// namedPlaceSuffixes end a hyphenated name of a street, a building or an
// institution named after a person ("Konrad-Adenauer-Straße",
// "Max-Planck-Institut", "Anne-Frank-Schule", "Willem-Alexander-Plein"),
// exact case.
var namedPlaceSuffixes = boolTable(map[string]bool{
	"Straße": true, "Strasse": true, "Str": true, "Platz": true, "Allee": true, "Weg": true, "Ring": true,
	"Gasse": true, "Damm": true, "Ufer": true, "Brücke": true, "Park": true, "Schule": true, "Gymnasium": true,
	"Realschule": true, "Grundschule": true, "Gesamtschule": true, "Kirche": true, "Haus": true, "Halle": true,
	"Stiftung": true, "Preis": true, "Institut": true, "Universität": true, "Klinik": true, "Klinikum": true,
	"Krankenhaus": true, "Zentrum": true, "Center": true, "Bahnhof": true, "Flughafen": true, "Stadion": true,
	"Arena": true, "Museum": true, "Bibliothek": true, "Saal": true, "Denkmal": true, "Turm": true,
	"Hof": true, "Garten": true, "Markt": true, "Tor": true, "Heim": true, "Akademie": true,
	"Hochschule": true, "Gesellschaft": true, "Straat": true, "Plein": true, "Laan": true, "Kade": true,
	"Gracht": true, "School": true, "Huis": true, "Stichting": true, "Brug": true, "Kaserne": true,
})

// hyphenPlaceAt reports whether the hyphenated word text[start:end] is a
// street's, a building's or an institution's name after a person: a part
// of namedPlaceSuffixes ends it.
func hyphenPlaceAt(text string, start, end int) bool {
	h := strings.LastIndexByte(text[start:end], '-')
	return h > 0 && namedPlaceSuffixes.has(text[start+h+1:end])
}

// streetWords open a street's name, which is often a person's name ("via
// Paolo Sarpi", "rue Jean Jaurès", "calle Pablo Neruda", "ul. Adama
// Mickiewicza"), in lower case; capitalised ones are stop words
// (person4Stops), so that the name after them is read alone.
var streetWords = boolTable(map[string]bool{
	"via": true, "viale": true, "piazza": true, "piazzale": true, "corso": true, "largo": true, "vicolo": true,
	"rue": true, "avenue": true, "boulevard": true, "allée": true, "quai": true, "calle": true,
	"avenida": true, "plaza": true, "paseo": true, "rua": true, "travessa": true, "praça": true,
	"ulica": true, "ul.": true, "aleja": true, "al.": true, "plac": true, "os.": true, "rambla": true,
	"carrer": true, "passeig": true, "lungomare": true, "contrada": true,
	// Session 13: Romanian, Spanish, Portuguese, French, Czech and South
	// Slavic street words and their abbreviations ("Str. Ion Creangă",
	// "Av. Ramón Pérez", "nám. Jiřího z Poděbrad", "Trg bana Jelačića").
	"str.": true, "strada": true, "bd.": true, "bulevardul": true, "calea": true, "aleea": true, "av.": true,
	"avda.": true, "bd": true, "blvd": true, "blvd.": true, "nám.": true, "náměstí": true, "ulice": true,
	"trg": true, "ulitsa": true, "rr.": true, "rruga": true,
})

// streetEnds is a filter of the four bytes before a name after a word of
// streetWords and a space ("via ", "rue ", "lle "), in lower case and
// capitalised.
var streetEnds = func() *slotBits {
	s := &slotBits{}
	for _, w := range streetWords.keyList() {
		if w == "" {
			continue
		}
		for _, e := range []string{" " + w + " ", " " + strings.ToUpper(w[:1]) + w[1:] + " ", "\n" + strings.ToUpper(w[:1]) + w[1:] + " "} {
			if len(e) >= 4 {
				b := slotBit(load32(e, len(e)-4))
				s[b>>6] |= 1 << (b & 63)
			}
		}
	}
	return s
}()

// streetWordBefore reports whether a word of streetWords ends right
// before start with one space between: the name text[start:end] after it
// is a street's. "via" is an English word too ("send it via Maria
// Lopez"): it counts after an Italian preposition ("in via", "della
// via") or before a house number.
func streetWordBefore(text string, start, end int) bool {
	if start < 4 || !streetEnds.has(load32(text, start-4)) {
		return false
	}
	e := start - 1
	b := e
	for b > 0 && e-b < 12 && (isAlpha(text[b-1]) || text[b-1] >= 0x80 || text[b-1] == '.' && b == e) {
		b--
	}
	if b == e || b > 0 && text[b-1] != ' ' && text[b-1] != '\n' && text[b-1] != '(' {
		return false
	}
	var buf [16]byte
	n := copy(buf[:], text[b:e])
	if isUpper(buf[0]) {
		buf[0] += 'a' - 'A'
	}
	if _, _, ok := streetWords.getBytes(buf[:n]); !ok {
		return false
	}
	if string(buf[:n]) != "via" || houseNumberAfter(text, end) {
		return true
	}
	var pb [16]byte
	p := lowerWordEndingAt(text, max(b-1, 0), 8, false, &pb)
	_, _, ok := italianPrepositions.getBytes(p)
	return b >= 2 && text[b-1] == ' ' && len(p) > 0 && ok
}

// houseNumberAfter reports whether a house number follows the street name
// ending at end, after one space or after a regnal numeral ("via Roma 12",
// "Via Umberto II 17", "Corso Umberto I, 7").
func houseNumberAfter(text string, end int) bool {
	if end+2 >= len(text) || text[end] != ' ' {
		return false
	}
	i := end + 1
	for i < len(text) && i-end <= 4 && (text[i] == 'I' || text[i] == 'V' || text[i] == 'X') {
		i++
	}
	if i > end+1 {
		if i < len(text) && text[i] == ',' {
			i++
		}
		if i+1 >= len(text) || text[i] != ' ' {
			return false
		}
		i++
	}
	return isDigit(text[i])
}

// italianPrepositions come before "via" when it opens a street's name.
var italianPrepositions = boolTable(map[string]bool{
	"in": true, "di": true, "della": true, "nella": true, "sulla": true, "dalla": true, "alla": true,
	"a": true, "da": true, "su": true, "presso": true,
})

// toKey is " to " as load32 reads it.
var toKey = load32(" to ", 0)

// routeEndAt reports whether the lone name at start ends a route between
// two places: " to " before it and, before that, a capitalised word that
// is a city or no name of the gazetteers after "from" or "the" ("from
// Bondi to Bronte", "the Bondi to Bronte swim"). A gift "from Anna to
// Maria" names people on both sides.
func routeEndAt(text string, start int) bool {
	if start < 10 || load32(text, start-4) != toKey {
		return false
	}
	e := start - 4
	b := e
	for b > 0 && e-b < 24 && (isAlpha(text[b-1]) || text[b-1] >= 0x80) {
		b--
	}
	if b == e || b < 5 || !upperAt(text, b) || text[b-1] != ' ' {
		return false
	}
	if f := nameFlagsOf(text[b:e]); f&nameStop != 0 || f&(nameGiven|nameFamily|nameAmbiguous) != 0 && f&nameCity == 0 {
		return false
	}
	p := text[max(0, b-5) : b-1]
	return strings.HasSuffix(p, "from") || strings.HasSuffix(p, "the") || strings.HasSuffix(p, "The")
}
