package redact

import "strings"

// Running prose names its people in slots where only a person fits: the
// object of a verb done to people ("call X", "congratulate X", "reply to
// X", "contacter X", "llama a X"), an apposition that calls the words a
// customer ("X, our longest-standing customer,"), a possessive before a
// word of a person's life or order ("X's parcel") and a subject before a
// verb people do ("X wrote", "X complained"). There two or three
// capitalised words the gazetteers leave undecided (at least one unknown)
// are a name when their spelling reads like one (person7_spell.go); the
// spelling keeps out "call Customer Service", "Meet Kona Coffee, our new
// blend" and "Apple Music ordered".

// spellPersonSlot reports whether text[start:end] stands in one of the
// prose slots above and is spelt like a name; it returns the slot's
// fixed reason.
//
//go:noinline
func spellPersonSlot(text string, start, end int) (string, bool) {
	reason := ""
	switch {
	case personVerbBefore(text, start) && !(end+1 < len(text) && text[end] == ' ' && upperAt(text, end+1)):
		// "… Message Thanking Him And …": title case goes on after the words.
		reason = "capitalised words after a verb done to people; spelling looks like a name"
	case end < len(text) && (text[end] == '\'' || text[end] == 0xE2) && possessiveEnd(text, end):
		if _, ok := possessiveNounAfter(text, end); ok {
			reason = "capitalised words before a possessive and a word of a person's life or order; spelling looks like a name"
		}
	case end+2 < len(text) && text[end] == ',' && text[end+1] == ' ':
		// No age after the comma: "Ouzeri Grill, 12 Harbour Row" is a house number.
		if !isDigit(text[end+2]) && personCueAfter(text, end) || customerApposition(text, end+2) {
			reason = "capitalised words before a personal pronoun or an apposition naming a customer; spelling looks like a name"
		}
	case end+2 < len(text) && text[end] == ' ':
		if subjectVerbAfter(text, end+1) || customerParenOpens(text, end) {
			reason = "capitalised words before a verb people do; spelling looks like a name"
		}
	}
	if reason == "" || !spellNameLike(text, start, end) || !unknownWordsNameLike(text, start, end) {
		return "", false
	}
	return reason, true
}

// unknownWordsNameLike reports whether the words of text[start:end] that
// the gazetteers do not know as names average spellRunMean on their own:
// a known name counts spellKnown in spellNameLike, which would carry a
// place's or a shop's word after it ("welcome Juniper Grove to …").
func unknownWordsNameLike(text string, start, end int) bool {
	sum, parts := 0, 0
	for k := start; k < end; {
		e := k
		for e < end && text[e] != ' ' {
			e++
		}
		if nameFlagsOf(text[k:e])&(nameGiven|nameFamily) == 0 {
			s, _, p := spellScores(text[k:e])
			sum += s
			parts += p
		}
		k = e + 1
	}
	return sum >= spellRunMean*parts
}

// personVerbBefore reports whether a verb done to people ends right
// before start with one space between ("call X", "Invite X"), or such a
// verb and a preposition ("reply to X", "llama a X", "écrire à X").
func personVerbBefore(text string, start int) bool {
	if start < 3 || text[start-1] != ' ' {
		return false
	}
	w, ws := verbWordBefore(text, start-1)
	if w == "" {
		return false
	}
	v, _ := personVerbs.get(w)
	if v&1 != 0 {
		return true
	}
	if !personVerbPreps.has(w) || ws < 3 || text[ws-1] != ' ' {
		return false
	}
	w2, _ := verbWordBefore(text, ws-1)
	v, _ = personVerbs.get(w2)
	if w == "a" {
		return v&4 != 0 // "llama a X", "scrivi a X"; not "write a Midsummer Fair email"
	}
	return v&2 != 0
}

