package caddymodule

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"
	"github.com/openai/openai-go/v3/shared"
)

// restorePrompt has an e-mail address, a phone number, a card number and
// two configured deny terms whose values need escaping inside JSON.
const restorePrompt = `Send the offer to ana.silva@example.com, call +44 20 7946 0958, card 4111 1111 1111 1111; ` +
	`the account manager is O"Brien and the brief is in C:\Share\Q3.`

var restorePII = []string{"ana.silva@example.com", "+44 20 7946 0958", "4111 1111 1111 1111", `O"Brien`, `C:\Share\Q3`}

// restoreOptions is the guardrail block of the restore tests. The deny
// terms give the vault values with a quote and with backslashes.
const restoreOptions = "deny `O\"Brien` `C:\\Share\\Q3`"

var restorePlaceholderRE = regexp.MustCompile(`\[([A-Z_]+)_[0-9]+\]`)

// restorePlaceholders returns the placeholders in s by entity type, in the
// order they appear (each once).
func restorePlaceholders(s string) map[string][]string {
	out := map[string][]string{}
	for _, m := range restorePlaceholderRE.FindAllStringSubmatch(s, -1) {
		if !slices.Contains(out[m[1]], m[0]) {
			out[m[1]] = append(out[m[1]], m[0])
		}
	}
	return out
}

// restoreRequestPlaceholders reads the placeholders the guardrail put into
// the request r (the fake provider's view).
func restoreRequestPlaceholders(t *testing.T, r *http.Request) map[string][]string {
	b, err := io.ReadAll(r.Body)
	if err != nil {
		t.Errorf("reading forwarded body: %v", err)
	}
	return restorePlaceholders(string(b))
}

// restoreChunk renders one chat.completion.chunk SSE event.
func restoreChunk(delta map[string]any, finish any) string {
	b, _ := json.Marshal(map[string]any{
		"id": "chatcmpl-restore", "object": "chat.completion.chunk", "created": 1700000000, "model": "gpt-4o-mini",
		"choices": []any{map[string]any{"index": 0, "delta": delta, "finish_reason": finish}},
	})
	return "data: " + string(b) + "\n\n"
}

// restoreAnswer returns a fake provider that answers with a message built
// from the placeholders it received: content (JSON mode) and/or one tool
// call whose arguments are args. Streamed answers split the text at the
// byte offsets in splits.
func restoreAnswer(t *testing.T, build func(ph map[string][]string) (content, args string), splits []int) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ph := restoreRequestPlaceholders(t, r)
		content, args := build(ph)
		if !strings.Contains(r.Header.Get("X-Test-Stream"), "1") {
			msg := map[string]any{"role": "assistant", "content": nil}
			finish := "stop"
			if content != "" {
				msg["content"] = content
			}
			if args != "" {
				msg["tool_calls"] = []any{map[string]any{"id": "call_1", "type": "function",
					"function": map[string]any{"name": "send_offer", "arguments": args}}}
				finish = "tool_calls"
			}
			w.Header().Set("Content-Type", "application/json")
			_ = json.NewEncoder(w).Encode(map[string]any{
				"id": "chatcmpl-restore", "object": "chat.completion", "created": 1700000000, "model": "gpt-4o-mini",
				"choices": []any{map[string]any{"index": 0, "message": msg, "finish_reason": finish}},
			})
			return
		}
		w.Header().Set("Content-Type", "text/event-stream")
		var sb strings.Builder
		sb.WriteString(restoreChunk(map[string]any{"role": "assistant", "content": ""}, nil))
		for _, p := range restoreSplit(content, splits) {
			sb.WriteString(restoreChunk(map[string]any{"content": p}, nil))
		}
		finish := "stop"
		if args != "" {
			finish = "tool_calls"
			sb.WriteString(restoreChunk(map[string]any{"tool_calls": []any{map[string]any{"index": 0, "id": "call_1", "type": "function",
				"function": map[string]any{"name": "send_offer", "arguments": ""}}}}, nil))
			for _, p := range restoreSplit(args, splits) {
				sb.WriteString(restoreChunk(map[string]any{"tool_calls": []any{map[string]any{"index": 0,
					"function": map[string]any{"arguments": p}}}}, nil))
			}
		}
		sb.WriteString(restoreChunk(map[string]any{}, finish))
		sb.WriteString("data: [DONE]\n\n")
		_, _ = io.WriteString(w, sb.String())
	}
}

