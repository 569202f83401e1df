package redact

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestKinNames23b checks kinNames23b and bracketAgeNames23b on the
// engine: kin words of many languages and scripts before a name, kin
// words with their possessive after them, and given names before an age
// in brackets; sizes and counts in brackets stay no names. Own values.
func TestKinNames23b(t *testing.T) {
	checkFindCases(t, []findCase{
		{"Serbian Cyrillic daughter", "Листа:\n2. Одело за матурско ћерке Милене (18)",
			[]string{"PERSON:Милене", "AGE:18"}},
		{"Serbian Latin daughter", "Lista:\n2. Odijelo za matursko ćerke Milene (18)",
			[]string{"PERSON:Milene", "AGE:18"}},
		{"Norwegian definite son opening a sentence", "Notat:\nSønnen Brynjolf hentes av mormor.",
			[]string{"PERSON:Brynjolf"}},
		{"Galician grandson", "Recado:\nmandou o neto Xoán recoller a encomenda", []string{"PERSON:Xoán"}},
		{"Indonesian child with its possessive", "Pesan:\nanak saya Bayu yang ambil paketnya",
			[]string{"PERSON:Bayu"}},
		{"Swahili grandchild with its possessive", "Ujumbe:\nmjukuu wake Baraka atachukua", []string{"PERSON:Baraka"}},
		{"Indonesian child without a possessive", "Catatan:\nbaju anak Bali ukuran kecil", nil},
	})
}

// TestBracketAgeNames23b checks bracketAgeNames23b on the engine.
func TestBracketAgeNames23b(t *testing.T) {
	checkFindCases(t, []findCase{
		{"unknown word before months", "Welcome!\nWelcome Kwabena (2) and Efua (14 months) to the nursery.",
			[]string{"PERSON:Kwabena", "AGE:2", "PERSON:Efua", "AGE:14 months"}},
		{"given name before a bare age", "Poruke:\n- pita može li Zvonko (6) doći ranije.",
			[]string{"PERSON:Zvonko", "AGE:6"}},
		{"Norwegian daughter before an age", "Notat:\nDatteren Sigrid (6) hentes klokka tre.",
			[]string{"PERSON:Sigrid", "AGE:6"}},
		{"counts in a cart", "Cart:\nRoom (2), Size (10), Galaxy (3)", nil},
		{"rooms joined by and", "Menu:\nBedroom (2) and Bathroom (1) upstairs", nil},
		{"a product's last word", "Note:\nSamsung Galaxy (3) in stock.", nil},
		{"an item in an order", "Order:\nLatte (2), Croissant (1), Muffin (3)", nil},
	})
}

// TestWordBefore23bASCII checks wordBefore23b's ASCII path against the
// rune reading it stands for, on random texts of letters, hyphens,
// spaces and UTF-8 letters.
func TestWordBefore23bASCII(t *testing.T) {
	ref := func(text string, e int) int {
		b := e
		for b > 0 {
			r, size := utf8.DecodeLastRuneInString(text[:b])
			if r != '-' && !unicode.IsLetter(r) {
				break
			}
			b -= size
		}
		return b
	}
	r := rand.New(rand.NewSource(28))
	parts := []string{"a", "Z", "-", " ", "\n", "é", "ß", "Ж", "1", "'", ".", "\xc3", "\xa9", "\x80", "\x7f", "_", "@"}
	for range 5000 {
		var sb strings.Builder
		for range r.Intn(12) {
			sb.WriteString(parts[r.Intn(len(parts))])
		}
		text := sb.String()
		for e := 0; e <= len(text); e++ {
			if b, _ := wordBefore23b(text, e); b != ref(text, e) {
				t.Fatalf("wordBefore23b(%q, %d) = %d, want %d", text, e, b, ref(text, e))
			}
		}
	}
}
