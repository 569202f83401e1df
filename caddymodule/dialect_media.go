package caddymodule

import (
	"net/http"
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

func init() {
	openAIChat.media = openAIChatMedia
}

// openAIChatMedia visits OpenAI chat content parts that are not text:
// image_url, input_audio and file.
func openAIChatMedia(req gjson.Result, visit func(gjson.Result, string)) {
	const drop = `{"type":"text","text":"[media removed]"}`
	req.Get("messages").ForEach(func(_, m gjson.Result) bool {
		m.Get("content").ForEach(func(_, p gjson.Result) bool {
			if !p.IsObject() {
				return true
			}
			switch p.Get("type").String() {
			case "image_url", "input_audio", "file", "input_image", "input_file":
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
