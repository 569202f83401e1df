package redact

import (
	"strings"
	"testing"
)

// TestNickMentionsRepeated: a text that repeats a name with its nickname
// in quotes masks every mention, and each nickname is read once
// (nickMentions was cubic in the repeats: review23).
func TestNickMentionsRepeated(t *testing.T) {
	e, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	line := "Dear team, Nadia \"Nono\" Haddad booked at 3, and Nono is allergic to nuts.\n"
	for _, n := range []int{1, 3, 50} {
		text := strings.Repeat(line, n)
		luki := 0
		for _, s := range e.Find(text) {
			if s.Type == "PERSON" && text[s.Start:s.End] == "Nono" {
				luki++
			}
		}
		if luki != n {
			t.Errorf("%d lines: %d spans of the nickname, want %d", n, luki, n)
		}
	}
}

// BenchmarkNickMentionsRepeated: Find on 400 lines that repeat a name
// with its nickname in quotes (about 30 KB).
func BenchmarkNickMentionsRepeated(b *testing.B) {
	e, err := NewEngine(Options{})
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat("Dear team, Nadia \"Nono\" Haddad booked at 3, and Nono is allergic to nuts.\n", 400)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		e.Find(text)
	}
}
