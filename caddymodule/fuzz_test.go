package caddymodule

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/caddyserver/caddy/v2"
	"github.com/caddyserver/caddy/v2/modules/caddyhttp"
	"github.com/tidwall/gjson"

	"github.com/caddy-guardrail/guardrail/redact"
)

// fuzzEmail is the value the request fuzz target seeds; it must never reach
// the provider inside a message text.
const fuzzEmail = "ana.silva@example.com"

// FuzzRequestRewrite sends arbitrary bodies through the handler's request
// path (body checks, redactJSON, jsonEdits.apply). Whatever is forwarded
// must be valid JSON, and no message text the provider decodes
// (encoding/json: last duplicate key wins) may contain the seeded address.
// For every dialect, redactJSON must rewrite the body exactly as the former
// gjson walk (redactJSONOld) did.
func FuzzRequestRewrite(f *testing.F) {
	seeds := []string{
		`{"model":"m","messages":[{"role":"user","content":"mail ana.silva@example.com now"}]}`,
		`{"messages":[{"role":"user","content":"a@b.co","content":"ana.silva@example.com"}]}`,
		`{"messages":[{"role":"user","content":[{"type":"text","text":"ana.silva@"},{"type":"text","text":"example.com"}]}]}`,
		`{"messages":[{"role":"user","content":"ana.silva\u0040example.com \u0034111 1111 1111 1111"}]}`,
		`{"messages":[{"role":"user","cont\u0065nt":"ana.silva@example.com"}],"user":"u1","user":"u2"}`,
		`{"messages":[{"role":"assistant","content":null,"tool_calls":[{"id":"c","type":"function","function":{"name":"send","arguments":"{\"to\":\"ana.silva@example.com\"}"}}]}]}`,
		`{"messages":[{"role":"user","name":"ana.silva@example.com","content":"hi \"quoted\" \\ \n\t\u00e9\ud83d\ude00"}]}`,
		`{"messages":[]}`,
		`[]`,
		`{"messages":[{"content":{"content":"ana.silva@example.com"}}]}`,
	}
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	for _, s := range rewriteSeeds {
		f.Add([]byte(s))
	}
	g := newTestGuardrail(f, nil)
	st := g.state.Load()
	newRedactor := func() *textRedactor {
		return &textRedactor{find: st.find, policy: st.policy, vault: redact.NewVault(g.key)}
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		// The one-pass rewrite must give what the gjson walk gave, for
		// every dialect's paths.
		if got, want := jsonDepth(body), jsonDepthOld(body); got != want {
			t.Fatalf("jsonDepth = %d, want %d for %q", got, want, body)
		}
		if got, want := validJSON(body), jsonDepth(body) <= maxJSONDepth && gjson.ValidBytes(body); got != want {
			t.Fatalf("validJSON = %v, want %v for %q", got, want, body)
		}
		for _, d := range dialects {
			if msg := diffRewrite(newRedactor, d, body); msg != "" {
				t.Fatal(msg)
			}
		}
		checkTape(t, string(body)) // the scanner's strings from the validator's tape
		var forwarded []byte
		next := caddyhttp.HandlerFunc(func(w http.ResponseWriter, r *http.Request) error {
			forwarded, _ = io.ReadAll(r.Body)
			w.Header().Set("Content-Type", "application/json")
			_, err := io.WriteString(w, benchAnswer)
			return err
		})
		req := httptest.NewRequest(http.MethodPost, "/v1/chat/completions", bytes.NewReader(body))
		req = req.WithContext(context.WithValue(req.Context(), caddy.ReplacerCtxKey, caddy.NewReplacer()))
		rec := httptest.NewRecorder()
		if err := g.ServeHTTP(rec, req, next); err != nil {
			t.Fatalf("ServeHTTP: %v", err)
		}
		if forwarded == nil {
			if rec.Code < 400 {
				t.Fatalf("nothing forwarded but status %d", rec.Code)
			}
			if !json.Valid(rec.Body.Bytes()) {
				t.Fatalf("error body is not JSON: %q", rec.Body.Bytes())
			}
			return
		}
		if len(body) > 0 && !json.Valid(forwarded) {
			t.Fatalf("forwarded invalid JSON %q for %q", forwarded, body)
		}
		for _, text := range decodedTexts(forwarded) {
			if strings.Contains(text, fuzzEmail) {
				t.Fatalf("provider decodes %q from %q (sent %q)", text, forwarded, body)
			}
		}
	})
}

