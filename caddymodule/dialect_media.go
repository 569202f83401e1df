package caddymodule

import (
	"bytes"
	"net/http"
	"slices"
	"unsafe"

	"github.com/tidwall/gjson"
)

// What the guardrail does with image, audio and file parts of a request,
// which it cannot inspect for personal data (Guardrail.Media).
const (
	mediaPass   = "pass"   // forwarded unchanged; the record says so
	mediaDrop   = "drop"   // replaced by a text part "[media removed]"
	mediaReject = "reject" // the request is refused with unsupported_content
)

// The media outcomes an exchange record carries.
const (
	mediaPassed   = "passed"
	mediaDropped  = "dropped"
	mediaRejected = "rejected"
)

// The names a dialect's media walk looks for: the "type" values of media
// parts, or the keys that hold media. Each dialect's media function tests
// exactly these, and mediaMarks is built from them, so the two cannot
// drift apart.
var (
	openAIChatMediaTypes      = []string{"image_url", "input_audio", "file", "input_image", "input_file"}
	openAIResponsesMediaTypes = []string{"input_image", "input_file", "input_audio"}
	anthropicMediaTypes       = []string{"image", "document", "container_upload"}
	geminiMediaKeys           = []string{"inlineData", "fileData"}
	ollamaMediaKeys           = []string{"images"}
)

func init() {
	openAIChat.media = openAIChatMedia
	openAIChat.setMediaMarks(openAIChatMediaTypes)
	openAIResponses.setMediaMarks(openAIResponsesMediaTypes)
	anthropicMessages.setMediaMarks(anthropicMediaTypes)
	var gk []string
	for _, k := range geminiMediaKeys {
		gk = append(gk, k, geminiAliases[k])
	}
	gemini.setMediaMarks(gk)
	ollamaChat.setMediaMarks(ollamaMediaKeys)
	ollamaGenerate.setMediaMarks(ollamaMediaKeys)
}

// setMediaMarks sets d's mediaMarks to the names as JSON strings,
// `"name"`, and their start bytes.
func (d *dialect) setMediaMarks(names []string) {
	d.mediaMarks = make([]string, len(names))
	for i, n := range names {
		d.mediaMarks[i] = `"` + n + `"`
		d.markStart[n[0]] = true // names are not empty
	}
}

// mayHaveMedia reports whether body can hold a part that d's media walk
// finds. It is false only when none of d.mediaMarks occurs in body and
// body has no \u escape: a JSON string (key or value) equal to a mark is
// then spelled exactly as the mark, quotes included, because no other
// escape yields a letter, a digit or '_'. A false positive only costs the
// walk; a false negative cannot happen, so no part is missed.
func mayHaveMedia(d *dialect, body []byte) bool {
	if d.mediaMarks == nil || bytes.Contains(body, []byte(`\u`)) {
		return true
	}
	// Every mark starts with a quote, and quotes are few in a JSON body
	// of long texts: test the marks at each one (one bytes.Contains per
	// mark costs several times more).
	for i := 0; ; i++ {
		j := bytes.IndexByte(body[i:], '"')
		if j < 0 {
			return false
		}
		if i += j; i+1 < len(body) && !d.markStart[body[i+1]] {
			continue
		}
		for _, m := range d.mediaMarks {
			if len(body)-i >= len(m) && string(body[i+1:i+len(m)]) == m[1:] {
				return true
			}
		}
	}
}

// openAIChatMedia visits OpenAI chat content parts that are not text:
// image_url, input_audio and file.
func openAIChatMedia(req gjson.Result, visit func(gjson.Result, string)) {
	const drop = `{"type":"text","text":"[media removed]"}`
	req.Get("messages").ForEach(func(_, m gjson.Result) bool {
		m.Get("content").ForEach(func(_, p gjson.Result) bool {
			if p.IsObject() && slices.Contains(openAIChatMediaTypes, p.Get("type").String()) {
				visit(p, drop)
			}
			return true
		})
		return true
	})
}

// applyMedia finds the media parts of a request body for dialect d and
// passes, drops or rejects them as configured (mode), noting what it did in
// the exchange record. It returns the body to redact next.
func applyMedia(d *dialect, mode string, body []byte, x *exchangeState) ([]byte, *apiError) {
	if d == nil || d.media == nil || !mayHaveMedia(d, body) {
		return body, nil
	}
	return walkMedia(d, mode, body, x)
}

// walkMedia is applyMedia for a body that may hold media parts (mayHaveMedia,
// or checkJSONMedia).
func walkMedia(d *dialect, mode string, body []byte, x *exchangeState) ([]byte, *apiError) {
	if d == nil || d.media == nil {
		return body, nil
	}
	var edits jsonEdits
	n, ok := 0, true
	// A read-only view of body, not a copy: body is not changed while the
	// parts are visited, and nothing of them is kept but their offsets.
	view := unsafe.String(unsafe.SliceData(body), len(body))
	d.media(gjson.Parse(view), func(part gjson.Result, drop string) {
		n++
		if mode == mediaDrop {
			ok = edits.setRaw(part, drop) && ok
		}
	})
	if n == 0 {
		return body, nil
	}
	switch mode {
	case mediaPass:
		x.media = mediaPassed
		return body, nil
	case mediaDrop:
		if !ok {
			return nil, errorf(http.StatusBadRequest, "invalid_json", "request body could not be inspected")
		}
		x.media = mediaDropped
		return edits.apply(body), nil
	}
	x.media = mediaRejected
	return nil, errorf(http.StatusBadRequest, "unsupported_content",
		"the request has %d image, audio or file part(s), which the guardrail cannot inspect for personal data; send text only, or ask the operator to set `media pass` or `media drop`", n)
}
