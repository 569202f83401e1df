package redact

import "strings"

// "My name is Quellonia Vrast", "her name's Keziah", "mijn naam is …",
// "mi nombre es …", "meu nome é …", "mon nom est …", "mein Name ist …",
// "mitt namn är …", "mit navn er …": a word for a name and the verb "to
// be" before capitalised words no list knows. ctxRightBefore took the
// context word "name" only right before the name (a "Name:" field), so a
// sentence that gives the name said nothing.

// nameNouns are the words for a name that nameIsBefore reads, lower case.
var nameNouns = boolTable(map[string]bool{
	"name": true, "naam": true, "nombre": true, "nome": true, "nom": true, "navn": true, "namn": true,
	"nimi": true, "imię": true, "surname": true, "vorname": true, "nachname": true, "prénom": true,
	"cognome": true, "apellido": true, "achternaam": true, "voornaam": true, "nazwisko": true,
})

// nameCopulas are the forms of "to be" after a word for a name, with the
// spaces around them.
var nameCopulas = []string{" is ", " es ", " é ", " est ", " ist ", " er ", " är ", " on ", " to ", " è ", " e "}

// nameIsBefore reports whether ctx, the context word contextBefore found,
// is a word for a name and ends right before start with a form of "to be"
// (or "'s") between them: "name is ", "name's ", "nome é ".
func nameIsBefore(text string, start int, ctx string) bool {
	if !nameNouns.has(strings.ToLower(ctx)) {
		return false
	}
	for _, c := range nameCopulas {
		if b := start - len(c); b >= len(ctx) && text[b:start] == c && strings.EqualFold(text[b-len(ctx):b], ctx) {
			return b == len(ctx) || !isAlpha(text[b-len(ctx)-1])
		}
	}
	if b := start - 3; b >= len(ctx) && (text[b:start] == "'s " || start >= 5 && text[start-5:start] == "’s ") {
		if text[b:start] != "'s " {
			b = start - 5
		}
		return b >= len(ctx) && strings.EqualFold(text[b-len(ctx):b], ctx)
	}
	return false
}
