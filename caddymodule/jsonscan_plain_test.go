package caddymodule

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/tidwall/gjson"
)

// TestValidRunSame holds validRun, whose first loop tests a block for
// control characters and bytes outside ASCII at once, to its definition
// (no byte below 0x20, valid UTF-8), with the odd byte at every offset of
// texts long enough for several 32-byte blocks.
func TestValidRunSame(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 10))
	odd := []string{"\x00", "\x1f", "\x20", "\x7f", "\x80", "\xc3\xa9", "\xc3", "\xe2\x82\xac", "\xed\xa0\x80", "\xff", "\t", "\n"}
	for range 20000 {
		b := make([]byte, rng.IntN(130))
		for i := range b {
			b[i] = byte(' ' + rng.IntN(95))
		}
		for range rng.IntN(3) {
			if len(b) == 0 {
				break
			}
			o := odd[rng.IntN(len(odd))]
			at := rng.IntN(len(b))
			b = append(b[:at], append([]byte(o), b[at:]...)...)
		}
		want := !hasControl(b) && utf8.Valid(b)
		if got := validRun(b); got != want {
			t.Fatalf("validRun(%q) = %v, want %v", b, got, want)
		}
	}
}

// TestPlainBytes holds plainBytes to its definition, byte by byte.
func TestPlainBytes(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 11))
	for range 20000 {
		b := make([]byte, rng.IntN(40))
		for i := range b {
			b[i] = byte(' ' + rng.IntN(95))
			if rng.IntN(60) == 0 {
				b[i] = byte(rng.IntN(256))
			}
		}
		want := true
		for _, c := range b {
			if c < 0x20 || c >= 0x80 || c == '"' || c == '\\' {
				want = false
			}
		}
		if got := plainBytes(b); got != want {
			t.Fatalf("plainBytes(%q) = %v, want %v", b, got, want)
		}
		if want && string(appendJSONContent(nil, string(b))) != string(b) {
			t.Fatalf("appendJSONContent changes the plain %q", b)
		}
	}
}

// TestCheckJSONMediaSame holds checkJSONMedia to checkJSON and to the media
// walk: the same error for every body, and for a valid one, no part the
// walk finds when it says there is no media, and media only where
// mayHaveMedia sees it too. The bodies mix marks as keys, values, inside
// texts, after escaped quotes, with \u escapes and escaped backslashes.
func TestCheckJSONMediaSame(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 12))
	var ds []*dialect
	for _, d := range dialects {
		if d.media != nil {
			ds = append(ds, d)
		}
	}
	words := []string{"image_url", "input_audio", "file", "input_image", "input_file", "image", "document",
		"container_upload", "inlineData", "inline_data", "fileData", "file_data", "images", "text", "type",
		"content", "parts", "messages", "role", "user", "data", "url", "source", "im\\u0061ges", "\\u0069mage",
		"image\\u005furl", "\\\\u0069mage", "\\\"file\\\"", "x\\\"image\\\"", "é", "\xff", "\\n"}
	str := func() string {
		var sb strings.Builder
		sb.WriteByte('"')
		for range 1 + rng.IntN(2) {
			sb.WriteString(words[rng.IntN(len(words))])
		}
		sb.WriteByte('"')
		return sb.String()
	}
	var value func(depth int) string
	value = func(depth int) string {
		switch n := rng.IntN(6); {
		case n < 2 || depth > 4:
			return str()
		case n == 2:
			return "12"
		case n == 3:
			parts := []string{}
			for range rng.IntN(4) {
				parts = append(parts, value(depth+1))
			}
			return "[" + strings.Join(parts, ",") + "]"
		default:
			parts := []string{}
			for range rng.IntN(4) {
				parts = append(parts, str()+":"+value(depth+1))
			}
			return "{" + strings.Join(parts, ",") + "}"
		}
	}
	media, walked := 0, 0
	for range 20000 {
		body := []byte(value(0))
		if rng.IntN(10) == 0 && len(body) > 0 {
			body[rng.IntN(len(body))] = "\"{}[],:\\x"[rng.IntN(9)]
		}
		for _, d := range ds {
			e, m := checkJSONMedia(body, d, nil)
			want := checkJSON(body)
			if (e == nil) != (want == nil) || e != nil && *e != *want {
				t.Fatalf("checkJSONMedia(%q, %s) error %v, checkJSON %v", body, d.name, e, want)
			}
			if e != nil {
				continue
			}
			if m {
				media++
				if !mayHaveMedia(d, body) {
					t.Fatalf("checkJSONMedia(%q, %s) sees media, mayHaveMedia does not", body, d.name)
				}
				continue
			}
			n := 0
			d.media(gjson.ParseBytes(body), func(gjson.Result, string) { n++ })
			walked++
			if n > 0 {
				t.Fatalf("checkJSONMedia(%q, %s) sees no media, the walk finds %d parts", body, d.name, n)
			}
		}
	}
	if media < 1000 || walked < 1000 {
		t.Fatalf("too few bodies of a kind: %d with media, %d without", media, walked)
	}
}
