package redact

import "strings"

// Clubs, schools, churches, associations, practices and shops write
// their own contact data into prose without a footer word (issue 9):
// "Mutuelle …, 3 quai …, 29200 …, 02 …", "the children of Greenway
// Primary School (14 Mill Lane, …)", "Klub: NK …, …", "Venue: …",
// "ring the club on 0161 …", "the farm is Hill View Organics, 12 …".
// orgLead reads what stands right before a chain, on its line and in its
// clause:
//   - an organisation's name: capitalised words (and particles) holding
//     an organisation, trade or premises word, a legal form, a club's
//     abbreviation or a brand, before a comma, a bracket or a dash;
//   - an organisation's or a venue's label ("Club:", "Company:", "Venue:",
//     "Where:", "Meeting point:"), with the name or not;
//   - "<org word> is <its name>," ("the farm is …", "il circolo è …");
//   - an invitation to a desk ("ring the club on", "email the office at",
//     "call reception on", "WhatsApp the shop on", "text our team on")
//     or a desk that "can be reached on";
// and keeps the chain masked when a customer's, a delivery's, a
// residence's or a person's word stands before it in its clause ("her",
// "my", "lives", "deliver to", "home", "Address:"; a person the person
// detector found was read before, in chainPerson). The people an
// organisation serves may stand there ("for the patients of …", "members
// of …"): the organisation's name between them and the chain tells whose
// data it is. A generic venue label ("Where:", "Location:") counts only
// without them.

// orgMaxWords bounds the words orgLead reads back from a chain.
const orgMaxWords = 16

// Kinds of an anchor orgLead found.
const (
	orgNone  = iota
	orgName  // an organisation's name or its label
	orgVenue // a venue's or a meeting point's label: stricter guards
	orgBrand // a brand alone: the guards of a venue
)

// orgLead returns where the words right before a chain that starts at
// first, from hs (the chain's head on its line), begin to name an
// organisation whose contact data the chain is (see above), or -1. free
// tells that the chain holds a toll-free number, which lifts an address
// label before the name.
func orgLead(text string, hs, first int, free func() bool) int {
	// the raw words of the head, back from the chain (space-separated):
	// two first, for the cheap test
	var ws [orgMaxWords][2]int
	n, e := orgWordsBack(text, hs, first, ws[:2], 0)
	if n == 0 {
		return -1
	}
	k0 := 0
	if !hasAlnum(text[ws[0][0]:ws[0][1]]) {
		k0 = 1
	}
	if k0 < n {
		// a lower-case word right before the chain that is no connector,
		// no label and no organisation's word: most customers' chains
		w := text[ws[k0][0]:ws[k0][1]]
		if isLower(w[0]) && w[len(w)-1] != ':' && w[len(w)-1] != ',' {
			var b [32]byte
			if len(w) > 7 {
				if len(w) > len(b) {
					return -1
				}
				if bz, p := wordKinds(lowerASCII(trimPunct(w), &b)); bz&(bizTrade|bizCue) == 0 && p&premNoun == 0 {
					return -1
				}
			} else if !orgConnector(w) {
				if bz, p := wordKinds(trimPunct(w)); bz&(bizTrade|bizCue) == 0 && p&premNoun == 0 {
					return -1
				}
			}
		}
	}
	n, _ = orgWordsBack(text, hs, e, ws[:], n)
	word := func(k int) string { return text[ws[k][0]:ws[k][1]] }
	var buf [32]byte
	k := 0
	// a bracket, a dash or a pipe alone before the chain
	if w := word(k); !hasAlnum(w) {
		k++
	}
	// connectors before the chain: "at", "on", "is at", "in der"
	conn, cop := 0, false
	for ; k < n && conn < 3; k++ {
		w := word(k)
		if len(w) > 10 || !orgConnector(lowerASCII(w, &buf)) {
			break
		}
		switch lowerASCII(w, &buf) {
		case "is", "are", "located", "based", "ist", "est", "es", "è", "er", "är", "jest", "é", "fica", "trouve", "situé",
			"située", "befindet", "encuentra", "está", "esta", "trova", "ligt", "zit", "ligger", "znajduje", "sijaitsee":
			cop = true
		}
		conn++
	}
	if k >= n {
		return -1
	}
	kind, at := orgNone, 0
	if conn > 0 {
		kind, at = orgInvite(text, ws[:n], k, cop)
	}
	if kind == orgNone && (conn == 0 || orgCopulaAt(text, ws[:n], k-1)) {
		kind, at = orgNameAt(text, ws[:n], k, conn == 0, free)
	}
	if kind == orgNone && conn > 0 {
		if at = orgWeLocated(text, ws[:n]); at >= 0 {
			kind = orgVenue // "we are located at": a venue's guards (business15_located.go)
		}
	}
	if kind == orgNone {
		return -1
	}
	if kind == orgVenue && text[ws[at][0]] != '(' && !(blankHead(text[hs:ws[at][0]]) && (hs == 0 || text[hs-1] == '\n' ||
		hs >= 2 && (text[hs-2] == '.' || text[hs-2] == '!' || text[hs-2] == '?'))) {
		return -1 // a field of a record: "Name: …; Where: …"
	}
	// the guards read from a bracket or a sign-off before the name on
	// (business15_scope.go)
	if from := orgScope(text, hs, ws[at][0]); from != hs && orgOuterGuard(text[hs:from]) ||
		orgGuard(text[from:ws[at][0]], kind != orgName, strings.HasSuffix(word(at), ":"), free) {
		return -1
	}
	return ws[at][0]
}

