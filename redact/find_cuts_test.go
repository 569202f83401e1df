package redact

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// TestFindWordCuts runs Find on every labelled text cut after each space,
// line break and punctuation mark that ends a word: a text that ends
// right after a rule's trigger ("fyller 35 den ", "12 yaşında ") must not
// make a rule read past its end (two such panics were found this way in
// session 24). No output is checked; a panic fails the test.
func TestFindWordCuts(t *testing.T) {
	if testing.Short() {
		t.Skip("356k Finds")
	}
	eng, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("testdata/*.jsonl")
	n := 0
	for _, f := range files {
		fh, _ := os.Open(f)
		sc := bufio.NewScanner(fh)
		sc.Buffer(make([]byte, 1<<20), 1<<22)
		for sc.Scan() {
			var r struct{ Text string }
			if json.Unmarshal(sc.Bytes(), &r) != nil || r.Text == "" {
				continue
			}
			for i := 1; i <= len(r.Text); i++ {
				c := r.Text[i-1]
				if c != ' ' && c != '\n' && c != ',' && c != '.' && c != ')' && c != ':' && (i == len(r.Text) || r.Text[i] != ' ') {
					continue
				}
				func() {
					defer func() {
						if p := recover(); p != nil {
							t.Errorf("%s: cut at byte %d: %v", f, i, p)
						}
					}()
					eng.Find(r.Text[:i])
					n++
				}()
			}
		}
		fh.Close()
	}
	t.Logf("%d cuts", n)
}

// TestBirthdayAfterAgeAtEnd: the text ends right after the word that
// would lead to a turning age's day.
func TestBirthdayAfterAgeAtEnd(t *testing.T) {
	eng, err := NewEngine(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{"Hon fyller 35 den ", "Han fyller 40 den", "she turns 50 on ", "er wird 70 am "} {
		eng.Find(text)
	}
}
