package caddymodule

import (
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/tidwall/gjson"

	"github.com/caddy-guardrail/guardrail/redact"
)

func TestDialectsDetect(t *testing.T) {
	tests := []struct {
		path string
		want string // "" = no dialect
	}{
		{"/v1/chat/completions", "openai_chat"},
		{"/openai/deployments/gpt-4o-prod/chat/completions", "openai_chat"},
		{"/v1/responses", "openai_responses"},
		{"/openai/v1/responses", "openai_responses"},
		{"/v1/completions", "openai_completions"},
		{"/openai/deployments/davinci/completions", "openai_completions"},
		{"/v1/embeddings", "openai_embeddings"},
		{"/openai/deployments/ada/embeddings", "openai_embeddings"},
		{"/v1/messages", "anthropic_messages"},
		{"/anthropic/v1/messages", "anthropic_messages"},
		{"/v1/messages/count_tokens", "anthropic_messages"},
		{"/v1/threads/thread_1/messages", ""}, // OpenAI Assistants, not Anthropic
		{"/v1beta/models/gemini-2.5-flash:generateContent", "gemini"},
		{"/v1beta/models/gemini-2.5-flash:streamGenerateContent", "gemini"},
		{"/v1/models/gemini-2.5-pro:generateContent", "gemini"},
		{"/v1beta/models/text-embedding-004:embedContent", "gemini"},
		{"/v1beta/models/gemini-2.5-flash:countTokens", "gemini"},
		{"/v1/projects/p/locations/us-central1/publishers/google/models/gemini-2.5-pro:streamGenerateContent", "gemini"},
		{"/v1beta/models/gemini-2.5-flash:unknownMethod", ""},
		{"/api/chat", "ollama_chat"},
		{"/api/generate", "ollama_generate"},
		{"/api/embed", "ollama_embed"},
		{"/api/embeddings", "ollama_embed"},
		{"/v1/models", ""},
		{"/something/else", ""},
	}
	for _, tc := range tests {
		t.Run(tc.path, func(t *testing.T) {
			d := detectDialect(tc.path)
			got := ""
			if d != nil {
				got = d.name
			}
			if got != tc.want {
				t.Errorf("detectDialect(%q) = %q, want %q", tc.path, got, tc.want)
			}
		})
	}
}

// dialectsTestRedactor returns a redactor with the built-in detectors.
func dialectsTestRedactor(t testing.TB) *textRedactor {
	t.Helper()
	eng, err := redact.NewEngine(redact.Options{})
	if err != nil {
		t.Fatal(err)
	}
	key := []byte("test-key")
	return &textRedactor{find: eng.Find, policy: &redact.Policy{Key: key}, vault: redact.NewVault(key)}
}

