package redact

import "testing"

// nextWordBytes is nextWord written another way, a byte at a time: the
// spaces, at most one comma (when allowed) among them, then addrWordAt's
// word. TestNextWordWords compares the two.
func nextWordBytes(text string, i int, allowComma bool) (word, bool) {
	spaces := func(j int) int {
		for j < len(text) && text[j] == ' ' {
			j++
		}
		return j
	}
	j := spaces(i)
	if allowComma && j < len(text) && text[j] == ',' {
		j = spaces(j + 1)
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
