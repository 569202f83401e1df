package caddymodule

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/anthropics/anthropic-sdk-go/v2"
	anthropicoption "github.com/anthropics/anthropic-sdk-go/v2/option"
	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"
	"github.com/openai/openai-go/v3/responses"
	"github.com/tidwall/gjson"
)

// The dialect integration tests send each API's requests through Caddy to
// the echo model, which answers in the same API, and check what the
// provider received and what the client got.

const (
	dialectsEmail = "ana.silva@example.com"
	// dialectsBlock makes the echo answer contain high-severity wording
	// (false urgency), which the default screening blocks.
	dialectsBlock = "Act now before it's too late, " + dialectsEmail
)

// startDialectsCaddy is startCaddy, then drops pooled connections to the
// previous config's server, which the SDKs would otherwise reuse (a POST
// on a connection the old server closed fails with EOF and is not retried).
func startDialectsCaddy(t *testing.T, up *upstream, options string) {
	t.Helper()
	startCaddy(t, up, options)
}

// dialectsPost sends a raw JSON request to the guardrail.
func dialectsPost(t *testing.T, path, body string, headers map[string]string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, guardURL+path, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	// No keep-alive: a reloaded config closes the old server's connections.
	req.Close = true
	for k, v := range headers {
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	return resp, readResponse(t, resp)
}

// readResponse reads and closes resp's body.
func readResponse(t *testing.T, resp *http.Response) []byte {
	t.Helper()
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// sseEvent is one parsed SSE event.
type sseEvent struct{ name, data string }

func parseSSE(t *testing.T, b []byte) []sseEvent {
	t.Helper()
	var evs []sseEvent
	for _, block := range strings.Split(string(b), "\n\n") {
		var ev sseEvent
		for _, l := range strings.Split(block, "\n") {
			switch {
			case strings.HasPrefix(l, "event: "):
				ev.name = strings.TrimPrefix(l, "event: ")
			case strings.HasPrefix(l, "data: "):
				ev.data = strings.TrimPrefix(l, "data: ")
			}
		}
		if ev.data != "" {
			if ev.data != "[DONE]" && !gjson.Valid(ev.data) {
				t.Fatalf("event data is not JSON: %q", ev.data)
			}
			evs = append(evs, ev)
		}
	}
	return evs
}

// lastReceived returns the last body the fake provider got, after checking
// that exactly one more request arrived since n.
func lastReceived(t *testing.T, up *upstream, n int) string {
	t.Helper()
	got := up.received()
	if len(got) != n+1 {
		t.Fatalf("provider got %d requests, want %d", len(got)-n, 1)
	}
	return got[n]
}

func assertNoEmail(t *testing.T, what, s string) {
	t.Helper()
	if strings.Contains(s, dialectsEmail) {
		t.Errorf("%s contains the raw address: %s", what, s)
	}
	if !strings.Contains(s, "[EMAIL_ADDRESS_") {
		t.Errorf("%s has no placeholder: %s", what, s)
	}
}

func TestDialectsIntegrationOpenAI(t *testing.T) {
	up := newUpstream(t)
	startDialectsCaddy(t, up, "")
	ctx := context.Background()
	client := newClient()
	consented := newClient(option.WithHeader("X-Consent", "personalization"))
	prompt := "Thank " + dialectsEmail + " for the order"

	t.Run("responses whole", func(t *testing.T) {
		n := len(up.received())
		resp, err := client.Responses.New(ctx, responses.ResponseNewParams{
			Model:        "gpt-4.1",
			Instructions: openai.String("You write for " + dialectsEmail),
			Input: responses.ResponseNewParamsInputUnion{OfInputItemList: responses.ResponseInputParam{
				responses.ResponseInputItemParamOfMessage(prompt, responses.EasyInputMessageRoleUser),
			}},
		})
		if err != nil {
			t.Fatal(err)
		}
		assertNoEmail(t, "provider body", lastReceived(t, up, n))
		if got := resp.OutputText(); !strings.HasPrefix(got, "Echo: Thank [EMAIL_ADDRESS_") {
			t.Errorf("output = %q, want the anonymized echo", got)
		}
	})

	t.Run("responses stream restored", func(t *testing.T) {
		n := len(up.received())
		stream := consented.Responses.NewStreaming(ctx, responses.ResponseNewParams{
			Model: "gpt-4.1",
			Input: responses.ResponseNewParamsInputUnion{OfString: openai.String(prompt)},
		})
		var deltas strings.Builder
		var done, completed string
		types := map[string]int{}
		for stream.Next() {
			ev := stream.Current()
			types[ev.Type]++
			raw := gjson.Parse(ev.RawJSON())
			switch ev.Type {
			case "response.output_text.delta":
				deltas.WriteString(ev.Delta)
			case "response.output_text.done":
				done = raw.Get("text").String()
			case "response.completed":
				completed = ev.Response.OutputText()
			}
		}
		if err := stream.Err(); err != nil {
			t.Fatal(err)
		}
		assertNoEmail(t, "provider body", lastReceived(t, up, n))
		want := "Echo: " + prompt
		if deltas.String() != want || done != want || completed != want {
			t.Errorf("restored texts differ:\n deltas    %q\n done      %q\n completed %q\n want      %q", deltas.String(), done, completed, want)
		}
		if types["response.output_text.delta"] < 3 || types["response.completed"] != 1 {
			t.Errorf("event counts %v, want a real stream", types)
		}
	})

	t.Run("responses blocked", func(t *testing.T) {
		resp, err := client.Responses.New(ctx, responses.ResponseNewParams{
			Model: "gpt-4.1",
			Input: responses.ResponseNewParamsInputUnion{OfString: openai.String(dialectsBlock)},
		})
		if err != nil {
			t.Fatal(err)
		}
		if resp.Status != "incomplete" || resp.IncompleteDetails.Reason != "content_filter" {
			t.Errorf("status %q, reason %q, want incomplete/content_filter", resp.Status, resp.IncompleteDetails.Reason)
		}
		if strings.Contains(resp.OutputText(), "too late") {
			t.Errorf("blocked text reached the client: %q", resp.OutputText())
		}

		stream := client.Responses.NewStreaming(ctx, responses.ResponseNewParams{
			Model: "gpt-4.1",
			Input: responses.ResponseNewParamsInputUnion{OfString: openai.String(dialectsBlock)},
		})
		var text strings.Builder
		var last responses.ResponseStreamEventUnion
		for stream.Next() {
			last = stream.Current()
			if last.Type == "response.output_text.delta" {
				text.WriteString(last.Delta)
			}
			if last.Type == "response.completed" {
				t.Errorf("the upstream's response.completed reached the client")
			}
		}
		if err := stream.Err(); err != nil {
			t.Fatal(err)
		}
		if last.Type != "response.incomplete" || last.Response.IncompleteDetails.Reason != "content_filter" {
			t.Errorf("last event %s (reason %q), want response.incomplete/content_filter", last.Type, last.Response.IncompleteDetails.Reason)
		}
		if strings.Contains(text.String(), "too late") {
			t.Errorf("blocked text reached the client: %q", text.String())
		}
	})

	t.Run("completions", func(t *testing.T) {
		n := len(up.received())
		c, err := consented.Completions.New(ctx, openai.CompletionNewParams{
			Model:  openai.CompletionNewParamsModelGPT3_5TurboInstruct,
			Prompt: openai.CompletionNewParamsPromptUnion{OfArrayOfStrings: []string{prompt}},
		})
		if err != nil {
			t.Fatal(err)
		}
		assertNoEmail(t, "provider body", lastReceived(t, up, n))
		if got := c.Choices[0].Text; got != "Echo: "+prompt {
			t.Errorf("restored text = %q", got)
		}

		stream := client.Completions.NewStreaming(ctx, openai.CompletionNewParams{
			Model:  openai.CompletionNewParamsModelGPT3_5TurboInstruct,
			Prompt: openai.CompletionNewParamsPromptUnion{OfString: openai.String(dialectsBlock)},
		})
		var text strings.Builder
		finish := ""
		for stream.Next() {
			ch := stream.Current().Choices
			if len(ch) > 0 {
				text.WriteString(ch[0].Text)
				if ch[0].FinishReason != "" {
					finish = string(ch[0].FinishReason)
				}
			}
		}
		if err := stream.Err(); err != nil {
			t.Fatal(err)
		}
		if finish != "content_filter" || strings.Contains(text.String(), "too late") {
			t.Errorf("blocked stream: finish %q, text %q", finish, text.String())
		}
	})

	t.Run("embeddings", func(t *testing.T) {
		n := len(up.received())
		e, err := client.Embeddings.New(ctx, openai.EmbeddingNewParams{
			Model: openai.EmbeddingModelTextEmbedding3Small,
			Input: openai.EmbeddingNewParamsInputUnion{OfArrayOfStrings: []string{prompt, "no personal data"}},
		})
		if err != nil {
			t.Fatal(err)
		}
		body := lastReceived(t, up, n)
		assertNoEmail(t, "provider body", body)
		if !strings.Contains(body, `"no personal data"`) {
			t.Errorf("plain input changed: %s", body)
		}
		if len(e.Data) != 2 || len(e.Data[0].Embedding) != 8 {
			t.Errorf("vectors did not pass through: %+v", e.Data)
		}
	})

	t.Run("azure path", func(t *testing.T) {
		var gotURL string
		up.setAnswer(func(w http.ResponseWriter, r *http.Request) {
			gotURL = r.URL.String()
			_ = (&Echo{ChunkSize: 4}).ServeHTTP(w, r, nil)
		})
		defer up.setAnswer(nil)
		n := len(up.received())
		path := "/openai/deployments/gpt-4o-prod/chat/completions?api-version=2024-10-21"
		resp, b := dialectsPost(t, path, `{"messages":[{"role":"user","content":"`+prompt+`"}]}`, map[string]string{"api-key": "azure-key"})
		if resp.StatusCode != 200 {
			t.Fatalf("status %d: %s", resp.StatusCode, b)
		}
		assertNoEmail(t, "provider body", lastReceived(t, up, n))
		if gotURL != path {
			t.Errorf("provider got %s, want %s", gotURL, path)
		}
		if h := up.heads[len(up.heads)-1].Get("api-key"); h != "azure-key" {
			t.Errorf("api-key header = %q", h)
		}
	})

	t.Run("media rejected in OpenAI shape", func(t *testing.T) {
		n := len(up.received())
		_, err := client.Responses.New(ctx, responses.ResponseNewParams{
			Model: "gpt-4.1",
			Input: responses.ResponseNewParamsInputUnion{OfInputItemList: responses.ResponseInputParam{
				responses.ResponseInputItemParamOfMessage(responses.ResponseInputMessageContentListParam{
					responses.ResponseInputContentParamOfInputText("what is this?"),
					{OfInputImage: &responses.ResponseInputImageParam{ImageURL: openai.String("data:image/png;base64,AAAA"), Detail: responses.ResponseInputImageDetailAuto}},
				}, responses.EasyInputMessageRoleUser),
			}},
		})
		apiErr, ok := errors.AsType[*openai.Error](err)
		if !ok {
			t.Fatalf("err = %v, want *openai.Error", err)
		}
		if apiErr.StatusCode != 400 || apiErr.Code != "unsupported_content" {
			t.Errorf("status %d code %q, want 400 unsupported_content", apiErr.StatusCode, apiErr.Code)
		}
		if len(up.received()) != n {
			t.Errorf("a rejected request reached the provider")
		}
	})
}

func TestDialectsIntegrationAnthropic(t *testing.T) {
	up := newUpstream(t)
	startDialectsCaddy(t, up, "consent {\n\t\t\trequire personalization\n\t\t\ton_missing deny\n\t\t}")
	ctx := context.Background()
	newAnthropic := func(consent bool) anthropic.Client {
		opts := []anthropicoption.RequestOption{
			anthropicoption.WithHTTPClient(testHTTPClient),
			anthropicoption.WithBaseURL(guardURL),
			// Anthropic's own header (this SDK version's WithAPIKey sends a
			// bearer token instead).
			anthropicoption.WithHeader("X-Api-Key", "sk-ant-test-not-a-real-key"),
			anthropicoption.WithMaxRetries(0),
		}
		if consent {
			opts = append(opts, anthropicoption.WithHeader("X-Consent", "personalization"))
		}
		return anthropic.NewClient(opts...)
	}
	client := newAnthropic(true)
	prompt := "Thank " + dialectsEmail + " for the order"
	params := func(text string) anthropic.MessageNewParams {
		return anthropic.MessageNewParams{
			Model:     "claude-sonnet-4-5",
			MaxTokens: 256,
			System:    []anthropic.TextBlockParam{{Text: "You write for " + dialectsEmail}},
			Messages: []anthropic.MessageParam{
				anthropic.NewUserMessage(anthropic.NewTextBlock("Look up the customer")),
				anthropic.NewAssistantMessage(anthropic.NewToolUseBlock("toolu_1", map[string]any{"email": dialectsEmail}, "crm_lookup")),
				anthropic.NewUserMessage(anthropic.NewToolResultBlock("toolu_1", "found "+dialectsEmail, false), anthropic.NewTextBlock(text)),
			},
		}
	}

	t.Run("whole, restored", func(t *testing.T) {
		n := len(up.received())
		msg, err := client.Messages.New(ctx, params(prompt))
		if err != nil {
			t.Fatal(err)
		}
		body := lastReceived(t, up, n)
		if c := strings.Count(body, dialectsEmail); c != 0 {
			t.Errorf("provider got the address %d times: %s", c, body)
		}
		if strings.Count(body, "[EMAIL_ADDRESS_") != 4 {
			t.Errorf("want placeholders in system, tool_use input, tool_result and text: %s", body)
		}
		h := up.heads[len(up.heads)-1]
		if h.Get("X-Api-Key") != "sk-ant-test-not-a-real-key" || h.Get("Anthropic-Version") == "" {
			t.Errorf("x-api-key %q, anthropic-version %q: want them passed through", h.Get("X-Api-Key"), h.Get("Anthropic-Version"))
		}
		if len(msg.Content) != 1 || !strings.HasSuffix(msg.Content[0].Text, prompt) {
			t.Errorf("answer %+v, want the restored echo", msg.Content)
		}
	})

	t.Run("stream, restored", func(t *testing.T) {
		stream := client.Messages.NewStreaming(ctx, params(prompt))
		var msg anthropic.Message
		events := 0
		for stream.Next() {
			if err := msg.Accumulate(stream.Current()); err != nil {
				t.Fatal(err)
			}
			events++
		}
		if err := stream.Err(); err != nil {
			t.Fatal(err)
		}
		if events < 6 || msg.StopReason != "end_turn" {
			t.Errorf("%d events, stop %q", events, msg.StopReason)
		}
		if len(msg.Content) != 1 || msg.Content[0].Text != "Echo: "+prompt {
			t.Errorf("streamed answer %+v, want %q", msg.Content, "Echo: "+prompt)
		}
	})

	t.Run("blocked", func(t *testing.T) {
		msg, err := client.Messages.New(ctx, params(dialectsBlock))
		if err != nil {
			t.Fatal(err)
		}
		if msg.StopReason != "refusal" || strings.Contains(msg.Content[0].Text, "too late") {
			t.Errorf("stop %q text %q, want refusal and the text withheld", msg.StopReason, msg.Content[0].Text)
		}

		stream := client.Messages.NewStreaming(ctx, params(dialectsBlock))
		var acc anthropic.Message
		var last string
		for stream.Next() {
			ev := stream.Current()
			last = ev.Type
			if err := acc.Accumulate(ev); err != nil {
				t.Fatal(err)
			}
		}
		if err := stream.Err(); err != nil {
			t.Fatal(err)
		}
		if acc.StopReason != "refusal" || last != "message_stop" {
			t.Errorf("stop %q, last event %q, want refusal then message_stop", acc.StopReason, last)
		}
		if len(acc.Content) > 0 && strings.Contains(acc.Content[0].Text, "too late") {
			t.Errorf("blocked text reached the client: %q", acc.Content[0].Text)
		}
	})

	t.Run("403 as permission error", func(t *testing.T) {
		n := len(up.received())
		denied := newAnthropic(false)
		_, err := denied.Messages.New(ctx, params(prompt))
		apiErr, ok := errors.AsType[*anthropic.Error](err)
		if !ok {
			t.Fatalf("err = %v, want *anthropic.Error", err)
		}
		if apiErr.StatusCode != 403 || apiErr.Type() != anthropic.ErrorTypePermissionError || apiErr.ErrorCode() != "consent_required" {
			t.Errorf("status %d type %q code %q, want 403 permission_error consent_required", apiErr.StatusCode, apiErr.Type(), apiErr.ErrorCode())
		}
		if len(up.received()) != n {
			t.Errorf("a denied request reached the provider")
		}
	})

	t.Run("media rejected", func(t *testing.T) {
		_, err := client.Messages.New(ctx, anthropic.MessageNewParams{
			Model: "claude-sonnet-4-5", MaxTokens: 10,
			Messages: []anthropic.MessageParam{anthropic.NewUserMessage(
				anthropic.NewImageBlockBase64("image/png", "AAAA"), anthropic.NewTextBlock("what is this?"))},
		})
		apiErr, ok := errors.AsType[*anthropic.Error](err)
		if !ok || apiErr.StatusCode != 400 || apiErr.Type() != anthropic.ErrorTypeInvalidRequestError || apiErr.ErrorCode() != "unsupported_content" {
			t.Errorf("err = %v, want a 400 invalid_request_error with code unsupported_content", err)
		}
	})
}

func TestDialectsIntegrationGemini(t *testing.T) {
	up := newUpstream(t)
	startDialectsCaddy(t, up, "")
	consent := map[string]string{"X-Consent": "personalization", "x-goog-api-key": "goog-test"}
	prompt := "Thank " + dialectsEmail + " for the order"
	body := func(text string) string {
		return `{"systemInstruction":{"parts":[{"text":"You write for ` + dialectsEmail + `"}]},` +
			`"contents":[{"role":"user","parts":[{"text":"` + text + `"}]}],"generationConfig":{"temperature":0.2}}`
	}
	const base = "/v1beta/models/gemini-2.5-flash"

	t.Run("whole, restored", func(t *testing.T) {
		n := len(up.received())
		resp, b := dialectsPost(t, base+":generateContent", body(prompt), consent)
		if resp.StatusCode != 200 {
			t.Fatalf("status %d: %s", resp.StatusCode, b)
		}
		got := lastReceived(t, up, n)
		if strings.Contains(got, dialectsEmail) || strings.Count(got, "[EMAIL_ADDRESS_") != 2 || !strings.Contains(got, `"temperature":0.2`) {
			t.Errorf("provider body: %s", got)
		}
		if up.heads[len(up.heads)-1].Get("x-goog-api-key") != "goog-test" {
			t.Errorf("x-goog-api-key not passed through")
		}
		if text := gjson.GetBytes(b, "candidates.0.content.parts.0.text").String(); text != "Echo: "+prompt {
			t.Errorf("answer text %q: %s", text, b)
		}
	})

	t.Run("stream, restored", func(t *testing.T) {
		resp, b := dialectsPost(t, base+":streamGenerateContent?alt=sse", body(prompt), consent)
		if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "text/event-stream" {
			t.Fatalf("status %d, type %s: %s", resp.StatusCode, resp.Header.Get("Content-Type"), b)
		}
		var text strings.Builder
		finish := ""
		evs := parseSSE(t, b)
		for _, ev := range evs {
			gjson.Get(ev.data, "candidates.0.content.parts").ForEach(func(_, p gjson.Result) bool {
				text.WriteString(p.Get("text").String())
				return true
			})
			if f := gjson.Get(ev.data, "candidates.0.finishReason").String(); f != "" {
				finish = f
			}
		}
		if text.String() != "Echo: "+prompt || finish != "STOP" || len(evs) < 3 {
			t.Errorf("stream text %q finish %q over %d chunks", text.String(), finish, len(evs))
		}
	})

	t.Run("blocked", func(t *testing.T) {
		_, b := dialectsPost(t, base+":generateContent", body(dialectsBlock), nil)
		if f := gjson.GetBytes(b, "candidates.0.finishReason").String(); f != "SAFETY" || strings.Contains(string(b), "too late") {
			t.Errorf("finishReason %q: %s", f, b)
		}
		_, b = dialectsPost(t, base+":streamGenerateContent?alt=sse", body(dialectsBlock), nil)
		evs := parseSSE(t, b)
		if len(evs) == 0 {
			t.Fatal("empty stream")
		}
		if f := gjson.Get(evs[len(evs)-1].data, "candidates.0.finishReason").String(); f != "SAFETY" || strings.Contains(string(b), "too late") {
			t.Errorf("last chunk finishReason %q: %s", f, b)
		}
	})

	t.Run("error shape", func(t *testing.T) {
		resp, b := dialectsPost(t, base+":generateContent",
			`{"contents":[{"parts":[{"text":"what is this?"},{"inlineData":{"mimeType":"image/png","data":"AAAA"}}]}]}`, nil)
		if resp.StatusCode != 400 || gjson.GetBytes(b, "error.code").Int() != 400 ||
			gjson.GetBytes(b, "error.status").String() != "INVALID_ARGUMENT" ||
			gjson.GetBytes(b, "error.details.0.reason").String() != "UNSUPPORTED_CONTENT" {
			t.Errorf("status %d: %s", resp.StatusCode, b)
		}
	})
}

func TestDialectsIntegrationOllama(t *testing.T) {
	up := newUpstream(t)
	startDialectsCaddy(t, up, "")
	consent := map[string]string{"X-Consent": "personalization"}
	prompt := "Thank " + dialectsEmail + " for the order"
	chat := func(text, extra string) string {
		return `{"model":"llama3.2","messages":[{"role":"system","content":"You write for ` + dialectsEmail + `"},{"role":"user","content":"` + text + `"}]` + extra + `}`
	}
	ndjson := func(t *testing.T, b []byte) []gjson.Result {
		t.Helper()
		var out []gjson.Result
		sc := bufio.NewScanner(bytes.NewReader(b))
		for sc.Scan() {
			if !gjson.Valid(sc.Text()) {
				t.Fatalf("line is not JSON: %q", sc.Text())
			}
			out = append(out, gjson.Parse(sc.Text()))
		}
		return out
	}

	t.Run("chat streams by default, restored", func(t *testing.T) {
		n := len(up.received())
		resp, b := dialectsPost(t, "/api/chat", chat(prompt, ""), consent)
		if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "application/x-ndjson" {
			t.Fatalf("status %d type %s: %s", resp.StatusCode, resp.Header.Get("Content-Type"), b)
		}
		got := lastReceived(t, up, n)
		if strings.Contains(got, dialectsEmail) || strings.Count(got, "[EMAIL_ADDRESS_") != 2 {
			t.Errorf("provider body: %s", got)
		}
		lines := ndjson(t, b)
		var text strings.Builder
		for _, l := range lines {
			text.WriteString(l.Get("message.content").String())
		}
		last := lines[len(lines)-1]
		if text.String() != "Echo: "+prompt || !last.Get("done").Bool() || last.Get("done_reason").String() != "stop" || len(lines) < 3 {
			t.Errorf("text %q, last %s, %d lines", text.String(), last.Raw, len(lines))
		}
	})

	t.Run("chat whole", func(t *testing.T) {
		_, b := dialectsPost(t, "/api/chat", chat(prompt, `,"stream":false`), nil)
		if c := gjson.GetBytes(b, "message.content").String(); !strings.HasPrefix(c, "Echo: Thank [EMAIL_ADDRESS_") {
			t.Errorf("answer %s", b)
		}
	})

	t.Run("chat blocked", func(t *testing.T) {
		_, b := dialectsPost(t, "/api/chat", chat(dialectsBlock, ""), nil)
		lines := ndjson(t, b)
		last := lines[len(lines)-1]
		if last.Get("done_reason").String() != "content_filter" || !last.Get("done").Bool() || strings.Contains(string(b), "too late") {
			t.Errorf("blocked stream: %s", b)
		}
		_, b = dialectsPost(t, "/api/chat", chat(dialectsBlock, `,"stream":false`), nil)
		if gjson.GetBytes(b, "done_reason").String() != "content_filter" || strings.Contains(string(b), "too late") {
			t.Errorf("blocked answer: %s", b)
		}
	})

	t.Run("generate", func(t *testing.T) {
		n := len(up.received())
		_, b := dialectsPost(t, "/api/generate", `{"model":"llama3.2","system":"For `+dialectsEmail+`","prompt":"`+prompt+`"}`, consent)
		got := lastReceived(t, up, n)
		if strings.Contains(got, dialectsEmail) {
			t.Errorf("provider body: %s", got)
		}
		var text strings.Builder
		for _, l := range ndjson(t, b) {
			text.WriteString(l.Get("response").String())
		}
		if text.String() != "Echo: "+prompt {
			t.Errorf("generate text %q", text.String())
		}
	})

	t.Run("embed", func(t *testing.T) {
		n := len(up.received())
		_, b := dialectsPost(t, "/api/embed", `{"model":"all-minilm","input":["`+prompt+`"]}`, nil)
		assertNoEmail(t, "provider body", lastReceived(t, up, n))
		if len(gjson.GetBytes(b, "embeddings.0").Array()) != 8 {
			t.Errorf("vectors did not pass: %s", b)
		}
	})

	t.Run("error shape", func(t *testing.T) {
		resp, b := dialectsPost(t, "/api/chat", `{"model":"llava","messages":[{"role":"user","content":"what is this?","images":["AAAA"]}]}`, nil)
		if resp.StatusCode != 400 || gjson.GetBytes(b, "error").Type != gjson.String || gjson.GetBytes(b, "code").String() != "unsupported_content" {
			t.Errorf("status %d: %s", resp.StatusCode, b)
		}
	})
}

// TestDialectsIntegrationOptions checks the per-route options that decide
// what happens to what no dialect can inspect: unknown paths and media.
func TestDialectsIntegrationOptions(t *testing.T) {
	up := newUpstream(t)
	up.setAnswer(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = io.WriteString(w, `{"ok":true}`)
	})
	const unknownBody = `{"note":"call ana.silva@example.com","nested":{"ana.silva@example.com":["x"]}}`
	tests := []struct {
		name      string
		options   string
		path      string
		body      string
		status    int
		forwarded bool
		check     func(t *testing.T, got string, answer []byte)
	}{
		{name: "unknown path redact_text (default)", path: "/v1/some/new/api", body: unknownBody, status: 200, forwarded: true,
			check: func(t *testing.T, got string, _ []byte) {
				if strings.Contains(got, dialectsEmail) || strings.Count(got, "[EMAIL_ADDRESS_") != 2 {
					t.Errorf("provider got %s, want every string and key redacted", got)
				}
			}},
		{name: "unknown path redact_text, plain text", path: "/v1/some/new/api", body: "mail " + dialectsEmail, status: 200, forwarded: true,
			check: func(t *testing.T, got string, _ []byte) {
				if strings.Contains(got, dialectsEmail) {
					t.Errorf("provider got %s", got)
				}
			}},
		{name: "unknown path pass", options: "unknown_path pass", path: "/v1/some/new/api", body: unknownBody, status: 200, forwarded: true,
			check: func(t *testing.T, got string, _ []byte) {
				if got != unknownBody {
					t.Errorf("provider got %s, want the body unchanged", got)
				}
			}},
		{name: "unknown path reject", options: "unknown_path reject", path: "/v1/some/new/api", body: unknownBody, status: 404,
			check: func(t *testing.T, _ string, answer []byte) {
				if gjson.GetBytes(answer, "error.code").String() != "unknown_path" {
					t.Errorf("answer %s, want an OpenAI-shaped unknown_path error", answer)
				}
			}},
		{name: "known path with unknown_path reject", options: "unknown_path reject", path: "/api/generate",
			body: `{"model":"m","prompt":"hi","stream":false}`, status: 200, forwarded: true},
		{name: "media drop", options: "media drop", path: "/v1/messages",
			body:   `{"model":"m","max_tokens":5,"messages":[{"role":"user","content":[{"type":"image","source":{"type":"base64","media_type":"image/png","data":"iVBORw0KGgo"}},{"type":"text","text":"mail ` + dialectsEmail + `"}]}]}`,
			status: 200, forwarded: true,
			check: func(t *testing.T, got string, _ []byte) {
				if strings.Contains(got, "iVBORw0KGgo") || !strings.Contains(got, `{"type":"text","text":"[media removed]"}`) || strings.Contains(got, dialectsEmail) {
					t.Errorf("provider got %s, want the image replaced and the text redacted", got)
				}
			}},
		{name: "media pass", options: "media pass", path: "/v1beta/models/gemini-2.5-flash:generateContent",
			body:   `{"contents":[{"parts":[{"inlineData":{"mimeType":"image/png","data":"iVBORw0KGgo"}},{"text":"mail ` + dialectsEmail + `"}]}]}`,
			status: 200, forwarded: true,
			check: func(t *testing.T, got string, _ []byte) {
				if !strings.Contains(got, "iVBORw0KGgo") || strings.Contains(got, dialectsEmail) {
					t.Errorf("provider got %s, want the image kept and the text redacted", got)
				}
			}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			startDialectsCaddy(t, up, tc.options)
			n := len(up.received())
			resp, b := dialectsPost(t, tc.path, tc.body, nil)
			if resp.StatusCode != tc.status {
				t.Fatalf("status %d, want %d: %s", resp.StatusCode, tc.status, b)
			}
			got := up.received()
			if (len(got) > n) != tc.forwarded {
				t.Fatalf("forwarded = %v, want %v", len(got) > n, tc.forwarded)
			}
			last := ""
			if tc.forwarded {
				last = got[n]
			}
			if tc.check != nil {
				tc.check(t, last, b)
			}
		})
	}
}

