package redact

import (
	"slices"
	"strings"
)

// The column names of the CSV exports marketers paste, as the platforms
// document them (formats21): shop order and customer exports (Shopify's
// "Default Address City", Magento's "Bill-to Name", Stripe's "Card
// Address Line1" and "Shipping Address Postal Code"), CRM and mailing
// list exports (Salesforce's "MailingPostalCode" and "Mailing Zip/Postal
// Code", Outlook's "Other Street" and "Manager's Name", Outlook's German
// "Straße privat"), address books (Google Contacts' "Address 1 - City",
// "Phone 1 - Value", "Given Name Yomi"), event and booking reports
// (Eventbrite's "Home Address 1", Calendly's "Invitee First Name" and
// "Start Date & Time", Acuity's "Paid?") and courier manifests (DHL's
// "Receiver Contact Name", "Consignee Address 1").
//
// The class: a label is a role or two ("default address", "card",
// "receiver", "other") before a label of a field tableLabels knows, a
// numbered field and its part ("Address 1 - Street"), a label with a
// suffix that says whose it is ("Ort privat"), or one of the documented
// labels of exportColumns. Such exports also have more columns than a
// hand-made table (Shopify's order export has 67, Outlook's 92) and longer
// labels with '&', '?' or an apostrophe: exportLabel reads those.
//
// Safe: as loc17_columns.go's, these labels count only as header cells
// (tableHeader wants every cell of a line a short label, one a known one,
// and a row under it); a business address ("Business Street", "Work
// City") and a company ("Receiver Company Name") stay other columns.
//
// Cost: tableColumn21 runs only for a header cell no other table knows,
// and exportLabel only for a cell labelOf and numberedLabel refuse, once
// per candidate header line.

// exportColumns are documented labels read whole, lower case.
var exportColumns = map[string]tableColumn{
	// Magento's order grid; SAP-style "sold-to"
	"bill-to name": colPerson, "ship-to name": colPerson, "sold-to name": colPerson,
	// Magento, Google Contacts, Outlook: more parts of a name
	"middlename": colPerson, "middle_name": colPerson, "additional name": colPerson, "maiden name": colPerson,
	"nickname": colPerson, "file as": colPerson, "display name": colPerson, "e-mail display name": colPerson,
	"yomi name": colPerson, "given name yomi": colPerson, "family name yomi": colPerson,
	"additional name yomi": colPerson, "given yomi": colPerson, "surname yomi": colPerson,
	"phonetic first name": colPerson, "phonetic middle name": colPerson, "phonetic last name": colPerson,
	"manager's name": colPerson, "assistant's name": colPerson,
	// Outlook's localised second given names (DE, FR, ES, IT, NL)
	"weitere vornamen": colPerson, "zweiter vorname": colPerson, "deuxième prénom": colPerson,
	"segundo nombre": colPerson, "secondo nome": colPerson, "middelste naam": colPerson,
	// phones: Outlook, Calendly
	"car phone": colPhone, "other phone": colPhone, "assistant's phone": colPhone,
	"text reminder number": colPhone,
	// postcodes: Salesforce and Zoho ("Zip/Postal Code"), Klaviyo
	"zip/postal code": colZip, "zip / postal code": colZip, "postal/zip code": colZip,
	"postal code/zip": colZip, "zip/postcode": colZip, "postcode/zip": colZip,
	// streets: Eventbrite, UPS, DHL ("Address 1"), Stripe ("Address Line1")
	"address 1": colStreet, "address line1": colStreet, "addressline1": colStreet,
}

// exportRoles are the words before a field's label that say whose field
// it is, lower case: a shop's, a card's, a courier's or an address
// book's roles (and those of columnRoles). personRoles21 are the ones
// whose "name" column holds a person.
var exportRoles = map[string]bool{
	"default": true, "card": true, "address": true, "receiver": true, "consignee": true, "invitee": true,
	"other": true, "primary": true, "addressee": true, "recipient": true, "buyer": true, "attendee": true,
	"customer": true, "contact": true, "delivery": true, "shipping": true, "billing": true, "mailing": true,
	"home": true, "ship": true, "bill": true, "postal": true, "residential": true, "empfänger": true,
	"destinataire": true, "destinatario": true, "ontvanger": true,
}

