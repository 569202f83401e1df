package redact

import "testing"

// TestRegroupedIDs checks id26_groups.go: checksummed identifiers in
// groupings other than the canonical ones, found after their own word and
// not without it, with values of our own.
func TestRegroupedIDs(t *testing.T) {
	checkTypedCases(t, "ES_NIF,ES_NIE,DE_TAX_ID,FR_NIR", []findCase{
		{name: "case01", text: "Cliente: Marta Gil, DNI 71.234.509-J, alta en 2021.", want: []string{"ES_NIF:71.234.509-J"}},
		{name: "case02", text: "DNI: 71234509 J (caduca 2030)", want: []string{"ES_NIF:71234509 J"}},
		{name: "case03", text: "documento de identidad 71234509.J", want: []string{"ES_NIF:71234509.J"}},
		{name: "case04", text: "documento de identidad 71 234 509 J.", want: nil},                         // groups of spaces: not taken (phone numbers' shape)
		{name: "case05", text: "Ref. 71.234.509-J del pedido", want: nil},                                 // no DNI word
		{name: "case06", text: "DNI 71.234.509-K, por favor", want: nil},                                  // wrong letter
		{name: "case07", text: "DNI 71.234.509-J2 en el sistema", want: nil},                              // the letter is part of a longer token
		{name: "case08", text: "lote 71.234.509 J; ver DNI abajo", want: []string{"ES_NIF:71.234.509 J"}}, // the word after it counts
		{name: "case09", text: "NIE X-3141592-E, residente en Valencia", want: []string{"ES_NIE:X-3141592-E"}},
		{name: "case10", text: "su NIE: z 2718281 p", want: []string{"ES_NIE:z 2718281 p"}},
		{name: "case11", text: "n.º de identidad Z.2718281.P", want: []string{"ES_NIE:Z.2718281.P"}},
		{name: "case12", text: "código X-3141592-E del almacén", want: nil}, // no NIE word
		{name: "case13", text: "NIE X-3141592-F", want: nil},                // wrong letter
		{name: "case14", text: "Steuer-ID 47/291/836/550 laut Bescheid", want: []string{"DE_TAX_ID:47/291/836/550"}},
		{name: "case15", text: "Steuer-ID: 47.291.836.550", want: []string{"DE_TAX_ID:47.291.836.550"}},
		{name: "case16", text: "Artikel 47.291.836.550 im Lager", want: nil}, // no tax word
		{name: "case17", text: "Steuer-ID 47.291/836.550", want: nil},        // mixed separators
		{name: "case18", text: "numéro de sécurité sociale 1-88-05-75-123-456-23", want: []string{"FR_NIR:1-88-05-75-123-456-23"}},
		{name: "case19", text: "N° sécu : 2.93.09.13.055.012.70 (carte Vitale)", want: []string{"FR_NIR:2.93.09.13.055.012.70"}},
		{name: "case20", text: "version 2.93.09.13.055.012.70 du logiciel", want: nil}, // no NIR word
		{name: "case21", text: "sécurité sociale 2.93.09.13.055.012.71", want: nil},    // wrong key
	})
}