// TestDialectsIntegrationToolStreams streams tool calls whose arguments
// carry a placeholder split across events, and checks that a consenting
// client gets the original value back: Anthropic input_json_delta and
// OpenAI Responses function-call argument deltas, and Gemini's whole
// functionCall args.
func TestDialectsIntegrationToolStreams(t *testing.T) {
	up := newUpstream(t)
	startDialectsCaddy(t, up, "")
	ctx := context.Background()
	placeholderIn := func(r *http.Request) string {
		b, _ := io.ReadAll(r.Body)
		s := string(b)
		i := strings.Index(s, "[EMAIL_ADDRESS_")
		if i < 0 {
			return "[NO_PLACEHOLDER]"
		}
		return s[i : i+strings.IndexByte(s[i:], ']')+1]
	}
	sse := func(w http.ResponseWriter, events ...string) {
		w.Header().Set("Content-Type", "text/event-stream")
		for _, ev := range events {
			name := gjson.Get(ev, "type").String()
			if name != "" {
				_, _ = io.WriteString(w, "event: "+name+"\n")
			}
			_, _ = io.WriteString(w, "data: "+ev+"\n\n")
			http.NewResponseController(w).Flush()
		}
	}
	// split cuts s in three, the cuts inside the placeholder.
	split := func(s string) []string {
		i := strings.Index(s, "[EMAIL")
		return []string{s[:i+3], s[i+3 : i+9], s[i+9:]}
	}
	jsonStr := func(s string) string { return string(appendJSONString(nil, s)) }

	t.Run("anthropic input_json_delta", func(t *testing.T) {
		up.setAnswer(func(w http.ResponseWriter, r *http.Request) {
			args := split(`{"email":"` + placeholderIn(r) + `"}`)
			evs := []string{
				`{"type":"message_start","message":{"id":"msg_1","type":"message","role":"assistant","model":"claude","content":[],"stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":5,"output_tokens":1}}}`,
				`{"type":"content_block_start","index":0,"content_block":{"type":"tool_use","id":"toolu_1","name":"crm_lookup","input":{}}}`,
			}
			for _, a := range args {
				evs = append(evs, `{"type":"content_block_delta","index":0,"delta":{"type":"input_json_delta","partial_json":`+jsonStr(a)+`}}`)
			}
			evs = append(evs, `{"type":"content_block_stop","index":0}`,
				`{"type":"message_delta","delta":{"stop_reason":"tool_use","stop_sequence":null},"usage":{"output_tokens":9}}`,
				`{"type":"message_stop"}`)
			sse(w, evs...)
		})
		defer up.setAnswer(nil)
		client := anthropic.NewClient(anthropicoption.WithHTTPClient(testHTTPClient), anthropicoption.WithBaseURL(guardURL), anthropicoption.WithHeader("X-Api-Key", "k"),
			anthropicoption.WithMaxRetries(0), anthropicoption.WithHeader("X-Consent", "personalization"))
		stream := client.Messages.NewStreaming(ctx, anthropic.MessageNewParams{
			Model: "claude-sonnet-4-5", MaxTokens: 100,
			Messages: []anthropic.MessageParam{anthropic.NewUserMessage(anthropic.NewTextBlock("Look up " + dialectsEmail))},
		})
		var msg anthropic.Message
		for stream.Next() {
			if err := msg.Accumulate(stream.Current()); err != nil {
				t.Fatal(err)
			}
		}
		if err := stream.Err(); err != nil {
			t.Fatal(err)
		}
		if len(msg.Content) != 1 || gjson.GetBytes(msg.Content[0].Input, "email").String() != dialectsEmail || msg.StopReason != "tool_use" {
			t.Errorf("tool call %+v, stop %q: want the restored address", msg.Content, msg.StopReason)
		}
	})

	t.Run("responses function_call_arguments", func(t *testing.T) {
		up.setAnswer(func(w http.ResponseWriter, r *http.Request) {
			full := `{"email":"` + placeholderIn(r) + `"}`
			item := func(status, args string) string {
				return `{"id":"fc_1","type":"function_call","status":"` + status + `","call_id":"call_1","name":"crm_lookup","arguments":` + jsonStr(args) + `}`
			}
			evs := []string{`{"type":"response.output_item.added","sequence_number":1,"output_index":0,"item":` + item("in_progress", "") + `}`}
			for _, a := range split(full) {
				evs = append(evs, `{"type":"response.function_call_arguments.delta","sequence_number":2,"item_id":"fc_1","output_index":0,"delta":`+jsonStr(a)+`}`)
			}
			evs = append(evs,
				`{"type":"response.function_call_arguments.done","sequence_number":3,"item_id":"fc_1","output_index":0,"arguments":`+jsonStr(full)+`}`,
				`{"type":"response.output_item.done","sequence_number":4,"output_index":0,"item":`+item("completed", full)+`}`,
				`{"type":"response.completed","sequence_number":5,"response":{"id":"resp_1","object":"response","created_at":1,"status":"completed","model":"gpt-4.1","output":[`+item("completed", full)+`]}}`)
			sse(w, evs...)
		})
		defer up.setAnswer(nil)
		client := newClient(option.WithHeader("X-Consent", "personalization"))
		stream := client.Responses.NewStreaming(ctx, responses.ResponseNewParams{
			Model: "gpt-4.1",
			Input: responses.ResponseNewParamsInputUnion{OfString: openai.String("Look up " + dialectsEmail)},
		})
		var deltas strings.Builder
		var done, item, completed string
		for stream.Next() {
			ev := stream.Current()
			raw := gjson.Parse(ev.RawJSON())
			switch ev.Type {
			case "response.function_call_arguments.delta":
				deltas.WriteString(ev.Delta)
			case "response.function_call_arguments.done":
				done = raw.Get("arguments").String()
			case "response.output_item.done":
				item = raw.Get("item.arguments").String()
			case "response.completed":
				completed = raw.Get("response.output.0.arguments").String()
			}
		}
		if err := stream.Err(); err != nil {
			t.Fatal(err)
		}
		want := `{"email":"` + dialectsEmail + `"}`
		if deltas.String() != want || done != want || item != want || completed != want {
			t.Errorf("arguments differ:\n deltas    %s\n done      %s\n item      %s\n completed %s\n want      %s", deltas.String(), done, item, completed, want)
		}
	})

	t.Run("gemini functionCall args", func(t *testing.T) {
		up.setAnswer(func(w http.ResponseWriter, r *http.Request) {
			sse(w,
				`{"candidates":[{"content":{"parts":[{"text":"Looking up"}],"role":"model"},"index":0}]}`,
				`{"candidates":[{"content":{"parts":[{"functionCall":{"name":"crm_lookup","args":{"email":`+jsonStr(placeholderIn(r))+`}}}],"role":"model"},"finishReason":"STOP","index":0}]}`)
		})
		defer up.setAnswer(nil)
		_, b := dialectsPost(t, "/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse",
			`{"contents":[{"parts":[{"text":"Look up `+dialectsEmail+`"}]}]}`, map[string]string{"X-Consent": "personalization"})
		found := false
		for _, ev := range parseSSE(t, b) {
			if gjson.Get(ev.data, "candidates.0.content.parts.0.functionCall.args.email").String() == dialectsEmail {
				found = true
			}
		}
		if !found {
			t.Errorf("no restored functionCall args in %s", b)
		}
	})
}
