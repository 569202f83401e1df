package redact

import (
	"slices"
	"testing"
)

// TestLowerRepeatNames checks the lower-case repeats of a name written
// with capitals (person21_lower.go).
func TestLowerRepeatNames(t *testing.T) {
	// The rule reads texts of cuedMinText bytes or more with a line in
	// lower case: a chat's other lines make the length.
	const chat = "Summarise these shift notes for the log, keep it short and friendly.\n" +
		"- morning all, the van is late again and the fridge is beeping\n" +
		"- also the card reader needs a restart before we open the doors\n" +
		"- the window cleaner comes thursday, leave the side gate open\n"
	for _, c := range []struct {
		text string
		want []string // PERSON spans' texts in lower case the engine must find
		not  []string // lower-case words it must leave
	}{
		{chat + "Please call Cornelius Hartmann about the order.\nok later cornelius said yes, cornelius hartmann is in.",
			[]string{"cornelius", "cornelius hartmann"}, nil},
		{chat + "cornelius: hello can I order\nShop: sure, name?\ncornelius: Cornelius Hartmann",
			[]string{"cornelius"}, nil},
		// An address or a handle built from the name is no mention.
		{chat + "ok call Cornelius Hartmann about the order, mail cornelius.h@example.com or see site/cornelius_h",
			nil, []string{"cornelius"}},
		// A given name that is an everyday word in lower case stays a word.
		{chat + "ok call Grace Hartmann about the order. by the grace of god it shipped.",
			nil, []string{"grace"}},
		// A name inside a longer word is no mention.
		{chat + "ok call Cornelius Hartmann about the order. the corneliusplatz museum is shut.",
			nil, []string{"cornelius"}},
		// All lower case: a title before a family name no gazetteer knows.
		{"ok so mrs petrakis cancelled again, rebook her for tues", []string{"mrs petrakis"}, []string{"mrs petrakis cancelled"}},
		{"[10:01] kiri: mrs. vantreskow at the side gate", []string{"mrs. vantreskow"}, nil},
		{"meine frau ist krank und herr brankovic kommt morgen", []string{"herr brankovic"}, nil},
		// Kin words of the other prompt languages vouch for the name after them.
		{"resume: la cliente viene con su nieta yaretzi\nListo", []string{"yaretzi"}, nil},
		{"ok scrivi un messaggio per mia sorella giulia e il primo piatto", []string{"giulia"}, []string{"piatto"}},
		{"salut, un mot pour ma nièce Zoé et mon neveu tanguy, merci", []string{"tanguy"}, nil},
		// The whole word, not its head: "lucía", not "luc".
		{"hola, necesito un mensaje para mi hija lucía, cumple 30", []string{"lucía"}, []string{"luc"}},
		// A unit, a product and a doctor's visit are no names.
		{"latency is 200 ms tops and ms paint crashed, dr appointment at 3", nil,
			[]string{"ms tops", "ms paint", "dr appointment"}},
	} {
		got := enginePersonTexts(t, c.text) // person3_slots_test.go
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q: missed %q (got %q)", c.text, w, got)
			}
		}
		for _, w := range c.not {
			if slices.Contains(got, w) {
				t.Errorf("%q: took %q", c.text, w)
			}
		}
	}
}
