package redact

import (
	"unicode"
	"unicode/utf8"
)

// A line that opens with a person's role and a colon names the person
// who fills it: "Driver: Tariku Mengesha", "Preferred carer: Pearl
// (female carers only)", "Guía: Lalo (Eduardo Ruiz), 442 …", "Myyjä:
// Aatu", "Tour leader: Temirlan" (first22, issue 9: run sheets, tickets,
// tour and shop notes). The role says the value is a person, as a
// "Name:" field does, but a role word is no field key of a record
// (formats18_fields.go wants a record): roleLabelNames takes the value
// alone, when it has a name's shape. The value is one to four
// capitalised words (particles such as "bin", "van", "da" between them)
// that end the line or stand before a field separator (a bracket, a
// comma, a semicolon, a spaced dash, bar or slash); its words are no stop
// words or places of the gazetteers, and together they are spelt like a
// name (spellNameLikeAt; a lone word a given name or spelt like one,
// roleWordNameLike). Roles that are as often a thing or a team
// ("host", "server", "lead", "owner", "contact") are left out.

// roleKeyLabels are the role keys, lower case, that roleLabelNames reads.
var roleKeyLabels = boolTable(map[string]bool{
	// English
	"driver": true, "your driver": true, "chef": true, "cook": true, "guide": true, "tour guide": true,
	"tour leader": true, "group leader": true, "crew lead": true, "crew leader": true, "team leader": true,
	"technician": true, "tech": true, "tech on shift": true, "engineer on site": true, "installer": true,
	"fitter": true, "carer": true, "preferred carer": true, "caregiver": true, "care worker": true,
	"key worker": true, "support worker": true, "assigned": true, "assigned to": true, "handled by": true,
	"served by": true, "taken by": true, "packed by": true, "delivered by": true, "stylist": true,
	"barber": true, "therapist": true, "tutor": true, "coach": true, "instructor": true, "trainer": true,
	"interpreter": true, "translator": true, "seller": true, "vendor": true, "buyer": true, "courier": true,
	"chaperone": true, "escort": true, "captain": true, "skipper": true, "treasurer": true,
	"caseworker": true, "case worker": true, "volunteer": true, "photographer": true, "florist": true,
	"landlord": true, "landlady": true, "tenant": true, "nanny": true, "babysitter": true, "midwife": true,
	"nurse": true,
	// German, Dutch, Nordic, Finnish
	"fahrer": true, "fahrerin": true, "koch": true, "köchin": true, "reiseleiter": true,
	"reiseleiterin": true, "betreuer": true, "betreuerin": true, "pfleger": true, "pflegerin": true,
	"techniker": true, "technikerin": true, "verkäufer": true, "verkäuferin": true, "obmann": true,
	"obfrau": true, "trainerin": true, "kassier": true, "kassierin": true, "chauffeur": true, "gids": true,
	"kok": true, "verkoper": true, "verkoopster": true, "monteur": true, "begeleider": true,
	"begeleidster": true, "sjåfør": true, "chaufför": true, "chauffør": true, "kokk": true, "kock": true,
	"selger": true, "säljare": true, "sælger": true, "tekniker": true, "myyjä": true, "kuljettaja": true,
	"opas": true, "asentaja": true,
	// French, Spanish, Italian, Portuguese
	"guía": true, "guia": true, "chófer": true, "chofer": true, "conductor": true, "cocinero": true,
	"cocinera": true, "vendedor": true, "vendedora": true, "técnico": true, "técnica": true,
	"cuidador": true, "cuidadora": true, "encargado": true, "encargada": true, "atendido por": true,
	"cuisinier": true, "cuisinière": true, "vendeur": true, "vendeuse": true, "technicien": true,
	"technicienne": true, "accompagnateur": true, "accompagnatrice": true, "animateur": true,
	"animatrice": true, "formateur": true, "formatrice": true, "moniteur": true, "monitrice": true,
	"autista": true, "guida": true, "cuoco": true, "cuoca": true, "venditore": true, "venditrice": true,
	"tecnico": true, "accompagnatore": true, "istruttore": true,
	"istruttrice": true, "motorista": true, "cozinheiro": true, "cozinheira": true, "atendente": true,
	// Polish, Turkish, Indonesian and Malay
	"kierowca": true, "przewodnik": true, "przewodniczka": true, "sprzedawca": true, "şoför": true,
	"rehber": true, "sopir": true, "supir": true, "pemandu": true,
})