// decodedTexts returns the message texts a Go provider decodes from body:
// contents, content parts' text, names and tool-call arguments.
func decodedTexts(body []byte) []string {
	var req struct {
		Messages []struct {
			Content   any    `json:"content"`
			Name      string `json:"name"`
			ToolCalls []struct {
				Function struct {
					Arguments string `json:"arguments"`
				} `json:"function"`
			} `json:"tool_calls"`
		} `json:"messages"`
	}
	if json.Unmarshal(body, &req) != nil {
		return nil
	}
	var out []string
	for _, m := range req.Messages {
		out = append(out, m.Name)
		switch c := m.Content.(type) {
		case string:
			out = append(out, c)
		case []any:
			var joined strings.Builder
			for _, p := range c {
				if pm, ok := p.(map[string]any); ok {
					if s, ok := pm["text"].(string); ok {
						joined.WriteString(s)
					}
				}
			}
			out = append(out, joined.String())
		}
		for _, tc := range m.ToolCalls {
			out = append(out, tc.Function.Arguments)
		}
	}
	return out
}

// FuzzStreamSplit feeds an SSE answer to the stream pipeline
// (streamState.write) cut into pieces at arbitrary points. The output must
// not depend on the cuts, and every event it writes must be a JSON chunk, a
// comment or [DONE].
func FuzzStreamSplit(f *testing.F) {
	full := sseChunk("Hello [EMAIL_ADDRESS_", true, "") + sseChunk("1], only", false, "") +
		sseChunk(" today: hurry, offer ends tonight!", false, "") + sseChunk("", false, "stop") + "data: [DONE]\n\n"
	f.Add([]byte(full), []byte{3, 17, 40, 200})
	f.Add([]byte(full), []byte{1, 1, 1, 1, 1, 1, 1, 1})
	f.Add([]byte(strings.ReplaceAll(full, "\n", "\r\n")), []byte{5, 9})
	f.Add([]byte(": keep-alive\n\nevent: x\nid: 7\n"+full), []byte{2})
	f.Add([]byte("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"a\"}}]}\ndata: {\"x\":1}\n\n"), []byte{4})
	f.Add([]byte("data: {not json}\n\n"+full), []byte{7})
	f.Add([]byte(full[:len(full)-30]), []byte{11, 13})
	g := newTestGuardrail(f, nil)
	run := func(t *testing.T, stream []byte, cuts []byte) []byte {
		next := caddyhttp.HandlerFunc(func(w http.ResponseWriter, r *http.Request) error {
			w.Header().Set("Content-Type", "text/event-stream")
			w.WriteHeader(http.StatusOK)
			rest := stream
			for _, c := range cuts {
				n := min(int(c), len(rest))
				if _, err := w.Write(rest[:n]); err != nil {
					return nil // the guardrail cut the stream
				}
				rest = rest[n:]
			}
			_, _ = w.Write(rest)
			return nil
		})
		body := `{"model":"m","stream":true,"messages":[{"role":"user","content":"write to ana.silva@example.com"}]}`
		req := httptest.NewRequest(http.MethodPost, "/v1/chat/completions", strings.NewReader(body))
		req.Header.Set("X-Consent", "personalization")
		req = req.WithContext(context.WithValue(req.Context(), caddy.ReplacerCtxKey, caddy.NewReplacer()))
		rec := httptest.NewRecorder()
		func() {
			defer func() {
				if r := recover(); r != nil && r != http.ErrAbortHandler {
					panic(r)
				}
			}()
			_ = g.ServeHTTP(rec, req, next)
		}()
		return rec.Body.Bytes()
	}
	f.Fuzz(func(t *testing.T, stream []byte, cuts []byte) {
		if len(stream) > 1<<16 || len(cuts) > 64 {
			return
		}
		whole := run(t, stream, nil)
		split := run(t, stream, cuts)
		if !bytes.Equal(whole, split) {
			t.Fatalf("output depends on the write splits %v:\nwhole %q\nsplit %q", cuts, whole, split)
		}
		for _, ev := range strings.Split(string(whole), "\n\n") {
			for _, line := range strings.Split(ev, "\n") {
				data, ok := strings.CutPrefix(line, "data: ")
				if !ok {
					continue
				}
				if data != "[DONE]" && !json.Valid([]byte(data)) {
					t.Fatalf("released event is not JSON: %q (input %q)", data, stream)
				}
			}
		}
	})
}

