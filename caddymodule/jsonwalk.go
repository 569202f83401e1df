package caddymodule

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/tidwall/gjson"
)

// jsonPath is a parsed field path such as "messages.*.content": dot-separated
// keys, where "*" stands for every element of an array or every value of an
// object, and a final "**" for every string at any depth below (each its
// own text: "**" adds a distinct index and a 0 per string to idx). Paths are
// parsed once, when a dialect is defined.
//
// The request rewrite reads paths in one pass over the body (reqScanner,
// jsonscan.go); walkStrings and walkPaths are their definition on gjson
// values, which the scanner's tests hold it to.
type jsonPath []string

func path(s string) jsonPath { return strings.Split(s, ".") }

// walkStrings calls fn for every string value found at p below v. idx holds
// the array indices (or -1 for object values) that each "*" matched, so a
// caller can tell which choice or message a text belongs to. Values that are
// not strings are skipped.
func walkStrings(v gjson.Result, p jsonPath, idx []int, fn func(s gjson.Result, idx []int)) {
	if len(p) == 0 {
		if v.Type == gjson.String {
			fn(v, idx)
		}
		return
	}
	seg, rest := p[0], p[1:]
	if seg == "**" {
		// Every string at any depth below v (a tool call's arguments object).
		// "**" ends a path; the request's depth is bounded by checkJSON.
		n := 0
		walkDeep(v, func(s gjson.Result) {
			// Two indices, so that callers grouping texts by all but the
			// last index (parts of one message) keep each string apart.
			fn(s, append(idx, n, 0))
			n++
		})
		return
	}
	if seg != "*" {
		if !v.IsObject() {
			return
		}
		// Every member named seg, not only the first: with duplicate keys
		// gjson's Get finds the first while most providers' parsers keep the
		// last, so each one is visited. Keys are compared unescaped and
		// case-insensitively, as Go's encoding/json (Ollama) matches them.
		v.ForEach(func(k, child gjson.Result) bool {
			if strings.EqualFold(k.Str, seg) {
				walkStrings(child, rest, idx, fn)
			}
			return true
		})
		return
	}
	if !v.IsArray() && !v.IsObject() {
		return
	}
	i := 0
	isArray := v.IsArray()
	v.ForEach(func(_, child gjson.Result) bool {
		n := -1
		if isArray {
			n = i
		}
		walkStrings(child, rest, append(idx, n), fn)
		i++
		return true
	})
}

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

// walkPaths visits, in one pass over v, the string values at every path of
// ps, calling fn with the path's index in ps: the same values, in the same
// order for each path, as walkStrings gives path by path, but each shared
// prefix (such as messages.*) is parsed once instead of once per path.
func walkPaths(v gjson.Result, ps []jsonPath, fn func(p int, s gjson.Result, idx []int)) {
	w := pathWalker{ps: ps, fn: fn, stack: make([]pathPos, 0, 4*len(ps))}
	for i := range ps {
		w.stack = append(w.stack, pathPos{p: i})
	}
	w.walk(v, w.stack[:len(ps)], nil)
}

// pathPos is one path of a pathWalker and how far into it a value is.
type pathPos struct{ p, pos int }

// pathWalker holds the state of walkPaths; stack is scratch space for the
// path positions of each level, so the walk allocates no per-node slices.
type pathWalker struct {
	ps    []jsonPath
	fn    func(p int, s gjson.Result, idx []int)
	stack []pathPos
}

func (w *pathWalker) walk(v gjson.Result, states []pathPos, idx []int) {
	live := false
	for _, st := range states {
		p := w.ps[st.p]
		switch {
		case st.pos == len(p):
			if v.Type == gjson.String {
				w.fn(st.p, v, idx)
			}
		case p[st.pos] == "**":
			// As in walkStrings: two indices per string, so groups by all
			// but the last index keep each string apart.
			n, pi := 0, st.p
			walkDeep(v, func(s gjson.Result) {
				w.fn(pi, s, append(idx, n, 0))
				n++
			})
		default:
			live = true
		}
	}
	if !live {
		return
	}
	isArray, isObject := v.IsArray(), v.IsObject()
	if !isArray && !isObject {
		return
	}
	i := 0
	v.ForEach(func(k, child gjson.Result) bool {
		n := -1
		if isArray {
			n = i
		}
		i++
		// Paths that go on through "*" get the child's index in idx;
		// paths that name the key (objects only) do not.
		base := len(w.stack)
		for _, st := range states {
			p := w.ps[st.p]
			if st.pos < len(p) && p[st.pos] == "*" {
				w.stack = append(w.stack, pathPos{st.p, st.pos + 1})
			}
		}
		mid := len(w.stack)
		if isObject {
			for _, st := range states {
				p := w.ps[st.p]
				if st.pos < len(p) && p[st.pos] != "*" && p[st.pos] != "**" && strings.EqualFold(k.Str, p[st.pos]) {
					w.stack = append(w.stack, pathPos{st.p, st.pos + 1})
				}
			}
		}
		end := len(w.stack)
		if mid > base {
			w.walk(child, w.stack[base:mid], append(idx, n))
		}
		if end > mid {
			w.walk(child, w.stack[mid:end], idx)
		}
		w.stack = w.stack[:base]
		return true
	})
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
func (e jsonEdits) apply(body []byte) []byte {
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
	out := make([]byte, 0, size)
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

// appendJSONString appends s as a JSON string literal. Invalid UTF-8 becomes
// U+FFFD, so the output is always valid JSON.
func appendJSONString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
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
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}
