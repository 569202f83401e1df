package caddymodule

import (
	"fmt"
	"net/http/httptest"
	"reflect"
	"strings"
	"testing"

	"github.com/tidwall/gjson"
)

// TestRequestRootSame holds requestRoot to the whole body: every dialect's
// model and stream give the same answers from the small object of the
// members the scan noted as from the body parsed by gjson, whatever the
// members' order, spelling, repetition and kind of value.
func TestRequestRootSame(t *testing.T) {
	msgs := `"messages":[{"role":"user","content":"Write a short note about the spring sale, with \"quotes\"."}]`
	bodies := []string{
		`{"model":"gpt-4o-mini","stream":true,` + msgs + `}`,
		`{` + msgs + `,"model":"gpt-4o-mini","stream":false}`,
		`{` + msgs + `,"stream":true,"model":"claude-x"}`,
		`{` + msgs + `}`,
		`{"model":"a","model":"b","stream":false,"stream":true,` + msgs + `}`,
		`{"mod\u0065l":"escaped-key","str\u0065am":true}`,
		`{"Model":"upper","STREAM":true,"model":"lower"}`,
		`{"model":"esc\"aped\\ \u00e9 \n name","stream":"true"}`,
		`{"model":42,"stream":1}`,
		`{"model":-1.5e3,"stream":0}`,
		`{"model":null,"stream":null}`,
		`{"model":true,"stream":"false"}`,
		`{"model":{"name":"nested"},"stream":[true]}`,
		`{"model":"x","stream":{"on":true}}`,
		`{"model":["a"],"stream":false}`,
		`{ "model" : "spaced" , "stream" : true ` + "\n\t" + `}`,
		`{"meta":{"model":"inner","stream":true},"model":"outer"}`,
		`{"meta":{"model":"inner","stream":true}}`,
		`{"model":"` + strings.Repeat("m", 200) + `","stream":true}`,
		`{"model":"","stream":false}`,
		`[{"model":"in-array","stream":true}]`,
		`"model"`,
		`17`,
		`{}`,
	}
	for _, body := range bodies {
		if !gjson.Valid(body) {
			t.Fatalf("test body is not JSON: %s", body)
		}
		checkRequestRoot(t, body)
	}
}

// FuzzRequestRootSame is TestRequestRootSame for any body that passes
// checkJSON, as the handler's do.
func FuzzRequestRootSame(f *testing.F) {
	f.Add(`{"model":"gpt-4o-mini","stream":true,"messages":[]}`)
	f.Add(`{"messages":[{"role":"user","content":"hi"}],"stream":false,"model":"m"}`)
	f.Add(`{"model":{"a":1},"stream":[1],"model":"x"}`)
	f.Add(`{"mod\u0065l":7,"stream":"1"}`)
	f.Fuzz(func(t *testing.T, body string) {
		if checkJSON([]byte(body)) != nil {
			return
		}
		checkRequestRoot(t, body)
	})
}

// checkRequestRoot compares, for every dialect, model and stream read
// from requestRoot's object and from the whole body.
func checkRequestRoot(t *testing.T, body string) {
	t.Helper()
	r := httptest.NewRequest("POST", "/v1/chat/completions", nil)
	for _, d := range dialects {
		sc := getScanner(body, d.request, d.user)
		ok := sc.scan()
		top := sc.top
		sc.release()
		if !ok {
			continue // the handler then reads the whole body
		}
		x := &exchangeState{}
		got, want := x.requestRoot(body, &top), gjson.Parse(body)
		if g, w := d.model(got, r), d.model(want, r); g != w {
			t.Errorf("%s: model %q, want %q: %s", d.name, g, w, body)
		}
		if g, w := d.stream(got, r), d.stream(want, r); g != w {
			t.Errorf("%s: stream %v, want %v: %s", d.name, g, w, body)
		}
		// What the handler reads: the members' values alone, for the
		// dialects that say they read only those (requesttop.go).
		if m, s := x.readModelStream(d, r, body, &top, true); m != d.model(want, r) || s != d.stream(want, r) {
			t.Errorf("%s: readModelStream %q, %v, want %q, %v: %s", d.name, m, s, d.model(want, r), d.stream(want, r), body)
		}
		if d.modelOf != nil {
			if g, w := d.modelOf(gjson.Get(body, "model")), d.model(want, r); g != w {
				t.Errorf("%s: modelOf %q, model %q: %s", d.name, g, w, body)
			}
		}
		if d.streamOf != nil {
			if g, w := d.streamOf(gjson.Get(body, "stream")), d.stream(want, r); g != w {
				t.Errorf("%s: streamOf %v, stream %v: %s", d.name, g, w, body)
			}
		}
	}
}

// BenchmarkRequestRoot reads model and stream as the handler does now
// (requestRoot, from the members the scan noted) and as it did before
// (gjson's Get on the whole body), for bodies that put the messages first,
// as the OpenAI Python SDK does, and last.
func BenchmarkRequestRoot(b *testing.B) {
	r := httptest.NewRequest("POST", "/v1/chat/completions", nil)
	msg := strings.Repeat("Write the spring campaign copy for our jackets, friendly and concrete. ", 8)
	for _, size := range []int{2 << 10, 32 << 10} {
		var sb strings.Builder
		sb.WriteString(`{"messages":[{"role":"system","content":"You write marketing copy."}`)
		for sb.Len() < size {
			sb.WriteString(`,{"role":"user","content":"` + msg + `"}`)
		}
		sb.WriteString(`],"model":"gpt-4o-mini","stream":false}`)
		body := sb.String()
		sc := getScanner(body, openAIChat.request, openAIChat.user)
		if !sc.scan() {
			b.Fatal("scan failed")
		}
		top := sc.top
		sc.release()
		x := &exchangeState{}
		b.Run(fmt.Sprintf("%dKB_messages_first/requestRoot", size>>10), func(b *testing.B) {
			for b.Loop() {
				root := x.requestRoot(body, &top)
				x.setModel(openAIChat.model(root, r))
				x.stream = openAIChat.stream(root, r)
			}
		})
		b.Run(fmt.Sprintf("%dKB_messages_first/members", size>>10), func(b *testing.B) {
			for b.Loop() {
				m, s := x.readModelStream(openAIChat, r, body, &top, true)
				x.setModel(m)
				x.stream = s
			}
		})
		b.Run(fmt.Sprintf("%dKB_messages_first/gjson", size>>10), func(b *testing.B) {
			for b.Loop() {
				root := gjson.Parse(body)
				x.setModel(openAIChat.model(root, r))
				x.stream = openAIChat.stream(root, r)
			}
		})
	}
}

// TestParseToken holds parseToken to gjson.Parse, field by field, for the
// tokens it builds itself and for those it hands to Parse.
func TestParseToken(t *testing.T) {
	toks := []string{
		`true`, `false`, `null`, `0`, `-1.5e3`, `""`, `"m"`, `"gpt-4o-mini"`, `"a model name longer than eight bytes"`,
		`"tab\tescaped"`, `"quote\"inside"`, `"\u0067pt"`, `"ünïcödé"`, `"12345678"`, `"1234567"`, `"123456789"`,
		"\"raw\ttab\"", ` "spaced"`, `"spaced" `, `{"a":1}`, `[1,2]`, `truex`, `"`,
	}
	for _, tok := range toks {
		if got, want := parseToken(tok), gjson.Parse(tok); !reflect.DeepEqual(got, want) {
			t.Errorf("parseToken(%q) = %#v, want %#v", tok, got, want)
		}
	}
}
