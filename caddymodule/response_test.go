package caddymodule

import (
	"mime"
	"testing"
)

func TestMediaTypeMatchesParseMediaType(t *testing.T) {
	for _, v := range []string{
		"", "application/json", "Application/JSON", " application/json ", "application/json; charset=utf-8",
		"application/json;charset=utf-8;", "text/event-stream", "text/event-stream; charset=utf-8",
		"text/event-stream; a=1; a=2", "text/event-stream; a=1; a=1", "text/event-stream;=", "text/event-stream; bad",
		"text", "text/", "/json", "a/b/c", "text/event stream", "text /plain", "application/x-ndjson",
		"application/jsonl; q=\"a;b\"", "application/jsonl; q=\"a;b\"; q=c", "tëxt/plain", "TEXT/ÉVENT",
		"text/plain\x00", "text/plain\t", "application/json;", ";", "(a)/b", "a/b@c", "a/{b}",
	} {
		want, _, _ := mime.ParseMediaType(v)
		if got := mediaType(v); got != want {
			t.Errorf("mediaType(%q) = %q, want %q as mime.ParseMediaType", v, got, want)
		}
	}
}

func FuzzMediaTypeMatchesParseMediaType(f *testing.F) {
	f.Add("application/json; charset=utf-8")
	f.Add("text/event-stream; a=1; a=2")
	f.Fuzz(func(t *testing.T, v string) {
		want, _, _ := mime.ParseMediaType(v)
		if got := mediaType(v); got != want {
			t.Errorf("mediaType(%q) = %q, want %q", v, got, want)
		}
	})
}
