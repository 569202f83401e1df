package redact

import "strings"

// Person slots: places in a sentence where a capitalised word is a
// person's name even when no gazetteer knows it. Prompts written by
// outsiders name customers the lists lack ("Keziah", "Yewande") in the
// same few slots: a pronoun tag ("Keziah (she/her)"), a possessive before
// a word of a person's life or order ("Keziah's birthday", "Keziah's
// parcel"), a team after "from" ("Keziah from logistics"), a sign-off on
// the same line ("Best, Keziah"), a signing word ("Signé Keziah"), a
// family reference ("the Kowalski family", "famille Dupont", "the
// Okafors"), and a known family name right after the word ("Keziah
// Kowalski"). The tests run only for the lone word or the pair that
// scoreNameContext already holds, and their first byte tests let most
// words through without a call.

// loneSlotMaybe reports whether loneNameSlot may find a slot for the lone
// capitalised word text[start:end]: what follows it is an apostrophe (a
// possessive), " (" or " f" (a pronoun tag, "from"), " x" (kisses), " w"
// ("wrote:"), a colon (a chat speaker), a line break or the
// end of the text (a sign-off on its line), or the four bytes before it
// end one of the words loneNameSlot reads before a name (slotEnds).
func loneSlotMaybe(text string, start, end int) bool {
	if end+1 >= len(text) {
		return true
	}
	if c := text[end]; c == '\'' || c == 0xE2 || c == '\n' || c == '\r' || c == ' ' && (text[end+1] == '(' || text[end+1] == 'f' || text[end+1] == 'x' || text[end+1] == 'w') ||
		c == ':' && start > 0 && text[start-1] == ' ' {
		return true
	}
	if start < 5 {
		return false
	}
	if text[start-1] == '(' {
		return true // "agent (Keziah)"
	}
	if k := load32(text, start-4); k != theKey && k != theKeyCap {
		return slotEnds.has(k)
	}
	return text[end-1] == 's' // "the Okafors"
}

// theKey and theKeyCap are "the " and "The " as load32 reads them.
var theKey, theKeyCap = load32("the ", 0), load32("The ", 0)

// slotBits is a filter of four-byte keys (the last bytes of a word and
// the space, or the colon and space, after it): one bit of 4,096 per key,
// at the top bits of the key times an odd constant. A load, a multiply
// and a bit test tell most words that no key ends there; the words after
// it are then read.
type slotBits [64]uint64

func slotBit(k uint32) uint32 { return (k * 0x9E3779B1) >> 20 }

func (s *slotBits) has(k uint32) bool { b := slotBit(k); return s[b>>6]>>(b&63)&1 != 0 }

// slotEnds holds the four bytes before a name after a word of slotWords
// (a family word, a signing word with or without a colon, a relation
// word); "the" is tested apart, before a plural only.
var slotEnds = func() *slotBits {
	s := &slotBits{}
	for _, w := range slotWords.keyList() {
		if w == "" {
			continue
		}
		forms := []string{" " + w + " ", "\n" + w + " ", w + ": "}
		if v, _ := slotWords.get(w); v == slotLabel {
			forms = append(forms, strings.ToUpper(w)+": ") // "LAST: Quell", "AGENT: …"
		}
		for _, e := range forms {
			if len(e) >= 4 {
				b := slotBit(load32(e, len(e)-4))
				s[b>>6] |= 1 << (b & 63)
			}
		}
	}
	return s
}()

// loneNameSlot returns the score and reason for the lone capitalised word
// text[start:end], which no gazetteer knows or which is a word too, when
// it stands in a person slot; 0 otherwise. loneSlotMaybe's byte tests
// come first (one call for both: it is too big to be inlined).
//
//go:noinline
func loneNameSlot(text string, start, end int) (float64, string) {
	if !loneSlotMaybe(text, start, end) {
		return 0, ""
	}
	score, reason := loneSlotAt(text, start, end)
	if score > 0 && (slotVetoWords.has(text[start:end]) || notableLastWords.has(text[start:end])) {
		return 0, "" // "Children's birthday"; "Shakespeare's birthday", "Lincoln's birthday": a famous person's
	}
	return score, reason
}

