package caddymodule

import (
	"net/http"
	"strconv"

	"github.com/tidwall/gjson"
)

func init() {
	registerDialect(openAICompletions)
	registerDialect(openAIEmbeddings)
}

// openAICompletions is OpenAI's legacy Completions API (/v1/completions),
// still served by Azure OpenAI, vLLM and Ollama's OpenAI-compatible API.
var openAICompletions = &dialect{
	name: "openai_completions",
	match: func(p string) bool {
		return hasSuffixPath(p, "/completions") && !hasSuffixPath(p, "/chat/completions")
	},
	request:   stringPaths("prompt", "prompt.*", "suffix"),
	user:      stringPaths("user"),
	model:     topModel,
	stream:    topStream,
	modelOf:   modelMember,
	streamOf:  streamMember,
	errorBody: openAIError,
	answer:    completionsChoices,
	block: func(root gjson.Result, channel, safe string, e *jsonEdits) {
		choice := openAIChoice(root.Get("choices"), channel)
		if t := choice.Get("text"); t.Exists() {
			e.setStringOnce(t, safe)
		}
		if fr := choice.Get("finish_reason"); fr.Exists() {
			e.setStringOnce(fr, "content_filter")
		}
	},
	usage:  openAIUsage,
	format: formatSSE,
	delta:  completionsChoices,
	final:  openAIFinal,
	textEvent: func(tmpl gjson.Result, channel, text string) []byte {
		b := completionsChunkHead(tmpl)
		b = append(b, `"choices":[{"index":`...)
		b = append(b, channel...)
		b = append(b, `,"text":`...)
		b = appendJSONString(b, text)
		return append(b, `,"logprobs":null,"finish_reason":null}]}`...)
	},
	stopEvents: func(tmpl gjson.Result, channels []string) [][]byte {
		evs := make([][]byte, 0, len(channels))
		for _, ch := range channels {
			b := completionsChunkHead(tmpl)
			b = append(b, `"choices":[{"index":`...)
			b = append(b, ch...)
			b = append(b, `,"text":"","logprobs":null,"finish_reason":"content_filter"}]}`...)
			evs = append(evs, b)
		}
		return evs
	},
	done: "[DONE]",
}

// completionsChoices visits choices[].text, channel = the choice's index.
func completionsChoices(root gjson.Result, visit func(answerText)) {
	pos := 0
	root.Get("choices").ForEach(func(_, c gjson.Result) bool {
		ch := strconv.Itoa(pos)
		if i := c.Get("index"); i.Type == gjson.Number {
			ch = i.Raw
		}
		pos++
		if v := c.Get("text"); v.Type == gjson.String {
			visit(answerText{value: v, channel: ch, kind: textContent})
		}
		return true
	})
}

func completionsChunkHead(tmpl gjson.Result) []byte {
	b := []byte(`{"id":`)
	b = appendJSONString(b, tmpl.Get("id").String())
	b = append(b, `,"object":"text_completion","created":`...)
	b = strconv.AppendInt(b, tmpl.Get("created").Int(), 10)
	b = append(b, `,"model":`...)
	b = appendJSONString(b, tmpl.Get("model").String())
	return append(b, ',')
}

// openAIEmbeddings is OpenAI's Embeddings API (/v1/embeddings). An
// embedding of a raw e-mail address is still personal data, so the input
// is redacted like a prompt. Token-array inputs (arrays of numbers) cannot
// be read and pass as they are. The answer is vectors: passed through.
var openAIEmbeddings = &dialect{
	name: "openai_embeddings",
	match: func(p string) bool {
		return hasSuffixPath(p, "/embeddings") && !hasSuffixPath(p, "/api/embeddings")
	},
	request:   stringPaths("input", "input.*"),
	user:      stringPaths("user"),
	model:     topModel,
	stream:    func(gjson.Result, *http.Request) bool { return false },
	modelOf:   modelMember,
	streamOf:  func(gjson.Result) bool { return false },
	errorBody: openAIError,
	usage:     openAIUsage,
	format:    formatSSE,
}

// Embedding dialects have no text in answers: their answer functions are
// no-ops, filled in here so every dialect's functions are non-nil.
func init() {
	for _, d := range []*dialect{openAIEmbeddings, ollamaEmbed} {
		d.answer = func(gjson.Result, func(answerText)) {}
		d.block = func(gjson.Result, string, string, *jsonEdits) {}
		d.delta = func(gjson.Result, func(answerText)) {}
		d.final = func(gjson.Result) bool { return false }
		d.textEvent = func(gjson.Result, string, string) []byte { return nil }
		d.stopEvents = func(gjson.Result, []string) [][]byte { return nil }
	}
}