// TestDialectsRequestFields sends, for every dialect, a body with a
// distinct e-mail address in every text field the dialect lists; none may
// survive, and the bytes around them must.
func TestDialectsRequestFields(t *testing.T) {
	tests := []struct {
		name    string
		d       *dialect
		body    string
		keep    []string // must arrive unchanged
		missing int      // e-mails the dialect does not inspect (must stay)
	}{
		{name: "responses items", d: openAIResponses, body: `{"model":"gpt-4.1","instructions":"Reply to r1@example.com","input":[
			{"role":"user","content":"hi r2@example.com"},
			{"role":"user","content":[{"type":"input_text","text":"r3@example.com"}]},
			{"type":"function_call","call_id":"c1","name":"lookup","arguments":"{\"email\":\"r4@example.com\"}"},
			{"type":"function_call_output","call_id":"c1","output":"found r5@example.com"},
			{"type":"function_call_output","call_id":"c2","output":[{"type":"input_text","text":"r8@example.com"}]},
			{"type":"reasoning","id":"rs_1","summary":[{"type":"summary_text","text":"write to r10@example.com"}]}],
			"prompt":{"id":"pmpt_1","variables":{"customer":"r9@example.com"}},
			"user":"r6@example.com","safety_identifier":"cust-1"}`,
			keep: []string{`"model":"gpt-4.1"`, `"call_id":"c1"`, `"type":"input_text"`}},
		{name: "responses string input", d: openAIResponses, body: `{"model":"m","input":"mail r7@example.com"}`},
		{name: "completions array", d: openAICompletions, body: `{"model":"m","prompt":["c1@example.com","c2@example.com"],"suffix":"c3@example.com","user":"c4@example.com"}`},
		{name: "completions string", d: openAICompletions, body: `{"model":"m","prompt":"c5@example.com","max_tokens":5}`, keep: []string{`"max_tokens":5`}},
		{name: "embeddings array", d: openAIEmbeddings, body: `{"model":"text-embedding-3-small","input":["e1@example.com","e2@example.com"]}`},
		{name: "embeddings string", d: openAIEmbeddings, body: `{"model":"m","input":"e3@example.com","dimensions":8}`, keep: []string{`"dimensions":8`}},
		{name: "anthropic blocks", d: anthropicMessages, body: `{"model":"claude-sonnet-4-5","max_tokens":10,
			"system":[{"type":"text","text":"a1@example.com"}],"metadata":{"user_id":"a9@example.com"},
			"messages":[{"role":"user","content":"a2@example.com"},
			{"role":"assistant","content":[{"type":"text","text":"a3@example.com"},
				{"type":"tool_use","id":"t1","name":"crm","input":{"email":"a4@example.com","nested":{"list":["a5@example.com"]},"n":3}}]},
			{"role":"user","content":[{"type":"tool_result","tool_use_id":"t1","content":"a6@example.com"},
				{"type":"tool_result","tool_use_id":"t2","content":[{"type":"text","text":"a7@example.com"}]}]}]}`,
			keep: []string{`"n":3`, `"tool_use_id":"t1"`, `"max_tokens":10`}},
		{name: "anthropic string system", d: anthropicMessages, body: `{"model":"m","system":"a8@example.com","messages":[]}`},
		{name: "gemini camelCase", d: gemini, body: `{"systemInstruction":{"parts":[{"text":"g1@example.com"}]},
			"contents":[{"role":"user","parts":[{"text":"g2@example.com"}]},
			{"role":"model","parts":[{"functionCall":{"name":"crm","args":{"email":"g3@example.com"}}}]},
			{"role":"user","parts":[{"functionResponse":{"name":"crm","response":{"result":{"email":"g4@example.com"}}}}]}],
			"generationConfig":{"temperature":0.2}}`, keep: []string{`"temperature":0.2`, `"role":"model"`}},
		{name: "gemini snake_case and single objects", d: gemini, body: `{"system_instruction":{"parts":{"text":"g5@example.com"}},
			"contents":{"parts":[{"text":"g6@example.com"}]}}`},
		{name: "gemini embed", d: gemini, body: `{"content":{"parts":[{"text":"g7@example.com"}]}}`},
		{name: "gemini batch embed", d: gemini, body: `{"requests":[{"model":"models/text-embedding-004","content":{"parts":[{"text":"g8@example.com"}]}}]}`},
		{name: "gemini count tokens", d: gemini, body: `{"generateContentRequest":{"contents":[{"parts":[{"text":"g9@example.com"}]}]}}`},
		{name: "ollama chat", d: ollamaChat, body: `{"model":"llama3.2","messages":[{"role":"system","content":"o1@example.com"},
			{"role":"user","content":"o2@example.com"},
			{"role":"assistant","content":"","thinking":"look up o8@example.com","tool_calls":[{"function":{"name":"crm","arguments":{"email":"o3@example.com"}}}]}]}`,
			keep: []string{`"model":"llama3.2"`}},
		{name: "ollama generate", d: ollamaGenerate, body: `{"model":"m","prompt":"o4@example.com","system":"o5@example.com","stream":false}`},
		{name: "ollama embed", d: ollamaEmbed, body: `{"model":"m","input":["o6@example.com"]}`},
		{name: "ollama embeddings", d: ollamaEmbed, body: `{"model":"m","prompt":"o7@example.com"}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			body := []byte(tc.body)
			if e := checkJSON(body); e != nil {
				t.Fatalf("test body: %v", e)
			}
			n := strings.Count(tc.body, "@example.com")
			out, err := redactJSON(body, tc.d.request, tc.d.user, dialectsTestRedactor(t), func(string) string { return "anonymous" })
			if err != nil {
				t.Fatalf("redactJSON: %v", err)
			}
			if !gjson.ValidBytes(out) {
				t.Fatalf("output is not JSON: %s", out)
			}
			if left := strings.Count(string(out), "@example.com"); left != tc.missing {
				t.Errorf("%d of %d addresses survived: %s", left, n, out)
			}
			for _, k := range append(tc.keep, `"model"`) {
				if strings.Contains(tc.body, k) && !strings.Contains(string(out), k) {
					t.Errorf("lost %s: %s", k, out)
				}
			}
		})
	}
}

func TestDialectsModelAndStream(t *testing.T) {
	tests := []struct {
		d          *dialect
		path, body string
		model      string
		stream     bool
	}{
		{gemini, "/v1beta/models/gemini-2.5-flash:streamGenerateContent", `{}`, "gemini-2.5-flash", true},
		{gemini, "/v1beta/models/gemini-2.5-flash:generateContent", `{}`, "gemini-2.5-flash", false},
		{ollamaChat, "/api/chat", `{"model":"llama3.2"}`, "llama3.2", true},
		{ollamaChat, "/api/chat", `{"model":"llama3.2","stream":false}`, "llama3.2", false},
		{ollamaGenerate, "/api/generate", `{"model":"m","stream":null}`, "m", true},
		{anthropicMessages, "/v1/messages", `{"model":"claude","stream":true}`, "claude", true},
		{openAIResponses, "/v1/responses", `{"model":"gpt-4.1"}`, "gpt-4.1", false},
	}
	for _, tc := range tests {
		t.Run(tc.d.name+tc.body, func(t *testing.T) {
			r, _ := http.NewRequest("POST", "http://x"+tc.path, nil)
			req := gjson.Parse(tc.body)
			if got := tc.d.model(req, r); got != tc.model {
				t.Errorf("model = %q, want %q", got, tc.model)
			}
			if got := tc.d.stream(req, r); got != tc.stream {
				t.Errorf("stream = %v, want %v", got, tc.stream)
			}
		})
	}
}

// TestDialectsWholeAnswer checks what each dialect inspects in a whole
// answer and how it marks a blocked one.
func TestDialectsWholeAnswer(t *testing.T) {
	tests := []struct {
		name      string
		d         *dialect
		answer    string
		want      []string // content texts, in order
		args      []string // tool-call texts
		channel   string   // blocked channel
		stopPath  string
		stopValue string
	}{
		{name: "responses", d: openAIResponses,
			answer: `{"id":"resp_1","object":"response","status":"completed","incomplete_details":null,"output":[
				{"type":"reasoning","id":"rs_1","summary":[]},
				{"type":"message","id":"msg_1","role":"assistant","content":[{"type":"output_text","text":"Hello","annotations":[]}]},
				{"type":"function_call","id":"fc_1","call_id":"c1","name":"crm","arguments":"{\"q\":\"x\"}"}]}`,
			want: []string{"Hello"}, args: []string{`{"q":"x"}`}, channel: "1/0",
			stopPath: "incomplete_details.reason", stopValue: "content_filter"},
		{name: "completions", d: openAICompletions,
			answer: `{"id":"cmpl-1","object":"text_completion","choices":[{"index":0,"text":"Hello","finish_reason":"stop"}]}`,
			want:   []string{"Hello"}, channel: "0", stopPath: "choices.0.finish_reason", stopValue: "content_filter"},
		{name: "anthropic", d: anthropicMessages,
			answer: `{"id":"msg_1","type":"message","role":"assistant","content":[{"type":"text","text":"Hello"},
				{"type":"tool_use","id":"t1","name":"crm","input":{"email":"[EMAIL_ADDRESS_1]","n":1}}],"stop_reason":"tool_use"}`,
			want: []string{"Hello"}, args: []string{"[EMAIL_ADDRESS_1]"}, channel: "0",
			stopPath: "stop_reason", stopValue: "refusal"},
		{name: "gemini", d: gemini,
			answer: `{"candidates":[{"content":{"parts":[{"text":"Hel"},{"text":"lo"},{"functionCall":{"name":"crm","args":{"q":"x"}}}],"role":"model"},"finishReason":"STOP","index":0}],"usageMetadata":{"promptTokenCount":3,"candidatesTokenCount":2,"totalTokenCount":5}}`,
			want:   []string{"Hel", "lo"}, args: []string{"x"}, channel: "0",
			stopPath: "candidates.0.finishReason", stopValue: "SAFETY"},
		{name: "gemini array stream", d: gemini,
			answer: `[{"candidates":[{"content":{"parts":[{"text":"Hel"}],"role":"model"},"index":0}]},{"candidates":[{"content":{"parts":[{"text":"lo"}],"role":"model"},"finishReason":"STOP","index":0}]}]`,
			want:   []string{"Hel", "lo"}, channel: "0", stopPath: "1.candidates.0.finishReason", stopValue: "SAFETY"},
		{name: "ollama chat", d: ollamaChat,
			answer: `{"model":"m","message":{"role":"assistant","content":"Hello","tool_calls":[{"function":{"name":"crm","arguments":{"q":"x"}}}]},"done":true,"done_reason":"stop"}`,
			want:   []string{"Hello"}, args: []string{"x"}, channel: "0", stopPath: "done_reason", stopValue: "content_filter"},
		{name: "ollama generate", d: ollamaGenerate,
			answer: `{"model":"m","response":"Hello","done":true,"done_reason":"stop"}`,
			want:   []string{"Hello"}, channel: "0", stopPath: "done_reason", stopValue: "content_filter"},
		{name: "embeddings pass", d: openAIEmbeddings,
			answer: `{"object":"list","data":[{"object":"embedding","index":0,"embedding":[0.1,0.2]}]}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			root := gjson.Parse(tc.answer)
			var content, args []string
			tc.d.answer(root, func(at answerText) {
				switch at.kind {
				case textContent:
					content = append(content, at.value.String())
				default:
					args = append(args, at.value.String())
				}
			})
			if !slices.Equal(content, tc.want) {
				t.Errorf("content = %q, want %q", content, tc.want)
			}
			if !slices.Equal(args, tc.args) {
				t.Errorf("args = %q, want %q", args, tc.args)
			}
			if tc.channel == "" {
				return
			}
			var e jsonEdits
			tc.d.block(root, tc.channel, "WITHHELD", &e)
			tc.d.block(root, tc.channel, "WITHHELD", &e) // twice: edits must not overlap
			out := e.apply([]byte(tc.answer))
			if !gjson.ValidBytes(out) {
				t.Fatalf("blocked answer is not JSON: %s", out)
			}
			if got := gjson.GetBytes(out, tc.stopPath).String(); got != tc.stopValue {
				t.Errorf("%s = %q, want %q in %s", tc.stopPath, got, tc.stopValue, out)
			}
			if !strings.Contains(string(out), "WITHHELD") || strings.Contains(string(out), `"Hello"`) || strings.Contains(string(out), `"lo"`) {
				t.Errorf("blocked text not replaced: %s", out)
			}
		})
	}
}

