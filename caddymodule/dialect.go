package caddymodule

import (
	"net/http"
	"strings"

	"github.com/tidwall/gjson"
)

// textKind says what the guardrail does with one text field of an answer.
type textKind uint8

const (
	// textContent is prose the customer reads: screened, then restored.
	textContent textKind = iota
	// textArguments is a tool call's JSON arguments: restored, not screened.
	textArguments
	// textWhole, in stream events only, is the whole text of an output the
	// stream already carried in deltas (OpenAI Responses' ".done" events and
	// response.completed, a Gemini function call's arguments): restored as a
	// whole, neither screened again nor fed to a channel.
	textWhole
)

// answerText is one text field of an answer (whole or one stream event).
type answerText struct {
	value   gjson.Result // the JSON string value, with its offset
	channel string       // which output it belongs to, e.g. "0" for choice 0
	kind    textKind
}

// streamFormat is how a dialect frames a streamed answer.
type streamFormat uint8

const (
	formatSSE streamFormat = iota
	formatNDJSON
)

// dialect describes one LLM API: where the text is in requests and answers,
// how it streams, and how it reports errors. Dialects are plain data plus a
// few functions, defined once at init.
type dialect struct {
	name string
	// match reports whether a request path belongs to this dialect.
	match func(path string) bool
	// request lists the request fields whose text is redacted.
	request []jsonPath
	// user lists request fields holding an end-user id, replaced by a keyed hash.
	user []jsonPath
	// model and stream read the request's model name and streaming flag.
	model  func(req gjson.Result, r *http.Request) string
	stream func(req gjson.Result, r *http.Request) bool
	// modelOf and streamOf, when both are set, are model and stream as
	// functions of the values of the body's first top-level "model" and
	// "stream" members alone (a zero Result for one that is absent);
	// model and stream must then be built from them (requesttop.go).
	modelOf  func(v gjson.Result) string
	streamOf func(v gjson.Result) bool
	// errorBody renders an error in the API's own shape.
	errorBody func(status int, code, message string) []byte

	// answer visits the text fields of a whole (non-streamed) answer.
	answer func(root gjson.Result, visit func(answerText))
	// block replaces the content of channel in a whole answer by safe and
	// sets the dialect's "filtered" stop reason.
	block func(root gjson.Result, channel, safe string, e *jsonEdits)
	// usage reads token counts from an answer or a stream event.
	usage func(root gjson.Result) tokenUsage
	// wholeAnswer, if set, does what usage and then answer do for a whole
	// answer, in one pass over the answer's members (each of usage's and
	// answer's Gets scans the answer from its start).
	wholeAnswer func(root gjson.Result, visit func(answerText)) tokenUsage
	// wholeFast, if set, reads a whole answer of the common shape as
	// wholeAnswer does, without gjson, and checks as it reads that the
	// answer is JSON (it never accepts one validJSON rejects); the texts
	// are appended to texts. It reports false, having appended nothing,
	// for an answer that validJSON and wholeAnswer must read.
	wholeFast func(body string, texts []answerText) ([]answerText, tokenUsage, bool)

	// Streams.
	format streamFormat
	// delta visits the text fields of one stream event.
	delta func(ev gjson.Result, visit func(answerText))
	// final reports whether the event ends the answer (carries a stop
	// reason): held-back text is finished inside that event (its channels)
	// or in events written before it (other channels).
	final func(ev gjson.Result) bool
	// textEvent makes an event that carries text for channel, shaped like
	// the template event tmpl.
	textEvent func(tmpl gjson.Result, channel, text string) []byte
	// stopEvents makes the events that end a stream the guardrail cut.
	stopEvents func(tmpl gjson.Result, channels []string) [][]byte
	// done is the stream's terminal data line, if the API has one.
	done string
	// eventName, if set, names the SSE event of a synthesized event from its
	// data, for APIs whose clients dispatch on "event:" lines (Anthropic,
	// OpenAI Responses). Nil: synthesized events carry data only.
	eventName func(data gjson.Result) string

	// media, if set, visits the image, audio and file parts of a request,
	// which the guardrail cannot inspect, each with the raw JSON that
	// replaces it under `media drop`.
	media func(req gjson.Result, visit func(part gjson.Result, drop string))
	// mediaMarks are the JSON strings (quotes included) of the names media
	// looks for, so that a body without any of them skips the walk (see
	// mayHaveMedia). Nil: always walk.
	mediaMarks []string
	// markStart holds the first byte after the quote of each mark, so
	// that mayHaveMedia compares the marks only after a quote that one
	// of them can start with.
	markStart [256]bool
}

// tokenUsage is the token counts an API reports.
type tokenUsage struct {
	Prompt, Completion, Total int64
}

func (u tokenUsage) isZero() bool { return u == tokenUsage{} }

// dialects, in match order.
var dialects []*dialect

func registerDialect(d *dialect) { dialects = append(dialects, d) }

// dialectByName returns the dialect called name, or nil.
func dialectByName(name string) *dialect {
	for _, d := range dialects {
		if d.name == name {
			return d
		}
	}
	return nil
}

// detectDialect returns the dialect whose paths match, or nil.
func detectDialect(path string) *dialect {
	for _, d := range dialects {
		if d.match(path) {
			return d
		}
	}
	return nil
}

// hasSuffixPath reports whether p ends with the path suffix s at a segment boundary.
func hasSuffixPath(p, s string) bool {
	p = strings.TrimSuffix(p, "/")
	return p == s || strings.HasSuffix(p, s) && (s[0] == '/' || p[len(p)-len(s)-1] == '/')
}

// setStringOnce is setString for a value several channels may edit (a
// top-level stop reason): the second edit of the same value is dropped, so
// edits never overlap.
func (e *jsonEdits) setStringOnce(v gjson.Result, s string) bool {
	if e.has(v) {
		return true
	}
	return e.setString(v, s)
}

// setRawOnce is setRaw, once per value.
func (e *jsonEdits) setRawOnce(v gjson.Result, raw string) bool {
	if e.has(v) {
		return true
	}
	return e.setRaw(v, raw)
}

func (e jsonEdits) has(v gjson.Result) bool {
	for _, ed := range e {
		if ed.start == v.Index {
			return true
		}
	}
	return false
}

// stringPaths parses field paths.
func stringPaths(s ...string) []jsonPath {
	ps := make([]jsonPath, len(s))
	for i, p := range s {
		ps[i] = path(p)
	}
	return ps
}
