package redact

import (
	"strings"
	"unicode"
)

// An account the text itself says is no customer's (struct23): the
// writer's bracketed note right after the number, a negation and a
// customer's word ("(not the customer's)", "(ne kliento)", "(nicht vom
// Kunden)", "(pas celui du client)"). Only that explicit note lowers the
// IBAN: "our account" alone stays masked, since a customer's pasted e-mail
// says it of the customer's own account.

// reasonNotCustomer is the reason of such an account's span.
const reasonNotCustomer = "account the text marks as not a customer's"

// notCustomerWords are the stems of a customer's word in the prompt
// languages (lower case).
var notCustomerWords = [...]string{"customer", "client", "klient", "kund", "klant", "asiakka", "ügyfél", "ugyfel",
	"müşteri", "musteri", "zákazník", "zakaznik", "kupac", "pelanggan", "πελάτ"}

// notCustomerAfter reports whether a bracket that opens right after the
// number ending at e (one space between, or none) holds, within 32 bytes
// and its line, a negation word and, within three words after it, a
// customer's word. The note is lower-cased (ASCII) into a stack buffer.
func notCustomerAfter(text string, e int) bool {
	if e < len(text) && text[e] == ' ' {
		e++
	}
	if e >= len(text) || text[e] != '(' {
		return false
	}
	var buf [32]byte // (the string of at most 32 bytes is converted on the stack)
	note := text[e+1 : min(len(text), e+1+len(buf))]
	k := strings.IndexByte(note, ')')
	if k < 0 || strings.IndexByte(note[:k], '\n') >= 0 {
		return false // no bracket closes within 32 bytes and the line
	}
	for i := range k {
		c := note[i]
		if isUpper(c) {
			c |= 0x20
		}
		buf[i] = c
	}
	return negCustomer(string(buf[:k]))
}

// negCustomer reports whether the note, lower case, holds a negation and,
// within the next three words, a customer's word that ends the note
// ("not the customer's", "pas celui du client"): "(customer, not the
// shop's)" says the opposite, and a word after the customer's makes it
// a noun's ("no customer ref yet", "not the client's usual one": the
// customer's account all the same). Words are split by hand and the
// negations matched by a switch: most notes ("(holder: …)", "(EUR)") hold
// no negation and end at the first loop.
func negCustomer(note string) bool {
	negAt, k, found := -9, 0, false
	for i := 0; i < len(note); {
		for i < len(note) && (note[i] == ' ' || note[i] == ',' || note[i] == ';') {
			i++
		}
		j := i
		for j < len(note) && note[j] != ' ' && note[j] != ',' && note[j] != ';' {
			j++
		}
		if j == i {
			break
		}
		w := note[i:j]
		i = j
		if found && strings.IndexFunc(w, unicode.IsLetter) >= 0 {
			found = false // a word after the customer's: "ref", "usual one"
		}
		if d := k - negAt; d >= 1 && d <= 3 {
			for _, c := range notCustomerWords {
				if strings.HasPrefix(w, c) {
					found = true
					break
				}
			}
		}
		if negationWord(w) {
			negAt = k
		}
		k++
	}
	return found
}

// negationWord reports whether w is one of the prompt languages'
// negations (lower case).
func negationWord(w string) bool {
	switch w {
	case "not", "ne", "nicht", "kein", "pas", "no", "non", "niet", "geen", "nie", "ei", "nem", "nu", "ikke", "inte",
		"não", "nao", "ni", "ez", "hindi", "bukan", "değil", "není", "nije", "μη", "όχι":
		return true
	}
	return false
}
