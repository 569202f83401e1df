package caddymodule

import (
	"strings"

	"github.com/tidwall/gjson"
)

// The definition of which strings a dialect's paths name, on gjson values:
// the request scanner (jsonscan.go) is held to it by the differential tests
// (TestRequestRewriteSame, FuzzRequestRewrite, FuzzWalkPaths). Production
// code reads bodies with the scanner only.

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