// maxRoleKey bounds the bytes of a role key ("fizioterapeutkinja",
// "физиотерапевт", "φυσιοθεραπευτής").
const maxRoleKey = 32

// roleLabelNames appends the names after the role keys of text's lines
// (see above) that no span of dst covers. personSpans calls it for a
// text with a line break and a colon.
//
//go:noinline
func roleLabelNames(sc *textScan, dst []Span, n0 int) []Span {
	lg := spanGuard{live: true} // liveSpanOverlaps for a long text's many names
	text := sc.text
	for c := sc.next(mkColon, 0); c >= 0; c = sc.next(mkColon, c+1) {
		if c < 3 || c+2 >= len(text) || text[c+1] != ' ' {
			continue
		}
		ke := c
		if text[c-1] == ' ' && c >= 4 && (isAlpha(text[c-2]) || text[c-2] >= 0x80) {
			ke = c - 1 // script24: the French spaced colon, "artiste : Yanis"
		}
		if !isAlpha(text[ke-1]) && text[ke-1] < 0x80 {
			continue
		}
		ks, ok := roleKeyStart(text, ke)
		if !ok {
			continue
		}
		v := c + 2
		for v < len(text) && text[v] == ' ' {
			v++
		}
		var buf [maxRoleKey]byte
		key := roleKeyLower(buf[:0], text[ks:ke])
		_, _, known := roleKeyLabels.getBytes(key)
		if !known {
			// script24: a holder's or a guest's label before a name in
			// kanji or Hangul ("Titular: 山田 太郎", "Guest: 김민준").
			if _, _, holder := roleLabels.getBytes(key); !holder || v >= len(text) || text[v] < 0xE0 {
				continue
			}
		}
		e := 0
		ok = false
		if known {
			e, ok = roleValueEnd(text, v)
		}
		if !ok && v < len(text) && text[v] >= 0xE0 {
			e, ok = roleCJKValueEnd(text, v) // person23b_roles.go: "担当: 高橋。"
			if se, sok := cjkSpacedValueEnd24(text, v); sok && se > e {
				e, ok = se, true // script24_native.go: "担当: 佐藤 遥"
			}
		}
		if !ok && known {
			v, e, ok = roleTitledValue(text, v) // person23b_roles.go: "Chofer: Don Beto."
		}
		if !ok || lg.overlaps(dst, len(text), v, e) {
			continue
		}
		dst = append(dst, Span{Start: v, End: e, Type: "PERSON", Rule: "builtin.person", Score: 0.8,
			Reason: "name after a line's role key (driver, carer, guide)"})
	}
	reportWork("roleLabelNames", lg.work)
	return dst
}

// roleKeyStart returns where the key before the colon at c starts: the
// line's start, after a list mark ("- ", "* ", "• ") and spaces, at most
// maxRoleKey bytes before c; ok is false when the line holds more.
func roleKeyStart(text string, c int) (int, bool) {
	ls := c
	for ls > 0 && text[ls-1] != '\n' && !sentenceGapBefore(text, ls) && !fieldCommaBefore24(text, ls) {
		ls--
		if c-ls > maxRoleKey+4 {
			return 0, false
		}
	}
	for ls < c {
		switch {
		case text[ls] == ' ' || text[ls] == '\t' || text[ls] == '-' || text[ls] == '*':
			ls++
			continue
		case ls+3 <= c && text[ls:ls+3] == "•":
			ls += 3
			continue
		}
		break
	}
	return ls, c-ls >= 3 && c-ls <= maxRoleKey && !isUpper(text[c-1])
}

// roleValueEnd returns the end of the name that starts at v (see the
// file's comment), and whether there is one.
func roleValueEnd(text string, v int) (int, bool) {
	e, words, ok := capRunEnd(text, v)
	if !ok || !roleValueStop(text, e) {
		return 0, false
	}
	if text[v] >= 0xCE && text[v] <= 0xD3 {
		return e, roleNonLatinNameLike(text[v:e]) // person23b_roles.go: "Мастер: Олег"
	}
	if words == 1 {
		return e, roleWordNameLike(text[v:e])
	}
	return e, spellNameLikeAt(text, v, e, spellContactMean, spellContactFloor)
}

