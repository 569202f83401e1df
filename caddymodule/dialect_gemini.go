package caddymodule

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/tidwall/gjson"
)

func init() {
	registerDialect(gemini)
}

// geminiMethods are the Gemini API methods the dialect inspects, named after
// the ":" of the path (/v1beta/models/{model}:generateContent).
var geminiMethods = []string{"generateContent", "streamGenerateContent", "countTokens", "embedContent", "batchEmbedContents"}

// geminiAliases are the snake_case forms of the camelCase request fields;
// Google's JSON mapping accepts both.
var geminiAliases = map[string]string{
	"systemInstruction":       "system_instruction",
	"functionCall":            "function_call",
	"functionResponse":        "function_response",
	"generateContentRequest":  "generate_content_request",
	"inlineData":              "inline_data",
	"fileData":                "file_data",
	"finishReason":            "finish_reason",
	"usageMetadata":           "usage_metadata",
	"promptTokenCount":        "prompt_token_count",
	"candidatesTokenCount":    "candidates_token_count",
	"totalTokenCount":         "total_token_count",
	"executableCode":          "executable_code",
	"codeExecutionResult":     "code_execution_result",
	"cachedContentTokenCount": "cached_content_token_count",
}

// gemini is Google's Gemini API (generativelanguage.googleapis.com
// /v1beta/models/{model}:generateContent and :streamGenerateContent?alt=sse,
// also /v1/, and Vertex AI's .../publishers/google/models/{model}:…). The
// model is named in the path. Streams are SSE, each event a whole
// GenerateContentResponse chunk.
//
// A blocked answer gets the finish reason "SAFETY", Gemini's own reason
// for a candidate its filters stopped; a blocked stream ends with a chunk
// carrying that finish reason for each candidate.
var gemini = &dialect{
	name: "gemini",
	match: func(p string) bool {
		i := strings.LastIndexByte(p, ':')
		if i < 0 || !strings.Contains(p[:i], "models/") {
			return false
		}
		for _, m := range geminiMethods {
			if p[i+1:] == m {
				return true
			}
		}
		return false
	},
	request: geminiPaths(
		"systemInstruction.parts.*.text",
		"contents.*.parts.*.text",
		"contents.*.parts.*.functionCall.args.**",
		"contents.*.parts.*.functionResponse.response.**",
		"content.parts.*.text",
		"requests.*.content.parts.*.text",
		"generateContentRequest.systemInstruction.parts.*.text",
		"generateContentRequest.contents.*.parts.*.text",
	),
	model: func(_ gjson.Result, r *http.Request) string {
		if r == nil {
			return ""
		}
		p := r.URL.Path
		i := strings.LastIndex(p, "models/")
		if i < 0 {
			return ""
		}
		m, _, _ := strings.Cut(p[i+len("models/"):], ":")
		return m
	},
	stream: func(_ gjson.Result, r *http.Request) bool {
		return r != nil && strings.HasSuffix(r.URL.Path, ":streamGenerateContent")
	},
	errorBody: geminiError,
	answer: func(root gjson.Result, visit func(answerText)) {
		// A stream without alt=sse arrives as one JSON array of chunks.
		if root.IsArray() {
			root.ForEach(func(_, c gjson.Result) bool {
				geminiCandidates(c, textArguments, visit)
				return true
			})
			return
		}
		geminiCandidates(root, textArguments, visit)
	},
	block: func(root gjson.Result, channel, safe string, e *jsonEdits) {
		chunks := []gjson.Result{root}
		if root.IsArray() {
			chunks = root.Array()
		}
		first := true
		for _, c := range chunks {
			geminiEachCandidate(c, func(ch string, cand gjson.Result) {
				if ch != channel {
					return
				}
				geminiField(cand, "content").Get("parts").ForEach(func(_, p gjson.Result) bool {
					if t := p.Get("text"); t.Type == gjson.String {
						if first {
							e.setStringOnce(t, safe)
							first = false
						} else {
							e.setStringOnce(t, "")
						}
					}
					return true
				})
				if fr := geminiField(cand, "finishReason"); fr.Exists() {
					e.setStringOnce(fr, "SAFETY")
				}
			})
		}
	},
	usage:  geminiUsage,
	format: formatSSE,
	delta: func(ev gjson.Result, visit func(answerText)) {
		geminiCandidates(ev, textWhole, visit)
	},
	final: func(ev gjson.Result) bool {
		// The last chunk usually carries text and the finish reason
		// together; held-back text can only be released before an event
		// without text, so such a chunk is not final and the tail follows
		// it as one more chunk when the upstream ends.
		stop, text := false, false
		geminiEachCandidate(ev, func(_ string, cand gjson.Result) {
			if fr := geminiField(cand, "finishReason"); fr.Exists() && fr.String() != "" {
				stop = true
			}
			geminiField(cand, "content").Get("parts").ForEach(func(_, p gjson.Result) bool {
				if p.Get("text").String() != "" {
					text = true
				}
				return !text
			})
		})
		return stop && !text
	},
	textEvent: func(tmpl gjson.Result, channel, text string) []byte {
		b := []byte(`{"candidates":[{"content":{"parts":[{"text":`)
		b = appendJSONString(b, text)
		b = append(b, `}],"role":"model"},"index":`...)
		b = append(b, channel...)
		b = append(b, '}', ']')
		return geminiChunkTail(b, tmpl)
	},
	stopEvents: func(tmpl gjson.Result, channels []string) [][]byte {
		b := []byte(`{"candidates":[`)
		for i, ch := range channels {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, `{"content":{"parts":[],"role":"model"},"finishReason":"SAFETY","index":`...)
			b = append(b, ch...)
			b = append(b, '}')
		}
		b = append(b, ']')
		return [][]byte{geminiChunkTail(b, tmpl)}
	},
	media: func(req gjson.Result, visit func(gjson.Result, string)) {
		const drop = `{"text":"[media removed]"}`
		check := func(p gjson.Result) {
			for _, f := range geminiMediaKeys {
				if geminiField(p, f).Exists() {
					visit(p, drop)
					return
				}
			}
		}
		parts := func(c gjson.Result) {
			ps := c.Get("parts")
			if ps.IsObject() {
				check(ps)
				return
			}
			ps.ForEach(func(_, p gjson.Result) bool { check(p); return true })
		}
		cs := req.Get("contents")
		if cs.IsObject() {
			parts(cs)
		}
		cs.ForEach(func(_, c gjson.Result) bool {
			if c.IsObject() {
				parts(c)
			}
			return true
		})
	},
}

