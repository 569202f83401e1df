package caddymodule

import (
	"net/http"

	"github.com/tidwall/gjson"
)

func init() {
	registerDialect(ollamaChat)
	registerDialect(ollamaGenerate)
	registerDialect(ollamaEmbed)
}

// ollamaChat is Ollama's native chat API (/api/chat). Ollama streams by
// default (no "stream" field means true) as NDJSON, one JSON object per
// line, the last with "done": true and a done_reason. A blocked answer ends
// with done_reason "content_filter" (Ollama has no filter reason of its
// own). Ollama's OpenAI-compatible API (/v1/chat/completions …) is the
// OpenAI dialect.
var ollamaChat = &dialect{
	name:  "ollama_chat",
	match: func(p string) bool { return hasSuffixPath(p, "/api/chat") },
	request: stringPaths(
		"messages.*.content",
		"messages.*.thinking", // a thinking model's reasoning, sent back as history
		"messages.*.tool_calls.*.function.arguments.**",
	),
	model:     topModel,
	stream:    ollamaStream,
	modelOf:   modelMember,
	streamOf:  ollamaStreamMember,
	errorBody: ollamaError,
	answer: func(root gjson.Result, visit func(answerText)) {
		ollamaMessage(root, textArguments, visit)
	},
	block: func(root gjson.Result, _, safe string, e *jsonEdits) {
		if c := root.Get("message.content"); c.Exists() {
			e.setStringOnce(c, safe)
		}
		ollamaBlockDone(root, e)
	},
	usage:  ollamaUsage,
	format: formatNDJSON,
	delta: func(ev gjson.Result, visit func(answerText)) {
		ollamaMessage(ev, textWhole, visit)
	},
	final: func(ev gjson.Result) bool { return ev.Get("done").Bool() },
	textEvent: func(tmpl gjson.Result, _, text string) []byte {
		b := ollamaHead(tmpl)
		b = append(b, `"message":{"role":"assistant","content":`...)
		b = appendJSONString(b, text)
		return append(b, `},"done":false}`...)
	},
	stopEvents: func(tmpl gjson.Result, _ []string) [][]byte {
		b := ollamaHead(tmpl)
		b = append(b, `"message":{"role":"assistant","content":""},"done":true,"done_reason":"content_filter"}`...)
		return [][]byte{b}
	},
	media: func(req gjson.Result, visit func(gjson.Result, string)) {
		req.Get("messages").ForEach(func(_, m gjson.Result) bool {
			ollamaImages(m, visit)
			return true
		})
	},
}

// ollamaGenerate is Ollama's native completion API (/api/generate):
// "prompt" and "system" in, "response" out, NDJSON streaming by default.
var ollamaGenerate = &dialect{
	name:      "ollama_generate",
	match:     func(p string) bool { return hasSuffixPath(p, "/api/generate") },
	request:   stringPaths("prompt", "system", "suffix"),
	model:     topModel,
	stream:    ollamaStream,
	modelOf:   modelMember,
	streamOf:  ollamaStreamMember,
	errorBody: ollamaError,
	answer: func(root gjson.Result, visit func(answerText)) {
		if v := root.Get("response"); v.Type == gjson.String {
			visit(answerText{value: v, channel: "0", kind: textContent})
		}
	},
	block: func(root gjson.Result, _, safe string, e *jsonEdits) {
		if c := root.Get("response"); c.Exists() {
			e.setStringOnce(c, safe)
		}
		ollamaBlockDone(root, e)
	},
	usage:  ollamaUsage,
	format: formatNDJSON,
	delta: func(ev gjson.Result, visit func(answerText)) {
		if v := ev.Get("response"); v.Type == gjson.String {
			visit(answerText{value: v, channel: "0", kind: textContent})
		}
	},
	final: func(ev gjson.Result) bool { return ev.Get("done").Bool() },
	textEvent: func(tmpl gjson.Result, _, text string) []byte {
		b := ollamaHead(tmpl)
		b = append(b, `"response":`...)
		b = appendJSONString(b, text)
		return append(b, `,"done":false}`...)
	},
	stopEvents: func(tmpl gjson.Result, _ []string) [][]byte {
		b := ollamaHead(tmpl)
		b = append(b, `"response":"","done":true,"done_reason":"content_filter"}`...)
		return [][]byte{b}
	},
	media: func(req gjson.Result, visit func(gjson.Result, string)) {
		ollamaImages(req, visit)
	},
}

// ollamaEmbed is Ollama's embedding APIs: /api/embed ("input", a string or
// an array of strings) and the older /api/embeddings ("prompt"). The
// answer is vectors: passed through.
var ollamaEmbed = &dialect{
	name: "ollama_embed",
	match: func(p string) bool {
		return hasSuffixPath(p, "/api/embed") || hasSuffixPath(p, "/api/embeddings")
	},
	request:   stringPaths("input", "input.*", "prompt"),
	model:     topModel,
	stream:    func(gjson.Result, *http.Request) bool { return false },
	modelOf:   modelMember,
	streamOf:  func(gjson.Result) bool { return false },
	errorBody: ollamaError,
	usage:     ollamaUsage,
	format:    formatNDJSON,
}

// ollamaMessage visits message.content (channel "0") and the string values
// of the tool calls' arguments objects.
func ollamaMessage(root gjson.Result, args textKind, visit func(answerText)) {
	m := root.Get("message")
	if v := m.Get("content"); v.Type == gjson.String {
		visit(answerText{value: v, channel: "0", kind: textContent})
	}
	m.Get("tool_calls").ForEach(func(_, tc gjson.Result) bool {
		walkDeep(tc.Get("function.arguments"), func(v gjson.Result) {
			visit(answerText{value: v, channel: "0/tool", kind: args})
		})
		return true
	})
}

// ollamaImages visits a non-empty "images" array (base64 images), which
// `media drop` empties.
func ollamaImages(v gjson.Result, visit func(gjson.Result, string)) {
	if im := v.Get(ollamaMediaKeys[0]); im.IsArray() && len(im.Array()) > 0 {
		visit(im, "[]")
	}
}

func ollamaBlockDone(root gjson.Result, e *jsonEdits) {
	if dr := root.Get("done_reason"); dr.Exists() {
		e.setStringOnce(dr, "content_filter")
	}
}

// ollamaHead starts a synthesized stream object with the template's model
// and created_at, up to and including the comma before the text field.
func ollamaHead(tmpl gjson.Result) []byte {
	b := []byte(`{"model":`)
	b = appendJSONString(b, tmpl.Get("model").String())
	b = append(b, `,"created_at":`...)
	b = appendJSONString(b, tmpl.Get("created_at").String())
	return append(b, ',')
}

func ollamaUsage(root gjson.Result) tokenUsage {
	p, c := root.Get("prompt_eval_count").Int(), root.Get("eval_count").Int()
	return tokenUsage{Prompt: p, Completion: c, Total: p + c}
}

// ollamaError renders Ollama's {"error":"…"}. The guardrail's code is an
// extra top-level "code" field; Ollama's clients read "error" only.
func ollamaError(_ int, code, message string) []byte {
	b := []byte(`{"error":`)
	b = appendJSONString(b, message)
	b = append(b, `,"code":`...)
	b = appendJSONString(b, code)
	return append(b, '}')
}