// loneSlotAt is loneNameSlot without its vetoes.
func loneSlotAt(text string, start, end int) (float64, string) {
	if start >= 5 && quoteOpenLast[text[start-1]] && quotedNamingSlot(text, start) {
		return 0.7, "capitalised word in quotes after a naming phrase" // names17_naming.go: `nazywa go „Tadzio”`
	}
	if end < len(text) {
		switch text[end] {
		case '\'', 0xE2:
			if possessiveEnd(text, end) {
				if kin, ok := possessiveNounAfter(text, end); ok && (kin || !sentenceInitial(text, start)) {
					if kin {
						return 0.75, "capitalised word before a possessive and a word of a person's life"
					}
					return 0.45, "capitalised word before a possessive and a word of a customer's order"
				}
			}
			return 0, ""
		case ' ':
			if pronounTagAt(text, end+1) {
				return 0.8, "capitalised word before a pronoun tag"
			}
			if teamAfterFrom(text, start, end) {
				return 0.7, "capitalised word before 'from' and a team"
			}
			if end+1 < len(text) && text[end+1] == 'f' && selfIntroFrom(text, start, end) {
				return 0.75, "capitalised word introducing the speaker before 'from'" // person10_signoff.go: "this is Clay from …"
			}
			if end+1 < len(text) && text[end+1] == '(' && childAgeItem(text, start, end) {
				return 0.75, "capitalised word in a list of children with ages" // person4_slots.go
			}
			if end+1 < len(text) && text[end+1] == 'x' && (kissSignOff(text, start, end) || kissSignOffInline(text, start, end)) {
				return 0.7, "capitalised word signing off with kisses" // person4_slots.go: "Hope xx"; person10_signoff.go: "Thinking of you, Emrys x\""
			}
			if end+1 < len(text) && text[end+1] == '(' && nameFlagsOf(text[start:end])&(nameGiven|nameAmbiguous) != 0 &&
				!generatedGivenOnly(text[start:end]) { // alone, a generated given name is an unknown word (person_gen.go)
				if customerParenAfter(text, end) {
					return 0.75, "given name before a customer's role in parentheses" // person6_slots.go: "Florence (customer)"
				}
				if personParenAfter(text, end, false) {
					return 0.75, "given name before a parenthesis that describes a person" // person6_record.go: "Hope (her niece)"
				}
			}
			if end+1 < len(text) && text[end+1] == 'w' && wroteAfter(text, end) {
				return 0.75, "capitalised word before 'wrote:'" // person4_slots.go: "> Tyler wrote:"
			}
		case ':':
			if chatSpeakerAt(text, start, end) && nameFlagsOf(text[start:end])&(nameGiven|nameAmbiguous|nameFamily) != 0 {
				return 0.7, "capitalised word naming a speaker of a chat export" // person4_slots.go: "[14:02] Hope: …"
			}
			if roleChatSpeakerAt(text, start, end) {
				return 0.7, "capitalised word naming a speaker of a chat export after a role word" // person6_slots.go
			}
		case '\n', '\r':
			if signOffSameLine(text, start, end) {
				return 0.7, "capitalised word after a sign-off on the same line"
			}
			if dashSignOffLast(text, start, end) {
				return 0.7, "capitalised word on a dash sign-off line ending the text" // person4_slots.go
			}
		}
	} else if signOffSameLine(text, start, end) {
		return 0.7, "capitalised word after a sign-off on the same line"
	} else if dashSignOffLast(text, start, end) {
		return 0.7, "capitalised word on a dash sign-off line ending the text"
	}
	if start < 5 {
		return 0, ""
	}
	if text[start-1] == '(' {
		if end < len(text) && text[end] == ')' && roleParenBefore(text, start-1) {
			return 0.7, "capitalised word in parentheses after a role or relation word"
		}
		if end < len(text) && text[end] == ')' && meParenBefore(text, start-1) {
			return 0.7, "capitalised word in parentheses after 'me'" // person6_slots.go: "from me (Teodric)"
		}
		return 0, ""
	}
	if k := load32(text, start-4); k == theKey || k == theKeyCap {
		if text[end-1] == 's' && familyPlural(text[start:end]) {
			return 0.7, "family name in the plural after 'the'"
		}
		return 0, ""
	} else if !slotEnds.has(k) {
		return 0, ""
	}
	switch slotWordBefore(text, start) {
	case slotNaming:
		if orgAfterSlot(text, end) {
			return 0, "" // "Sign as Brightloom Ltd, 0800 …" (person21_slot.go)
		}
		return 0.7, "capitalised word after a naming phrase" // "everyone calls her Keziah", "goes by Keziah"
	case slotFamily:
		if businessWords.has(text[start:end]) {
			return 0, "" // "Lakeshore Family Dental", "Family Pharmacy": a practice's name (read16a)
		}
		return 0.7, "capitalised word after a family word" // "famille Kowalczyk"; "the Jewish family" has no family name
	case slotSign:
		if orgAfterSlot(text, end) {
			return 0, "" // "Assinatura: Amigos do Jardim …" (person21_slot.go)
		}
		return 0.7, "capitalised word after a signing word"
	case slotRelation:
		return 0.7, "capitalised word after a relation word" // "sua figlia Zorinda", "Kollegin Zorinda"
	case slotLabel:
		if !labelValueAlone(text, end) || placeholderValues.has(text[start:end]) || kinValue(text, start, end) {
			return 0, "" // "Speaker: Sonos review", "Caller: Unknown" (person4_slots.go); "Carer: Son, …"
		}
		return 0.7, "capitalised word after a role label" // "Agent: Jordan", "atendente: Rayane"
	case slotNamingVerb:
		return 0.7, "capitalised word after a naming verb" // "hij heet Bayu", "chama-se Bayu"
	}
	return 0, ""
}

// notableLastWords holds the last words of the names of data/notable.txt
// ("Shakespeare", "Lincoln"): a famous person's family name alone in a
// slot is theirs ("a Shakespeare's birthday weekend").
var notableLastWords = func() *strTable {
	t := newStrTable(1024)
	for line := range strings.SplitSeq(notableData, "\n") {
		words := strings.Fields(line)
		if len(words) >= 2 && words[0][0] != '#' {
			t.or(words[len(words)-1], 1)
		}
	}
	return t
}()

// slotVetoWords are capitalised words that stand in the slots above but
// name groups or days, not people ("Children's birthday", "Valentine's
// gift").
var slotVetoWords = boolTable(map[string]bool{
	"Children": true, "Kids": true, "Women": true, "Men": true, "Mothers": true, "Fathers": true,
	"Valentine": true, "Valentines": true, "Santa": true, "Everybody": true, "Somebody": true,
	"Someone": true, "Anyone": true, "Nobody": true, "Teachers": true, "Parents": true, "Staff": true,
	"Boss": true, "Grandparents": true, "Dads": true, "Mums": true, "Moms": true,
	"Joneses": true, // "keeping up with the Joneses"
})