// geminiField reads a field by its camelCase name or its snake_case alias.
func geminiField(v gjson.Result, name string) gjson.Result {
	if r := v.Get(name); r.Exists() {
		return r
	}
	if a, ok := geminiAliases[name]; ok {
		return v.Get(a)
	}
	return gjson.Result{}
}

// geminiEachCandidate calls fn with each candidate of a response chunk and
// its channel (the candidate's index).
func geminiEachCandidate(root gjson.Result, fn func(ch string, cand gjson.Result)) {
	pos := 0
	root.Get("candidates").ForEach(func(_, c gjson.Result) bool {
		ch := strconv.Itoa(pos)
		if i := c.Get("index"); i.Type == gjson.Number {
			ch = i.Raw
		}
		pos++
		fn(ch, c)
		return true
	})
}

// geminiCandidates visits the text parts of each candidate (channel = the
// candidate's index) and the string values of function call arguments
// (as args).
func geminiCandidates(root gjson.Result, args textKind, visit func(answerText)) {
	geminiEachCandidate(root, func(ch string, cand gjson.Result) {
		geminiField(cand, "content").Get("parts").ForEach(func(_, p gjson.Result) bool {
			if v := p.Get("text"); v.Type == gjson.String {
				visit(answerText{value: v, channel: ch, kind: textContent})
			}
			if fc := geminiField(p, "functionCall"); fc.Exists() {
				walkDeep(fc.Get("args"), func(v gjson.Result) {
					visit(answerText{value: v, channel: ch + "/fn", kind: args})
				})
			}
			return true
		})
	})
}

