package caddymodule

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// checkTape fails t when the validator's tape of body's long strings
// differs from what scanString finds at each of them, or when the request
// scanner, given the tape, collects other texts than without it.
func checkTape(t *testing.T, body string) {
	t.Helper()
	var tape []longString
	if checkJSONTape([]byte(body), &tape) != nil {
		return
	}
	for k, ls := range tape {
		if k > 0 && ls.start < tape[k-1].end {
			t.Fatalf("tape of %q out of order at %d: %v", body, k, tape)
		}
		if end, esc := scanString(body, ls.start); end != ls.end || esc != ls.esc {
			t.Fatalf("tape of %q: string at %d ends at %d (escapes %v), scanString says %d (%v)", body, ls.start, ls.end, ls.esc, end, esc)
		}
	}
	scan := func(tape []longString) (ok bool, texts, users, sweep []scanText, used int) {
		sc := getScanner(body, openAIChat.request, openAIChat.user)
		defer sc.release()
		sc.tape = tape
		ok = sc.scan()
		return ok, slices.Clone(sc.texts), slices.Clone(sc.users), slices.Clone(sc.sweep), sc.tapeAt
	}
	ok1, texts1, users1, sweep1, _ := scan(nil)
	ok2, texts2, users2, sweep2, used := scan(tape)
	if ok1 != ok2 || !slices.Equal(texts1, texts2) || !slices.Equal(users1, users2) || !slices.Equal(sweep1, sweep2) {
		t.Fatalf("scan of %q differs with the tape", body)
	}
	if ok2 && used != len(tape) {
		t.Fatalf("scan of %q used %d of the tape's %d strings", body, used, len(tape))
	}
}

// TestValidatorTape holds the validator's tape of long strings to
// scanString, and the request scanner's texts with the tape to those
// without it, on random request bodies with long, escaped and non-ASCII
// strings as keys and values.
func TestValidatorTape(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	pieces := []string{"a", "bcdefgh", `\"`, `\\`, `\u00e9`, `\n`, "é", "😀", " ", "12345678", "Lorem ipsum dolor sit amet, "}
	noted := 0
	for range 20000 {
		var sb strings.Builder
		for range rng.IntN(12) {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		str := `"` + sb.String() + `"`
		for _, b := range []string{
			`{"messages":[{"role":"user","content":` + str + `}],"user":` + str + `}`,
			`{"k` + sb.String() + `":` + str + `,"messages":[{"content":[{"type":"text","text":` + str + `}]}]}`,
		} {
			var tape []longString
			_ = checkJSONTape([]byte(b), &tape)
			noted += len(tape)
			checkTape(t, b)
		}
	}
	for range 3000 {
		checkTape(t, randomRequestBody(rng))
	}
	for _, s := range rewriteSeeds {
		checkTape(t, s)
	}
	checkTape(t, benchPromptBody(true, false))
	if noted == 0 {
		t.Error("no long string noted: the test lost its long strings")
	}
}