// kinNouns are words of a person's life after a possessive ("Keziah's
// birthday"): a name before them is a person's. Words that shops use for
// their ranges and dates ("kids", "baby", "home", "family", "dog",
// "anniversary": "Primark's kids range") are left out.
var kinNouns = boolTable(map[string]bool{
	"birthday": true, "husband": true, "wife": true, "partner": true, "daughter": true, "son": true,
	"mum": true, "mom": true, "dad": true, "mother": true, "father": true, "wedding": true, "fiancé": true,
	"fiancée": true, "boyfriend": true, "girlfriend": true, "sister": true, "brother": true, "grandson": true,
	"granddaughter": true, "grandmother": true, "grandfather": true, "twins": true, "retirement": true,
	"graduation": true, "christening": true, "funeral": true, "surgery": true, "allergy": true,
	"allergies": true, "niece": true, "nephew": true, "cousin": true, "aunt": true, "uncle": true,
	"neighbour": true, "neighbor": true, "colleague": true, "flat": true, "stepson": true, "stepdaughter": true,
})

// orderNouns are words of a customer's dealings after a possessive
// ("Keziah's parcel"); brands take them as often ("Zalando's delivery
// times", "Primark's new range"), so a name before them counts only
// inside a sentence, and below DefaultMinScore: an engine with a lower
// PERSON threshold takes it.
var orderNouns = boolTable(map[string]bool{
	"order": true, "orders": true, "parcel": true, "package": true, "delivery": true, "booking": true,
	"appointment": true, "subscription": true, "account": true, "refund": true, "complaint": true,
	"payment": true, "invoice": true, "basket": true, "cart": true, "membership": true, "voucher": true,
	"review": true, "return": true, "reservation": true, "ticket": true, "loyalty": true, "points": true,
	"claim": true, "table": true, "visit": true, "stay": true,
})

// possessiveNounAfter reports whether a word of kinNouns (kin) or
// orderNouns follows the possessive at e.
func possessiveNounAfter(text string, e int) (kin, ok bool) {
	e += 2
	if text[e-2] != '\'' {
		e += 2 // "’s" is four bytes
	}
	if e+2 >= len(text) || text[e] != ' ' {
		return false, false
	}
	for range 2 { // the noun, or one word before it ("Keziah's delayed parcel", "Keziah's 40th birthday")
		i := e + 1
		var buf [16]byte
		n := lowerWordAt(text, i, &buf)
		if n >= 2 && isLower(text[i]) {
			if _, _, ok := kinNouns.getBytes(buf[:n]); ok {
				return true, true
			}
			if _, _, ok := orderNouns.getBytes(buf[:n]); ok {
				return false, true
			}
		}
		e = i
		for e < len(text) && e-i < 12 && (isLower(text[e]) || isDigit(text[e])) {
			e++
		}
		if e == i || e+2 >= len(text) || text[e] != ' ' {
			return false, false
		}
	}
	return false, false
}

// pronounTagAt reports whether a pronoun tag starts at i: "(she/her)",
// "(he/him)", "(they/them)", "(she/they)" and the like, in the prompt
// languages ("(sie/ihr)", "(elle/la)", "(hen/hen)").
func pronounTagAt(text string, i int) bool {
	if i+4 >= len(text) || text[i] != '(' {
		return false
	}
	j := i + 1
	for j < len(text) && j-i <= 6 && isLower(text[j]) {
		j++
	}
	if j >= len(text) || text[j] != '/' {
		return false
	}
	return pronouns.has(text[i+1 : j])
}

// pronouns open a pronoun tag.
var pronouns = boolTable(map[string]bool{
	"she": true, "he": true, "they": true, "sie": true, "er": true, "elle": true, "il": true, "ella": true,
	"lei": true, "lui": true, "hen": true, "hon": true, "han": true, "zij": true, "hij": true, "ona": true,
	"on": true, "ela": true, "ele": true, "xe": true, "ze": true, "iel": true,
})

// teamAfterFrom reports whether " from " and a team follow the word at
// start..end ("Keziah from logistics", "Keziah from the front desk").
// A word opening a sentence needs a verb after the team as well ("Keziah
// from accounts says …"): "Notes from the call" and "Feedback from sales"
// open sentences as well.
func teamAfterFrom(text string, start, end int) bool {
	if end+7 >= len(text) || text[end+1:end+6] != "from " {
		return false
	}
	i := end + 6
	if strings.HasPrefix(text[i:], "the ") || strings.HasPrefix(text[i:], "our ") {
		i += 4
	}
	var buf [16]byte
	n := lowerWordAt(text, i, &buf)
	if n < 2 || !isLower(text[i]) {
		return false
	}
	if _, _, ok := teamWords.getBytes(buf[:n]); !ok {
		return false
	}
	if !sentenceInitial(text, start) {
		return true
	}
	if text[end-1] == 's' {
		return false // a plural noun: "Highlights from the call says …" is rare
	}
	// Two-word teams ("customer service", "front desk"): skip the second word.
	k := i + n
	if k+1 < len(text) && text[k] == ' ' {
		m := lowerWordAt(text, k+1, &buf)
		if _, _, ok := teamWords.getBytes(buf[:m]); ok && m > 1 {
			k += 1 + m
		}
	}
	if k+2 >= len(text) || text[k] != ' ' {
		return false
	}
	m := lowerWordAt(text, k+1, &buf)
	_, _, ok := slotVerbs.getBytes(buf[:m])
	return m > 1 && isLower(text[k+1]) && ok
}