func TestDialectsErrorShapes(t *testing.T) {
	tests := []struct {
		d    *dialect
		want map[string]string // gjson path → value
	}{
		{openAIResponses, map[string]string{"error.type": "permission_error", "error.code": "consent_required", "error.message": "no consent"}},
		{openAICompletions, map[string]string{"error.code": "consent_required"}},
		{openAIEmbeddings, map[string]string{"error.code": "consent_required"}},
		{anthropicMessages, map[string]string{"type": "error", "error.type": "permission_error", "error.message": "no consent", "error.details.error_code": "consent_required"}},
		{gemini, map[string]string{"error.code": "403", "error.status": "PERMISSION_DENIED", "error.message": "no consent",
			"error.details.0.reason": "CONSENT_REQUIRED", "error.details.0.@type": "type.googleapis.com/google.rpc.ErrorInfo"}},
		{ollamaChat, map[string]string{"error": "no consent", "code": "consent_required"}},
		{ollamaEmbed, map[string]string{"error": "no consent"}},
	}
	for _, tc := range tests {
		t.Run(tc.d.name, func(t *testing.T) {
			b := tc.d.errorBody(http.StatusForbidden, "consent_required", "no consent")
			if !gjson.ValidBytes(b) {
				t.Fatalf("not JSON: %s", b)
			}
			for p, v := range tc.want {
				if got := gjson.GetBytes(b, p).String(); got != v {
					t.Errorf("%s = %q, want %q in %s", p, got, v, b)
				}
			}
		})
	}
	statuses := []struct {
		status      int
		anthropic   string
		geminiState string
	}{
		{400, "invalid_request_error", "INVALID_ARGUMENT"},
		{413, "request_too_large", "INVALID_ARGUMENT"},
		{404, "not_found_error", "NOT_FOUND"},
		{502, "api_error", "UNAVAILABLE"},
		{500, "api_error", "INTERNAL"},
	}
	for _, s := range statuses {
		if got := gjson.GetBytes(anthropicError(s.status, "x", "m"), "error.type").String(); got != s.anthropic {
			t.Errorf("anthropic %d: type %q, want %q", s.status, got, s.anthropic)
		}
		if got := gjson.GetBytes(geminiError(s.status, "x", "m"), "error.status").String(); got != s.geminiState {
			t.Errorf("gemini %d: status %q, want %q", s.status, got, s.geminiState)
		}
	}
}

