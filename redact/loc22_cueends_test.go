package redact

import (
	"math/rand"
	"strings"
	"testing"
)

// TestCueEndsExact holds cueEnds to cueWordBefore: wherever a cue word
// ends before a space (as written, capitalised or in capitals, after a
// space, a line break or at the text's start, and in random texts of cue
// words' letters, capitals, spaces, tabs and line breaks), the ending's
// bit is set. It also checks that common words before a name are turned
// away.
func TestCueEndsExact(t *testing.T) {
	var texts []string
	for _, w := range cueWords.keyList() {
		if w == "" {
			continue
		}
		for _, v := range []string{w, strings.ToUpper(w[:1]) + w[1:], strings.ToUpper(w)} {
			texts = append(texts, "xy "+v+" Town", "xyz\n"+v+" Town", v+" Town", "12345678 "+v+" Town")
		}
	}
	rng := rand.New(rand.NewSource(22))
	letters := "aeinorsuàmfdlzv AN\n\t"
	for range 100000 {
		b := make([]byte, 3+rng.Intn(14))
		for k := range b {
			b[k] = letters[rng.Intn(len(letters))]
		}
		texts = append(texts, string(b)+" X")
	}
	checked := 0
	for _, text := range texts {
		for sp := 3; sp < len(text); sp++ {
			if text[sp] != ' ' || cueWordBefore(text, sp) == nil {
				continue
			}
			checked++
			if !cueEnds.mayEnd(text, sp) {
				t.Errorf("%q: cue word before byte %d, no ending in cueEnds", text, sp)
			}
		}
	}
	if checked < 1000 {
		t.Errorf("only %d cue words met: the texts test nothing", checked)
	}
	for _, s := range []string{"John ", "the ", "and ", "with "} {
		if cueEnds.mayEnd(s, len(s)-1) && cueWordBefore(s, len(s)-1) == nil {
			t.Errorf("cueEnds lets %q through", s)
		}
	}
}

// TestOnIsNoCue checks what residenceTowns relies on when it reads " on "
// before a capital as liveOnStreetAt's only: "on" is no cue word.
func TestOnIsNoCue(t *testing.T) {
	for _, s := range []string{"lives on Y", "ON Y", "x On Y"} {
		if sp := strings.LastIndexByte(s, ' '); cueWordBefore(s, sp) != nil {
			t.Errorf("%q: a cue word before byte %d", s, sp)
		}
	}
}