// teamWords are the teams and places of work after "from" in notes about
// a person ("Keziah from accounts", "from the front desk").
var teamWords = boolTable(map[string]bool{
	"accounts": true, "accounting": true, "logistics": true, "billing": true, "finance": true, "sales": true,
	"support": true, "marketing": true, "hr": true, "payroll": true, "procurement": true, "purchasing": true,
	"dispatch": true, "shipping": true, "returns": true, "legal": true, "ops": true, "operations": true,
	"reception": true, "customer": true, "service": true, "care": true, "call": true, "meeting": true,
	"warehouse": true, "store": true, "shop": true, "branch": true, "front": true, "desk": true,
	"office": true, "team": true, "agency": true, "admin": true, "management": true, "compliance": true,
	"engineering": true, "product": true, "design": true, "events": true, "catering": true,
	"housekeeping": true, "onboarding": true, "partnerships": true, "pr": true, "comms": true,
	"helpdesk": true, "bakery": true, "salon": true, "kitchen": true, "studio": true, "clinic": true,
	"showroom": true, "counter": true, "it": true, "tech": true, "webinar": true, "workshop": true,
})

// slotVerbs follow "NAME from TEAM" in notes ("Keziah from accounts
// says …"): verbs of speaking and wanting, which people do ("Feedback
// from sales is positive" has none).
var slotVerbs = boolTable(map[string]bool{
	"says": true, "said": true, "called": true, "rang": true, "asked": true, "asks": true, "wants": true,
	"wanted": true, "mentioned": true, "confirmed": true, "emailed": true, "phoned": true, "told": true,
	"thinks": true, "wrote": true, "replied": true, "promised": true,
})

// familyWords introduce a family by its name, in the prompt languages
// ("the Kowalski family", "famille Dupont", "família Silva").
var familyWords = boolTable(map[string]bool{
	"familie": true, "famille": true, "família": true, "familia": true, "famiglia": true, "familjen": true,
	"familien": true, "gezin": true, "rodzina": true, "rodziny": true, "rodzinie": true, "rodzinę": true,
	"family": true, "Familie": true, "Famille": true, "Família": true, "Familia": true, "Famiglia": true,
	"Familjen": true, "Familien": true, "Gezin": true, "Rodzina": true, "Family": true,
})

// familyRefAt reports whether the capitalised word text[start:end] names
// a family: a family word right before it ("famille Dupont", "familie
// Nowak") or " family" or " household" right after it ("the Kowalski
// family"; "the Royal Family" has a capital).
func familyRefAt(text string, start, end int) bool {
	if end+7 <= len(text) && text[end] == ' ' && (strings.HasPrefix(text[end+1:], "family") && wordEndAt(text, end+7) ||
		strings.HasPrefix(text[end+1:], "family'") || strings.HasPrefix(text[end+1:], "household")) {
		return true
	}
	return slotWordBefore(text, start) == slotFamily
}

// familyPlural reports whether word, after "the", is a family name in the
// plural ("the Okafors", "the Joneses"), and not one that is also a word
// ("the Browns", "the Kings": teams and bands).
func familyPlural(word string) bool {
	stem := word[:len(word)-1]
	if strings.HasSuffix(word, "ses") || strings.HasSuffix(word, "zes") {
		stem = word[:len(word)-2] // the Joneses, the Martinezes
	}
	if len(stem) < 3 || familyWordVeto.has(stem) {
		return false
	}
	f := nameFlagsOf(stem)
	return f&nameFamily != 0 && f&(nameStop|nameCity|nameGiven) == 0
}

// signWords sign a note or message before a name ("Signé Clément",
// "firmado: Inma"), capitalised or not.
var signWords = boolTable(map[string]bool{
	"signed": true, "signé": true, "signée": true, "firmado": true, "firmada": true, "firmato": true,
	"firmata": true, "getekend": true, "podpisano": true, "assinado": true, "assinada": true,
	"signerat": true, "signert": true, "unterschrieben": true,
	// Session 11: the Nordic, German, Dutch, Polish and Portuguese forms.
	"underskrevet": true, "undertegnet": true, "undertecknat": true, "undertecknad": true,
	"gezeichnet": true, "unterzeichnet": true, "ondertekend": true, "podpis": true, "podpisała": true,
	"podpisał": true, "assinatura": true, "signatur": true, "underskrift": true,
})

// signOffSameLine reports whether the word text[start:end] ends its line
// and a sign-off opens that line before it, with a comma or a dash
// between ("Best, Keziah", "Love - Keziah", "Groetjes, Keziah"). Sign-offs
// that are greetings as well ("Thanks", "Cheers", "Regards") are found by
// the greeting rules.
func signOffSameLine(text string, start, end int) bool {
	j := end
	for j < len(text) && (text[j] == ' ' || text[j] == '!' || text[j] == '.') {
		j++
	}
	if j < len(text) && text[j] != '\n' && text[j] != '\r' {
		return false
	}
	e := start
	for e > 0 && start-e < 4 && (text[e-1] == ' ' || text[e-1] == ',' || text[e-1] == '-') {
		e--
	}
	if e == start || e == 0 || text[e] != ',' && text[e] != ' ' {
		return false
	}
	b := lastNewlineIn(text[:e]) + 1 // engine24_lines.go
	if signOffIn(signOffs, text, b, e) {
		return !signOffIn(signOffs, text, b, end) // "Saludos Cordiales": the word ends the closing
	}
	return signOffAfterSentence(text, b, e, end) // person20_closing.go
}

