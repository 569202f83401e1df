package redact

import (
	"strings"
	"testing"
)

// TestTradeLines17b checks that a business's letterhead line headed by a
// trade word of read17b_trades.go is demoted, and that a customer's own
// address stays masked whatever trade word the text holds elsewhere.
func TestTradeLines17b(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text, value string
		masked      bool
	}{
		// the business's own line: demoted
		{"Write a friendly reminder.\n\nOttica Belvedere – Via dei Mille 23, 40026 Imola – 051 223 1190\nCliente: Sig. Paolo Rinaldi", "Via dei Mille 23", false},
		{"Escribe un recordatorio.\n\nCasa de Empeños El Sol – C/ Alcalá 210, 28770 Colmenar Viejo – 914 02 33 71\nTitular: D. Andrés Gil", "C/ Alcalá 210", false},
		{"Napisz post.\n\nSchronisko „Pod Lasem\", ul. Leśna 9, 32-700 Bochnia, tel. 12 411 20 30\nZbiórka trwa.", "ul. Leśna 9", false},
		{"Skriv ett mejl.\n\nLundby stadsbibliotek, Torggatan 4, 503 32 Borås, 031-365 00 00\nLåntagare: Karin Ek", "Torggatan 4", false},
		{"Reescreve a mensagem.\n\nLava-Rápido Onda Azul – Rua Bahia 88, Centro, Olinda – (81) 3224-5500\ncliente: Joana", "Rua Bahia 88", false},
		// a customer's own address stays masked
		{"Write a reminder from the Ottica Belvedere team.\n\nCliente: Sig. Paolo Rinaldi, Via dei Mille 23, 40026 Imola", "Via dei Mille 23", true},
		{"Lundby stadsbibliotek\nLåntagare: Karin Ek, Torggatan 4, 503 32 Borås", "Torggatan 4", true},
		{"The museum wrote to my home: Flat 2, 14 Larch Road, Frome BA11 1AA.", "14 Larch Road", true},
	} {
		got, at := false, strings.Index(tc.text, tc.value)
		for _, s := range e.Find(tc.text) {
			if s.Type == "STREET_ADDRESS" && s.Start <= at && s.End >= at+len(tc.value) {
				got = true
			}
		}
		if got != tc.masked {
			t.Errorf("%q: %q masked %v, want %v", tc.text, tc.value, got, tc.masked)
		}
	}
}