// capRunEnd returns the end of the run of one to four capitalised words
// that starts at v, one space between them and particles ("bin", "van")
// inside it, and how many words it has; ok is false when a lower-case
// word, a word in capitals, a stop word, place, greeting or title of the
// gazetteers (that is no name as well) or a fifth word comes first.
func capRunEnd(text string, v int) (end, n int, ok bool) {
	words, particle, e := 0, false, v
	for k := v; words < 5; {
		w := k
		for w < len(text) {
			r, size := utf8.DecodeRuneInString(text[w:])
			if r == '-' || r == '\'' || r == '’' || unicode.IsLetter(r) {
				w += size
				continue
			}
			break
		}
		for w > k {
			// a closing quote ("the 'Kate & Will' box")
			if text[w-1] == '\'' {
				w--
			} else if w-k >= 3 && text[w-3:w] == "’" {
				w -= 3
			} else {
				break
			}
		}
		if w == k {
			break
		}
		tok := text[k:w]
		switch {
		case words > 0 && particleSet.has(tok):
			particle = true
		case !upperRuneAt(text, k) && words > 0:
			particle = false // a lower-case word after the run ends it
			k = -1
		case !upperRuneAt(text, k) || isUpper(text[k]) && w-k > 1 && isUpper(text[k+1]):
			return 0, 0, false // a lower-case word first, or capitals ("OK", "TBC")
		case nameFlagsOf(tok)&(nameStop|nameCity|nameGreeting|nameTitle) != 0 && nameFlagsOf(tok)&(nameGiven|nameFamily) == 0:
			return 0, 0, false // "Driver: Monday", "Guide: Paris"
		default:
			particle = false
			words++
			e = w
		}
		if k < 0 {
			break
		}
		if w+1 < len(text) && text[w] == ' ' && text[w+1] != ' ' {
			k = w + 1
			continue
		}
		k = w
		break
	}
	if words == 0 || words > 4 || particle {
		return 0, 0, false
	}
	return e, words, true
}

// roleNobody are the lone words a role key's value is when no person
// fills the role yet, or a machine does.
var roleNobody = boolTable(map[string]bool{
	"Bot": true, "Robot": true, "Admin": true, "System": true, "Auto": true, "Unknown": true,
	"Unassigned": true, "Anyone": true, "Someone": true, "Nobody": true, "Vacant": true, "Pending": true,
	"Tbc": true, "Tba": true, "Tbd": true, "Self": true, "Me": true, "You": true, "Us": true,
})

// roleSpellFloor is the least spelling score (×16 log odds) of a lone
// word no gazetteer knows that roleValueEnd takes: "Temirlan" scores 68,
// "Lalo" 38, "Windows" -8, "React" -143.
const roleSpellFloor = 10

// roleWordNameLike reports whether w, a role key's value of one word, is
// a name: a given name of the gazetteers, a word too ("Preferred carer:
// Pearl", as a role word vouches for one), or a word no gazetteer
// knows that is spelt like a name.
func roleWordNameLike(w string) bool {
	if roleNobody.has(w) {
		return false
	}
	if f := nameFlagsOf(w); f != 0 {
		return f&nameGiven != 0
	}
	if _, ok := monthAt(w, 0); ok {
		return false
	}
	sum, _, parts := spellScores(w)
	return parts == 1 && sum >= roleSpellFloor
}

// roleValueStop reports whether the name ending at e ends its field: the
// text's or line's end, a bracket, a comma, a semicolon, a full stop
// that ends the line, or a spaced dash, bar or slash.
func roleValueStop(text string, e int) bool {
	if e >= len(text) {
		return true
	}
	switch text[e] {
	case '\n', '\r', ',', ';':
		return true
	case '.':
		return e+1 >= len(text) || text[e+1] == '\n' || text[e+1] == ' ' && e+2 < len(text) && upperRuneAt(text, e+2) // person23b: "Kurier: Adi. Bitte …"
	case ' ':
		if e+1 >= len(text) {
			return true
		}
		switch text[e+1] {
		case '(', '|', '/', '-', '\n':
			return true
		}
		return e+3 < len(text) && text[e+1] == 0xE2 && text[e+2] == 0x80 && (text[e+3] == 0x93 || text[e+3] == 0x94) // "–", "—"
	}
	return false
}

// liveSpanOverlaps reports whether a span of spans that Find keeps (one
// that reaches DefaultMinScore) overlaps text[s:e]: a name the person
// detector scored too low to keep is no reason to leave one out.
func liveSpanOverlaps(spans []Span, s, e int) bool {
	for i := range spans {
		if sp := &spans[i]; sp.Start < e && sp.End > s && sp.Score >= DefaultMinScore {
			return true
		}
	}
	return false
}
