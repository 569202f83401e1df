package redact

import "strings"

// A desk's number or address right after its name is the organisation's
// even in a clause that names a person (issue 9): "Hi Jo, ring the club
// on 0161 …", "Yael Ben | Strategist | Main office 212 …", "…, office
// line +256 …", "Standard : 02 98 …". orgDeskNumber reads the words
// right before a chain of phone numbers and e-mails that chainPerson
// kept masked: an invitation to a desk (orgInvite: "email the office
// at", "call reception on", "text our team on") or a desk's label
// ("switchboard", "reception", "main office", "office line", the
// French "standard" with its colon). A person's own line ("her office
// line", "direct line", "mobile") stays masked.

// orgDeskNumber reports whether the chain idx of cands, which starts at
// first and which a person in its clause kept masked, is a desk's number
// or address (see above).
func orgDeskNumber(text string, cands []Span, idx []uint8, first int) bool {
	// the last word before the chain, on its line: the cheap test first
	e := first
	for e > 0 && (text[e-1] == ' ' || text[e-1] == ':') {
		e--
	}
	if e < 2 || !isLower(text[e-1]) {
		return false // most customers' numbers follow a comma or "Tel."
	}
	s := e - 1
	for s > 0 && e-s <= 11 && bizBytes[text[s-1]]&bbWord != 0 {
		s--
	}
	if !orgDeskWord(text[s:e]) {
		return false
	}
	if e-s == 8 && equalFoldASCII(text[s:e], "standard") && !strings.Contains(text[e:first], ":") {
		return false // "standard" is a word: only the French label
	}
	return orgDeskChain(text, cands, idx, first)
}

// orgDeskChain is orgDeskNumber past its cheap test.
func orgDeskChain(text string, cands []Span, idx []uint8, first int) bool {
	var b2 [32]byte
	for _, k := range idx {
		if t := cands[k].Type; t != "PHONE_NUMBER" && t != "EMAIL_ADDRESS" {
			return false
		}
	}
	// the words before the chain on its line, back from it
	var ws [6][2]int
	n := 0
	for e := first; e > 0 && n < len(ws) && first-e < 64; {
		for e > 0 && (text[e-1] == ' ' || text[e-1] == '\t') {
			e--
		}
		if e == 0 || text[e-1] == '\n' {
			break
		}
		s := e
		for s > 0 && text[s-1] != ' ' && text[s-1] != '\t' && text[s-1] != '\n' {
			s--
		}
		ws[n] = [2]int{s, e}
		n++
		e = s
	}
	k := 0
	if k < n && !hasAlnum(text[ws[k][0]:ws[k][1]]) {
		k++ // "Standard :"
	}
	if k >= n {
		return false
	}
	lw := func(j int) string {
		w := trimPunct(text[ws[j][0]:ws[j][1]])
		if len(w) > len(b2) {
			return ""
		}
		return lowerASCII(w, &b2)
	}
	desk := false
	switch w := lw(k); w {
	case "on", "at", "via":
		if k+1 < n {
			kind, _ := orgInvite(text, ws[:n], k+1, false)
			desk = kind == orgName
		}
	case "line", "number":
		// "office line", "reception number", not "her office line"
		if k+1 < n {
			switch lw(k + 1) {
			case "office", "switchboard", "reception", "main", "club", "shop", "school", "studio", "salon":
				desk = k+2 >= n || orgDeskOwner(lw(k+2))
			}
		}
	case "office":
		desk = k+1 < n && (lw(k+1) == "main" || lw(k+1) == "head") // "Main office 212 …"
	default:
		desk = k+1 >= n || orgDeskOwner(lw(k+1)) // "Reception: …", "| Switchboard 0161 …"
	}
	return desk && !chainWebmail(text, cands, idx)
}

// orgDeskOwner reports whether lw, the word before a desk's label, leaves
// the desk the organisation's: not a possessive, a person's pronoun, "direct"
// or "mobile".
func orgDeskOwner(lw string) bool {
	if lw == "direct" || lw == "private" || lw == "personal" {
		return false
	}
	return bizKind(lw)&bizGuard == 0
}

// orgDeskWord reports whether w, as written, is a word orgDeskNumber
// reads on: a preposition of an invitation or a desk's label (by length
// first: most words before a customer's number are "phone", "tel" …).
func orgDeskWord(w string) bool {
	switch len(w) {
	case 2:
		return equalFoldASCII(w, "on") || equalFoldASCII(w, "at")
	case 3:
		return equalFoldASCII(w, "via")
	case 4:
		return equalFoldASCII(w, "line") || equalFoldASCII(w, "desk")
	case 6:
		return equalFoldASCII(w, "office") || equalFoldASCII(w, "vaihde")
	case 8:
		return equalFoldASCII(w, "standard") || equalFoldASCII(w, "zentrale") || equalFoldASCII(w, "centrala") ||
			equalFoldASCII(w, "receptie")
	case 9:
		return equalFoldASCII(w, "reception") || equalFoldASCII(w, "rezeption")
	case 10:
		return equalFoldASCII(w, "centralino") || equalFoldASCII(w, "centralita")
	case 11:
		return equalFoldASCII(w, "switchboard") || equalFoldASCII(w, "sentralbord")
	}
	return false
}