// signOffs are the closings that open a line before a signature on the
// same line, in lower case.
var signOffs = boolTable(map[string]bool{
	"best": true, "best wishes": true, "all the best": true, "all best": true, "love": true, "lots of love": true,
	"warmly": true, "warm wishes": true, "many thanks": true, "thanks again": true, "speak soon": true,
	"talk soon": true, "take care": true, "with thanks": true, "with love": true, "xx": true, "xoxo": true,
	"groetjes": true, "hartelijke groet": true, "met vriendelijke groet": true, "liebe grüße": true,
	"viele grüße": true, "lg": true, "vg": true, "gruß": true, "grüße": true, "saludos": true,
	"un saludo": true, "abrazos": true, "besos": true, "un abrazo": true, "bisous": true, "bises": true,
	"amitiés": true, "a presto": true, "baci": true, "un abbraccio": true, "abraços": true, "beijos": true,
	"pozdrawiam": true, "pozdrowienia": true, "hälsningar": true, "mvh": true, "kram": true,
	"hilsen": true, "venlig hilsen": true, "med venlig hilsen": true, "vänliga hälsningar": true,
	// Session 11: more closings of the prompt languages.
	"groet": true, "groeten": true, "hartelijke groeten": true, "vriendelijke groet": true,
	"vriendelijke groeten": true, "met vriendelijke groeten": true, "mvg": true, "gr": true,
	"beste groet": true, "mit freundlichen grüßen": true, "freundliche grüße": true, "herzliche grüße": true,
	"beste grüße": true, "schöne grüße": true, "mfg": true, "cordialement": true, "bien cordialement": true,
	"bien à vous": true, "salutations": true, "à bientôt": true, "atentamente": true, "saludos cordiales": true,
	"un cordial saludo": true, "cordiali saluti": true, "distinti saluti": true, "saluti": true,
	"un saluto": true, "atenciosamente": true, "cumprimentos": true, "com os melhores cumprimentos": true,
	"abraço": true, "um abraço": true, "beijinhos": true, "z poważaniem": true, "serdecznie": true,
	"serdeczne pozdrowienia": true, "med vänlig hälsning": true, "vänlig hälsning": true, "hälsning": true,
	"vh": true, "venlige hilsner": true, "kærlig hilsen": true, "de bedste hilsner": true,
	"kind regards": true, "best regards": true, "warm regards": true, "regards": true, "thanks": true,
	"thank you": true, "cheers": true, "ta": true, "sincerely": true, "yours": true, "yours sincerely": true,
	"yours truly": true, "respectfully": true, "thx": true, "br": true,
})

// unknownBeforeFamily reports whether the two words text[start:end], a
// capitalised word no gazetteer knows and a family name of the
// gazetteers, are a person's name ("Keziah Kowalski"): the family name is
// no word too ("Master Baker", "Bio Bauer"), the first word names no
// business or place ("Pizzeria Rossi", "Maison Dupont"; a family word
// makes it a family: "Familie Nowak"), and no article, possessive or place
// preposition comes before them ("the Carnegie Hall", "at Kings Cross").
func unknownBeforeFamily(text string, start, end int) bool {
	sp := strings.IndexByte(text[start:end], ' ')
	if sp < 3 {
		return false
	}
	first, last := text[start:start+sp], text[start+sp+1:end]
	if strings.IndexByte(last, ' ') >= 0 || end+2 < len(text) && text[end] == ' ' && isUpper(text[end+1]) {
		return false // a longer name of a firm or place: "Premier Hall Ltd"
	}
	if familyWords.has(first) {
		return true
	}
	if nameFlagsOf(first) != 0 || familyWordVeto.has(last) || businessFirstWords.has(first) || slotVetoWords.has(first) {
		return false
	}
	if qs, qe := quotesAround(text, start, end); qs < start || qe > end {
		return false // a nickname or a product in quotes: 'Honest Abe'
	}
	if possessiveEnd(text, end) && end+4 < len(text) && upperAt(text, end+3) {
		return false // a shop: "Abbey Wood's Bakery"
	}
	if end+3 < len(text) && text[end] == ' ' && isLower(text[end+1]) && (productAfter(text, end) || themeAfter(text, end)) {
		return false // a product: "Cashmere Hayes scarves", "the Tropical Thompson blend"
	}
	if start < 2 || text[start-1] != ' ' {
		return true
	}
	var buf [16]byte
	w := lowerWordEndingAt(text, start-1, 8, false, &buf)
	_, _, ok := placeArticles.getBytes(w)
	return len(w) == 0 || !ok
}

// placeArticles before two capitalised words make them a thing or a
// place's name, not a person's.
var placeArticles = boolTable(map[string]bool{
	"the": true, "a": true, "an": true, "our": true, "your": true, "their": true, "its": true, "at": true,
	"in": true, "near": true, "on": true, "via": true, "into": true, "opposite": true, "around": true,
	"new": true, "latest": true, "classic": true, "signature": true,
	"der": true, "die": true, "das": true, "dem": true, "den": true, "im": true, "am": true, "le": true,
	"la": true, "les": true, "el": true, "los": true, "il": true, "het": true, "de": true, "op": true,
})