func TestDialectsMedia(t *testing.T) {
	tests := []struct {
		name  string
		d     *dialect
		body  string
		parts int
	}{
		{"openai chat image and audio", openAIChat, `{"model":"m","messages":[{"role":"user","content":[{"type":"text","text":"look"},{"type":"image_url","image_url":{"url":"data:image/png;base64,AAAA"}},{"type":"input_audio","input_audio":{"data":"AAAA","format":"wav"}}]}]}`, 2},
		{"openai chat text only", openAIChat, `{"model":"m","messages":[{"role":"user","content":"hi"}]}`, 0},
		{"responses image and file", openAIResponses, `{"model":"m","input":[{"role":"user","content":[{"type":"input_text","text":"look"},{"type":"input_image","image_url":"https://x/y.png"},{"type":"input_file","file_id":"file-1"}]}]}`, 2},
		{"anthropic image, document and nested", anthropicMessages, `{"model":"m","messages":[{"role":"user","content":[{"type":"image","source":{"type":"base64","media_type":"image/png","data":"AAAA"}},{"type":"document","source":{"type":"text","media_type":"text/plain","data":"secret"}},{"type":"tool_result","tool_use_id":"t","content":[{"type":"image","source":{"type":"base64","media_type":"image/png","data":"AAAA"}}]}]}]}`, 3},
		{"gemini inline and file data", gemini, `{"contents":[{"role":"user","parts":[{"text":"look"},{"inlineData":{"mimeType":"image/png","data":"AAAA"}},{"file_data":{"mime_type":"application/pdf","file_uri":"gs://b/f"}}]}]}`, 2},
		{"ollama chat images", ollamaChat, `{"model":"m","messages":[{"role":"user","content":"look","images":["AAAA"]}]}`, 1},
		{"ollama generate images", ollamaGenerate, `{"model":"m","prompt":"look","images":["AAAA","BBBB"]}`, 1},
		{"ollama empty images", ollamaGenerate, `{"model":"m","prompt":"look","images":[]}`, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, mode := range []string{mediaPass, mediaDrop, mediaReject} {
				x := &exchangeState{}
				out, aerr := applyMedia(tc.d, mode, []byte(tc.body), x)
				if tc.parts == 0 {
					if aerr != nil || string(out) != tc.body || x.media != "" {
						t.Errorf("%s: no media, got error %v, media %q, body changed %v", mode, aerr, x.media, string(out) != tc.body)
					}
					continue
				}
				switch mode {
				case mediaPass:
					if aerr != nil || string(out) != tc.body || x.media != mediaPassed {
						t.Errorf("pass: error %v, media %q, body changed %v", aerr, x.media, string(out) != tc.body)
					}
				case mediaReject:
					if aerr == nil || aerr.code != "unsupported_content" || aerr.status != http.StatusBadRequest || x.media != mediaRejected {
						t.Errorf("reject: error %v, media %q", aerr, x.media)
					}
				case mediaDrop:
					if aerr != nil || x.media != mediaDropped {
						t.Fatalf("drop: error %v, media %q", aerr, x.media)
					}
					if !gjson.ValidBytes(out) {
						t.Fatalf("drop: not JSON: %s", out)
					}
					for _, gone := range []string{"AAAA", "BBBB", "secret", "gs://", "file-1", "y.png"} {
						if strings.Contains(string(out), gone) {
							t.Errorf("drop: %q still there: %s", gone, out)
						}
					}
					var n int
					tc.d.media(gjson.ParseBytes(out), func(gjson.Result, string) { n++ })
					if n != 0 {
						t.Errorf("drop: %d media parts left: %s", n, out)
					}
				}
			}
		})
	}
}

