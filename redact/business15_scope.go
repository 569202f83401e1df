package redact

// Where business14's guards read (issue 9). orgLead keeps an
// organisation's chain masked when a customer's, a person's or a
// residence's word stands anywhere before the organisation's name in the
// chain's clause. Two places start the organisation's own words inside
// that clause, and what the prompt says before them is about the
// prompt, not about the address:
//   - a bracket opened right before the name: "mi serve un SMS per
//     l'igiene (Studio Dentistico …, via …, tel. …)", "a mailer for our
//     promo (Riverbend … Credit Union, 400 …)";
//   - a sign-off phrase right before the name: "Keep them short and sign
//     off as Hillside Pharmacy, 22 …".
// orgScope returns where orgGuard reads from then; the words before it
// still keep the chain masked when they name a residence, a delivery, an
// address or a person's title (orgOuterGuard): "deliver to … (Acme
// Dental, 4 …)", "Home address (…)", "Mrs … (… Bakery, …)".

// orgScope returns where the guards of a name that starts at ns, in a
// clause that starts at hs, read from: ns after a bracket or a sign-off
// phrase (see above), else hs.
func orgScope(text string, hs, ns int) int {
	if ns < len(text) && text[ns] == '(' {
		return ns // "(Studio …": the bracket opens the name's raw word
	}
	e := ns
	for e > hs && text[e-1] == ' ' {
		e--
	}
	if e > hs && text[e-1] == '(' {
		return ns // "( Studio …"
	}
	// "sign off as", "signed", "signing off as": a sign word among the
	// three words before the name
	var buf [32]byte
	for n := 0; n < 3 && e > hs; n++ {
		s := e
		for s > hs && text[s-1] != ' ' {
			s--
		}
		w := trimPunct(text[s:e])
		if w != "" && len(w) <= len(buf) && bizKind(lowerASCII(w, &buf))&bizSign != 0 {
			return ns
		}
		e = s
		for e > hs && text[e-1] == ' ' {
			e--
		}
	}
	return hs
}

// orgOuterGuard reports whether h, the words of a chain's clause before
// orgScope's start, name a residence, a delivery, an address or a
// person's title: the chain stays masked whatever the bracket or the
// sign-off holds.
func orgOuterGuard(h string) bool {
	var buf [32]byte
	for i := 0; i < len(h); {
		var w string
		w, i = nextBizWord(h, i, headSepByte)
		w = trimPunct(w)
		if w == "" || len(w) > len(buf) || !hasAlnum(w) {
			continue
		}
		if upperAt(w, 0) {
			if f := titleFlags(w); f&nameTitle != 0 && f&nameStop == 0 {
				return true // "Mrs", "Dr"
			}
		}
		lw := lowerASCII(w, &buf)
		if orgOuterWords.has(lw) || bizKind(lw)&bizAddr != 0 {
			return true
		}
	}
	return false
}

// orgOuterWords are the residence's and the delivery's words of
// orgOuterGuard (lower case).
var orgOuterWords = boolTable(map[string]bool{
	"lives": true, "live": true, "living": true, "resides": true, "home": true, "domicile": true, "deliver": true,
	"delivery": true, "delivered": true, "ship": true, "shipping": true, "shipped": true, "send": true, "sent": true,
	"post": true, "posted": true, "mail": true, "mailed": true, "moved": true, "moving": true, "kin": true,
	"emergency": true, "guardian": true, "private": true, "personal": true, "privat": true, "wohnt": true,
	"wohnung": true, "wohnort": true, "liefern": true, "lieferung": true, "habite": true, "livraison": true,
	"livrer": true, "vive": true, "domicilio": true, "entrega": true, "envío": true, "envio": true, "enviar": true,
	"abita": true, "consegna": true, "spedizione": true, "spedire": true, "woont": true, "bezorging": true,
	"mora": true, "bor": true, "mieszka": true, "dostawa": true, "asuu": true, "leverans": true, "levering": true,
})

// orgServedBy returns the first raw word of an organisation's name that
// orgPart read as one with the people it serves before it: "Clientes de
// la Droguería …", "Patients of Hillside Surgery" (ws run back from the
// chain, k the name's last raw word, first the people's word); -1 when
// first is no such word or no particle follows it.
func orgServedBy(text string, ws [][2]int, k, first int) int {
	var buf [32]byte
	w := trimPunct(text[ws[first][0]:ws[first][1]])
	if w == "" || len(w) > len(buf) {
		return -1
	}
	lw := lowerASCII(w, &buf)
	if bizKind(lw)&bizCustomer == 0 && !orgRoleNouns.has(lw) {
		return -1
	}
	j := first - 1
	n := 0
	for j > k {
		p := trimPunct(text[ws[j][0]:ws[j][1]])
		if p == "" || len(p) > len(buf) || !orgParticle(lowerASCII(p, &buf)) {
			break
		}
		j--
		n++
	}
	if n == 0 {
		return -1
	}
	return j
}