// familyWordVeto are family names of the gazetteers that are words too,
// in English and the other prompt languages: after a capitalised word no
// gazetteer knows they are more often a product's or a place's word than
// a person's name ("Matte Black", "Carnegie Hall", "Master Baker", "Bio
// Bauer").
var familyWordVeto = boolTable(map[string]bool{
	"Brown": true, "White": true, "Black": true, "Green": true, "Gray": true, "Grey": true, "Young": true,
	"King": true, "Cook": true, "Wood": true, "Woods": true, "Price": true, "Long": true, "Rice": true,
	"Little": true, "Day": true, "May": true, "Page": true, "Love": true, "Gross": true, "Farmer": true,
	"Person": true, "Flowers": true, "Short": true, "Wall": true, "Rich": true, "Snow": true, "Strong": true,
	"Glass": true, "House": true, "Small": true, "Case": true, "Best": true, "Church": true, "Good": true,
	"Winter": true, "Cousin": true, "Kiss": true, "Power": true, "Park": true, "Hall": true, "Hill": true,
	"Bell": true, "Baker": true, "Rose": true, "Stone": true, "Fox": true, "Lamb": true, "Frost": true,
	"Hope": true, "Joy": true, "Gold": true, "Silver": true, "Banks": true, "Mills": true, "Wells": true,
	"Brooks": true, "Rivers": true, "Lane": true, "Ford": true, "Field": true, "Fields": true, "West": true,
	"North": true, "South": true, "Golden": true, "Holiday": true, "Storm": true, "Steel": true,
	"Sharp": true, "Bright": true, "Sweet": true, "Street": true, "Castle": true, "Bishop": true,
	"Knight": true, "Mason": true, "Carpenter": true, "Potter": true, "Fisher": true, "Hunter": true,
	"Porter": true, "Shepherd": true, "Archer": true, "Butler": true, "Chamberlain": true, "Steward": true,
	"Marshall": true, "Summers": true, "Spring": true, "Star": true, "Diamond": true, "Pearl": true,
	"Lord": true, "Noble": true, "Bond": true, "Cash": true, "Child": true, "Hart": true, "Moon": true,
	"Sun": true, "Bay": true, "Burns": true, "Walls": true, "Waters": true, "Law": true, "Fry": true,
	"Koch": true, "Bauer": true, "Richter": true, "Klein": true, "Wolf": true, "Schwarz": true, "Braun": true,
	"Lange": true, "Weiss": true, "Weiß": true, "Jung": true, "Kaiser": true, "König": true, "Engel": true,
	"Sommer": true, "Stein": true, "Berg": true, "Kraft": true, "Ernst": true, "Fuchs": true, "Vogel": true,
	"Hahn": true, "Graf": true, "Herzog": true, "Meister": true, "Busch": true, "Bach": true, "Schneider": true,
	"Petit": true, "Blanc": true, "Bonnet": true, "Boulanger": true, "Boucher": true, "Marchand": true,
	"Chevalier": true, "Fontaine": true, "Noël": true, "Roy": true, "Blanco": true, "Rubio": true,
	"Moreno": true, "Castillo": true, "Iglesias": true, "Vega": true, "Campos": true, "Cruz": true,
	"Santos": true, "Flores": true, "Rosa": true, "Pastor": true, "León": true, "Leon": true, "Lobo": true,
	"Bianco": true, "Costa": true, "Fontana": true, "Ferrari": true, "Marino": true, "Salvador": true,
	"Paz": true, "Bean": true, "Cross": true, "Bos": true, "Groot": true, "Koning": true, "Kok": true,
})

// businessFirstWords are the words for a shop, a place or a product line
// that open its name before a family name ("Pizzeria Rossi", "Bäckerei
// Schmidt", "Maison Dupont", "Villa Costa").
var businessFirstWords = boolTable(map[string]bool{
	"Bäckerei": true, "Metzgerei": true, "Autohaus": true, "Praxis": true, "Kanzlei": true, "Haus": true,
	"Gasthaus": true, "Gasthof": true, "Pizzeria": true, "Trattoria": true, "Osteria": true,
	"Ristorante": true, "Boulangerie": true, "Pâtisserie": true, "Patisserie": true, "Maison": true,
	"Chez": true, "Casa": true, "Villa": true, "Bodega": true, "Pastelería": true, "Panadería": true,
	"Farmacia": true, "Apotheke": true, "Pharmacie": true, "Café": true, "Bar": true, "Bistro": true,
	"Brasserie": true, "Salon": true, "Studio": true, "Atelier": true, "Galerie": true, "Gallery": true,
	"Clinic": true, "Klinik": true, "Boutique": true, "Domaine": true, "Château": true, "Quinta": true,
	"Fazenda": true, "Hacienda": true, "Tienda": true, "Negozio": true, "Bottega": true, "Firma": true,
	"Club": true, "Camp": true, "Castle": true, "Cottage": true, "Farm": true, "Manor": true, "Lodge": true,
	"Inn": true, "Tavern": true, "Pub": true, "Garage": true, "Bakery": true, "Kitchen": true, "Hof": true,
	"Weingut": true, "Hotel": true, "Hostal": true, "Albergo": true, "Pension": true, "Residenz": true,
	"Cantina": true, "Taverna": true, "Pasticceria": true, "Gelateria": true, "Macelleria": true,
	"Librería": true, "Libreria": true, "Librairie": true, "Buchhandlung": true, "Optik": true,
	"Collection": true, "Edition": true, "Series": true, "Premium": true, "Classic": true, "Deluxe": true,
	"Original": true, "Signature": true, "Limited": true, "Matte": true, "Glossy": true, "Royal": true,
	"Grand": true, "Little": true, "Master": true, "Senior": true, "Junior": true, "Chef": true,
	"Team": true, "Project": true, "Operation": true, "Mission": true, "Casino": true, "Theatre": true,
	"Theater": true, "Teatro": true, "Cinema": true, "Kino": true, "Stadium": true, "Arena": true,
	// Trades in shop names ("Tessuti Rossi", "Schuhhaus Becker", "Zapatería López").
	"Tessuti": true, "Moda": true, "Mode": true, "Sartoria": true, "Calzature": true, "Gioielleria": true,
	"Ottica": true, "Ferramenta": true, "Alimentari": true, "Vini": true, "Cantine": true, "Tenuta": true,
	"Azienda": true, "Agenzia": true, "Officina": true, "Carrozzeria": true, "Bijouterie": true,
	"Fromagerie": true, "Charcuterie": true, "Épicerie": true, "Mercería": true, "Zapatería": true,
	"Joyería": true, "Ferretería": true, "Floristería": true, "Peluquería": true, "Carnicería": true,
	"Confitería": true, "Padaria": true, "Papelaria": true, "Livraria": true, "Schuhhaus": true,
	"Modehaus": true, "Möbelhaus": true, "Juwelier": true, "Feinkost": true, "Weinhaus": true,
	"Blumen": true, "Friseur": true, "Salão": true, "Ateliê": true, "Estúdio": true, "Cabinet": true,
	// Product words ("(Whole Bean)", "Fresh Fox").
	"Whole": true, "Fresh": true, "Organic": true, "Natural": true, "Pure": true, "Dark": true, "Light": true,
	"Extra": true, "Super": true, "Mega": true, "Mini": true, "Pro": true, "Plus": true, "Ultra": true,
	"Double": true, "Single": true, "Triple": true, "Hot": true, "Cold": true, "Spicy": true, "Vintage": true,
	"Modern": true, "Smart": true, "Soft": true, "Slim": true, "Honest": true, "Happy": true, "Wild": true,
})

