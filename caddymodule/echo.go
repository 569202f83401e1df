package caddymodule

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/caddyserver/caddy/v2"
	"github.com/caddyserver/caddy/v2/caddyconfig/caddyfile"
	"github.com/caddyserver/caddy/v2/caddyconfig/httpcaddyfile"
	"github.com/caddyserver/caddy/v2/modules/caddyhttp"
	"github.com/tidwall/gjson"
)

func init() {
	caddy.RegisterModule(Echo{})
	httpcaddyfile.RegisterHandlerDirective("guardrail_echo", func(h httpcaddyfile.Helper) (caddyhttp.MiddlewareHandler, error) {
		e := new(Echo)
		err := e.UnmarshalCaddyfile(h.Dispenser)
		return e, err
	})
	httpcaddyfile.RegisterDirectiveOrder("guardrail_echo", httpcaddyfile.Before, "respond")
}

// Echo is the demo echo model: it answers with the text of the last user
// message it received ("Echo: …"), whole or streamed, so a newcomer sees
// exactly what reached the model. It speaks every dialect the guardrail
// knows, chosen by the request path: OpenAI chat, Responses, completions
// and embeddings, Anthropic messages, Gemini, Ollama chat, generate and
// embed. It
// is a terminal handler meant for demos and tests, never for production.
type Echo struct {
	// The number of bytes per streamed chunk. Default: 8.
	ChunkSize int `json:"chunk_size,omitempty"`

	// The pause between streamed chunks. Default: 0.
	ChunkDelay caddy.Duration `json:"chunk_delay,omitempty"`
}

// CaddyModule returns the Caddy module information.
func (Echo) CaddyModule() caddy.ModuleInfo {
	return caddy.ModuleInfo{
		ID:  "http.handlers.guardrail_echo",
		New: func() caddy.Module { return new(Echo) },
	}
}

// Provision sets defaults.
func (e *Echo) Provision(caddy.Context) error {
	if e.ChunkSize <= 0 {
		e.ChunkSize = 8
	}
	return nil
}

// UnmarshalCaddyfile parses:
//
//	guardrail_echo {
//		chunk_size  <bytes>
//		chunk_delay <duration>
//	}
func (e *Echo) UnmarshalCaddyfile(d *caddyfile.Dispenser) error {
	d.Next()
	if d.NextArg() {
		return d.ArgErr()
	}
	for nesting := d.Nesting(); d.NextBlock(nesting); {
		switch d.Val() {
		case "chunk_size":
			if !d.NextArg() {
				return d.ArgErr()
			}
			var n int
			if _, err := fmt.Sscan(d.Val(), &n); err != nil || n <= 0 {
				return d.Errf("chunk_size must be a positive number, not %q", d.Val())
			}
			e.ChunkSize = n
		case "chunk_delay":
			if !d.NextArg() {
				return d.ArgErr()
			}
			dur, err := caddy.ParseDuration(d.Val())
			if err != nil {
				return d.Errf("chunk_delay: %v", err)
			}
			e.ChunkDelay = caddy.Duration(dur)
		default:
			return d.Errf("unrecognized guardrail_echo option %q", d.Val())
		}
		if d.NextArg() {
			return d.ArgErr()
		}
	}
	return nil
}