func TestDialectsGeminiPaths(t *testing.T) {
	got := map[string]bool{}
	for _, p := range geminiPaths("systemInstruction.parts.*.text") {
		got[strings.Join(p, ".")] = true
	}
	for _, want := range []string{"systemInstruction.parts.*.text", "systemInstruction.parts.text",
		"system_instruction.parts.*.text", "system_instruction.parts.text"} {
		if !got[want] {
			t.Errorf("missing %s in %v", want, got)
		}
	}
	if len(got) != 4 {
		t.Errorf("got %d paths, want 4: %v", len(got), got)
	}
}

// TestDialectsStreamRoundTrip checks that the events a dialect synthesizes
// (released text, the stop of a blocked stream) are read back by the same
// dialect as what they say: text for the right channel, and an end.
func TestDialectsStreamRoundTrip(t *testing.T) {
	const text = "h\u00e9 \"quoted\" \\ [EMAIL_ADDRESS_1]\n"
	tests := []struct {
		d        *dialect
		tmpl     string
		channels []string
		stopOK   func(ev gjson.Result) bool
	}{
		{openAIResponses, `{"type":"response.output_text.done","sequence_number":7,"item_id":"msg_1","output_index":1,"content_index":0,"text":"x"}`,
			[]string{"text:1:0:msg_1", "refusal:1:1:msg_1", "args:2:0:fc_1"},
			func(ev gjson.Result) bool {
				return ev.Get("type").String() == "response.incomplete" && ev.Get("response.incomplete_details.reason").String() == "content_filter"
			}},
		{openAICompletions, `{"id":"cmpl-1","object":"text_completion","created":1,"model":"m","choices":[{"index":0,"text":"x","finish_reason":null}]}`,
			[]string{"0", "1"},
			func(ev gjson.Result) bool { return ev.Get("choices.0.finish_reason").String() == "content_filter" }},
		{anthropicMessages, `{"type":"content_block_stop","index":0}`,
			[]string{"0", "1/tool"},
			func(ev gjson.Result) bool { return ev.Get("type").String() == "message_stop" }},
		{gemini, `{"candidates":[{"content":{"parts":[{"text":"x"}],"role":"model"},"index":0}],"modelVersion":"gemini-2.5-flash","responseId":"r1"}`,
			[]string{"0", "1"},
			func(ev gjson.Result) bool { return ev.Get("candidates.0.finishReason").String() == "SAFETY" }},
		{ollamaChat, `{"model":"m","created_at":"2026-01-01T00:00:00Z","message":{"role":"assistant","content":"x"},"done":false}`,
			[]string{"0"},
			func(ev gjson.Result) bool { return ev.Get("done_reason").String() == "content_filter" }},
		{ollamaGenerate, `{"model":"m","created_at":"2026-01-01T00:00:00Z","response":"x","done":false}`,
			[]string{"0"},
			func(ev gjson.Result) bool { return ev.Get("done_reason").String() == "content_filter" }},
	}
	for _, tc := range tests {
		t.Run(tc.d.name, func(t *testing.T) {
			tmpl := gjson.Parse(tc.tmpl)
			for _, ch := range tc.channels {
				b := tc.d.textEvent(tmpl, ch, text)
				if !gjson.ValidBytes(b) {
					t.Fatalf("text event for %s is not JSON: %s", ch, b)
				}
				ev := gjson.ParseBytes(b)
				var got []answerText
				tc.d.delta(ev, func(at answerText) { got = append(got, at) })
				if len(got) != 1 || got[0].channel != ch || got[0].value.String() != text || got[0].kind == textWhole {
					t.Errorf("text event for %s reads back as %+v: %s", ch, got, b)
				}
				if tc.d.final(ev) {
					t.Errorf("text event for %s is final: %s", ch, b)
				}
				if tc.d.eventName != nil && tc.d.eventName(ev) == "" {
					t.Errorf("text event for %s has no SSE event name", ch)
				}
			}
			evs := tc.d.stopEvents(tmpl, tc.channels)
			if len(evs) == 0 {
				t.Fatal("no stop events")
			}
			for _, b := range evs {
				if !gjson.ValidBytes(b) {
					t.Fatalf("stop event is not JSON: %s", b)
				}
				var texts int
				tc.d.delta(gjson.ParseBytes(b), func(at answerText) {
					if at.value.String() != "" {
						texts++
					}
				})
				if texts != 0 {
					t.Errorf("stop event carries text: %s", b)
				}
			}
			last := gjson.ParseBytes(evs[len(evs)-1])
			if !tc.stopOK(last) {
				t.Errorf("last stop event %s lacks the dialect's stop reason", last.Raw)
			}
			if !tc.d.final(last) {
				t.Errorf("last stop event is not final: %s", last.Raw)
			}
		})
	}
}