// orgWordsBack fills ws[n:] with the raw words of text back from e to
// hs (their bounds; space-separated), and returns their count and where
// the next word back ends.
func orgWordsBack(text string, hs, e int, ws [][2]int, n int) (int, int) {
	for e > hs && n < len(ws) {
		for e > hs && (text[e-1] == ' ' || text[e-1] == '\t') {
			e--
		}
		s := e
		for s > hs && text[s-1] != ' ' && text[s-1] != '\t' {
			s--
		}
		if s == e {
			break
		}
		ws[n] = [2]int{s, e}
		n++
		e = s
	}
	return n, e
}

// orgConnector reports the prepositions and verbs that may stand between
// an organisation's name or a desk and its chain.
func orgConnector(lw string) bool {
	switch lw {
	case "at", "on", "in", "via", "is", "are", "à", "au", "en", "bei", "im", "am", "op", "i", "på", "w", "na", "em",
		"no", "nel", "nella", "sul", "presso", "chez", "an", "der", "la", "el", "de", "located", "based", "ist", "est",
		"es", "è", "er", "är", "jest", "é", "fica", "aan", "se", "si", "sich", "się", "trouve", "situé", "située",
		"befindet", "encuentra", "está", "esta", "trova", "ligt", "zit", "ligger", "znajduje", "sijaitsee":
		return true
	}
	return false
}

// orgCopulaAt reports whether the raw word k is a copula: "the farm is
// <its name>, …" reads the name before it as orgNameAt does.
func orgCopulaAt(text string, ws [][2]int, k int) bool {
	if k < 0 {
		return false
	}
	var buf [32]byte
	w := text[ws[k][0]:ws[k][1]]
	return len(w) <= 4 && orgCopulas.has(lowerASCII(w, &buf))
}

// orgInvite reads an invitation to a desk before the connectors that end
// at raw word k-1 (ws run back from the chain): "ring the club on",
// "email the office at", "call reception on", "text our team on", "the
// office can be reached on", "our clubhouse is at" (cop: the connectors
// hold a copula or "located", "based"). It returns orgName and the first
// raw word of the phrase, or orgNone.
func orgInvite(text string, ws [][2]int, k int, cop bool) (int, int) {
	var buf, b2 [32]byte
	w := trimPunct(text[ws[k][0]:ws[k][1]])
	if w == "" || len(w) > len(buf) {
		return orgNone, 0
	}
	lw := lowerASCII(w, &buf)
	if _, p := wordKinds(lw); p&premOur != 0 && k+1 < len(ws) {
		// "lokalet vårt i …", "lokalet vores på …": the possessive after its noun
		if d := trimPunct(text[ws[k+1][0]:ws[k+1][1]]); d != "" && len(d) <= len(b2) && orgDesk(lowerASCII(d, &b2)) {
			return orgName, k + 1
		}
		return orgNone, 0
	}
	if lw == "reached" {
		// "<desk> can be reached on": the desk among the four words before
		for j := k + 1; j < min(len(ws), k+5); j++ {
			if d := trimPunct(text[ws[j][0]:ws[j][1]]); d != "" && len(d) <= len(b2) && orgDesk(lowerASCII(d, &b2)) {
				return orgName, j
			}
		}
		return orgNone, 0
	}
	if !orgDesk(lw) {
		return orgNone, 0
	}
	// the desk's article or possessive, then the verb
	j := k + 1
	if j < len(ws) {
		a := trimPunct(text[ws[j][0]:ws[j][1]])
		if a != "" && len(a) <= len(b2) {
			la := lowerASCII(a, &b2)
			if _, p := wordKinds(la); p&premOur != 0 {
				if cop {
					return orgName, j // "our clubhouse is at", "unser Vereinsheim ist in der …"
				}
				j++
			} else if orgArticle(la) {
				if cop {
					return orgName, j // "the shop is at"
				}
				j++
			}
		}
	}
	if j >= len(ws) {
		return orgNone, 0
	}
	v := trimPunct(text[ws[j][0]:ws[j][1]])
	if v == "" || len(v) > len(b2) {
		return orgNone, 0
	}
	switch lowerASCII(v, &b2) {
	case "whatsapp", "message", "text", "email", "e-mail", "ring", "call", "phone", "contact", "reach", "write",
		"mail", "dm", "bel", "appelez", "contactez", "llame", "llamar", "escribe", "chiama", "scrivi", "ruf",
		"rufen", "kontaktieren", "schreiben", "ligue", "ligar", "zadzwoń", "napisz":
		return orgName, j
	}
	return orgNone, 0
}

