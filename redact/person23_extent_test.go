package redact

import (
	"slices"
	"testing"
)

// TestPersonExtent covers the parts of a name personExtent reads next to
// a found name: titles in many languages and scripts, a title in
// brackets, post-nominals, a nickname in quotes and the family name after
// it, particles, markers of marriage, Japanese, Korean and Chinese
// honorifics, the Luo apostrophe, names in lower case and a given name
// before a found family name; and what it leaves alone.
func TestPersonExtent(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"czech title", "Objednávku vyzvedne paní Božena Kratochvílová zítra.", []string{"paní Božena Kratochvílová"}},
		{"two titles", "Seznam: pan Ing. Radomír Šťastný, Brno", []string{"pan Ing. Radomír Šťastný"}},
		{"italian feminine title", "Gentile Sig.ra Ornella Brambilla, grazie.", []string{"Sig.ra Ornella Brambilla"}},
		{"slovene title", "- ga. Tjaša Kranjc, Maribor", []string{"ga. Tjaša Kranjc"}},
		{"greek title", "Ευχαριστούμε τον κ. Σταύρο Μαυρίδη για όλα.", []string{"κ. Σταύρο Μαυρίδη"}},
		{"serbian cyrillic title", "Госпођа Јелена Милутиновић стиже сутра.", []string{"Госпођа Јелена Милутиновић"}},
		{"title in brackets", "Welcome Chief (Mrs) Abosede Okonjo-Bello to the board.", []string{"Chief (Mrs) Abosede Okonjo-Bello"}},
		{"retired rank", "Please invite Capt. (Retd.) Harpreet Kaur Dhillon to the dinner.", []string{"Capt. (Retd.) Harpreet Kaur Dhillon"}},
		{"medical degree", "Termin bei Dr. med. Henrike Albers, Bremen", []string{"Dr. med. Henrike Albers"}},
		{"role title capitalised", "Please thank Nurse Ifeoma Chukwu for the care.", []string{"Nurse Ifeoma Chukwu"}},
		{"suffix with its dot", "Payee: Marcus Whitfield Jr. (account holder)", []string{"Marcus Whitfield Jr."}},
		{"czech post-nominal", "Školitel: doc. Ing. Pavel Hruška, CSc., Ostrava", []string{"doc. Ing. Pavel Hruška, CSc."}},
		{"nickname and family name", "Seat 4: Konstantinos \"Kostas\" Antoniadis, vegetarian", []string{"Konstantinos \"Kostas\" Antoniadis"}},
		{"guillemets", "- Marie-Claude « Mimi » Beauséjour, Laval", []string{"Marie-Claude « Mimi » Beauséjour"}},
		{"welsh particle", "Diolch i Mrs Eirlys ap Dafydd am y gacen.", []string{"Mrs Eirlys ap Dafydd"}},
		{"spanish particles", "Asiento 3: Ximena Robles de la Fuente, de Puebla", []string{"Ximena Robles de la Fuente"}},
		{"widow marker", "Titular: Sra. Herminia Castañeda Vda. de Lozano", []string{"Sra. Herminia Castañeda Vda. de Lozano"}},
		{"japanese honorific", "1. 森田 由美 様 — 大阪", []string{"森田 由美 様"}},
		{"luo apostrophe", "- Atieno Onyang' — Kisumu, 0711 000 222", []string{"Atieno Onyang'"}},
		{"hyphenated family name in lower case", "[10:01] dele: my name na kofi mensah-bonsu, i dey come\n[10:02] ama: ok",
			[]string{"kofi mensah-bonsu", "ama"}},
		{"word given name at an item's start", "2) June Okereke-Hart, 31, teacher", []string{"June Okereke-Hart"}},

		{"possessive: a wife", "Han och hans fru Ragnhild Öberg ringde i går.", []string{"Ragnhild Öberg"}},
		{"lower-case role word", "the nurse Ifeoma Chukwu said so", []string{"Ifeoma Chukwu"}},
		{"institution after a particle", "Write to Teresa da Clínica São Lucas today.", []string{"Teresa"}},
		{"verb after a lower-case name", "ok so ask thandiwe mahlangu llegó\n", []string{"thandiwe mahlangu"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := enginePersonTexts(t, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestNameTailStepPunctExit holds the invariant of nameTailStep's exit
// before it reads the name's last word: after a space, a digit or ASCII
// punctuation (but the hyphen and the apostrophe) opens no particle, no capitalised name
// word and no lower-case name word.
func TestNameTailStepPunctExit(t *testing.T) {
	for c := byte(0); c < 0x80; c++ {
		if isLower(c) || isUpper(c) || c == '-' || c == '\'' {
			continue
		}
		for _, tail := range []string{"abc, then", "de la Cruz", "ngata btw", "Okafor"} {
			r := string([]byte{c}) + tail
			if particleAt(r, 0) != 0 || capNameWord(r, 0) != 0 || lowerNameWord(r) != 0 {
				t.Errorf("%q: a name part opens with byte %#x", r, c)
			}
		}
	}
}

// TestNameTailStepParticleAtEnd: a particle after a hyphen that ends the
// text ("…-da", "…-van") has no byte after it for the space nameTailStep
// looks for; the step must stop there, not read past the text's end.
func TestNameTailStepParticleAtEnd(t *testing.T) {
	for _, text := range []string{
		"Bem-vinda, Sra. Teodora Magalhães-da",
		"Aanmelding: mevr. Wilma Brouwer-van",
		"Eingang: Frau Annelie Hoffmann-von",
		"Lista: Sr. Ignacio Barbosa-de",
	} {
		for i := len(text) - 4; i <= len(text); i++ {
			enginePersonTexts(t, text[:i]) // must not panic
		}
	}
}
