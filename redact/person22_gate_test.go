package redact

import (
	"math/rand"
	"strings"
	"testing"
)

// TestPerson21MaybeExact holds person21Maybe to the readers it gates: on
// every run of one to four words of the texts below, taken as a PERSON
// candidate (with its first word as a second, shorter one), a candidate
// the gate turns away is one publicNameAt does not report and
// orgNameDemoteAt leaves, with the shorter one, as it was. Own values:
// cues, venues, legal forms, trades and plain names, with and without
// words after them.
func TestPerson21MaybeExact(t *testing.T) {
	texts := []string{
		"Keep the tone light, like Wenna Castellow would write it, and quote Ilario Bent.",
		"Please don't name Osgar Lindahl in the copy; the next Fenn Harlowe is fine.",
		"Ein Satz wie bei Ortrud Kessler wäre schön. Non nominare il nostro testimonial Piero Sandri.",
		"The fair is at the Wystan Centre, then the Odran Stadium, rue Ghislène-Varaud and parc Aubin.",
		"Thanks to Tamsin Rook Ltd, Hollis Brae Bakery and the Quenby Vale Car Service for the prizes.",
		"Joana da Clínica Dentária Sol Nascente and Tom of Hillbrook Bakery said yes. Roderick MacBain GmbH",
		"My cousin Ysolde Marrin (07700 900 123) and Name: Brannoc Hale, Family Hall Mason too.",
		"\"Quote\" 'Eluned Parry' and a \"Wynn Tarrant\" BrightLeaf Studio Anna-Lise Korbel-Strand",
		"Dear Mr Hesketh Vane, see you at 'the Carwen Hall' or Café Lumière Bistro Ondrão Vesk Óttar Ñarvez.",
		"vs Corvin Aldous vs. Tegwen Llyr, a la Ramona Quist, à la Sévrine Dulac, inspired by Toma Vlasic",
	}
	var turned, acted int
	for _, text := range texts {
		for i := 0; i < len(text); i++ {
			if i > 0 && text[i-1] != ' ' && text[i-1] != '"' && text[i-1] != '\'' && text[i-1] != '(' {
				continue
			}
			end := i
			for words := 1; words <= 4; words++ {
				for end < len(text) && text[end] == ' ' {
					end++
				}
				for end < len(text) && text[end] != ' ' {
					end++
				}
				if end <= i || strings.TrimSpace(text[i:end]) != text[i:end] {
					break
				}
				checkPerson21Maybe(t, text, i, end, &turned, &acted)
			}
		}
	}
	if turned == 0 || acted == 0 {
		t.Errorf("turned away %d candidates, readers acted on %d: the texts test nothing", turned, acted)
	}
}

// checkPerson21Maybe runs the check of TestPerson21MaybeExact on the
// candidate text[start:end] and counts the candidates the gate turned
// away and those the readers acted on.
func checkPerson21Maybe(t *testing.T, text string, start, end int, turned, acted *int) {
	t.Helper()
	s := Span{Start: start, End: end, Type: "PERSON", Score: 0.9}
	inner := s
	if sp := strings.IndexByte(text[start:end], ' '); sp > 0 {
		inner.End = start + sp
	}
	cands := []Span{s, inner}
	public := publicNameAt(text, &cands[0])
	orgNameDemoteAt(text, cands, 0, &demoteIndex{})
	changed := public || cands[0] != s || cands[1] != inner
	if changed {
		*acted++
	}
	if person21Maybe(text, &s) {
		return
	}
	*turned++
	if changed {
		t.Errorf("%q: person21Maybe turned away a candidate the readers act on (public %v, %+v)", text[start:end], public, cands)
	}
}

// TestOrgWordsMayExact holds orgWordsMay to orgWordIn on the words of
// bizWordTable and the legal forms (as written, capitalised, with
// punctuation round them) and on random words of letters, capitals,
// hyphens, dots, spaces and a non-ASCII letter: where orgWordsMay says
// no, orgWordIn reports neither a strong word nor a weak one among two.
func TestOrgWordsMayExact(t *testing.T) {
	words := []string{"Ltd", "GmbH", "plc", "Inc", "Srl", "Oy", "OÜ", "SpA", "BrightLeaf", "Wrzelbik-Nordam",
		"Bakery", "bakery", "Service", "Services", "Desk", "Studio", "Salon", "Motors", "Dental", "Hall", "Mason"}
	for _, w := range bizWordTable.keyList() {
		if w != "" {
			words = append(words, w, strings.ToUpper(w[:1])+w[1:])
		}
	}
	var ws []string
	for _, w := range words {
		ws = append(ws, w, "("+w+")", w+".", w+",", "\""+w, w+" Ltd", "Vale "+w, " "+w)
	}
	rng := rand.New(rand.NewSource(22))
	const alphabet = "aeinorstlBCDKLMSTZ-. é'&"
	for range 200000 {
		b := make([]byte, 1+rng.Intn(11))
		for k := range b {
			b[k] = alphabet[rng.Intn(len(alphabet))]
		}
		ws = append(ws, strings.ToValidUTF8(string(b), "x"))
	}
	for _, w := range ws {
		if orgWordsMay(w) {
			continue
		}
		if strong, weak, n := orgWordIn(w); strong || weak && n >= 2 {
			t.Errorf("orgWordsMay(%q) = false, orgWordIn: strong %v, weak %v, %d words", w, strong, weak, n)
		}
	}
}

// TestPersonsFlag checks the scan's persons flag, Find's gate for
// person21Demote: after the person detector, a text whose spans hold a
// PERSON has it set. Own values: names alone, with towns, ages, records
// and addresses after them, and texts with no name.
func TestPersonsFlag(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"Write a birthday note for Ottilie Brennand, who turns 70 next week.",
		"Oswin Tarrant, 42, from Kettlewick, called about the invoice.",
		"Send it to Maelis Drouart (she's seventy!) at 14 Larkspur Row, Dunmere DM4 7QT.",
		"Contact: Ferelith Ashdown - ferelith.a@example.org - 07700 900 321",
		"Summarise the quarterly figures in three bullet points.",
		"lives in Haverleigh with her cat, born 4 May 1961",
		"Call 020 7946 0123 about order 55123 before Friday.",
		"hi, it's corentin lavalle from rennes, 33, can you help",
	}
	for _, text := range texts {
		var sc textScan
		sc.reset(text, e.scans&scansWithRuns != 0)
		var toks [8]nameTok
		cands := personSpans(&sc, runScans(e.scans, &sc, nil), &toks)
		for _, c := range cands {
			if c.Type == "PERSON" && !sc.persons {
				t.Errorf("%q: PERSON %q, persons flag clear", text, text[c.Start:c.End])
			}
		}
	}
}