// BenchmarkDialectsRequest measures redacting one typical request body per
// dialect (about 2 KB of prose with a few personal values), dominated by
// the path walk plus the detectors.
func BenchmarkDialectsRequest(b *testing.B) {
	prose := strings.Repeat("Our spring offer is live for loyal customers in every region. ", 8)
	pii := "Write to ana.silva@example.com or call +44 20 7946 0958. "
	tests := []struct {
		d    *dialect
		body string
	}{
		{openAIChat, `{"model":"gpt-4o","messages":[{"role":"system","content":"` + prose + `"},{"role":"user","content":"` + pii + prose + `"}]}`},
		{openAIResponses, `{"model":"gpt-4.1","instructions":"` + prose + `","input":[{"role":"user","content":[{"type":"input_text","text":"` + pii + prose + `"}]}]}`},
		{anthropicMessages, `{"model":"claude","max_tokens":100,"system":"` + prose + `","messages":[{"role":"user","content":[{"type":"text","text":"` + pii + prose + `"},{"type":"tool_result","tool_use_id":"t","content":"` + pii + `"}]}]}`},
		{gemini, `{"systemInstruction":{"parts":[{"text":"` + prose + `"}]},"contents":[{"role":"user","parts":[{"text":"` + pii + prose + `"}]}]}`},
		{ollamaChat, `{"model":"llama3.2","messages":[{"role":"system","content":"` + prose + `"},{"role":"user","content":"` + pii + prose + `"}]}`},
	}
	t := dialectsTestRedactor(b)
	anon := func(string) string { return "anonymous" }
	for _, tc := range tests {
		b.Run(tc.d.name, func(b *testing.B) {
			body := []byte(tc.body)
			b.ReportAllocs()
			b.SetBytes(int64(len(body)))
			for b.Loop() {
				if _, err := redactJSON(body, tc.d.request, tc.d.user, t, anon); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestMediaPrefilter checks that the cheap test in front of the media walk
// never hides a part: media spelled with \u escapes, in keys or values, is
// still found, and only bodies without any mark skip the walk.
func TestMediaPrefilter(t *testing.T) {
	tests := []struct {
		name  string
		d     *dialect
		body  string
		parts int
		skip  bool // mayHaveMedia is false
	}{
		{"openai text only", openAIChat, `{"model":"m","messages":[{"role":"user","content":"send the image_url file to me"}]}`, 0, true},
		{"openai escaped type value", openAIChat, `{"model":"m","messages":[{"role":"user","content":[{"type":"image\u005furl","image_url":{"url":"data:x"}}]}]}`, 1, false},
		{"openai escaped type key", openAIChat, `{"model":"m","messages":[{"role":"user","content":[{"t\u0079pe":"input_audio","input_audio":{"data":"AAAA"}}]}]}`, 1, false},
		{"openai quoted word in text", openAIChat, `{"model":"m","messages":[{"role":"user","content":"the \"file\" word"}]}`, 0, true},
		{"anthropic escaped", anthropicMessages, `{"model":"m","messages":[{"role":"user","content":[{"type":"\u0069mage","source":{"type":"base64","data":"AAAA"}}]}]}`, 1, false},
		{"responses escaped", openAIResponses, `{"model":"m","input":[{"role":"user","content":[{"type":"input\u005ffile","file_id":"f"}]}]}`, 1, false},
		{"gemini escaped key", gemini, `{"contents":[{"parts":[{"inline\u0044ata":{"data":"AAAA"}}]}]}`, 1, false},
		{"gemini snake case", gemini, `{"contents":[{"parts":[{"file_data":{"file_uri":"gs://b/f"}}]}]}`, 1, false},
		{"gemini text only", gemini, `{"contents":[{"parts":[{"text":"inlineData is a field name"}]}]}`, 0, true},
		{"ollama escaped key", ollamaGenerate, `{"model":"m","prompt":"look","im\u0061ges":["AAAA"]}`, 1, false},
		{"ollama text only", ollamaChat, `{"model":"m","messages":[{"role":"user","content":"two images please"}]}`, 0, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := mayHaveMedia(tc.d, []byte(tc.body)); got == tc.skip {
				t.Errorf("mayHaveMedia = %v, want %v", got, !tc.skip)
			}
			n := 0
			tc.d.media(gjson.Parse(tc.body), func(gjson.Result, string) { n++ })
			if n != tc.parts {
				t.Errorf("walk found %d parts, want %d", n, tc.parts)
			}
			x := &exchangeState{}
			_, aerr := applyMedia(tc.d, mediaReject, []byte(tc.body), x)
			if (aerr != nil) != (tc.parts > 0) {
				t.Errorf("reject: error %v with %d parts", aerr, tc.parts)
			}
		})
	}
	for _, d := range dialects {
		if d.media != nil && len(d.mediaMarks) == 0 {
			t.Errorf("dialect %s walks media but has no marks", d.name)
		}
	}
}