// personRoles21 are the roles of exportRoles before a name column, and
// after one in the languages that put them there ("Apellidos
// destinatario", "Ville du destinataire").
var personRoles21 = map[string]bool{
	"card": true, "receiver": true, "consignee": true, "invitee": true, "addressee": true,
	"recipient": true, "delivery": true, "empfänger": true, "destinataire": true, "destinatario": true,
	"ontvanger": true, "rechnung": true, "lieferung": true, "livraison": true, "facturation": true,
	"envío": true, "envio": true, "entrega": true, "facturación": true, "spedizione": true,
	"fatturazione": true, "cliente": true, "client": true, "destinatário": true, "odbiorca": true,
	"mottagare": true, "modtager": true, "mottaker": true, "vastaanottaja": true,
}

// roleConnectors are the words between a field's label and the role
// after it ("Dirección del destinatario", "Nom du destinataire").
var roleConnectors = []string{" del", " de la", " du", " de", " des", " della", " dello", " do", " da", " van de", " van"}

// placeSuffixes are the words after a place label that say it is a
// person's own address (HubSpot's "Adresse postale", "Dirección postal").
var placeSuffixes = []string{" postale", " postal", " personnelle", " de résidence", " de domicile", " privée",
	" privada", " particular", " privé", " thuis", " domicilio"}

// exportNameParts are the name columns after a role of personRoles21.
var exportNameParts = map[string]bool{
	"name": true, "contact name": true, "contact": true, "first name": true, "last name": true,
	"full name": true, "firstname": true, "lastname": true, "surname": true, "given name": true,
	"family name": true,
}

// exportOwnerSuffixes are the words after a field's label that say it is
// a person's own (Outlook's German "Straße privat", "Ort privat").
var exportOwnerSuffixes = []string{" privat", " (privat)", " domicile", " (domicile)", " (home)", " - home"}

// tableColumn21 is the column of a header label (lower case) of the class
// above, or colOther.
func tableColumn21(label string) tableColumn {
	if col, ok := exportColumns[label]; ok {
		return col
	}
	if exportPlace(label) == colStreet {
		return colStreet // "Adresse 1", "Dirección 1"
	}
	if col := numberedPartColumn(label); col != colOther {
		return col
	}
	for _, s := range exportOwnerSuffixes {
		if base, ok := strings.CutSuffix(label, s); ok {
			return exportPlace(base)
		}
	}
	if col := roleAfterColumn(label); col != colOther {
		return col
	}
	return roleColumn(label)
}

// roleAfterColumn reads a label whose role comes after the field, maybe
// after a connector ("Apellidos destinatario", "Ville du destinataire",
// "Código postal del destinatario"), or whose place label a word of
// placeSuffixes follows ("Adresse postale").
func roleAfterColumn(label string) tableColumn {
	for _, s := range placeSuffixes {
		if base, ok := strings.CutSuffix(label, s); ok {
			if col := exportPlace(base); col == colStreet || col == colCity || col == colZip {
				return col
			}
		}
	}
	k := strings.LastIndexByte(label, ' ')
	if k <= 0 || !personRoles21[label[k+1:]] {
		return colOther
	}
	base := label[:k]
	for _, c := range roleConnectors {
		if b, ok := strings.CutSuffix(base, c); ok {
			base = b
			break
		}
	}
	if col := exportPlace(base); col != colOther {
		return col
	}
	if tableLabels[base] == colPerson || exportNameParts[base] {
		return colPerson
	}
	return colOther
}

// roleColumn strips up to three roles of exportRoles from the start of
// label, each followed by a joining byte or none ("MailingPostalCode"),
// and reads the rest: a place or phone column, or a name column after a
// role of personRoles21.
func roleColumn(label string) tableColumn {
	person, rest := false, label
	for n := 0; n < 3; n++ {
		r, after, ok := leadingRole(rest)
		if !ok {
			break
		}
		person = person || personRoles21[r]
		rest = after
		if col := exportPlace(rest); col != colOther {
			return col
		}
		if person && (exportNameParts[rest] || tableLabels[rest] == colPerson) {
			return colPerson
		}
	}
	return colOther
}

