package caddymodule

import (
	"encoding/binary"
	"slices"
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/tidwall/gjson"
)

// jsonPath is a parsed field path such as "messages.*.content": dot-separated
// keys, where "*" stands for every element of an array or every value of an
// object, and a final "**" for every string at any depth below (each its
// own text: "**" adds a distinct index and a 0 per string to idx). Paths are
// parsed once, when a dialect is defined.
//
// The request rewrite reads paths in one pass over the body (reqScanner,
// jsonscan.go); walkStrings and walkPaths (jsonwalk_ref_test.go) are their
// definition on gjson values, which the scanner's tests hold it to.
type jsonPath []string

func path(s string) jsonPath { return strings.Split(s, ".") }

// walkDeep calls fn for every string value in v, at any depth; object keys
// are not visited.
func walkDeep(v gjson.Result, fn func(s gjson.Result)) {
	switch {
	case v.Type == gjson.String:
		fn(v)
	case v.IsArray(), v.IsObject():
		v.ForEach(func(_, child gjson.Result) bool {
			walkDeep(child, fn)
			return true
		})
	}
}

// edit replaces body[start:end] with repl.
type edit struct {
	start, end int
	repl       []byte
}

// jsonEdits collects byte-range replacements of JSON values, so that every
// byte outside the edited values is kept exactly as sent.
type jsonEdits []edit

// setString replaces the JSON value v (located by its Index) with the JSON
// encoding of s. It reports false when gjson could not give the value's
// offset; callers must then fail closed.
func (e *jsonEdits) setString(v gjson.Result, s string) bool {
	if v.Index <= 0 && v.Raw != "" {
		// Index 0 is only possible for a bare top-level value, which no
		// dialect edits; treat it as unknown.
		return false
	}
	*e = append(*e, edit{start: v.Index, end: v.Index + len(v.Raw), repl: appendJSONString(nil, s)})
	return true
}

// setRaw replaces the JSON value v with raw JSON.
func (e *jsonEdits) setRaw(v gjson.Result, raw string) bool {
	if v.Index <= 0 {
		return false
	}
	*e = append(*e, edit{start: v.Index, end: v.Index + len(v.Raw), repl: []byte(raw)})
	return true
}

// apply returns body with the edits applied. Edits replace whole JSON
// values, so two of them are either disjoint or nested: the same value
// reached by two dialect paths (edited twice, each time redacted whole) or
// a value inside a replaced container. An edit that starts inside the
// previous one is dropped; the first one added wins.
func (e jsonEdits) apply(body []byte) []byte { return e.applyTo(nil, body) }

// applyTo is apply writing the edited body into dst[:0], or into a new
// buffer when dst has too little room. Without edits it returns body.
func (e jsonEdits) applyTo(dst, body []byte) []byte {
	if len(e) == 0 {
		return body
	}
	slices.SortStableFunc(e, func(a, b edit) int { return a.start - b.start })
	size := len(body)
	last := 0
	for _, ed := range e {
		if ed.start < last {
			continue
		}
		size += len(ed.repl) - (ed.end - ed.start)
		last = ed.end
	}
	out := dst[:0]
	if cap(out) < size {
		out = make([]byte, 0, size)
	}
	last = 0
	for _, ed := range e {
		if ed.start < last {
			continue
		}
		out = append(out, body[last:ed.start]...)
		out = append(out, ed.repl...)
		last = ed.end
	}
	return append(out, body[last:]...)
}

const hexDigits = "0123456789abcdef"

// needsCare tells, masked with 0x80…80, whether any of the eight bytes in
// x is a quote, a backslash, a control character or not ASCII: a byte a
// JSON string encoder must escape or check (the zero-byte trick, exact for
// "any byte").
func needsCare(x uint64) uint64 {
	const ones = 0x0101010101010101
	q, bs := x^(ones*'"'), x^(ones*'\\')
	return (q-ones)&^q | (bs-ones)&^bs | (x-ones*' ')&^x | x
}

// plainPrefix returns the length of a run of 8-byte words at the start of
// b in which no byte needs care (see needsCare): a multiple of 8, tested 16
// bytes at a time, so it may stop up to 8 bytes before such a byte. It is
// a function of its own so that the loop keeps its constants and index in
// registers (inside appendJSONString it spilled and reloaded them on each
// step, about 40 instructions per word).
func plainPrefix(b []byte) int {
	const highs = 0x8080808080808080
	n := 0
	for len(b) >= 16 && (needsCare(binary.LittleEndian.Uint64(b))|needsCare(binary.LittleEndian.Uint64(b[8:])))&highs == 0 {
		b = b[16:]
		n += 16
	}
	if len(b) >= 8 && needsCare(binary.LittleEndian.Uint64(b))&highs == 0 {
		n += 8
	}
	return n
}

// appendJSONString appends s as a JSON string literal. Invalid UTF-8 becomes
// U+FFFD, so the output is always valid JSON.
func appendJSONString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	dst = appendJSONContent(dst, s)
	return append(dst, '"')
}

// appendJSONContent is appendJSONString without the quotes. Each rune is
// encoded on its own, so the encoding of a concatenation is the
// concatenation of the encodings when the parts meet at rune starts.
func appendJSONContent(dst []byte, s string) []byte {
	// A read-only byte view of s, for one 8-byte load per step (the
	// compiler merges binary.LittleEndian's loads; it does not merge eight
	// loads of string bytes, each with its bounds check).
	b := unsafe.Slice(unsafe.StringData(s), len(s))
	start := 0
	for i := 0; i < len(s); {
		// Skip eight bytes at a time while none needs escaping or is
		// outside ASCII (see validString).
		i += plainPrefix(b[i:])
		if i >= len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch c {
			case '"', '\\':
				dst = append(dst, '\\', c)
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
			i += size
			start = i
			continue
		}
		i += size
	}
	return append(dst, s[start:]...)
}
