package caddymodule

import (
	"slices"
	"strconv"
	"strings"

	"github.com/tidwall/gjson"
)

func init() {
	registerDialect(openAIResponses)
}

// openAIResponses is the OpenAI Responses API (/v1/responses), also served
// by Azure OpenAI (/openai/v1/responses).
//
// Streams: text deltas (response.output_text.delta, response.refusal.delta)
// are screened and restored like chat deltas; function call argument deltas
// are restored. The events that repeat a whole text (….done,
// response.content_part.done, response.output_item.done and the response
// object of response.completed) are restored as a whole and not screened
// again: they carry what the deltas carried. Before each ….done event and
// before response.completed the held-back text is released. A blocked
// stream ends with a synthesized response.incomplete event (status
// "incomplete", incomplete_details.reason "content_filter"), so the
// upstream's response.completed never reaches the client.
var openAIResponses = &dialect{
	name:  "openai_responses",
	match: func(p string) bool { return hasSuffixPath(p, "/responses") },
	request: []jsonPath{
		path("instructions"),
		path("input"),
		path("input.*.content"),
		path("input.*.content.*.text"),
		path("input.*.output"),
		path("input.*.output.*.text"),
		path("input.*.arguments"),
		path("input.*.input"),          // custom tool calls
		path("input.*.summary.*.text"), // reasoning summaries sent back as history
		path("prompt.variables.*"),
		path("prompt.variables.*.text"),
	},
	user:      []jsonPath{path("user"), path("safety_identifier")},
	model:     topModel,
	stream:    topStream,
	modelOf:   modelMember,
	streamOf:  streamMember,
	errorBody: openAIError,
	answer: func(root gjson.Result, visit func(answerText)) {
		responsesOutput(root.Get("output"), textContent, textArguments, visit)
	},
	block: func(root gjson.Result, channel, safe string, e *jsonEdits) {
		out, part, _ := strings.Cut(channel, "/")
		oi, err1 := strconv.Atoi(out)
		ci, err2 := strconv.Atoi(part)
		if err1 != nil || err2 != nil {
			return
		}
		p := root.Get("output").Array()
		if oi >= len(p) {
			return
		}
		parts := p[oi].Get("content").Array()
		if ci >= len(parts) {
			return
		}
		if t := parts[ci].Get("text"); t.Exists() {
			e.setStringOnce(t, safe)
		} else if t := parts[ci].Get("refusal"); t.Exists() {
			e.setStringOnce(t, safe)
		}
		if s := root.Get("status"); s.Exists() {
			e.setStringOnce(s, "incomplete")
		}
		if d := root.Get("incomplete_details"); d.Exists() {
			e.setRawOnce(d, `{"reason":"content_filter"}`)
		}
	},
	usage:  responsesUsage,
	format: formatSSE,
	delta: func(ev gjson.Result, visit func(answerText)) {
		switch typ := ev.Get("type").String(); typ {
		case "response.output_text.delta", "response.refusal.delta":
			if v := ev.Get("delta"); v.Type == gjson.String {
				kind := "text"
				if typ == "response.refusal.delta" {
					kind = "refusal"
				}
				visit(answerText{value: v, channel: responsesChannel(kind, ev), kind: textContent})
			}
		case "response.function_call_arguments.delta", "response.custom_tool_call_input.delta":
			if v := ev.Get("delta"); v.Type == gjson.String {
				visit(answerText{value: v, channel: responsesChannel("args", ev), kind: textArguments})
			}
		case "response.output_text.done":
			visitString(ev.Get("text"), visit)
		case "response.refusal.done":
			visitString(ev.Get("refusal"), visit)
		case "response.function_call_arguments.done":
			visitString(ev.Get("arguments"), visit)
		case "response.custom_tool_call_input.done":
			visitString(ev.Get("input"), visit)
		case "response.content_part.added", "response.content_part.done":
			visitString(ev.Get("part.text"), visit)
			visitString(ev.Get("part.refusal"), visit)
		case "response.output_item.added", "response.output_item.done":
			responsesItem(ev.Get("item"), ev.Get("output_index").Raw, textWhole, textWhole, visit)
		default:
			if strings.HasPrefix(typ, "response.") {
				responsesOutput(ev.Get("response.output"), textWhole, textWhole, visit)
			}
		}
	},
	final: func(ev gjson.Result) bool {
		switch ev.Get("type").String() {
		case "response.output_text.done", "response.refusal.done", "response.function_call_arguments.done",
			"response.custom_tool_call_input.done", "response.completed", "response.incomplete", "response.failed":
			return true
		}
		return false
	},
	textEvent: func(tmpl gjson.Result, channel, text string) []byte {
		kind, oi, ci, item := parseResponsesChannel(channel)
		typ := "response.output_text.delta"
		switch kind {
		case "refusal":
			typ = "response.refusal.delta"
		case "args":
			typ = "response.function_call_arguments.delta"
		}
		b := []byte(`{"type":`)
		b = appendJSONString(b, typ)
		b = append(b, `,"sequence_number":`...)
		b = strconv.AppendInt(b, tmpl.Get("sequence_number").Int(), 10)
		b = append(b, `,"item_id":`...)
		b = appendJSONString(b, item)
		b = append(b, `,"output_index":`...)
		b = append(b, oi...)
		if kind != "args" {
			b = append(b, `,"content_index":`...)
			b = append(b, ci...)
		}
		b = append(b, `,"delta":`...)
		b = appendJSONString(b, text)
		if kind == "text" {
			b = append(b, `,"logprobs":[]`...)
		}
		return append(b, '}')
	},
	stopEvents: func(tmpl gjson.Result, _ []string) [][]byte {
		// The response object as far as the template tells it.
		resp := tmpl.Get("response")
		b := []byte(`{"type":"response.incomplete","sequence_number":`)
		b = strconv.AppendInt(b, tmpl.Get("sequence_number").Int()+1, 10)
		b = append(b, `,"response":{"id":`...)
		b = appendJSONString(b, resp.Get("id").String())
		b = append(b, `,"object":"response","created_at":`...)
		b = strconv.AppendInt(b, resp.Get("created_at").Int(), 10)
		b = append(b, `,"model":`...)
		b = appendJSONString(b, resp.Get("model").String())
		b = append(b, `,"status":"incomplete","incomplete_details":{"reason":"content_filter"},"error":null,"output":[]}}`...)
		return [][]byte{b}
	},
	eventName: func(data gjson.Result) string { return data.Get("type").String() },
	media: func(req gjson.Result, visit func(gjson.Result, string)) {
		const drop = `{"type":"input_text","text":"[media removed]"}`
		isMedia := func(p gjson.Result) bool { return slices.Contains(openAIResponsesMediaTypes, p.Get("type").String()) }
		req.Get("input").ForEach(func(_, item gjson.Result) bool {
			for _, f := range []string{"content", "output"} {
				item.Get(f).ForEach(func(_, p gjson.Result) bool {
					if isMedia(p) {
						visit(p, drop)
					}
					return true
				})
			}
			return true
		})
	},
}

