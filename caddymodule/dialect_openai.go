package caddymodule

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/tidwall/gjson"
)

func init() {
	registerDialect(openAIChat)
}

// openAIChat is OpenAI Chat Completions, also served by Azure OpenAI
// (/openai/deployments/{d}/chat/completions), Ollama's and vLLM's
// OpenAI-compatible servers.
var openAIChat = &dialect{
	name:  "openai_chat",
	match: func(p string) bool { return hasSuffixPath(p, "/chat/completions") },
	request: []jsonPath{
		path("messages.*.content"),
		path("messages.*.content.*.text"),
		path("messages.*.name"),
		path("messages.*.tool_calls.*.function.arguments"),
		path("messages.*.function_call.arguments"),
	},
	user:      []jsonPath{path("user"), path("safety_identifier")},
	model:     topModel,
	stream:    topStream,
	modelOf:   modelMember,
	streamOf:  streamMember,
	errorBody: openAIError,
	answer: func(root gjson.Result, visit func(answerText)) {
		openAIChoices(root, "message", visit)
	},
	block: func(root gjson.Result, channel, safe string, e *jsonEdits) {
		choice := openAIChoice(root.Get("choices"), channel)
		if !choice.Exists() {
			return
		}
		if c := choice.Get("message.content"); c.Exists() {
			e.setString(c, safe)
		}
		if fr := choice.Get("finish_reason"); fr.Exists() {
			e.setString(fr, "content_filter")
		}
	},
	usage: openAIUsage,
	wholeAnswer: func(root gjson.Result, visit func(answerText)) tokenUsage {
		// The first of a repeated key wins, as with Get.
		var choices, usage gjson.Result
		root.ForEach(func(k, v gjson.Result) bool {
			switch {
			case k.Str == "choices" && !choices.Exists():
				choices = v
			case k.Str == "usage" && !usage.Exists():
				usage = v
			}
			return !choices.Exists() || !usage.Exists()
		})
		u := openAIUsageIn(usage)
		openAIChoicesIn(choices, "message", visit)
		return u
	},
	format: formatSSE,
	delta: func(ev gjson.Result, visit func(answerText)) {
		openAIChoices(ev, "delta", visit)
	},
	final: openAIFinal,
	textEvent: func(tmpl gjson.Result, channel, text string) []byte {
		choice, tool, isTool := strings.Cut(channel, "/tool/")
		b := openAIChunkHead(tmpl)
		b = append(b, `"choices":[{"index":`...)
		b = append(b, choice...)
		if isTool {
			b = append(b, `,"delta":{"tool_calls":[{"index":`...)
			b = append(b, tool...)
			b = append(b, `,"function":{"arguments":`...)
			b = appendJSONString(b, text)
			b = append(b, `}}]},"finish_reason":null}]}`...)
			return b
		}
		b = append(b, `,"delta":{"content":`...)
		b = appendJSONString(b, text)
		return append(b, `},"finish_reason":null}]}`...)
	},
	stopEvents: func(tmpl gjson.Result, channels []string) [][]byte {
		var evs [][]byte
		for _, ch := range channels {
			if strings.Contains(ch, "/") {
				continue
			}
			b := openAIChunkHead(tmpl)
			b = append(b, `"choices":[{"index":`...)
			b = append(b, ch...)
			// The role makes the chunk valid as a stream's first chunk too
			// (an upstream event that is cut before any was released): the
			// official Node SDK throws on a first chunk without it.
			b = append(b, `,"delta":{"role":"assistant"},"finish_reason":"content_filter"}]}`...)
			evs = append(evs, b)
		}
		return evs
	},
	done: "[DONE]",
}

// openAIFinal reports whether a chunk carries a choice's finish_reason.
func openAIFinal(ev gjson.Result) bool {
	final := false
	ev.Get("choices").ForEach(func(_, c gjson.Result) bool {
		if fr := c.Get("finish_reason"); fr.Exists() && fr.Type != gjson.Null {
			final = true
		}
		return !final
	})
	return final
}

