package redact

// Portuguese address labels written on one line with " / " between the
// label's lines, as a CTT label or a form's export flattens them ("Sr.
// Rui Sousa / Travessa do Sol, 18 / 4400-215 Gaia"), and the "Praceta"
// (a small square or close of flats) that leads a street there as "Rua"
// does ("Praceta das Camélias, lote 9, r/c esq."). The street is read only
// before a postcode of four digits, a dash and three digits with a
// capitalised town after it (ptCodeLine), from one of ptLeads on the same
// line part, so a slash in prose ("Rua / Avenida") reads nothing. Cost:
// one more byte test where a Portuguese postcode is already read.

// ptStreetEndBefore returns where the street line before the postcode at
// s ends: at the comma of ", " or the space before the slash of " / ",
// or 0 when neither stands right before s.
func ptStreetEndBefore(text string, s int) int {
	if s < 4 || text[s-1] != ' ' {
		return 0
	}
	switch {
	case text[s-2] == ',':
		return s - 2
	case text[s-2] == '/' && text[s-3] == ' ':
		return s - 3
	}
	return 0
}