// ServeHTTP answers a chat completion request.
func (e *Echo) ServeHTTP(w http.ResponseWriter, r *http.Request, _ caddyhttp.Handler) error {
	if r.Method == http.MethodGet && strings.HasSuffix(r.URL.Path, "/models") {
		w.Header().Set("Content-Type", "application/json")
		_, err := io.WriteString(w, `{"object":"list","data":[{"id":"echo","object":"model","created":0,"owned_by":"guardrail"}]}`)
		return err
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, 64<<20))
	if err != nil {
		return caddyhttp.Error(http.StatusBadRequest, err)
	}
	if !gjson.ValidBytes(body) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusBadRequest)
		_, err := w.Write(openAIError(http.StatusBadRequest, "invalid_json", "the echo model got a body that is not JSON"))
		return err
	}
	req := gjson.ParseBytes(body)
	if ok, err := e.echoDialect(detectDialect(r.URL.Path), w, r, req); ok {
		return err
	}
	model := req.Get("model").String()
	if model == "" {
		model = "echo"
	}
	text := "Echo: " + lastUserText(req)
	id := fmt.Sprintf("chatcmpl-echo%d", time.Now().UnixNano())
	created := time.Now().Unix()
	prompt, completion := int64(len(body)/4), int64(len(text)/4)
	if !req.Get("stream").Bool() {
		resp := map[string]any{
			"id": id, "object": "chat.completion", "created": created, "model": model,
			"choices": []any{map[string]any{
				"index":         0,
				"message":       map[string]any{"role": "assistant", "content": text},
				"finish_reason": "stop",
			}},
			"usage": map[string]any{"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion},
		}
		w.Header().Set("Content-Type", "application/json")
		return json.NewEncoder(w).Encode(resp)
	}
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-cache")
	w.WriteHeader(http.StatusOK)
	rc := http.NewResponseController(w)
	chunk := func(delta map[string]any, finish any, usage any) error {
		c := map[string]any{
			"id": id, "object": "chat.completion.chunk", "created": created, "model": model,
			"choices": []any{map[string]any{"index": 0, "delta": delta, "finish_reason": finish}},
		}
		if usage != nil {
			c["usage"] = usage
		}
		b, err := json.Marshal(c)
		if err != nil {
			return err
		}
		if _, err := fmt.Fprintf(w, "data: %s\n\n", b); err != nil {
			return err
		}
		if err := rc.Flush(); err != nil {
			return err
		}
		if e.ChunkDelay > 0 {
			select {
			case <-time.After(time.Duration(e.ChunkDelay)):
			case <-r.Context().Done():
				return r.Context().Err()
			}
		}
		return nil
	}
	if err := chunk(map[string]any{"role": "assistant", "content": ""}, nil, nil); err != nil {
		return err
	}
	for _, piece := range splitText(text, e.ChunkSize) {
		if err := chunk(map[string]any{"content": piece}, nil, nil); err != nil {
			return err
		}
	}
	var usage any
	if req.Get("stream_options.include_usage").Bool() {
		usage = map[string]any{"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}
	}
	if err := chunk(map[string]any{}, "stop", usage); err != nil {
		return err
	}
	_, err = io.WriteString(w, "data: [DONE]\n\n")
	return err
}

// lastUserText returns the text of the last user message.
func lastUserText(req gjson.Result) string {
	msgs := req.Get("messages").Array()
	for i := len(msgs) - 1; i >= 0; i-- {
		m := msgs[i]
		if m.Get("role").String() != "user" {
			continue
		}
		c := m.Get("content")
		if c.Type == gjson.String {
			return c.String()
		}
		var parts []string
		c.ForEach(func(_, p gjson.Result) bool {
			if t := p.Get("text"); t.Type == gjson.String {
				parts = append(parts, t.String())
			}
			return true
		})
		return strings.Join(parts, " ")
	}
	return ""
}

// splitText cuts s into pieces of about n bytes, on UTF-8 boundaries.
func splitText(s string, n int) []string {
	var out []string
	for len(s) > n {
		i := n
		for i < len(s) && !utf8RuneStart(s[i]) {
			i++
		}
		out = append(out, s[:i])
		s = s[i:]
	}
	if s != "" {
		out = append(out, s)
	}
	return out
}

func utf8RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// Interface guards
var (
	_ caddy.Provisioner           = (*Echo)(nil)
	_ caddyhttp.MiddlewareHandler = (*Echo)(nil)
	_ caddyfile.Unmarshaler       = (*Echo)(nil)
)