// orgArticle reports the articles before a desk: "the", "la", "die" …
func orgArticle(la string) bool {
	switch la {
	case "the", "la", "le", "el", "il", "lo", "het", "die", "den", "das", "der", "o", "a":
		return true
	}
	return false
}

// orgDesk reports whether lw, lower case, names a desk an invitation may
// name: a premises, trade or service-line word, or one of orgDeskNouns.
func orgDesk(lw string) bool {
	if orgDeskNouns.has(lw) {
		return true
	}
	b, p := wordKinds(lw)
	return b&(bizTrade|bizCue) != 0 || p&premNoun != 0
}

// orgNameAt reads an organisation's name whose last raw word is k (ws
// run back from the chain), or its label: the capitalised words, the
// particles and the organisation words back to a label's colon, a comma
// or a lower-case word, over up to three comma-separated parts ("Circolo
// …, Molo …, <chain>": a place the address detector left out). bare
// tells that nothing stands between the name and the chain but spaces, a
// bracket or a dash; free that the chain has a toll-free number, which
// lifts an address label before the name. It returns the anchor's kind
// and its first raw word.
func orgNameAt(text string, ws [][2]int, k int, bare bool, free func() bool) (int, int) {
	var buf [32]byte
	if bare && strings.HasSuffix(text[ws[k][0]:ws[k][1]], ":") {
		return orgLabel(text, ws, k) // "Parish office: …", "Venue: …"
	}
	for part := 0; part < 3 && k < len(ws); part++ {
		j, first, org, strong, ok := orgPart(text, ws, k)
		if !ok {
			return orgNone, 0
		}
		kind := orgName
		if org && !strong {
			// a brand alone ("FitHub, …"): one word, no label before it,
			// and the guards of a venue (a name typed without its space
			// looks like a brand: "JoAnn Lee")
			if first != k || j < len(ws) && strings.HasSuffix(text[ws[j][0]:ws[j][1]], ":") {
				org = false
			}
			kind = orgBrand
		}
		if j >= len(ws) {
			if org {
				return kind, first
			}
			return orgNone, 0
		}
		raw := text[ws[j][0]:ws[j][1]]
		switch c := raw[len(raw)-1]; {
		case c == ':':
			// "Club: NK …, …", "Company: Sparkle …, …", "Address: Willow & Oak Funeral Directors, …"
			kind, at := orgLabel(text, ws, j)
			switch {
			case kind != orgNone:
				return orgName, at
			case !org:
			case !orgAddrLabel(raw):
				return orgName, first
			case free():
				return orgName, j
			}
			return orgNone, 0
		case org:
			return kind, first
		case c == ',' && j == first+1:
			k = j // the part before: "Circolo …, Molo …, <chain>"
			continue
		}
		// "the farm is <name>", "il circolo è <name>"
		if orgCopulaAt(text, ws, j) && j+1 < len(ws) {
			if d := trimPunct(text[ws[j+1][0]:ws[j+1][1]]); d != "" && len(d) <= len(buf) && orgDesk(lowerASCII(d, &buf)) {
				return orgName, j + 1
			}
		}
		return orgNone, 0
	}
	return orgNone, 0
}