// kinTitles are kinship words written as titles before a name ("Auntie
// Bea", "Uncle Ben", "Oma Helga"). Brands and mascots take them too
// ("Auntie Bea's Bakes", "Uncle Ben rice"): kinMascotAround tells.
var kinTitles = boolTable(map[string]bool{
	"Auntie": true, "Aunty": true, "Aunt": true, "Uncle": true, "Grandma": true, "Granny": true,
	"Grandpa": true, "Grandad": true, "Nana": true, "Oma": true, "Opa": true, "Nonna": true, "Nonno": true,
	"Abuela": true, "Abuelo": true, "Babcia": true, "Mamie": true, "Papy": true, "Tante": true, "Onkel": true,
	"Tía": true, "Tío": true, "Tia": true, "Tio": true, "Zia": true, "Zio": true, "Mama": true, "Papa": true,
	"Mamma": true, "Mammy": true, "Pappy": true, "Ma": true, "Pa": true,
	"Oncle": true, "Tonton": true, "Oom": true, "Wujek": true, "Ciocia": true,
})

// kinWordBefore reports whether a word of kinTitles ends right before
// start with one space between ("Uncle Ben").
func kinWordBefore(text string, start int) bool {
	if start < 3 || text[start-1] != ' ' {
		return false
	}
	b := start - 1
	for b > 0 && start-1-b < 8 && (isAlpha(text[b-1]) || text[b-1] >= 0x80) {
		b--
	}
	return (b == 0 || !isAlpha(text[b-1])) && kinTitles.has(text[b:start-1])
}

// kinMascotAround reports whether a kinship-titled name text[..end] (the
// title before it from start) is a brand's or a mascot's: a possessive and
// a capitalised word or a word for goods follow it ("Auntie Bea's Bakes",
// "Uncle Ben's rice"), a word for goods follows it ("Uncle Ben rice"), or
// it stands in quotes with its title ("'Auntie Bea' is our mascot").
func kinMascotAround(text string, start, end int) bool {
	if end >= len(text) {
		return false
	}
	if possessiveEnd(text, end) {
		e := end + 2
		if text[end] != '\'' {
			e = end + 4
		}
		if e+2 < len(text) && text[e] == ' ' && upperAt(text, e+1) {
			return true
		}
		return e+2 < len(text) && text[e] == ' ' && (productAfter(text, e) || themeAfter(text, e) || shopWordAfter(text, e))
	}
	if end+3 < len(text) && text[end] == ' ' && isLower(text[end+1]) && (productAfter(text, end) || themeAfter(text, end)) {
		return true
	}
	b := start
	for b > 0 && start-b < 8 && (isAlpha(text[b-1]) || text[b-1] >= 0x80 || text[b-1] == ' ' || text[b-1] == '.') {
		b-- // back over the title to the quote
		if text[b] == ' ' && b < start-1 {
			break
		}
	}
	qs, qe := quotesAround(text, b, end)
	return qs < b && qe > end
}

