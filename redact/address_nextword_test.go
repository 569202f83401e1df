package redact

import "testing"

// nextWordBytes is nextWord a byte at a time, as it was before its
// letters were read eight at a time: the reference TestNextWordWords
// compares it with.
func nextWordBytes(text string, i int, allowComma bool) (word, bool) {
	j := i
	comma := false
	for j < len(text) && (text[j] == ' ' || text[j] == ',' && allowComma && !comma) {
		if text[j] == ',' {
			comma = true
		}
		j++
	}
	if j == i || j >= len(text) {
		return word{}, false
	}
	return addrWordAt(text, j)
}

// TestNextWordWords checks nextWord against nextWordBytes at every
// position of texts with words of every length around the eight-byte
// loads, and with every byte value inside and right after a word.
func TestNextWordWords(t *testing.T) {
	texts := []string{
		"", " ", "a", " Ab", "at 12 Kestrelmoor Row, Upper Tolbury", "ok ,, Wrenfield;x",
		" abcdefgh", " abcdefghi", " ABCDEFGHIJKLMNOPQ.", " Grünweg 12", " x\x00yz\x80AZaz\xffq",
		" @[`{|}~", " Zz\tQq\nRr\rSs(Tt)", " Unit 4B, 9-11 Harlow Mews",
	}
	for c := range 256 {
		for n := range 18 {
			w := []byte(" , ")
			for k := range n {
				w = append(w, "kLmNoPqRsTuVwXyZaB"[k])
			}
			texts = append(texts, string(append(w, byte(c), 'x', 'y')), string(append(append([]byte(" "), byte(c)), w[3:]...)))
		}
	}
	for _, s := range texts {
		for i := 0; i <= len(s); i++ {
			for _, comma := range []bool{false, true} {
				got, gok := nextWord(s, i, comma)
				want, wok := nextWordBytes(s, i, comma)
				if got != want || gok != wok {
					t.Fatalf("nextWord(%q, %d, %v) = %v, %v; want %v, %v", s, i, comma, got, gok, want, wok)
				}
			}
		}
	}
}
