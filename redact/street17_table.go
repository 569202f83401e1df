package redact

import "strings"

// Column labels of web shops' order exports, which put the address's
// role before each field's label: Shopify writes "Shipping Street",
// "Shipping City", "Shipping Zip", "Billing Address1", WooCommerce
// "billing_postcode", "shipping_city", others "Ship To Zip" or "Delivery
// Postcode". The column is the one the label after the role names in
// tableLabels (a street, a town or a postcode), so its cells are read as
// that label's are; a place label that also names other things ("Shipping
// Province", "Billing State") and any other label after the role
// ("Shipping Method", "Billing Company") make no column. Read only while
// a header line is parsed, so it costs nothing per cell.

// shopRolePrefixes are the roles an order export writes before a field's
// label, with the space or underscore after them.
var shopRolePrefixes = []string{
	"shipping ", "shipping_", "billing ", "billing_", "ship to ", "ship_to_", "bill to ", "bill_to_",
	"delivery ", "delivery_", "mailing ", "mailing_",
}

// shopRoleColumn returns the column a lower-cased header label of an
// order export names ("shipping zip": colZip), or colOther.
func shopRoleColumn(label string) tableColumn {
	for _, p := range shopRolePrefixes {
		base, ok := strings.CutPrefix(label, p)
		if !ok {
			continue
		}
		if weakPlaceLabels[base] {
			return colOther
		}
		switch col := tableLabels[base]; col {
		case colStreet, colCity, colZip:
			return col
		}
		return colOther
	}
	return colOther
}

// companyRowDrop removes from dst[nr:], the spans of one table row, the
// name, street, town and postcode when the row's name cell ends with a
// company's legal form ("Casa das Velas Ltda", "Nordlicht GmbH"): an
// order export lists the shop's own trade customers beside its buyers,
// and a company's address is no one's private address.
func companyRowDrop(text string, dst []Span, nr int) []Span {
	company := false
	for _, s := range dst[nr:] {
		if s.Type == "PERSON" && s.Reason == columnSpans[colPerson].reason {
			if k := strings.LastIndexByte(text[s.Start:s.End], ' '); k > 0 && legalFormWord(text[s.Start+k+1:s.End]) {
				company = true
			}
		}
	}
	if !company {
		return dst
	}
	out := dst[:nr]
	for _, s := range dst[nr:] {
		switch s.Type {
		case "PERSON", "STREET_ADDRESS", "LOCATION", "ZIP_CODE":
			continue
		}
		out = append(out, s)
	}
	return out
}
