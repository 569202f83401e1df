package redact

import "testing"

// TestStreet17PortugueseSlashLabels holds Portuguese labels flattened to
// one line with " / " between their lines, a "Praceta" with its lot and
// floor, and look-alikes: a slash in prose and a slash with no postcode.
func TestStreet17PortugueseSlashLabels(t *testing.T) {
	checkFindCases(t, []findCase{
		{"slash label street", "Envio: Sr. Tomás Ribeiro / Travessa do Mirante, 18 / 4400-215 Gaia",
			[]string{"PERSON:Sr. Tomás Ribeiro", "STREET_ADDRESS:Travessa do Mirante, 18", "ZIP_CODE:4400-215",
				"LOCATION:Gaia"}},
		{"praceta lot ground floor", "Envio: Praceta das Camélias, lote 9, r/c esq. / 2610-044 Alfragide",
			[]string{"STREET_ADDRESS:Praceta das Camélias, lote 9, r/c esq.", "ZIP_CODE:2610-044",
				"LOCATION:Alfragide"}},
		{"praceta before a comma", "Morada: Praceta do Pinhal, 4, 2.º Dto., 2795-070 Linda-a-Velha",
			[]string{"STREET_ADDRESS:Praceta do Pinhal, 4, 2.º Dto.", "ZIP_CODE:2795-070", "LOCATION:Linda-a-Velha"}},
		// Look-alikes: street types in prose around a slash, a code
		// with no town after it.
		{"slash in prose", "Use Rua / Avenida / Largo as the first word of a line.", nil},
		{"slash and a part number", "Peça: Rua modelo 7 / 2231-118 em stock", nil},
	})
}
