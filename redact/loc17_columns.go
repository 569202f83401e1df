package redact

import "strings"

// More header labels of the town, postcode and birth-date columns of
// pasted exports (loc17). The class: a table or CSV export whose header
// names its columns, where the place columns carry a role before the
// label, as shop and CRM exports write them (Shopify's order export
// "Shipping City,Shipping Zip,Shipping Province"; "billing_city",
// "Home Postcode"), a label written with '_' where tableLabels has it with
// a space ("gimimo_data", "home_town"), or a town column in a language or
// a word tableLabels lacks ("Village" in Indian beneficiary lists, Finnish
// "Kotikunta", Lithuanian "miestas", Brazil's state column "UF").
//
// Safe: these labels count only as header cells (tableHeader wants every
// cell of the line to be a short label, one a known one, and a row under
// it), never before a colon: cityFields reads tableLabels alone, so the
// labels add no ending to citySuffixes and no cost to a text's colons. A
// role before a name part is person6_table.go's; a role before a country
// stays an other column (countries are never marked).
//
// A row whose person cell names a company by its legal form ("Casa das
// Velas Ltda", "Nordlicht GmbH": a shop among an order export's
// customers) has no one's home in its place cells: companyRow.
//
// Cost: tableColumn2 calls tableColumn17 only for a header cell that no
// other table knows, once per header line: nothing on a text without a
// table.

// columnRoles are the roles before a place label, with the byte that
// joins them (space, '_', '-' or '.') left to columnRoleRest.
var columnRoles = []string{"shipping", "billing", "delivery", "mailing", "postal", "home", "ship", "bill",
	"customer", "residential", "residence", "current", "permanent", "lieferung", "rechnung", "envío", "envio",
	"entrega", "livraison", "facturation"}

// columnOnlyTowns are town column labels read in a header only, lower
// case (see above).
var columnOnlyTowns = map[string]bool{
	"village": true, "hamlet": true, "locality": true, "town/village": true, "village/town": true,
	"municipality": true, "place of residence": true,
	// Finnish, Estonian, Lithuanian, Latvian
	"kotikunta": true, "kunta": true, "paikkakunta": true, "asuinpaikka": true, "asuinkunta": true,
	"linn": true, "elukoht": true, "miestas": true, "gyvenvietė": true, "gyvenamoji vieta": true,
	"pilsēta": true, "pilseta": true, "dzīvesvieta": true,
	// Czech, Slovak, Hungarian, Romanian, Croatian and Serbian, Slovene
	"obec": true, "bydliště": true, "bydlisko": true, "település": true, "lakhely": true, "localitate": true,
	"oraș": true, "oras": true, "mjesto": true, "mesto stanovanja": true,
	// Turkish, Indonesian and Malay, Greek, Portuguese state
	"il": true, "kota": true, "bandar": true, "πόλη": true, "uf": true, "estado/uf": true,
}

// tableColumn17 is the column of a header label (lower case) of the
// class above, or colOther.
func tableColumn17(label string) tableColumn {
	if columnOnlyTowns[label] {
		return colCity
	}
	if strings.IndexByte(label, '_') >= 0 {
		// "gimimo_data", "home_town": the label with spaces
		if col := tableLabels[strings.ReplaceAll(label, "_", " ")]; col != colOther && col != colPerson {
			return col
		}
	}
	for _, r := range columnRoles {
		if rest, ok := columnRoleRest(label, r); ok {
			switch col := tableLabels[rest]; col {
			case colCity, colZip, colStreet:
				return col // "Shipping City", "billing_zip", "Shipping Province"
			}
			if columnOnlyTowns[rest] {
				return colCity
			}
		}
	}
	return tableColumn21(label) // "Default Address City", "Address 1 - Street" (formats21_columns.go)
}

// columnRoleRest returns the label after the role r and one joining byte
// (' ', '_', '-', '.'), if label starts so.
func columnRoleRest(label, r string) (string, bool) {
	if len(label) <= len(r)+1 || !strings.HasPrefix(label, r) {
		return "", false
	}
	switch label[len(r)] {
	case ' ', '_', '-', '.':
		return label[len(r)+1:], true
	}
	return "", false
}

// companyRow reports whether a cell of the row text[rs:re] under a
// person column ends with a company's legal form (legalFormWord,
// business12_block.go).
func companyRow(text string, rs, re int, sep byte, cols *[maxTableColumns]tableColumn) bool {
	cs := rs
	for c := 0; c < maxTableColumns && cs <= re; c++ {
		ce := cs + cellLen(text[cs:re], sep)
		if cols[c] == colPerson {
			s, e := trimCell(text, cs, ce)
			w := s
			for k := e - 1; k > s; k-- {
				if text[k] == ' ' {
					w = k + 1
					break
				}
			}
			if w > s && legalFormWord(text[w:e]) {
				return true
			}
		}
		cs = ce + 1
	}
	return false
}

// withoutPlaces returns a copy of cols with the town, postcode and street
// columns made other columns.
func withoutPlaces(cols *[maxTableColumns]tableColumn) *[maxTableColumns]tableColumn {
	out := *cols
	for c, col := range out {
		if col == colCity || col == colZip || col == colStreet {
			out[c] = colOther
		}
	}
	return &out
}