// openAIChunkHead starts a chat.completion.chunk object with the id, created
// and model of the template chunk, up to and including the comma before
// "choices".
func openAIChunkHead(tmpl gjson.Result) []byte {
	b := []byte(`{"id":`)
	b = appendJSONString(b, tmpl.Get("id").String())
	b = append(b, `,"object":"chat.completion.chunk","created":`...)
	b = strconv.AppendInt(b, tmpl.Get("created").Int(), 10)
	b = append(b, `,"model":`...)
	b = appendJSONString(b, tmpl.Get("model").String())
	return append(b, ',')
}

// openAIChoices visits the content and tool-call arguments of every choice;
// field is "message" for whole answers and "delta" for stream chunks.
func openAIChoices(root gjson.Result, field string, visit func(answerText)) {
	openAIChoicesIn(root.Get("choices"), field, visit)
}

// openAIChoicesIn is openAIChoices given the choices array.
func openAIChoicesIn(choices gjson.Result, field string, visit func(answerText)) {
	pos := 0
	choices.ForEach(func(_, c gjson.Result) bool {
		ch := strconv.Itoa(pos)
		pos++
		// One pass over the members of the choice and one over its message
		// instead of a Get per member (each Get scans from the start); the
		// first of a repeated key wins, as with Get.
		var idx, m gjson.Result
		c.ForEach(func(k, v gjson.Result) bool {
			switch {
			case k.Str == "index" && !idx.Exists():
				idx = v
			case k.Str == field && !m.Exists():
				m = v
			}
			return !idx.Exists() || !m.Exists()
		})
		if idx.Type == gjson.Number {
			ch = idx.Raw
		}
		var content, toolCalls, fnCall gjson.Result
		m.ForEach(func(k, v gjson.Result) bool {
			switch {
			case k.Str == "content" && !content.Exists():
				content = v
			case k.Str == "tool_calls" && !toolCalls.Exists():
				toolCalls = v
			case k.Str == "function_call" && !fnCall.Exists():
				fnCall = v
			}
			return true
		})
		if content.Type == gjson.String {
			visit(answerText{value: content, channel: ch, kind: textContent})
		}
		tpos := 0
		toolCalls.ForEach(func(_, tc gjson.Result) bool {
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
		if v := fnCall.Get("arguments"); v.Type == gjson.String {
			visit(answerText{value: v, channel: ch + "/tool/fn", kind: textArguments})
		}
		return true
	})
}

// openAIChoice returns the choice whose index is channel.
func openAIChoice(choices gjson.Result, channel string) gjson.Result {
	var found gjson.Result
	pos := 0
	choices.ForEach(func(_, c gjson.Result) bool {
		idx := strconv.Itoa(pos)
		if i := c.Get("index"); i.Type == gjson.Number {
			idx = i.Raw
		}
		pos++
		if idx == channel {
			found = c
			return false
		}
		return true
	})
	return found
}

func openAIUsage(root gjson.Result) tokenUsage {
	return openAIUsageIn(root.Get("usage"))
}

// openAIUsageIn is openAIUsage given the usage object.
func openAIUsageIn(u gjson.Result) tokenUsage {
	if !u.IsObject() {
		return tokenUsage{}
	}
	// One pass over the members instead of a Get per field (each Get scans
	// from the start); the first of a repeated key wins, as with Get.
	var prompt, completion, total gjson.Result
	u.ForEach(func(k, v gjson.Result) bool {
		switch {
		case k.Str == "prompt_tokens" && !prompt.Exists():
			prompt = v
		case k.Str == "completion_tokens" && !completion.Exists():
			completion = v
		case k.Str == "total_tokens" && !total.Exists():
			total = v
		}
		return !prompt.Exists() || !completion.Exists() || !total.Exists()
	})
	return tokenUsage{Prompt: prompt.Int(), Completion: completion.Int(), Total: total.Int()}
}

// openAIError renders {"error":{"message","type","param","code"}}, the shape
// the official SDKs parse into their APIError types.
func openAIError(status int, code, message string) []byte {
	typ := "invalid_request_error"
	switch {
	case status == http.StatusForbidden:
		typ = "permission_error"
	case status >= 500:
		typ = "server_error"
	}
	b := []byte(`{"error":{"message":`)
	b = appendJSONString(b, message)
	b = append(b, `,"type":`...)
	b = appendJSONString(b, typ)
	b = append(b, `,"param":null,"code":`...)
	b = appendJSONString(b, code)
	return append(b, "}}"...)
}