// restoreSplit cuts s at the given byte offsets (those inside s).
func restoreSplit(s string, at []int) []string {
	if s == "" {
		return nil
	}
	var out []string
	last := 0
	for _, i := range at {
		if i > last && i < len(s) {
			out = append(out, s[last:i])
			last = i
		}
	}
	return append(out, s[last:])
}

// restoreParams is one chat completion request for the restore tests.
func restoreParams(extra ...openai.ChatCompletionMessageParamUnion) openai.ChatCompletionNewParams {
	msgs := append([]openai.ChatCompletionMessageParamUnion{openai.UserMessage(restorePrompt)}, extra...)
	return openai.ChatCompletionNewParams{Model: "gpt-4o-mini", Messages: msgs}
}

// restoreRun sends params, whole or streamed, and returns the assembled
// message.
func restoreRun(t *testing.T, params openai.ChatCompletionNewParams, stream bool, opts ...option.RequestOption) openai.ChatCompletionMessage {
	t.Helper()
	client := newClient(opts...)
	ctx := context.Background()
	if !stream {
		resp, err := client.Chat.Completions.New(ctx, params)
		if err != nil {
			t.Fatalf("chat completion: %v", err)
		}
		return resp.Choices[0].Message
	}
	s := client.Chat.Completions.NewStreaming(ctx, params, option.WithHeader("X-Test-Stream", "1"))
	var acc openai.ChatCompletionAccumulator
	for s.Next() {
		acc.AddChunk(s.Current())
	}
	if err := s.Err(); err != nil {
		t.Fatalf("stream: %v", err)
	}
	if len(acc.Choices) == 0 {
		t.Fatal("stream had no choices")
	}
	return acc.Choices[0].Message
}

