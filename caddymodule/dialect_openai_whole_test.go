package caddymodule

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/tidwall/gjson"
)

// checkWholeFast compares openAIWholeFast with validJSON and wholeAnswer
// on one answer, JSON or not: when the fast path reads it, validJSON
// accepts it, and the fast path gives the same usage and the same texts
// (every field of the gjson results, offsets included). It reports whether
// the fast path read it.
func checkWholeFast(t *testing.T, a string) bool {
	t.Helper()
	prefix := []answerText{{channel: "before"}}
	got, gotU, ok := openAIWholeFast(a, prefix)
	if len(got) == 0 || got[0].channel != "before" {
		t.Fatalf("%q: the texts given were not kept", a)
	}
	got = got[1:]
	if !ok {
		if len(got) != 0 || gotU != (tokenUsage{}) {
			t.Errorf("%q: declined, but appended %d texts and usage %+v", a, len(got), gotU)
		}
		return false
	}
	if !validJSON([]byte(a)) {
		t.Fatalf("%q: read by the fast path, but validJSON rejects it", a)
	}
	var want []answerText
	wantU := openAIChat.wholeAnswer(gjson.Parse(a), func(t answerText) { want = append(want, t) })
	if gotU != wantU {
		t.Errorf("%s: usage %+v, want %+v", a, gotU, wantU)
	}
	if len(got) != len(want) {
		t.Errorf("%s: %d texts, want %d", a, len(got), len(want))
		return true
	}
	for i := range got {
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Errorf("%s: text %d = %+v, want %+v", a, i, got[i], want[i])
		}
	}
	return true
}