// visitString visits v as a whole text when it is a string.
func visitString(v gjson.Result, visit func(answerText)) {
	if v.Type == gjson.String {
		visit(answerText{value: v, kind: textWhole})
	}
}

// responsesOutput visits the texts of a Responses output array: message
// content parts (output_text, refusal) with the channel "{output}/{part}",
// function call arguments with "{output}/fn".
func responsesOutput(output gjson.Result, content, args textKind, visit func(answerText)) {
	oi := 0
	output.ForEach(func(_, item gjson.Result) bool {
		responsesItem(item, strconv.Itoa(oi), content, args, visit)
		oi++
		return true
	})
}

// responsesItem visits the texts of one output item at index out.
func responsesItem(item gjson.Result, out string, content, args textKind, visit func(answerText)) {
	switch item.Get("type").String() {
	case "message":
		ci := 0
		item.Get("content").ForEach(func(_, p gjson.Result) bool {
			ch := out + "/" + strconv.Itoa(ci)
			ci++
			for _, f := range []string{"text", "refusal"} {
				if v := p.Get(f); v.Type == gjson.String {
					visit(answerText{value: v, channel: ch, kind: content})
				}
			}
			return true
		})
	case "function_call":
		if v := item.Get("arguments"); v.Type == gjson.String {
			visit(answerText{value: v, channel: out + "/fn", kind: args})
		}
	case "custom_tool_call":
		if v := item.Get("input"); v.Type == gjson.String {
			visit(answerText{value: v, channel: out + "/fn", kind: args})
		}
	}
}

// responsesChannel names a stream channel "kind:output:content:item_id".
func responsesChannel(kind string, ev gjson.Result) string {
	ci := ev.Get("content_index").Raw
	if ci == "" {
		ci = "0"
	}
	return kind + ":" + ev.Get("output_index").Raw + ":" + ci + ":" + ev.Get("item_id").String()
}

func parseResponsesChannel(ch string) (kind, output, content, item string) {
	parts := strings.SplitN(ch, ":", 4)
	for len(parts) < 4 {
		parts = append(parts, "")
	}
	kind, output, content, item = parts[0], parts[1], parts[2], parts[3]
	if output == "" {
		output = "0"
	}
	if content == "" {
		content = "0"
	}
	return kind, output, content, item
}

func responsesUsage(root gjson.Result) tokenUsage {
	u := root.Get("usage")
	if !u.IsObject() {
		u = root.Get("response.usage")
	}
	if !u.IsObject() {
		return tokenUsage{}
	}
	return tokenUsage{
		Prompt:     u.Get("input_tokens").Int(),
		Completion: u.Get("output_tokens").Int(),
		Total:      u.Get("total_tokens").Int(),
	}
}