// verbWordBefore returns the word that ends at e (letters, the first maybe a
// capital folded to lower case) and where it starts, or "" when it is
// longer than 16 bytes or holds no letter.
func verbWordBefore(text string, e int) (string, int) {
	s := e
	for s > 0 && e-s <= 16 && (isAlpha(text[s-1]) || text[s-1] >= 0x80) {
		s--
	}
	if s == e || e-s > 16 || s > 0 && text[s-1] != ' ' && text[s-1] != '\n' && text[s-1] != '(' && text[s-1] != '"' {
		return "", s
	}
	w := text[s:e]
	if isUpper(w[0]) {
		if len(w) > 1 && isUpper(w[1]) || !sentenceInitial(text, s) {
			return "", s // "CALL", "EMAIL": a heading in capitals; "Write A WhatsApp Message": title case
		}
		w = strings.ToLower(w[:1]) + w[1:]
	}
	return w, s
}

// personVerbs are verbs done to people, in lower case, in the prompt
// languages: 1 right before the name, 2 before a preposition of
// personVerbPreps and the name, 4 before the Romance "a" and the name.
var personVerbs = func() *strTable {
	t := newStrTable(128)
	for v, words := range map[uint32]string{
		1: "call email text thank congratulate remind invite welcome greet message contact ring visit meet phone notify ping dm " +
			"anrufen kontaktiere kontaktieren erinnere gratuliere danke begrüße " +
			"appeler contacter remercier rappeler inviter féliciter relancer " +
			"contacta contactar agradece invita felicita recuerda " +
			"chiama chiamare contatta contattare ringrazia ringraziare invita invitare " +
			"bel bellen contacteer bedank feliciteer contata contatar contacte ligue kontakta tacka gratulera påminn",
		2: "reply replied write wrote talk speak spoke respond answer écrire écris répondre " +
			"llama llamar escribe escribir responde responder scrivi scrivere rispondi schreib schreibe antworte " +
			"liga ligar escreve escrever responda zadzwoń napisz ring skriv svara",
		4: "llama llamar escribe escribir responde responder contesta scrivi scrivere rispondi " +
			"liga ligar escreve escrever responda telefona",
	} {
		for _, w := range strings.Fields(words) {
			t.or(w, v)
		}
	}
	return t
}()

// personVerbPreps are the prepositions between a verb of personVerbs (2)
// and its person.
var personVerbPreps = boolTable(map[string]bool{
	"to": true, "with": true, "à": true, "a": true, "para": true, "do": true, "mit": true, "con": true,
	"till": true, "med": true,
})

// customerParenOpens reports whether a parenthesis that opens with a
// customer's role follows end: "X (customer since 2019)", "X (member,
// gold tier)"; customerParenAfter takes the role alone.
func customerParenOpens(text string, end int) bool {
	if customerParenAfter(text, end) {
		return true
	}
	if end+4 >= len(text) || text[end+1] != '(' {
		return false
	}
	k := end + 2
	for k < len(text) && k-end < 14 && isLower(text[k]) {
		k++
	}
	return k < len(text) && (text[k] == ' ' || text[k] == ',') && customerRoles.has(text[end+2:k])
}

// customerApposition reports whether an apposition that calls someone a
// customer opens at i: a possessive and, within three words, a word of
// customerRoles ("our longest-standing customer", "my neighbour").
func customerApposition(text string, i int) bool {
	w := lowerWordEnd(text, i)
	switch text[i:w] {
	case "our", "my", "your", "their", "his", "her", "a", "an":
	default:
		return false
	}
	for n := 0; n < 3 && w < len(text) && text[w] == ' '; n++ {
		s := w + 1
		for w = s; w < len(text) && (isAlpha(text[w]) || text[w] == '-'); w++ {
		}
		// The role ends the apposition: "a customer favourite" is a product.
		if (customerRoles.has(text[s:w]) || appositionPeople.has(text[s:w])) && (w == len(text) || text[w] == ',' ||
			text[w] == '.' || text[w] == ';' || text[w] == ')' || text[w] == ' ' && appositionGoesOn.has(text[w+1:lowerWordEnd(text, w+1)])) {
			return true
		}
	}
	return false
}

