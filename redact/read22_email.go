package redact

import "strings"

// More desks' local parts (read22, issue 9): a show's "entries@" and a
// podcast's "mailbag@", a newsletter's "news@", German "angebote@"
// (quotes, a removal firm's or a builder's), Dutch "offerte@", French
// "devis@", Italian "preventivi@", Spanish "presupuestos@" and
// "soporte@" and Portuguese "suporte@" (support, which "support@" had in
// English only). Like the rest of roleLocalParts (business12_email.go)
// they make an address a business's only in its contact chain, after a
// cue or as a mail header's addressee.
func init() {
	for _, w := range []string{
		"entries", "entry", "mailbag", "news", "angebote", "angebot", "offerte", "offertes", "devis",
		"preventivi", "presupuestos", "soporte", "suporte", "supporto",
	} {
		roleLocalParts.or(w, 1)
	}
}

// ourRoleSuffixes end the head of a role address that the business names
// as its own: "Our show email is", "our e-mail address is". ("Send from
// news@…" was left: "send" is a guard word of a delivery, bizGuardWords.)
var ourRoleSuffixes = [...]string{" email is", " e-mail is", " email address is", " e-mail address is"}

// ourRoleHead reports whether t, the trimmed head of a role address
// alone (roleHead, business12_block.go), names it as the writer's
// business's: it opens with "our" and ends with "email is" ("Our show
// email is mailbag@…"; "My email is info@…" stays a person's).
func ourRoleHead(t string) bool {
	if len(t) > 48 || len(t) < 4 || !strings.EqualFold(t[:4], "our ") {
		return false
	}
	for _, suf := range ourRoleSuffixes {
		if len(t) >= len(suf) && strings.EqualFold(t[len(t)-len(suf):], suf) {
			return true
		}
	}
	return false
}

// camelWordIn reports whether a word of text[start:end] is a brand in
// camel case (camelBrand, business12_block.go): a shop's list item that
// opens with its brand ("- StoreBox Lindenau, Hauptstr. 4, …", a chat
// label "CashPoint Ja:") is no person's, and a person found there kept the
// business's contact chain after it masked (chainPerson).
func camelWordIn(text string, start, end int) bool {
	for k := start; k < end; {
		e := k
		for e < end && text[e] != ' ' {
			e++
		}
		if w := text[k:e]; !camelNamePrefix(w) && (camelBrand(w) || camelLate(w)) {
			return true
		}
		k = e + 1
	}
	return false
}

// camelLate reports whether w, ASCII letters, has a capital between
// lower-case letters four letters or more into it ("LagerBox",
// "LeafyMart"), which camelBrand leaves to the family names that open
// with "La", "Le", "De" or "Di" ("LaToya", "DeShawn": their capital
// comes third).
func camelLate(w string) bool {
	if len(w) < 6 {
		return false
	}
	for k := 4; k+1 < len(w); k++ {
		if isUpper(w[k]) && isLower(w[k-1]) && isLower(w[k+1]) {
			for i := 1; i < len(w); i++ {
				if !isAlpha(w[i]) || w[i] >= 0x80 {
					return false
				}
			}
			return true
		}
	}
	return false
}

// camelNamePrefixes open family names written with an inner capital
// ("FitzGerald", "AbdelRahman", "VanDerBeek", "DuBois", "MacKenzie").
var camelNamePrefixes = [...]string{"Fitz", "Abd", "Van", "Von", "Ver", "Du", "Mac", "Mc", "Al", "El", "St"}

// camelNamePrefix reports whether w opens with one of camelNamePrefixes
// right before its inner capital.
func camelNamePrefix(w string) bool {
	for _, p := range camelNamePrefixes {
		if len(w) > len(p) && strings.HasPrefix(w, p) && isUpper(w[len(p)]) {
			return true
		}
		if p == "Abd" && strings.HasPrefix(w, p) {
			return true // "AbdelRahman", "AbdulAziz"
		}
	}
	return false
}