// FuzzWalkPaths checks that the one-pass walkPaths visits, for each path,
// exactly what walkStrings visits for that path alone, in the same order
// and with the same indices.
func FuzzWalkPaths(f *testing.F) {
	for _, s := range []string{
		`{"messages":[{"role":"user","content":"a","content":[{"text":"b"},{"text":"c"}],"name":"n"}]}`,
		`{"messages":[{"tool_calls":[{"function":{"arguments":"{}"}},{"function":{"arguments":"x"}}]}],"user":"u","user":"v"}`,
		`{"messages":{"a":{"content":"x"},"b":{"content":["y"]}}}`,
		`{"input":[{"content":[{"text":"t"}]}],"tools":{"x":{"y":["z",{"w":"v"}]}}}`,
		`[]`,
	} {
		f.Add([]byte(s))
	}
	paths := []jsonPath{
		path("messages.*.content"), path("messages.*.content.*.text"), path("messages.*.name"),
		path("messages.*.tool_calls.*.function.arguments"), path("user"), path("*"),
		path("messages.*"), path("tools.**"), path("input.*.content.*.text"),
	}
	type visit struct {
		index int
		idx   string
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		if !json.Valid(body) || jsonDepth(body) > maxJSONDepth {
			return
		}
		root := gjson.ParseBytes(body)
		got := make([][]visit, len(paths))
		walkPaths(root, paths, func(p int, s gjson.Result, idx []int) {
			got[p] = append(got[p], visit{s.Index, fmt.Sprint(idx)})
		})
		for i, p := range paths {
			var want []visit
			walkStrings(root, p, nil, func(s gjson.Result, idx []int) {
				want = append(want, visit{s.Index, fmt.Sprint(idx)})
			})
			if !slices.Equal(got[i], want) {
				t.Fatalf("path %v: walkPaths %v, walkStrings %v", p, got[i], want)
			}
		}
	})
}

// FuzzAppendJSONString checks the string encoder against the JSON decoder:
// the output is one valid JSON string that decodes to the input with each
// byte of invalid UTF-8 replaced by U+FFFD.
func FuzzAppendJSONString(f *testing.F) {
	for _, s := range []string{"", "plain ascii text of some length", "quote \" and \\ backslash", "ctl \x00\x01\x1f\x7f \n\r\t",
		"é ü 😀 \u2028", "bad \xff\xfe utf8 \xe2\x82", "12345678\"2345678\\2345678\x0112345678é1234567"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := appendJSONString([]byte("x"), s)
		if out[0] != 'x' {
			t.Fatalf("prefix overwritten")
		}
		var got string
		if err := json.Unmarshal(out[1:], &got); err != nil {
			t.Fatalf("not a JSON string: %v: %q", err, out[1:])
		}
		var want strings.Builder
		for i := 0; i < len(s); {
			r, size := utf8.DecodeRuneInString(s[i:])
			want.WriteRune(r) // RuneError for each invalid byte
			i += size
		}
		if got != want.String() {
			t.Fatalf("decoded %q, want %q", got, want.String())
		}
	})
}