// leadingRole returns the role of exportRoles label starts with and the
// label after it and its joining byte (' ', '_', '-', '.'), or straight
// after it when the next byte is no joiner and the rest has four bytes or
// more ("mailingcity" from Salesforce's "MailingCity").
func leadingRole(label string) (string, string, bool) {
	k := strings.IndexAny(label, " _-.")
	if k > 0 && (exportRoles[label[:k]] || slices.Contains(columnRoles, label[:k])) && k+1 < len(label) {
		return label[:k], label[k+1:], true
	}
	for _, r := range [...]string{"mailing", "other", "billing", "shipping", "home", "default", "card"} {
		if len(label) >= len(r)+4 && strings.HasPrefix(label, r) && isAlpha(label[len(r)]) {
			return r, label[len(r):], true
		}
	}
	return "", "", false
}

// exportPlace is the column of a place or phone label after its role
// ("city", "address 1", "line1", "zip/postal code", "phone"), or colOther.
func exportPlace(rest string) tableColumn {
	col := tableLabels[rest]
	switch {
	case col == colCity || col == colZip || col == colStreet:
		return col
	case columnOnlyTowns[rest]:
		return colCity
	case rest == "line1" || rest == "line 1" || rest == "line_1":
		return colStreet
	case len(rest) > 2 && rest[len(rest)-1] == '1' && !isDigit(rest[len(rest)-2]) &&
		tableLabels[strings.TrimRight(rest[:len(rest)-1], " _-")] == colStreet:
		return colStreet // the first line of a street: "Adresse 1", "dirección_1"
	case phoneLabel(rest):
		return colPhone
	}
	if col, ok := exportColumns[rest]; ok && col != colPerson {
		return col
	}
	return colOther
}

// numberedPartColumn reads a numbered field and its part, as Google
// Contacts names its columns ("Address 1 - City", "Phone 1 - Value",
// "Adresse 1 - Postleitzahl"): an address's part is a street, town or
// postcode column (its formatted whole a street), a phone's value a phone
// column.
func numberedPartColumn(label string) tableColumn {
	k := strings.Index(label, " - ")
	if k < 3 || !isDigit(label[k-1]) {
		return colOther
	}
	field := strings.TrimRight(label[:k], "0123456789 ")
	part := label[k+3:]
	switch {
	case tableLabels[field] == colStreet:
		if part == "formatted" || part == "formatiert" || part == "formatée" || part == "formateado" {
			return colStreet
		}
		return exportPlace(part)
	case phoneLabel(field):
		switch part {
		case "value", "wert", "valeur", "valor", "valore", "waarde", "wartość":
			return colPhone
		}
	}
	return colOther
}

// exportLabel returns a header cell lower-cased and trimmed, if it is a
// label of an export that labelOf and numberedLabel refuse (see
// exportBytesOf).
func exportLabel(cell string) (string, bool) {
	cell, ok := exportBytesOf(cell)
	if !ok {
		return "", false
	}
	return strings.ToLower(cell), true
}

// exportBytesOf returns the cell trimmed as labelOf trims it, if it has
// the bytes of an export's label: up to 40 bytes of letters, labelBytes,
// '&', '?' and apostrophes ("Start Date & Time", "Paid?", "Manager's
// Name"), and digits in runs of at most two, starting with a letter or
// '_'.
func exportBytesOf(cell string) (string, bool) {
	cell = trimLabel(cell)
	if cell == "" || len(cell) > 40 || !(isAlpha(cell[0]) || cell[0] >= 0x80 || cell[0] == '_') {
		return "", false
	}
	for i, run := 0, 0; i < len(cell); i++ {
		c := cell[i]
		if run = run + 1; !isDigit(c) {
			run = 0
		}
		if run > 2 || !(isAlpha(c) || c >= 0x80 || run > 0 || labelBytes[c] || c == '&' || c == '?' || c == '\'') {
			return "", false
		}
	}
	return cell, true
}

// headerShape reports whether line, split by sep, has at most
// maxTableColumns cells, each with the bytes of a label (labelOf's,
// numberedLabel's or exportLabel's). tableHeader tests it before it
// lower-cases and reads any cell: a line of prose fails on a later cell
// without a cost for its first ones.
func headerShape(line string, sep byte) bool {
	n := 0
	for cell := range strings.SplitSeq(line, string(sep)) {
		if n++; n > maxTableColumns {
			return false
		}
		if _, ok := labelBytesOf(cell); ok {
			continue
		}
		if _, ok := exportBytesOf(cell); !ok {
			return false
		}
	}
	return true
}
