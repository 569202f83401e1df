package caddymodule

import (
	"net/http"

	"github.com/tidwall/gjson"
)

// Most dialects read the request's model name and stream flag from the
// body's first top-level "model" and "stream" members alone. They say so
// with modelOf and streamOf, functions of those members' values, and build
// their model and stream from them (topModel, topStream), so that both
// readings are one definition. The handler then gives modelOf and streamOf
// the value tokens the request scan noted, each parsed on its own: no
// object is built or searched (requestRoot and two gjson Gets cost ~1.3k
// instructions per request, the tokens' parses ~0.1k).

// modelMember is a dialect's modelOf for a model that is the "model"
// member's string, as gjson's String gives it.
func modelMember(v gjson.Result) string { return v.String() }

// streamMember is a dialect's streamOf for a flag that is the "stream"
// member's value as gjson's Bool reads it (false when absent).
func streamMember(v gjson.Result) bool { return v.Bool() }

// ollamaStreamMember is Ollama's streamOf: its "stream" flag defaults to
// true when absent or null.
func ollamaStreamMember(v gjson.Result) bool {
	return !v.Exists() || v.Type == gjson.Null || v.Bool()
}

// topModel is model for a dialect whose modelOf is modelMember.
func topModel(req gjson.Result, _ *http.Request) string { return modelMember(req.Get("model")) }

// topStream is stream for a dialect whose streamOf is streamMember.
func topStream(req gjson.Result, _ *http.Request) bool { return streamMember(req.Get("stream")) }

// ollamaStream reads Ollama's "stream" flag, which defaults to true.
func ollamaStream(req gjson.Result, _ *http.Request) bool {
	return ollamaStreamMember(req.Get("stream"))
}

// result returns the member's value as gjson's Get finds it for the
// member's name (a zero Result when not found). The member must not be
// nested: the scan does not delimit an object or an array value.
func (m topMember) result(text string) gjson.Result {
	if !m.found {
		return gjson.Result{}
	}
	return parseToken(text[m.start:m.end])
}

// parseToken is gjson.Parse of one JSON value token of a valid body. The
// usual tokens, a string without escapes or control characters (which
// plainString reads to its end) and the literals true and false, are
// built as Parse builds them (TestParseToken), without its scan and copy:
// a request's model name and stream flag are such tokens.
func parseToken(tok string) gjson.Result {
	switch {
	case tok == "true":
		return gjson.Result{Type: gjson.True, Raw: tok}
	case tok == "false":
		return gjson.Result{Type: gjson.False, Raw: tok}
	case len(tok) >= 2 && tok[0] == '"' && plainString(tok, 0) == len(tok):
		return gjson.Result{Type: gjson.String, Raw: tok, Str: tok[1 : len(tok)-1]}
	}
	return gjson.Parse(tok)
}

// readModelStream returns the request's model name and stream flag for
// dialect d: from the top members the scan noted (scanned; top is then
// sc.top) when d reads only them and neither is nested, else through d's
// model and stream on requestRoot's object or, when the scan failed, on
// the whole body text.
func (x *exchangeState) readModelStream(d *dialect, r *http.Request, text string, top *[2]topMember, scanned bool) (string, bool) {
	if scanned && d.modelOf != nil && d.streamOf != nil && !top[0].nested && !top[1].nested {
		return d.modelOf(top[0].result(text)), d.streamOf(top[1].result(text))
	}
	var root gjson.Result
	if scanned {
		root = x.requestRoot(text, top)
	} else {
		root = gjson.Parse(text) // the whole body: the scan failed
	}
	return d.model(root, r), d.stream(root, r)
}