// TestOpenAIWholeFastSame holds the fast reader of whole Chat Completions
// answers to wholeAnswer: answers of any member order, with white space,
// repeated and escaped keys, members of every type, escaped contents, tool
// calls and odd usage counts. It also checks that the fast path reads the
// usual shapes.
func TestOpenAIWholeFastSame(t *testing.T) {
	usual := []string{
		benchAnswer,
		`{"id":"chatcmpl-1","object":"chat.completion","created":1741569952,"model":"gpt-4o-2024-08-06","choices":[{"index":0,"message":{"role":"assistant","content":"Hello!\nHow can I \"help\" you today? \u00e9\ud83d\ude00","refusal":null,"annotations":[]},"logprobs":null,"finish_reason":"stop"}],"usage":{"prompt_tokens":19,"completion_tokens":10,"total_tokens":29,"prompt_tokens_details":{"cached_tokens":0,"audio_tokens":0},"completion_tokens_details":{"reasoning_tokens":0}},"service_tier":"default"}`,
		"{\n  \"choices\" : [ { \"index\" : 1 , \"message\" : { \"content\" : \"a\" , \"tool_calls\" : [ ] } } , { \"message\" : { \"content\" : null } } ] ,\n \"usage\" : { \"total_tokens\" : -0 }\n}\n",
		`{"choices":[{"index":0,"message":{"role":"assistant","content":"x","tool_calls":null,"function_call":null}}]}`,
		`{"choices":[{"message":{"content":"a"}},{"message":{"content":"b"}},{"index":7,"message":{"content":"c"}}]}`,
	}
	for _, a := range usual {
		if !validJSON([]byte(a)) {
			t.Fatalf("test answer is not JSON: %s", a)
		}
		if !checkWholeFast(t, a) {
			t.Errorf("the fast path declined a usual answer: %s", a)
		}
	}

	values := []string{
		`"Fresh trails."`, `"esc\"aped \\ \n \u0041 \ud83d\ude00"`, `""`, `null`, `true`, `false`, `0`, `-1`, `1.5`, `2e3`,
		`123456789012345`, `1234567890123456`, `-0`, `[]`, `{}`, `[1,"a"]`, `{"content":"nested"}`,
	}
	pick := func(rng *rand.Rand, s []string) string { return s[rng.IntN(len(s))] }
	ws := func(rng *rand.Rand) string {
		if rng.IntN(4) == 0 {
			return pick(rng, []string{" ", "\n", "\t ", "\r\n  "})
		}
		return ""
	}
	var obj func(rng *rand.Rand, keys []string, value func() string) string
	obj = func(rng *rand.Rand, keys []string, value func() string) string {
		n := rng.IntN(4)
		parts := make([]string, n)
		for i := range parts {
			parts[i] = ws(rng) + `"` + pick(rng, keys) + `"` + ws(rng) + ":" + ws(rng) + value() + ws(rng)
		}
		return "{" + ws(rng) + strings.Join(parts, ",") + "}"
	}
	arr := func(rng *rand.Rand, value func() string) string {
		n := rng.IntN(4)
		parts := make([]string, n)
		for i := range parts {
			parts[i] = ws(rng) + value() + ws(rng)
		}
		return "[" + ws(rng) + strings.Join(parts, ",") + "]"
	}
	rng := rand.New(rand.NewPCG(10, 7))
	message := func() string {
		return obj(rng, []string{"role", "content", "content", "tool_calls", "function_call", "refusal", "c\\u006fntent"}, func() string {
			switch rng.IntN(6) {
			case 0:
				return `[{"index":0,"function":{"arguments":"{\"a\":1}"}}]`
			case 1:
				return `{"name":"f","arguments":"x"}`
			}
			return pick(rng, values)
		})
	}
	choice := func() string {
		if rng.IntN(10) == 0 {
			return pick(rng, values)
		}
		return obj(rng, []string{"index", "message", "message", "finish_reason", "delta", "ind\\u0065x"}, func() string {
			if rng.IntN(2) == 0 {
				return message()
			}
			return pick(rng, values)
		})
	}
	usage := func() string {
		if rng.IntN(8) == 0 {
			return pick(rng, values)
		}
		return obj(rng, []string{"prompt_tokens", "completion_tokens", "total_tokens", "total_tokens", "other"}, func() string {
			if rng.IntN(3) == 0 {
				return pick(rng, values)
			}
			return pick(rng, []string{"0", "525", "-3", "999999999999999"})
		})
	}
	read := 0
	const n = 20000
	for range n {
		a := obj(rng, []string{"id", "choices", "choices", "usage", "usage", "model", "\\u0063hoices"}, func() string {
			switch rng.IntN(5) {
			case 0, 1:
				if rng.IntN(10) == 0 {
					return obj(rng, []string{"index", "message"}, message)
				}
				return arr(rng, choice)
			case 2:
				return usage()
			}
			return pick(rng, values)
		})
		if rng.IntN(10) == 0 {
			a = ws(rng) + a + ws(rng)
		}
		if !gjson.Valid(a) || !validJSON([]byte(a)) {
			t.Fatalf("test answer is not JSON: %s", a)
		}
		if checkWholeFast(t, a) {
			read++
		}
		// The same answer broken: a byte changed, dropped or cut off.
		b := []byte(a)
		k := rng.IntN(len(b))
		switch rng.IntN(3) {
		case 0:
			const alphabet = "{}[]\",:\\ 0-1.eEtnrufals\x01"
			b[k] = alphabet[rng.IntN(len(alphabet))]
		case 1:
			b = append(b[:k], b[k+1:]...)
		default:
			b = b[:k]
		}
		checkWholeFast(t, string(b))
	}
	t.Logf("the fast path read %d of %d random answers", read, n)
	if read < n/4 {
		t.Errorf("the fast path read %d of %d random answers, want at least a quarter", read, n)
	}
	for _, a := range []string{`[]`, `"s"`, `1`, `null`, `[{"choices":[]}]`, ``, `{`, `{"a":1}x`, `{"a":01}`, `{"a":"\x"}`,
		`{"usage":{"total_tokens":01}}`, `{"choices":[{"index":1.}]}`, "{\"a\":\"\x01\"}", `{"a":tru}`, `{"a":[1,]}`, `{"a":{"b":1,}}`,
		strings.Repeat(`{"a":`, 40) + "1" + strings.Repeat("}", 40)} {
		checkWholeFast(t, a)
	}
}

// FuzzOpenAIWholeFast holds openAIWholeFast to validJSON and wholeAnswer
// on any input.
func FuzzOpenAIWholeFast(f *testing.F) {
	f.Add(benchAnswer)
	f.Add(`{"choices":[{"index":1,"message":{"content":"a\nb","tool_calls":[]}}],"usage":{"total_tokens":3}}`)
	f.Add(`{"choices":[{"message":{"content":null}},5,{"index":"x"}],"usage":{"prompt_tokens":-0}}`)
	f.Fuzz(func(t *testing.T, a string) {
		checkWholeFast(t, a)
	})
}