// orgPart reads one part of orgNameAt back from raw word k: it returns
// the raw word after its first one (j), its first one, whether it names
// an organisation, and false when it is no name (a title, a lower-case
// word right before the chain, a customer's word opening it).
func orgPart(text string, ws [][2]int, k int) (j, first int, org, strong, ok bool) {
	var buf [32]byte
	named, guard, word := false, -1, false
	for j = k; j < len(ws) && j < k+7; j++ {
		raw := text[ws[j][0]:ws[j][1]]
		if j > k {
			if c := raw[len(raw)-1]; c == ':' || c == ',' || c == '.' || c == ';' || c == '!' || c == '?' || c == ')' {
				break // a label, or the part before
			}
		}
		w := trimPunct(raw)
		if w == "" {
			break
		}
		if w == "&" {
			org, named, word = true, true, true // "Willow & Oak …"
			continue
		}
		if len(w) > len(buf) {
			break
		}
		lw := lowerASCII(w, &buf)
		b, p := wordKinds(lw)
		isOrg := b&(bizTrade|bizCue) != 0 || p&premNoun != 0 && !premisesPronoun(lw) || b&bizCapTrade != 0 && capTrade(w, "", "", true)
		if b&(bizGuard|bizCustomer|bizAddr) != 0 {
			guard = j // "WhatsApp", "My", "Customer": a name's inner word only ("Sunny Home Care")
		}
		switch {
		case upperAt(w, 0) || isDigit(w[0]):
			if legalFormWord(w) || clubAbbrev(w) {
				org, named, word = true, true, true
			}
			if isOrg {
				org, word = true, true
			}
			if camelBrand(w) {
				org, named = true, true // a brand, or a name typed without its space: word says which
			}
			if f := nameFlagsOf(w); f&nameTitle != 0 && f&nameStop == 0 && !org {
				return j, k, false, false, false // "Mrs …": a person's name
			}
		case isOrg:
			org, word = true, true // "clubhuis …", "the school …"
		case orgParticle(lw):
		default:
			if j == k {
				return j, k, false, false, false // a lower-case word right before the chain
			}
			goto done
		}
	}
done:
	first = j - 1
	if first < k {
		return j, k, false, false, false
	}
	// a particle opens no name: "the", "de"
	for first > k {
		w := trimPunct(text[ws[first][0]:ws[first][1]])
		if w == "" || len(w) > len(buf) || !orgParticle(lowerASCII(w, &buf)) {
			break
		}
		first--
	}
	if guard == first && org && first > k {
		if g := orgServedBy(text, ws, k, first); g >= 0 {
			first, guard = g, -1 // "Clientes de la Droguería …" (business15_scope.go)
		}
	}
	if guard == first || guard >= 0 && first == k {
		return j, first, false, false, false
	}
	// one word: an organisation's word alone is no name ("Zentrale 0221
	// …", "the club, …"), a brand or a legal form may be one
	return j, first, org && (named || first > k), word || !org, true
}

// orgAddrLabel reports whether raw, a label with its colon, is an address
// label ("Address:", "Adresse:").
func orgAddrLabel(raw string) bool {
	var buf [32]byte
	w := trimPunct(raw)
	return w != "" && len(w) <= len(buf) && bizKind(lowerASCII(w, &buf))&bizAddr != 0
}

// orgLabel reads the label whose last raw word, with its colon, is k:
// an organisation's ("Club:", "Company:", "Parish office:"), orgName; a
// venue's ("Venue:", "Where:", "Meeting point:"), orgVenue.
func orgLabel(text string, ws [][2]int, k int) (int, int) {
	var buf, b2 [32]byte
	w := trimPunct(text[ws[k][0]:ws[k][1]])
	if w == "" || len(w) > len(buf) {
		return orgNone, 0
	}
	lw := lowerASCII(w, &buf)
	if lw == "point" && k+1 < len(ws) {
		if p := trimPunct(text[ws[k+1][0]:ws[k+1][1]]); p != "" && len(p) <= len(b2) {
			switch lowerASCII(p, &b2) {
			case "meeting", "collection", "drop-off", "dropoff", "pick-up", "pickup", "pickup/drop-off":
				return orgVenue, k + 1
			}
		}
		return orgNone, 0
	}
	if orgVenueLabels.has(lw) || orgVenueLabels15.has(lw) { // business15_words.go
		return orgVenue, k
	}
	b, p := wordKinds(lw)
	if b&(bizTrade|bizCue) != 0 || p&premNoun != 0 && !premisesPronoun(lw) {
		return orgName, k
	}
	return orgNone, 0
}