// intlRelations are relation words of the other prompt languages ("sua
// figlia Althea", "mi compañera Zorinda", "ma collègue Zorinda"), in lower
// case; value 2 marks the German nouns, which are written with a capital
// ("meine Kollegin Zorinda"). Words that are English words or brands with
// a capital ("Son", "Papa", "Tata", "Brat") count only in lower case, and
// words that are ordinals or adverbs too ("primo", "far") are left out.
var intlRelations = func() *strTable {
	t := newStrTable(160)
	for _, w := range strings.Fields(`collègue fille fils sœur frère mère père voisin voisine amie ami cousine mari
		femme épouse époux nièce neveu patronne compañera compañero hija hijo hermana hermano madre padre
		vecina vecino amiga amigo esposa esposo marido sobrina sobrino jefa jefe collega figlia figlio sorella
		fratello vicina vicino amica amico cugina cugino moglie marito nipote dochter zoon zus zuster broer
		moeder vader buurvrouw buurman vriendin vriend freund nicht neef echtgenote echtgenoot colega filha filho
		irmã irmão mãe pai vizinha vizinho esposa sobrinha sobrinho chefe kolega koleżanka córka syn siostra
		brat mama tata sąsiadka sąsiad przyjaciółka przyjaciel żona mąż kuzynka kuzyn kollega dotter syster
		bror mamma pappa granne väninna datter søster hustru`) {
		t.put(w, 1)
	}
	for _, w := range strings.Fields(`kollege kollegin tochter sohn schwester bruder mutter vater enkelin enkel
		nichte neffe nachbarin nachbar freundin partnerin ehemann ehefrau`) {
		t.put(w, 2)
	}
	return t
}()

// Kinds of the words of slotWords.
const (
	slotNone uint32 = iota
	slotFamily
	slotSign
	slotRelation
	slotRelationNoun // a German noun: a relation word written with a capital too
	slotNaming       // the last word of a naming phrase: "calls her", "goes by", "known as"
	slotLabel        // a role label with a colon: "Agent: Jordan" (person4_slots.go)
	slotNamingVerb   // a naming verb or its pronoun: "hij heet Bayu", "chama-se Bayu" (person4_slots.go)
)

// slotWords maps the words that loneNameSlot reads before a name, in
// lower case, to their kind: family words, signing words and relation
// words.
var slotWords = func() *strTable {
	t := newStrTable(len(familyWords.slots) + len(signWords.slots) + len(intlRelations.slots))
	for _, src := range []struct {
		t    *strTable
		kind uint32
	}{{familyWords, slotFamily}, {signWords, slotSign}, {intlRelations, slotRelation}, {roleLabels, slotLabel},
		{splitNameLabels, slotLabel}, {namingVerbs, slotNamingVerb}} {
		for _, w := range src.t.keyList() {
			if w == "" {
				continue
			}
			kind := src.kind
			if v, _ := intlRelations.get(w); src.kind == slotRelation && v == 2 {
				kind = slotRelationNoun
			}
			if l := strings.ToLower(w); !t.has(l) {
				t.or(l, kind)
			}
		}
	}
	for _, w := range []string{"her", "him", "by", "as", "aka", "nicknamed"} {
		t.put(w, slotNaming)
	}
	return t
}()

// namingPhrases are the phrases that give a person's name or nickname
// before it ("everyone calls her Keziah", "goes by Keziah", "known as
// Keziah", "aka Keziah"), keyed by their last word in slotWords.
var namingPhrases = boolTable(map[string]bool{
	"calls her": true, "calls him": true, "call her": true, "call him": true, "called her": true,
	"called him": true, "goes by": true, "go by": true, "went by": true, "known as": true,
	"nicknamed": true, "aka": true,
	// Who served or helped a customer, or took a call ("served by Keziah",
	// "taken by Keziah (volunteer)").
	"served by": true, "helped by": true, "assisted by": true, "taken by": true,
})

// namingPhraseBefore reports whether a phrase of namingPhrases ends at e
// (exclusive), in lower case.
func namingPhraseBefore(text string, e int) bool {
	return phraseBefore(text, e+1, namingPhrases, 2)
}

// roleParenBefore reports whether a role or relation word and a space end
// right before the opening parenthesis at p ("Notes from agent (Keziah)",
// "her daughter (Keziah)").
func roleParenBefore(text string, p int) bool {
	if p < 3 || text[p-1] != ' ' {
		return false
	}
	if w, v := relationWordBefore(text, p); v != 0 {
		return w != "courier" // "the courier (DPD)": a carrier, not a person
	}
	r := roleBefore(text, p)
	return r != "" && r != "courier"
}

// slotWordBefore returns the kind of the word of slotWords that ends right
// before start with one space (or, for a signing word, ": ") between, or
// slotNone. A relation word counts in lower case, or capitalised when it
// is a German noun; family and signing words in either case.
func slotWordBefore(text string, start int) uint32 {
	e := start - 1
	if e < 3 || text[e] != ' ' {
		return slotNone
	}
	colon := text[e-1] == ':'
	if colon {
		e--
	}
	var buf [16]byte
	w := lowerWordEndingAt(text, e, 16, true, &buf)
	if len(w) < 2 {
		return slotNone
	}
	_, v, ok := slotWords.getBytes(w)
	switch {
	case !ok || colon && v != slotSign && v != slotLabel:
		return slotNone
	case v == slotLabel && (!colon || !labelOpensField(text, e-len(w))):
		return slotNone // "our agent Chrome": a role word vouches for an unknown word only as a label
	case v == slotNamingVerb && namingVerbBefore(text, start) == "":
		if namingPhraseBefore(text, e) {
			return slotNaming // names17_naming.go: "l'appelle Dédé", "call me Ishmael"
		}
		return slotNone
	case v == slotNaming && !namingPhraseBefore(text, e):
		return slotNone
	case v == slotRelationNoun:
		return slotRelation
	case v == slotRelation && !isLower(text[e-len(w)]) && text[e-len(w)] < 0x80:
		return slotNone // "Tata Motors", "Son Goku"
	}
	return v
}
