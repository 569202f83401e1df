package caddymodule

import (
	"math/rand/v2"
	"mime"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/tidwall/gjson"

	"github.com/caddy-guardrail/guardrail/caddymodule/consent"
)

func TestMediaTypeMatchesParseMediaType(t *testing.T) {
	for _, v := range []string{
		"", "application/json", "Application/JSON", " application/json ", "application/json; charset=utf-8",
		"application/json;charset=utf-8;", "text/event-stream", "text/event-stream; charset=utf-8",
		"text/event-stream; a=1; a=2", "text/event-stream; a=1; a=1", "text/event-stream;=", "text/event-stream; bad",
		"text", "text/", "/json", "a/b/c", "text/event stream", "text /plain", "application/x-ndjson",
		"application/jsonl; q=\"a;b\"", "application/jsonl; q=\"a;b\"; q=c", "tëxt/plain", "TEXT/ÉVENT",
		"text/plain\x00", "text/plain\t", "application/json;", ";", "(a)/b", "a/b@c", "a/{b}",
	} {
		want, _, _ := mime.ParseMediaType(v)
		if got := mediaType(v); got != want {
			t.Errorf("mediaType(%q) = %q, want %q as mime.ParseMediaType", v, got, want)
		}
	}
}

func FuzzMediaTypeMatchesParseMediaType(f *testing.F) {
	f.Add("application/json; charset=utf-8")
	f.Add("text/event-stream; a=1; a=2")
	f.Fuzz(func(t *testing.T, v string) {
		want, _, _ := mime.ParseMediaType(v)
		if got := mediaType(v); got != want {
			t.Errorf("mediaType(%q) = %q, want %q", v, got, want)
		}
	})
}

// TestWholeAnswerValidity checks that a whole answer is read as JSON exactly
// as gjson.Valid reads it, also nested deeper than validJSON goes: a valid
// deep answer is forwarded, an invalid one fails closed.
func TestWholeAnswerValidity(t *testing.T) {
	g := newTestGuardrail(t, nil)
	deep := strings.Repeat("[", 200) + strings.Repeat("]", 200)
	msg := `{"role":"assistant","content":"Fresh trails ahead."}`
	tests := []struct {
		name, answer string
		status       int
	}{
		{"flat", `{"choices":[{"index":0,"message":` + msg + `}]}`, http.StatusOK},
		{"nested 200 deep", `{"choices":[{"index":0,"message":` + msg + `}],"x":` + deep + `}`, http.StatusOK},
		{"invalid", `{"choices":[{"index":0,"message":` + msg + `}],"x":` + deep[:len(deep)-1] + `}`, http.StatusBadGateway},
		{"not JSON", `Fresh trails ahead.`, http.StatusBadGateway},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, _, rec := handlerServe(t, g, http.MethodPost, "/v1/chat/completions", `{"messages":[{"role":"user","content":"hi"}]}`, nil, "application/json", tc.answer)
			if rec.Code != tc.status {
				t.Fatalf("status %d, want %d: %.200s", rec.Code, tc.status, rec.Body.String())
			}
			if tc.status == http.StatusOK && rec.Body.String() != tc.answer {
				t.Errorf("answer changed: %.200s", rec.Body.String())
			}
		})
	}
}

