package caddymodule

import (
	"net/http"
	"slices"
	"strconv"
	"strings"

	"github.com/tidwall/gjson"
)

func init() {
	registerDialect(anthropicMessages)
}

// anthropicMessages is Anthropic's Messages API (/v1/messages and
// /v1/messages/count_tokens). The x-api-key and anthropic-version headers
// pass through untouched.
//
// A blocked answer gets the stop reason "refusal" (Anthropic's own reason
// for a declined answer); a blocked stream ends with content_block_stop,
// message_delta (stop_reason "refusal") and message_stop, so the SDKs'
// accumulators finish cleanly.
var anthropicMessages = &dialect{
	name: "anthropic_messages",
	match: func(p string) bool {
		return hasSuffixPath(p, "/v1/messages") || hasSuffixPath(p, "/v1/messages/count_tokens")
	},
	request: stringPaths(
		"system",
		"system.*.text",
		"messages.*.content",
		"messages.*.content.*.text",
		"messages.*.content.*.input.**", // tool_use: every string of the input object
		"messages.*.content.*.content",  // tool_result as a string
		"messages.*.content.*.content.*.text",
	),
	user:      stringPaths("metadata.user_id"),
	model:     topModel,
	stream:    topStream,
	modelOf:   modelMember,
	streamOf:  streamMember,
	errorBody: anthropicError,
	answer: func(root gjson.Result, visit func(answerText)) {
		i := 0
		root.Get("content").ForEach(func(_, b gjson.Result) bool {
			ch := strconv.Itoa(i)
			i++
			switch b.Get("type").String() {
			case "text":
				if v := b.Get("text"); v.Type == gjson.String {
					visit(answerText{value: v, channel: ch, kind: textContent})
				}
			case "tool_use", "server_tool_use":
				walkDeep(b.Get("input"), func(v gjson.Result) {
					visit(answerText{value: v, channel: ch + "/tool", kind: textArguments})
				})
			}
			return true
		})
	},
	block: func(root gjson.Result, channel, safe string, e *jsonEdits) {
		i, err := strconv.Atoi(channel)
		if err != nil {
			return
		}
		blocks := root.Get("content").Array()
		if i >= len(blocks) {
			return
		}
		if t := blocks[i].Get("text"); t.Exists() {
			e.setStringOnce(t, safe)
		}
		if sr := root.Get("stop_reason"); sr.Exists() {
			e.setStringOnce(sr, "refusal")
		}
	},
	usage:  anthropicUsage,
	format: formatSSE,
	delta: func(ev gjson.Result, visit func(answerText)) {
		switch ev.Get("type").String() {
		case "content_block_delta":
			ch := ev.Get("index").Raw
			d := ev.Get("delta")
			switch d.Get("type").String() {
			case "text_delta":
				if v := d.Get("text"); v.Type == gjson.String {
					visit(answerText{value: v, channel: ch, kind: textContent})
				}
			case "input_json_delta":
				if v := d.Get("partial_json"); v.Type == gjson.String {
					visit(answerText{value: v, channel: ch + "/tool", kind: textArguments})
				}
			}
		case "content_block_start":
			// Usually empty; a non-empty start text is a whole text.
			visitString(ev.Get("content_block.text"), visit)
		}
	},
	final: func(ev gjson.Result) bool {
		switch ev.Get("type").String() {
		case "content_block_stop", "message_delta", "message_stop":
			return true
		}
		return false
	},
	textEvent: func(_ gjson.Result, channel, text string) []byte {
		idx, tool := strings.CutSuffix(channel, "/tool")
		b := []byte(`{"type":"content_block_delta","index":`)
		b = append(b, idx...)
		if tool {
			b = append(b, `,"delta":{"type":"input_json_delta","partial_json":`...)
		} else {
			b = append(b, `,"delta":{"type":"text_delta","text":`...)
		}
		b = appendJSONString(b, text)
		return append(b, "}}"...)
	},
	stopEvents: func(_ gjson.Result, channels []string) [][]byte {
		// Close the open (last) text block, then end the message.
		last := -1
		for _, ch := range channels {
			if i, err := strconv.Atoi(ch); err == nil && i > last {
				last = i
			}
		}
		var evs [][]byte
		if last >= 0 {
			evs = append(evs, strconv.AppendInt([]byte(`{"type":"content_block_stop","index":`), int64(last), 10))
			evs[0] = append(evs[0], '}')
		}
		return append(evs,
			[]byte(`{"type":"message_delta","delta":{"stop_reason":"refusal","stop_sequence":null},"usage":{"output_tokens":0}}`),
			[]byte(`{"type":"message_stop"}`))
	},
	eventName: func(data gjson.Result) string { return data.Get("type").String() },
	media: func(req gjson.Result, visit func(gjson.Result, string)) {
		const drop = `{"type":"text","text":"[media removed]"}`
		isMedia := func(b gjson.Result) bool { return slices.Contains(anthropicMediaTypes, b.Get("type").String()) }
		req.Get("messages").ForEach(func(_, m gjson.Result) bool {
			m.Get("content").ForEach(func(_, b gjson.Result) bool {
				if isMedia(b) {
					visit(b, drop)
					return true
				}
				b.Get("content").ForEach(func(_, c gjson.Result) bool {
					if isMedia(c) {
						visit(c, drop)
					}
					return true
				})
				return true
			})
			return true
		})
	},
}

func anthropicUsage(root gjson.Result) tokenUsage {
	u := root.Get("usage")
	if !u.IsObject() {
		u = root.Get("message.usage")
	}
	if !u.IsObject() {
		return tokenUsage{}
	}
	in, out := u.Get("input_tokens").Int(), u.Get("output_tokens").Int()
	return tokenUsage{Prompt: in, Completion: out, Total: in + out}
}

// anthropicError renders {"type":"error","error":{"type","message"}}, the
// shape the official SDKs parse into their typed errors (a 403 becomes a
// PermissionDeniedError). The guardrail's machine-readable code goes in
// error.details.error_code, where Anthropic puts its own stable codes (the
// Go SDK's Error.ErrorCode() returns it).
func anthropicError(status int, code, message string) []byte {
	typ := "invalid_request_error"
	switch status {
	case http.StatusUnauthorized:
		typ = "authentication_error"
	case http.StatusForbidden:
		typ = "permission_error"
	case http.StatusNotFound:
		typ = "not_found_error"
	case http.StatusRequestEntityTooLarge:
		typ = "request_too_large"
	case http.StatusTooManyRequests:
		typ = "rate_limit_error"
	case http.StatusServiceUnavailable, 529:
		typ = "overloaded_error"
	default:
		if status >= 500 {
			typ = "api_error"
		}
	}
	b := []byte(`{"type":"error","error":{"type":`)
	b = appendJSONString(b, typ)
	b = append(b, `,"message":`...)
	b = appendJSONString(b, message)
	b = append(b, `,"details":{"error_code":`...)
	b = appendJSONString(b, code)
	return append(b, "}}}"...)
}