// appositionPeople are more words of people in an apposition than
// customerRoles knows.
var appositionPeople = boolTable(map[string]bool{
	"customers": true, "clients": true, "members": true, "guests": true, "neighbour": true, "neighbor": true,
	"colleague": true, "friend": true, "regular": true, "regulars": true, "reader": true, "winner": true,
})

// subjectVerbAfter reports whether a verb that people do (and brands
// seldom) starts at i and ends its word: "X wrote", "X complained".
func subjectVerbAfter(text string, i int) bool {
	w := lowerWordEnd(text, i)
	if w == i || w < len(text) && isAlpha(text[w]) {
		return false
	}
	if subjectVerbs.has(text[i:w]) {
		return true
	}
	return w+1 < len(text) && text[w] == ' ' && subjectVerbPairAfter(text, text[i:w], w+1) // person9_prose.go: "lives in"
}

// appositionGoesOn are the words that may follow an apposition's role
// word: "our customer since 2019", "a member of the club".
var appositionGoesOn = boolTable(map[string]bool{
	"since": true, "of": true, "for": true, "at": true, "in": true, "who": true, "from": true, "and": true,
})

// subjectVerbs are the verbs of subjectVerbAfter: what customers do and
// shops and products seldom are said to ("Villa Rosa lives up to its name"
// is why "lives" is not one).
var subjectVerbs = boolTable(map[string]bool{
	"said": true, "says": true, "wants": true, "wanted": true, "asked": true, "asks": true, "emailed": true,
	"texted": true, "rang": true, "bought": true, "ordered": true, "booked": true, "turns": true, "turned": true,
	"wrote": true, "complained": true, "replied": true, "phoned": true, "messaged": true, "mentioned": true,
	"requested": true, "called": true, "moved": true, "sagt": true, "schrieb": true, "schreibt": true,
	"bestellte": true, "zegt": true, "schreef": true, "bestelde": true, "escribió": true, "pidió": true,
	"scrive": true, "ha scritto": true, "écrit": true, "commandé": true, "escreveu": true, "pediu": true,
})

// spellSlotReason returns the reason for two or three capitalised words
// the gazetteers leave undecided when a slot only a person fits holds
// them and their spelling looks like a name: an item of a record or list
// ("2. Eero Hakkarainen: …", person7_spell.go), a weak person word before
// them and a personal pronoun or verb after ("a note for Mereana Tūhoe,
// who …"), or a person-verb slot ("congratulate Nkiruka Obiageli", "X,
// our customer,", "X wrote"; spellPersonSlot).
func spellSlotReason(text string, start, end int, ctx string) (string, bool) {
	switch {
	case text[start] >= 0xCE && text[start] <= 0xCF && greekTitleBefore(text, start):
		// "κ. Παντελής Κοντογιώργης": a Greek title (person9_greek.go).
		if _, ok := greekRun(text, start, end); ok {
			return "Greek capitalised words after a Greek title", true
		}
	case end+7 < len(text) && text[end] == ' ' && text[end+1] == 'f' && fromPlaceWhoAfter(text, end) &&
		spellNameLikeAt(text, start, end, spellContactMean, spellContactFloor):
		// "Then Ahanu Wapass from Timmins, ON, who …" (person9_prose.go).
		return "capitalised words before 'from', a place and 'who'; spelling looks like a name", true
	case spellRecordSlot(text, start, end) && !camelWordIn(text, start, end): // read22_email.go: "- LagerBox Köln, …"
		return "capitalised words opening a list item; spelling looks like a name", true
	case ctx != "" && enrolLabelSlot(text, start, end, ctx):
		return "capitalised words after a pupil, participant or borrower label; spelling looks like a name", true // read17a_enrol.go
	case ctx != "" && weakPersonCtxSet.has(ctx) && spellProseSlot(text, start, end, ctx):
		return "capitalised words between a person word and a personal pronoun or verb; spelling looks like a name", true
	case selfIntroSlot(text, start, end):
		return "capitalised words after a self-introduction ('this is', 'it's', 'soy'); spelling looks like a name", true // read21a_intro.go
	}
	return spellPersonSlot(text, start, end)
}
