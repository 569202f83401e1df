package caddymodule

import (
	"mime"
	"net/http"
	"strings"
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

// TestWholeAnswerValidity checks that a whole answer is read as JSON exactly
// as gjson.Valid reads it, also nested deeper than validJSON goes: a valid
// deep answer is forwarded, an invalid one fails closed.
func TestWholeAnswerValidity(t *testing.T) {
	g := newTestGuardrail(t, nil)
	deep := strings.Repeat("[", 200) + strings.Repeat("]", 200)
	msg := `{"role":"assistant","content":"Fresh trails ahead."}`
	tests := []struct {
		name, answer string
		status       int
	}{
		{"flat", `{"choices":[{"index":0,"message":` + msg + `}]}`, http.StatusOK},
		{"nested 200 deep", `{"choices":[{"index":0,"message":` + msg + `}],"x":` + deep + `}`, http.StatusOK},
		{"invalid", `{"choices":[{"index":0,"message":` + msg + `}],"x":` + deep[:len(deep)-1] + `}`, http.StatusBadGateway},
		{"not JSON", `Fresh trails ahead.`, http.StatusBadGateway},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, _, rec := handlerServe(t, g, http.MethodPost, "/v1/chat/completions", `{"messages":[{"role":"user","content":"hi"}]}`, nil, "application/json", tc.answer)
			if rec.Code != tc.status {
				t.Fatalf("status %d, want %d: %.200s", rec.Code, tc.status, rec.Body.String())
			}
			if tc.status == http.StatusOK && rec.Body.String() != tc.answer {
				t.Errorf("answer changed: %.200s", rec.Body.String())
			}
		})
	}
}