// geminiChunkTail ends a synthesized chunk (b is up to the candidates
// array) with the template's modelVersion and responseId.
func geminiChunkTail(b []byte, tmpl gjson.Result) []byte {
	if v := tmpl.Get("modelVersion"); v.Type == gjson.String {
		b = append(b, `,"modelVersion":`...)
		b = appendJSONString(b, v.String())
	}
	if v := tmpl.Get("responseId"); v.Type == gjson.String {
		b = append(b, `,"responseId":`...)
		b = appendJSONString(b, v.String())
	}
	return append(b, '}')
}

// geminiPaths expands request paths written with camelCase names into
// every form Google's JSON mapping accepts: snake_case aliases, and a
// repeated field ("parts", "contents") given as a single object instead of
// an array.
func geminiPaths(templates ...string) []jsonPath {
	var out []jsonPath
	seen := map[string]bool{}
	var expand func(done, rest []string)
	expand = func(done, rest []string) {
		if len(rest) == 0 {
			p := strings.Join(done, ".")
			if !seen[p] {
				seen[p] = true
				out = append(out, path(p))
			}
			return
		}
		seg := rest[0]
		names := []string{seg}
		if a, ok := geminiAliases[seg]; ok {
			names = append(names, a)
		}
		for _, n := range names {
			next := append(append([]string(nil), done...), n)
			expand(next, rest[1:])
			if (n == "parts" || n == "contents") && len(rest) > 1 && rest[1] == "*" {
				// The single-object form: skip the "*".
				expand(next, rest[2:])
			}
		}
	}
	for _, t := range templates {
		expand(nil, strings.Split(t, "."))
	}
	return out
}

func geminiUsage(root gjson.Result) tokenUsage {
	u := geminiField(root, "usageMetadata")
	if !u.IsObject() {
		return tokenUsage{}
	}
	return tokenUsage{
		Prompt:     geminiField(u, "promptTokenCount").Int(),
		Completion: geminiField(u, "candidatesTokenCount").Int(),
		Total:      geminiField(u, "totalTokenCount").Int(),
	}
}

// geminiError renders Google's error shape {"error":{"code","message",
// "status","details"}}: code is the HTTP status, status the canonical gRPC
// code name, and the guardrail's own code goes in a google.rpc.ErrorInfo
// detail as its reason (upper snake case), with domain "guardrail".
func geminiError(status int, code, message string) []byte {
	st := "INVALID_ARGUMENT"
	switch {
	case status == http.StatusUnauthorized:
		st = "UNAUTHENTICATED"
	case status == http.StatusForbidden:
		st = "PERMISSION_DENIED"
	case status == http.StatusNotFound:
		st = "NOT_FOUND"
	case status == http.StatusTooManyRequests:
		st = "RESOURCE_EXHAUSTED"
	case status == http.StatusServiceUnavailable || status == http.StatusBadGateway:
		st = "UNAVAILABLE"
	case status == http.StatusGatewayTimeout:
		st = "DEADLINE_EXCEEDED"
	case status >= 500:
		st = "INTERNAL"
	}
	b := []byte(`{"error":{"code":`)
	b = strconv.AppendInt(b, int64(status), 10)
	b = append(b, `,"message":`...)
	b = appendJSONString(b, message)
	b = append(b, `,"status":`...)
	b = appendJSONString(b, st)
	b = append(b, `,"details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":`...)
	b = appendJSONString(b, strings.ToUpper(code))
	return append(b, `,"domain":"guardrail"}]}}`...)
}