// TestRestoreIntegration checks that placeholders go to the provider and
// the customer's own values come back, when consent allows.
func TestRestoreIntegration(t *testing.T) {
	up := newUpstream(t)
	startCaddy(t, up, restoreOptions)
	consentOpt := option.WithHeader("X-Consent", "personalization")
	echo1 := &Echo{ChunkSize: 1}

	for _, tc := range []struct {
		name    string
		stream  bool
		chunk1  bool // 1-byte pieces instead of the default 4
		consent bool
	}{
		{name: "whole, consent", consent: true},
		{name: "whole, no consent"},
		{name: "stream of 4-byte pieces, consent", stream: true, consent: true},
		{name: "stream of 4-byte pieces, no consent", stream: true},
		{name: "stream of 1-byte pieces, consent", stream: true, chunk1: true, consent: true},
		{name: "stream of 1-byte pieces, no consent", stream: true, chunk1: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.chunk1 {
				up.setAnswer(func(w http.ResponseWriter, r *http.Request) { _ = echo1.ServeHTTP(w, r, nil) })
				defer up.setAnswer(nil)
			}
			var opts []option.RequestOption
			if tc.consent {
				opts = append(opts, consentOpt)
			}
			n := len(up.received())
			msg := restoreRun(t, restoreParams(), tc.stream, opts...)
			got := up.received()
			if len(got) != n+1 {
				t.Fatalf("upstream got %d requests, want 1", len(got)-n)
			}
			for _, v := range append(restorePII, "O\\\"Brien") {
				if strings.Contains(got[n], v) {
					t.Errorf("provider received %q", v)
				}
			}
			ph := restorePlaceholders(got[n])
			for _, typ := range []string{"EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "DENIED_TERM"} {
				if len(ph[typ]) == 0 {
					t.Errorf("provider request has no %s placeholder: %s", typ, got[n])
				}
			}
			if tc.consent {
				if want := "Echo: " + restorePrompt; msg.Content != want {
					t.Errorf("answer = %q\nwant     %q", msg.Content, want)
				}
				return
			}
			for _, v := range restorePII {
				if strings.Contains(msg.Content, v) {
					t.Errorf("answer without consent contains %q", v)
				}
			}
			if !strings.HasPrefix(msg.Content, "Echo: Send the offer to [EMAIL_ADDRESS_") {
				t.Errorf("answer = %q, want the echo with placeholders", msg.Content)
			}
		})
	}

	// The tool's arguments and the JSON-mode content name the customer's
	// values by placeholder; the client must get them back as valid JSON.
	build := func(ph map[string][]string) (string, string) {
		if len(ph["EMAIL_ADDRESS"]) == 0 || len(ph["DENIED_TERM"]) < 2 || len(ph["PHONE_NUMBER"]) == 0 {
			return "", ""
		}
		email, phone, name, path := ph["EMAIL_ADDRESS"][0], ph["PHONE_NUMBER"][0], ph["DENIED_TERM"][0], ph["DENIED_TERM"][1]
		args := fmt.Sprintf(`{"to":"%s","phone":"%s","greeting":"Dear %s,","attachment":"%s"}`,
			email, strings.Trim(phone, "[]"), name, path)
		return args, args
	}
	want := map[string]string{"to": "ana.silva@example.com", "phone": "+44 20 7946 0958",
		"greeting": `Dear O"Brien,`, "attachment": `C:\Share\Q3`}
	checkJSON := func(t *testing.T, what, s string) {
		t.Helper()
		var got map[string]string
		if err := json.Unmarshal([]byte(s), &got); err != nil {
			t.Fatalf("%s is not valid JSON (%v): %s", what, err, s)
		}
		for k, v := range want {
			if got[k] != v {
				t.Errorf("%s %s = %q, want %q", what, k, got[k], v)
			}
		}
	}
	toolSplits := [][]int{nil, {3}, {9, 10, 11, 12, 20, 25, 30}, {40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60}}
	for _, stream := range []bool{false, true} {
		for i, splits := range toolSplits {
			if !stream && i > 0 {
				continue
			}
			t.Run(fmt.Sprintf("tool call and JSON mode, stream=%v, split %d", stream, i), func(t *testing.T) {
				up.setAnswer(restoreAnswer(t, build, splits))
				defer up.setAnswer(nil)
				params := restoreParams()
				params.ResponseFormat = openai.ChatCompletionNewParamsResponseFormatUnion{
					OfJSONObject: &shared.ResponseFormatJSONObjectParam{},
				}
				msg := restoreRun(t, params, stream, consentOpt)
				if len(msg.ToolCalls) != 1 {
					t.Fatalf("got %d tool calls, want 1", len(msg.ToolCalls))
				}
				checkJSON(t, "tool call arguments", msg.ToolCalls[0].Function.Arguments)
				checkJSON(t, "JSON-mode content", msg.Content)
			})
		}
	}

	t.Run("tool call without consent keeps placeholders", func(t *testing.T) {
		up.setAnswer(restoreAnswer(t, build, []int{5, 17}))
		defer up.setAnswer(nil)
		msg := restoreRun(t, restoreParams(), true)
		if len(msg.ToolCalls) != 1 {
			t.Fatalf("got %d tool calls, want 1", len(msg.ToolCalls))
		}
		args := msg.ToolCalls[0].Function.Arguments
		if !strings.Contains(args, "[EMAIL_ADDRESS_") || strings.Contains(args, "ana.silva") {
			t.Errorf("arguments = %s, want placeholders only", args)
		}
	})

	t.Run("placeholders stable across turns", func(t *testing.T) {
		n := len(up.received())
		first := restoreRun(t, restoreParams(), false, consentOpt)
		// The app resends the history: its prompt, the (restored) answer,
		// and a follow-up.
		restoreRun(t, restoreParams(openai.AssistantMessage(first.Content), openai.UserMessage("Shorter, please.")), false, consentOpt)
		got := up.received()
		if len(got) != n+2 {
			t.Fatalf("upstream got %d requests, want 2", len(got)-n)
		}
		ph1, ph2 := restorePlaceholders(got[n]), restorePlaceholders(got[n+1])
		for typ, list := range ph1 {
			if !slices.Equal(ph2[typ], list) {
				t.Errorf("%s placeholders: turn 1 %v, turn 2 %v", typ, list, ph2[typ])
			}
		}
		for _, v := range restorePII {
			if strings.Contains(got[n+1], v) {
				t.Errorf("turn 2 sent %q to the provider", v)
			}
		}
		// Each value appears twice in turn 2 (prompt and answer), under the
		// same placeholder.
		email := ph1["EMAIL_ADDRESS"][0]
		if c := strings.Count(got[n+1], email); c != 2 {
			t.Errorf("turn 2 has %s %d times, want 2: %s", email, c, got[n+1])
		}
	})
}
