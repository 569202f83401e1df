package caddymodule

import (
	"fmt"
	"strconv"
	"testing"

	"github.com/tidwall/gjson"
)

// openAIChoicesRef is openAIChoices as it was, one Get per member: the
// reference the one-pass version must agree with.
func openAIChoicesRef(root gjson.Result, field string, visit func(answerText)) {
	pos := 0
	root.Get("choices").ForEach(func(_, c gjson.Result) bool {
		ch := strconv.Itoa(pos)
		if i := c.Get("index"); i.Type == gjson.Number {
			ch = i.Raw
		}
		pos++
		m := c.Get(field)
		if v := m.Get("content"); v.Type == gjson.String {
			visit(answerText{value: v, channel: ch, kind: textContent})
		}
		tpos := 0
		m.Get("tool_calls").ForEach(func(_, tc gjson.Result) bool {
			tch := strconv.Itoa(tpos)
			if i := tc.Get("index"); i.Type == gjson.Number {
				tch = i.Raw
			}
			tpos++
			if v := tc.Get("function.arguments"); v.Type == gjson.String {
				visit(answerText{value: v, channel: ch + "/tool/" + tch, kind: textArguments})
			}
			return true
		})
		if v := m.Get("function_call.arguments"); v.Type == gjson.String {
			visit(answerText{value: v, channel: ch + "/tool/fn", kind: textArguments})
		}
		return true
	})
}

// TestOpenAIChoicesSameAsGets checks the one-pass visitor against the Get
// version: same texts, offsets, channels and kinds, also for repeated and
// escaped keys, nulls and members of the wrong type.
func TestOpenAIChoicesSameAsGets(t *testing.T) {
	bodies := []string{
		`{"choices":[{"index":0,"message":{"role":"assistant","content":"Hello"},"finish_reason":"stop"}]}`,
		`{"choices":[{"message":{"content":"a"},"index":1},{"index":0,"message":{"content":"b"}}]}`,
		`{"choices":[{"index":0,"index":2,"delta":{"content":"x","content":"y"}}]}`,
		`{"choices":[{"ind\u0065x":3,"d\u0065lta":{"c\u006fntent":"esc"}}]}`,
		`{"choices":[{"index":"7","delta":{"content":null}},{"delta":"str"},{"delta":[1,2]},5,"x",null]}`,
		`{"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"{\"a\":1}"}},{"function":{"arguments":"b"}}]}}]}`,
		`{"choices":[{"index":0,"delta":{"function_call":{"name":"f","arguments":"x"},"function_call":{"arguments":"y"},"content":"z"}}]}`,
		`{"choices":[{"message":{"tool_calls":"not an array","function_call":null,"content":""}}]}`,
		`{"choices":{"index":0,"message":{"content":"object, not array"}}}`,
		`{"choices":[{"message":{"content":"m"},"delta":{"content":"d"}}]}`,
		`{"choices":[]}`, `{}`, `[]`, `"s"`,
	}
	for _, body := range bodies {
		for _, field := range []string{"message", "delta"} {
			var want, got []string
			rec := func(out *[]string) func(answerText) {
				return func(a answerText) {
					*out = append(*out, fmt.Sprintf("%s@%d %s %d", a.value.Raw, a.value.Index, a.channel, a.kind))
				}
			}
			root := gjson.Parse(body)
			openAIChoicesRef(root, field, rec(&want))
			openAIChoices(root, field, rec(&got))
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("%s (%s):\n got %v\nwant %v", body, field, got, want)
			}
		}
	}
}

// TestOpenAIUsageSameAsGets holds the one-pass usage reader to a Get per
// field, also for repeated and escaped keys, members of the wrong type and
// usage that is not an object.
func TestOpenAIUsageSameAsGets(t *testing.T) {
	ref := func(u gjson.Result) tokenUsage {
		if !u.IsObject() {
			return tokenUsage{}
		}
		return tokenUsage{
			Prompt:     u.Get("prompt_tokens").Int(),
			Completion: u.Get("completion_tokens").Int(),
			Total:      u.Get("total_tokens").Int(),
		}
	}
	usages := []string{
		`{"prompt_tokens":500,"completion_tokens":25,"total_tokens":525}`,
		`{"total_tokens":3,"prompt_tokens":1,"completion_tokens":2,"prompt_tokens_details":{"cached_tokens":9}}`,
		`{"prompt_tokens":1,"prompt_tokens":2,"completion_tokens":null,"completion_tokens":4}`,
		`{"pr\u006fmpt_tokens":7,"total_tokens":"8","completion_tokens":1.9e1}`,
		`{"prompt_tokens":{"n":1},"total_tokens":[1],"completion_tokens":true}`,
		`{"prompt_tokens":-3,"completion_tokens":99999999999999999999,"total_tokens":1e400}`,
		`{}`, `[]`, `null`, `"x"`, `5`,
	}
	for _, u := range usages {
		for _, body := range []string{`{"usage":` + u + `}`, `{"id":"a","usage":` + u + `,"usage":{"total_tokens":1}}`} {
			root := gjson.Parse(body)
			if got, want := openAIUsage(root), ref(root.Get("usage")); got != want {
				t.Errorf("%s: got %+v, want %+v", body, got, want)
			}
		}
	}
}
