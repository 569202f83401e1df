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
		if camelBrand(text[k:e]) {
			return true
		}
		k = e + 1
	}
	return false
}
