package redact

import "strings"

// Header labels of person columns written as a role and a name part
// ("sender_first", "recipient_name", "Buyer Last", "sender.name"), as
// referral, gift-card and order exports name the several people of one
// row: the role says the column holds a person, the part which of their
// names. A role alone is a person column too ("buyer", "referrer"). The
// role must be a word for a person: "product_name", "company_name" and
// "file_name" stay other columns.

// personRoleLabels are the roles of personColumnLabel, lower case.
var personRoleLabels = boolTable(map[string]bool{
	"referrer": true, "referred": true, "referee": true, "referral": true, "recipient": true, "sender": true,
	"buyer": true, "purchaser": true, "giver": true, "giftee": true, "gifter": true, "owner": true,
	"holder": true, "cardholder": true, "parent": true, "guardian": true,
	"child": true, "kid": true, "student": true, "pupil": true, "employee": true, "spouse": true,
	"partner": true, "emergency": true, "host": true, "attendee": true, "guest": true, "winner": true,
	"member": true, "contact": true, "customer": true, "client": true, "billing": true, "shipping": true,
	"delivery": true, "patient": true, "donor": true, "booker": true, "passenger": true, "traveller": true,
	"traveler": true, "tenant": true, "applicant": true, "reviewer": true, "author": true,
	"destinatario": true, "remitente": true, "comprador": true, "empfänger": true, "absender": true,
	"käufer": true, "destinataire": true, "expéditeur": true, "acheteur": true, "ontvanger": true,
	"afzender": true, "koper": true, "mittente": true, "acquirente": true, "remetente": true,
})

// partRoleLabels are the roles of personRoleLabels that name no person
// column alone ("billing", "delivery" and "emergency" name addresses and
// numbers as often; "contact" a phone or an e-mail address), only with a
// name part.
var partRoleLabels = boolTable(map[string]bool{
	"billing": true, "shipping": true, "delivery": true, "emergency": true, "contact": true,
	"partner": true, "host": true, "referral": true,
})

// personPartLabels are the name parts of personColumnLabel, lower case.
var personPartLabels = boolTable(map[string]bool{
	"name": true, "first": true, "last": true, "firstname": true, "lastname": true, "surname": true,
	"fname": true, "lname": true, "fullname": true, "given": true, "family": true, "full": true,
	"nombre": true, "apellido": true, "nom": true, "prénom": true, "prenom": true, "nome": true,
	"cognome": true, "vorname": true, "nachname": true, "naam": true, "voornaam": true, "achternaam": true,
})

// personColumnLabel reports whether label (lower case, as labelOf returns
// it) names a person column by a role: a role of personRoleLabels alone,
// or a role and a part of personPartLabels joined by '_', ' ', '.' or
// '-' in either order ("sender_first", "name_recipient"), with "first
// name"-style parts of two words after the role ("buyer first name").
func personColumnLabel(label string) bool {
	if personRoleLabels.has(label) && !partRoleLabels.has(label) {
		return true
	}
	k := strings.IndexAny(label, "_ .-")
	if k <= 0 || k == len(label)-1 {
		return false
	}
	head, tail := label[:k], label[k+1:]
	if personRoleLabels.has(head) {
		if personPartLabels.has(tail) {
			return true
		}
		// "buyer first name", "recipient_last_name": a part of two words.
		if j := strings.IndexAny(tail, "_ .-"); j > 0 && personPartLabels.has(tail[:j]) && tail[j+1:] == "name" {
			return true
		}
		return false
	}
	return personPartLabels.has(head) && personRoleLabels.has(tail) // "name_recipient", "nombre_comprador"
}