// orgParticle reports the lower-case words inside an organisation's name.
func orgParticle(lw string) bool {
	switch lw {
	case "de", "la", "del", "der", "van", "von", "di", "da", "du", "des", "do", "dos", "das", "y", "e", "and", "of",
		"the", "am", "an", "le", "les", "el", "los", "las", "den", "het", "för", "for", "og", "och", "i", "w", "na",
		"dei", "della", "delle", "degli", "und", "et", "st", "st.", "de la", "'s":
		return true
	}
	return false
}

// clubAbbrev reports whether w, as written, abbreviates a sports club's
// name ("FC", "TSV", "NK"); not a state's code ("SC", "IN").
func clubAbbrev(w string) bool {
	switch w {
	case "FC", "AFC", "RFC", "CF", "SV", "TSV", "VfB", "VfL", "BSC", "BK", "IK", "FK", "NK", "HNK", "KS", "ASD",
		"SSD", "KV", "KRC", "GAA", "CLG", "SK", "IF", "IFK", "AIK", "RC", "CD", "UD", "SD":
		return true
	}
	return false
}

// orgGuard reports whether h, the words of a chain's clause before the
// organisation's name, label or invitation, keeps the chain masked: a
// customer's, a delivery's, a residence's word, a possessive or a
// pronoun of a person, an address label (unless free: a toll-free
// number in the chain), the English "I", a title (not before a label:
// the person detector reads a name); for a venue's label (venue) also
// the people an organisation serves.
func orgGuard(h string, venue, label bool, free func() bool) bool {
	var buf [32]byte
	prevUpper := false
	for i := 0; i < len(h); {
		var w string
		w, i = nextBizWord(h, i, headSepByte)
		w = trimPunct(w)
		if w == "" || !hasAlnum(w) || len(w) > len(buf) {
			prevUpper = false
			continue
		}
		upper := upperAt(w, 0)
		if w == "I" {
			return true
		}
		if upper && !label {
			if f := nameFlagsOf(w); f&nameTitle != 0 && f&nameStop == 0 {
				return true // "Mrs", "Dr" (a label's name: the person detector read it)
			}
		}
		lw := lowerASCII(w, &buf)
		b, p := wordKinds(lw)
		name := upper && prevUpper // a word of a name: "… Home Care"
		prevUpper = upper
		switch {
		case name:
		case b&bizAddr != 0:
			if !free() {
				return true // "Address: …" (business12 keeps it masked)
			}
		case b&bizCustomer != 0:
			if venue {
				return true
			}
		case b&bizGuard != 0:
			if venue || !orgRoleNouns.has(lw) {
				return true
			}
		case p&premBlock != 0 && !bizPreposition(lw) && !orgRoleNouns.has(lw) && lw != "contact" && lw != "manager" &&
			lw != "staff" && lw != "parent" && lw != "parents":
			return true // "family", "owner", "friend", "lives"
		}
	}
	return false
}

// orgChain reports whether the chain idx of cands, from first to last
// with its head from hs to he, is an organisation's by orgLead (the head
// on the chain's line only) and holds no webmail address (a person's, or
// an organisation's that no one can tell from one: business12 keeps such
// a chain masked): businessChain asks it when its own cues found none.
func orgChain(text string, cands []Span, idx []uint8, hs, he, first, last int) bool {
	return he == first && orgLead(text, hs, first, func() bool { return orgTollFree(text, cands, idx, last) }) >= 0 &&
		!chainWebmail(text, cands, idx)
}

// orgTollFree reports whether the chain idx of cands, which ends at
// last, holds a toll-free or shared-cost number (business13_tollfree.go),
// or whether one follows it on its line ("…, 01603 …, 24-hour line
// 0800 …": the hour's dash ends the chain).
func orgTollFree(text string, cands []Span, idx []uint8, last int) bool {
	for _, k := range idx {
		if cands[k].Reason == tollFreeReason {
			return true
		}
	}
	for i := range cands {
		if s := &cands[i]; s.Reason == tollFreeReason && s.Start >= last && s.Start-last <= 60 &&
			strings.IndexByte(text[last:s.Start], '\n') < 0 {
			return true
		}
	}
	return false
}

// chainWebmail reports whether the chain idx of cands holds an address on
// a webmail domain: a person's, or a business's that no one can tell
// from one.
func chainWebmail(text string, cands []Span, idx []uint8) bool {
	for _, k := range idx {
		if s := &cands[k]; s.Type == "EMAIL_ADDRESS" && emailKind(text[s.Start:s.End]) == emailWebmail {
			return true
		}
	}
	return false
}