// TestWholeAnswerSame holds a dialect's one-pass wholeAnswer to what usage
// and answer read separately: the same token counts and the same texts,
// with the same offsets, for answers of any member order, repeated or
// escaped keys and wrong types.
func TestWholeAnswerSame(t *testing.T) {
	members := []string{
		`"id":"chatcmpl-1"`, `"object":"chat.completion"`, `"model":"gpt-4o-mini"`,
		`"choices":[{"index":0,"message":{"role":"assistant","content":"Fresh trails."},"finish_reason":"stop"}]`,
		`"choices":[{"index":1,"message":{"content":"Two","tool_calls":[{"index":0,"function":{"arguments":"{\"a\":1}"}}]}},{"message":{"content":"x"}}]`,
		`"choices":{"index":0}`, `"choices":[]`, `"choices":"no"`,
		`"usage":{"prompt_tokens":500,"completion_tokens":25,"total_tokens":525}`,
		`"usage":{"prompt_tokens":7}`, `"usage":[1,2]`, `"usage":null`,
		`"\u0063hoices":[{"message":{"content":"escaped key"}}]`, `"\u0075sage":{"total_tokens":3}`,
		`"system_fingerprint":"fp_1"`, `"x":{"choices":[{"message":{"content":"nested"}}]}`,
	}
	rng := rand.New(rand.NewPCG(7, 8))
	answers := []string{`[]`, `[{"choices":[]}]`, `"text"`, `{}`}
	for range 3000 {
		n := rng.IntN(6)
		parts := make([]string, n)
		for i := range parts {
			parts[i] = members[rng.IntN(len(members))]
		}
		answers = append(answers, "{"+strings.Join(parts, ",")+"}")
	}
	for _, d := range dialects {
		if d.wholeAnswer == nil {
			continue
		}
		for _, a := range answers {
			if !gjson.Valid(a) {
				t.Fatalf("test answer is not JSON: %s", a)
			}
			root := gjson.Parse(a)
			var want, got []answerText
			wantU := d.usage(root)
			d.answer(root, func(t answerText) { want = append(want, t) })
			gotU := d.wholeAnswer(root, func(t answerText) { got = append(got, t) })
			if gotU != wantU {
				t.Errorf("%s: %s: usage %+v, want %+v", d.name, a, gotU, wantU)
			}
			if len(got) != len(want) {
				t.Errorf("%s: %s: %d texts, want %d", d.name, a, len(got), len(want))
				continue
			}
			for i := range got {
				g, w := got[i], want[i]
				if g.channel != w.channel || g.kind != w.kind || g.value.Raw != w.value.Raw || g.value.Index != w.value.Index {
					t.Errorf("%s: %s: text %d = %+v, want %+v", d.name, a, i, g, w)
				}
			}
		}
	}
}

// TestSetContentLength checks that the header ends up holding exactly the
// length, as Header.Set leaves it, whatever it held before.
func TestSetContentLength(t *testing.T) {
	tests := []struct {
		name   string
		before []string
		n      int
	}{
		{"absent", nil, 346},
		{"the same length", []string{"346"}, 346},
		{"another length", []string{"345"}, 346},
		{"leading zero", []string{"0346"}, 346},
		{"two values", []string{"346", "346"}, 346},
		{"empty value", []string{""}, 0},
		{"zero", []string{"0"}, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := http.Header{"Content-Type": {"application/json"}}
			if tc.before != nil {
				h["Content-Length"] = tc.before
			}
			setContentLength(h, tc.n)
			if got, want := h["Content-Length"], []string{strconv.Itoa(tc.n)}; !slices.Equal(got, want) {
				t.Errorf("Content-Length = %q, want %q", got, want)
			}
			if len(h) != 2 {
				t.Errorf("header %v, want Content-Type and Content-Length only", h)
			}
		})
	}
}

// TestHeaderKeysCanonical holds the header keys read or deleted without
// canonicalizing (headerValue, the deleted Accept-Encoding) to their
// canonical form, and the default consent headers that consent.Resolver
// reads (the evidence keys forward deletes are canonicalized once per
// config: TestEvidenceKeysStrip).
func TestHeaderKeysCanonical(t *testing.T) {
	for _, k := range []string{"Content-Type", "Content-Encoding", "Content-Length", "Accept-Encoding",
		consent.DefaultSubjectHeader, consent.DefaultTokenHeader, consent.DefaultHeader} {
		if c := http.CanonicalHeaderKey(k); c != k {
			t.Errorf("header key %q is not canonical (%q)", k, c)
		}
	}
}

// TestTokenByte holds the token table to RFC 2045's definition.
func TestTokenByte(t *testing.T) {
	for c := range 256 {
		want := c > ' ' && c < 0x7f && !strings.ContainsRune(`()<>@,;:\"/[]?=`, rune(c))
		if tokenByte[c] != want {
			t.Errorf("tokenByte[%q] = %v, want %v", rune(c), tokenByte[c], want)
		}
	}
}

// TestDropCookie holds dropCookie to removing exactly the named cookie.
func TestDropCookie(t *testing.T) {
	tests := []struct {
		in   []string
		want []string
	}{
		{[]string{"euconsent-v2=CQx"}, nil},
		{[]string{"a=1; euconsent-v2=CQx; b=2"}, []string{"a=1; b=2"}},
		{[]string{"a=1", "euconsent-v2=CQx;"}, []string{"a=1"}},
		{[]string{"x-euconsent-v2=1; euconsent-v2x=2"}, []string{"x-euconsent-v2=1; euconsent-v2x=2"}},
		{[]string{"a=1;;euconsent-v2 = CQx ; b"}, []string{"a=1; b"}},
	}
	for _, tc := range tests {
		h := http.Header{"Cookie": append([]string(nil), tc.in...)}
		dropCookie(h, "euconsent-v2")
		if got := h["Cookie"]; !slices.Equal(got, tc.want) {
			t.Errorf("dropCookie(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
