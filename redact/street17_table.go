package redact

import "strings"

// A row of an order export whose name cell is a company (loc17_columns.go
// reads the export's role-prefixed columns: "Shipping Street", "Shipping
// City", "Shipping Zip"): the shop's trade customers stand beside its
// buyers, and a company's address is no one's private address. Cost: a
// pass over one row's spans, only in a table.

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
