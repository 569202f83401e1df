package caddymodule

import (
	"bytes"
	"encoding/json"
	"fmt"
	"go/scanner"
	"go/token"
	"io"
	"math/rand/v2"
	"net/http"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/tidwall/gjson"

	"github.com/caddy-guardrail/guardrail/redact"
)

// redactJSONOld is redactJSON as it was before the one-pass scanner
// (commit eba1692), kept verbatim apart from its name: the reference the
// differential tests hold the scanner to, byte for byte.
func redactJSONOld(body []byte, paths, users []jsonPath, t *textRedactor, userID func(string) string) ([]byte, error) {
	root := gjson.ParseBytes(body)
	var edits jsonEdits
	ok := true
	type partGroup struct {
		vals []gjson.Result
		key  []int
	}
	groups := make([]partGroup, len(paths))
	walkPaths(root, paths, func(pi int, v gjson.Result, idx []int) {
		if wildcards(paths[pi]) < 2 {
			s := v.String()
			if out := t.redact(s); out != s {
				ok = edits.setString(v, out) && ok
			}
			return
		}
		g := &groups[pi]
		if len(g.vals) > 0 && !slices.Equal(g.key, idx[:len(idx)-1]) {
			ok = redactPartsOld(t, g.vals, &edits) && ok
			g.vals = g.vals[:0]
		}
		g.key = append(g.key[:0], idx[:len(idx)-1]...)
		g.vals = append(g.vals, v)
	})
	for i := range groups {
		ok = redactPartsOld(t, groups[i].vals, &edits) && ok
	}
	for _, p := range users {
		walkStrings(root, p, nil, func(v gjson.Result, _ []int) {
			ok = edits.setString(v, userID(v.String())) && ok
		})
	}
	seen := make(map[int]struct{}, len(edits))
	for _, e := range edits {
		seen[e.start] = struct{}{}
	}
	walkPaths(root, paths, func(_ int, v gjson.Result, _ []int) { seen[v.Index] = struct{}{} })
	for _, p := range users {
		walkStrings(root, p, nil, func(v gjson.Result, _ []int) { seen[v.Index] = struct{}{} })
	}
	ok = sweepStringsOld(root, seen, t, &edits) && ok
	if !ok {
		return nil, errNoOffset
	}
	return edits.apply(body), nil
}

// redactPartsOld is textRedactor.redactParts before the scanner.
func redactPartsOld(t *textRedactor, parts []gjson.Result, edits *jsonEdits) bool {
	switch len(parts) {
	case 0:
		return true
	case 1:
		s := parts[0].String()
		if out := t.redact(s); out != s {
			return edits.setString(parts[0], out)
		}
		return true
	}
	var sb strings.Builder
	bounds := make([]int, 0, len(parts)+1)
	for _, v := range parts {
		bounds = append(bounds, sb.Len())
		sb.WriteString(v.String())
	}
	bounds = append(bounds, sb.Len())
	joined := sb.String()
	spans := t.find(joined)
	if len(spans) == 0 {
		return true
	}
	t.stats.add(spans)
	ok := true
	for i, v := range parts {
		lo, hi := bounds[i], bounds[i+1]
		var out strings.Builder
		pos, changed := lo, false
		for _, sp := range spans {
			if sp.End <= lo || sp.Start >= hi {
				continue
			}
			changed = true
			if sp.Start >= lo {
				out.WriteString(joined[pos:sp.Start])
				one := sp
				one.Start, one.End = 0, sp.Len()
				out.WriteString(redact.Apply(joined[sp.Start:sp.End], []redact.Span{one}, t.policy, t.vault))
			}
			pos = max(pos, min(sp.End, hi))
		}
		if !changed {
			continue
		}
		out.WriteString(joined[pos:hi])
		ok = edits.setString(v, out.String()) && ok
	}
	return ok
}

// sweepStringsOld is sweepStrings before the scanner.
func sweepStringsOld(v gjson.Result, seen map[int]struct{}, t *textRedactor, edits *jsonEdits) bool {
	ok := true
	switch {
	case v.Type == gjson.String:
		if _, done := seen[v.Index]; done {
			return true
		}
		s := v.String()
		if out := t.redact(s); out != s {
			ok = edits.setString(v, out)
		}
	case v.IsObject():
		v.ForEach(func(k, c gjson.Result) bool {
			if isStructural(k.Str) {
				return true
			}
			ks := k.String()
			if out := t.redact(ks); out != ks {
				ok = edits.setString(k, out) && ok
			}
			ok = sweepStringsOld(c, seen, t, edits) && ok
			return true
		})
	case v.IsArray():
		v.ForEach(func(_, c gjson.Result) bool {
			ok = sweepStringsOld(c, seen, t, edits) && ok
			return true
		})
	}
	return ok
}

// rewriteResult is what one request rewrite produced, for comparing two
// implementations.
type rewriteResult struct {
	out    []byte
	err    error
	panic  any
	total  int
	byType map[string]int
	rules  []string
	finds  []string // the texts searched, in order: the vault's order
}

// runRewrite runs fn over body for dialect d with a fresh redactor.
func runRewrite(newRedactor func() *textRedactor, d *dialect, body []byte, fn func([]byte, []jsonPath, []jsonPath, *textRedactor, func(string) string) ([]byte, error)) (res rewriteResult) {
	t := newRedactor()
	find := t.find
	t.find = func(s string) []redact.Span {
		res.finds = append(res.finds, s)
		return find(s)
	}
	userID := func(id string) string { return redact.KeyedHash([]byte("diff-key"), id) }
	defer func() {
		res.panic = recover()
		res.total, res.byType, res.rules = t.stats.total, t.stats.byType, t.stats.rules
	}()
	res.out, res.err = fn(body, d.request, d.user, t, userID)
	return res
}

// diffRewrite reports how redactJSON and redactJSONOld differ on body for
// dialect d, or "" when they agree on the bytes, the error, a panic and
// the counts, and on the texts searched and their order (the vault
// numbers placeholders in that order).
func diffRewrite(newRedactor func() *textRedactor, d *dialect, body []byte) string {
	if checkJSON(body) != nil {
		return ""
	}
	old := runRewrite(newRedactor, d, body, redactJSONOld)
	got := runRewrite(newRedactor, d, body, redactJSON)
	switch {
	case (old.panic == nil) != (got.panic == nil):
		return fmt.Sprintf("%s: panic old %v, new %v for %q", d.name, old.panic, got.panic, body)
	case (old.err == nil) != (got.err == nil):
		return fmt.Sprintf("%s: error old %v, new %v for %q", d.name, old.err, got.err, body)
	case !bytes.Equal(old.out, got.out):
		return fmt.Sprintf("%s: output differs for %q\n old %q\n new %q", d.name, body, old.out, got.out)
	case old.total != got.total || !reflect.DeepEqual(old.byType, got.byType) || !reflect.DeepEqual(old.rules, got.rules):
		return fmt.Sprintf("%s: counts differ for %q: old %d %v, new %d %v", d.name, body, old.total, old.byType, got.total, got.byType)
	case !slices.Equal(old.finds, got.finds):
		return fmt.Sprintf("%s: texts searched differ for %q:\n old %q\n new %q", d.name, body, old.finds, got.finds)
	}
	return ""
}

// diffRedactor returns a factory of redactors with the module's default
// detectors and policy, each with a fresh vault.
func diffRedactor(tb testing.TB) func() *textRedactor {
	tb.Helper()
	g := newTestGuardrail(tb, nil)
	st := g.state.Load()
	return func() *textRedactor {
		return &textRedactor{find: st.find, policy: st.policy, vault: redact.NewVault(g.key)}
	}
}

// rewriteSeeds are request bodies for the differential tests: the request
// fuzz seeds and edge cases of paths, escapes, duplicates and grouping.
var rewriteSeeds = []string{
	`{"model":"m","messages":[{"role":"user","content":"mail ana.silva@example.com now"}]}`,
	`{"messages":[{"role":"user","content":"a@b.co","content":"ana.silva@example.com"}]}`,
	`{"messages":[{"role":"user","content":[{"type":"text","text":"ana.silva@"},{"type":"text","text":"example.com"}]}]}`,
	`{"messages":[{"role":"user","content":"ana.silva\u0040example.com \u0034111 1111 1111 1111"}]}`,
	`{"messages":[{"role":"user","cont\u0065nt":"ana.silva@example.com"}],"user":"u1","user":"u2"}`,
	`{"messages":[{"role":"assistant","content":null,"tool_calls":[{"id":"c","type":"function","function":{"name":"send","arguments":"{\"to\":\"ana.silva@example.com\"}"}}]}]}`,
	`{"messages":[{"role":"user","name":"ana.silva@example.com","content":"hi \"quoted\" \\ \n\t\u00e9\ud83d\ude00"}]}`,
	`{"messages":[]}`,
	`[]`,
	`{"messages":[{"content":{"content":"ana.silva@example.com"}}]}`,
	`"ana.silva@example.com"`,
	` "ana.silva@example.com"`,
	`{"ana.silva@example.com":{"ROLE":"x","Model":"ana.silva@example.com","meta":["b@example.com",{"k":"c@example.com"}]}}`,
	`{"messages":[{"content":[{"text":"a@"},{"text":"example.com"}]},{"content":[{"text":"x"}]}],"messages":[{"content":[{"text":"b@"},{"text":"example.org"}]}]}`,
	`{"messages":[{"tool_calls":[{"function":{"arguments":"ana.silva@"}},{"function":{"arguments":"example.com"}}]}]}`,
	`{"messages":{"a":{"content":[{"text":"ana.silva@"}]},"b":{"content":[{"text":"example.com"}]}}}`,
	`{"contents":{"parts":{"parts":{"text":"ana.silva@example.com"}}}}`,
	`{"contents":{"parts":[{"text":"ana.silva@example.com"}],"role":"user"},"system_instruction":{"parts":{"text":"x@example.com"}}}`,
	`{"contents":[{"parts":[{"functionCall":{"args":{"a":"ana.silva@","b":["example.com",{"c":"+44 20 7946 0958"}]}}}]}]}`,
	`{"messages":[{"content":[{"type":"tool_use","input":{"to":"ana.silva@example.com","cc":["b@example.com"]}}]}]}`,
	`{"input":[{"content":[{"text":"\ud800 lone \udc00 ana.silva@example.com"}]}],"prompt":{"variables":{"a":"b@example.com","c":{"text":"c@example.com"}}}}`,
	`{"model":"gpt-4o-2024-08-06","messages":[{"role":"user","content":[{"type":"text","text":"hi"},{"type":"image_url","image_url":{"url":"data:image/png;base64,AKIAIOSFODNN7EXAMPLEAAAA"}}]}]}`,
	`{"Messages":[{"CONTENT":"ana.silva@example.com"}],"metadata":{"user_id":"u-1","USER_ID":"u-2"},"safety_identifier":"s"}`,
	`{"contents":{"parts":{"a":{"functionCall":{"args":{"k":"a@example.com"}}},"parts":[{"functionCall":{"args":{"k":"b@example.com","j":"c@example.com"}}}]}}}`,
	`{"contents":{"parts":{"parts":[{"text":"b@example.com"}],"x":{"text":"a@example.com"}},"y":{"parts":{"text":"c@example.com"}}}}`,
	`{"messages":[{"content":"x \ud83d\ude00 ana.silva@example.com \u00e9"}],"note":"\ud83d\ude00\ud800\u0041 b@example.com"}`,
	"{\n  \"messages\" : [ { \"content\" : \"ana.silva@example.com\" } ] ,\n \"user\" : \"x\" }\n",
}

// rewriteTestBodies returns the JSON bodies written as string literals in
// this package's test files, so the differential test covers every body
// the other tests send.
func rewriteTestBodies(tb testing.TB) []string {
	tb.Helper()
	files, err := filepath.Glob("*_test.go")
	if err != nil {
		tb.Fatal(err)
	}
	var out []string
	for _, name := range files {
		src, err := os.ReadFile(name)
		if err != nil {
			tb.Fatal(err)
		}
		fset := token.NewFileSet()
		var s scanner.Scanner
		s.Init(fset.AddFile(name, -1, len(src)), src, nil, 0)
		for {
			_, tok, lit := s.Scan()
			if tok == token.EOF {
				break
			}
			if tok != token.STRING {
				continue
			}
			v, err := strconv.Unquote(lit)
			if err != nil || !json.Valid([]byte(v)) {
				continue
			}
			if v = strings.TrimSpace(v); strings.HasPrefix(v, "{") || strings.HasPrefix(v, "[") {
				out = append(out, v)
			}
		}
	}
	return out
}

// TestRequestRewriteSame checks that the one-pass scanner rewrites every
// body exactly as the gjson walk did, for every dialect: the seeds, the
// benchmark bodies, the bodies of this package's tests and random bodies
// built from the dialects' own field names.
func TestRequestRewriteSame(t *testing.T) {
	newRedactor := diffRedactor(t)
	bodies := slices.Concat(rewriteSeeds, rewriteTestBodies(t), []string{
		benchPromptBody(true, false), benchPromptBody(false, true), benchConversationBody(false),
	})
	rng := rand.New(rand.NewPCG(1, 2))
	n := 3000
	if testing.Short() {
		n = 300
	}
	for range n {
		bodies = append(bodies, randomRequestBody(rng))
	}
	fails := 0
	for _, b := range bodies {
		for _, d := range dialects {
			if msg := diffRewrite(newRedactor, d, []byte(b)); msg != "" {
				t.Error(msg)
				if fails++; fails > 10 {
					t.FailNow()
				}
			}
		}
	}
}

// randomVocabulary is the keys random bodies are built from: every name
// the dialects' paths use, structural keys, case variants and a few
// unknown names.
func randomVocabulary() []string {
	seen := map[string]bool{}
	var keys []string
	add := func(k string) {
		if !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	for _, d := range dialects {
		for _, p := range slices.Concat(d.request, d.user) {
			for _, s := range p {
				if s != "*" && s != "**" {
					add(s)
				}
			}
		}
	}
	for k := range structuralKeys {
		add(k)
	}
	for _, k := range []string{"metadata", "note", "tools", "x", "Content", "TEXT", "Role", "MODEL", "description"} {
		add(k)
	}
	slices.Sort(keys)
	return keys
}

var randomStrings = []string{
	"", "hi", "ana.silva@example.com", "ana.silva@", "example.com", "+44 20 7946 0958",
	"4111 1111 1111 1111", "DE89 3704 0044 0532 0130 00", "203.0.113.77", "call +44 20 ", "7946 0958 today",
	`ana.silva\u0040example.com`, `line\none\ttab \"q\" \\ \/`, `\u00e9t\u00e9 \ud83d\ude00`, `\ud800 lone`, `\udc00x\ud800\u0041`, `\ud83d\ude00 ana.silva@example.com`,
	"plain marketing text about jackets", "été ünïcödé", "user-42", "gpt-4o",
}

// rnode is a node of a random JSON tree.
type rnode struct {
	kind byte // '{', '[', '"' or 'l' (a literal)
	keys []string
	kids []*rnode
	s    string
}

// randomRequestBody returns a random JSON document: mostly a tree that
// realises a few of one dialect's paths (with case variants, escaped and
// duplicate keys, objects for arrays, noise members), else an arbitrary
// one over the dialects' names; with random whitespace, escapes and
// personal values.
func randomRequestBody(rng *rand.Rand) string {
	vocab := randomVocabulary()
	leaf := func() *rnode {
		switch rng.IntN(8) {
		case 0:
			return &rnode{kind: 'l', s: []string{"null", "true", "false", "0", "-1.5e3", "42"}[rng.IntN(6)]}
		}
		return &rnode{kind: '"', s: randomStrings[rng.IntN(len(randomStrings))]}
	}
	keyFor := func(k string) string {
		switch rng.IntN(14) {
		case 0:
			return strings.ToUpper(k)
		case 1:
			if k != "" {
				return fmt.Sprintf(`\u%04x`, k[0]) + k[1:]
			}
		case 2:
			return randomStrings[rng.IntN(len(randomStrings))]
		case 3:
			return vocab[rng.IntN(len(vocab))]
		}
		return k
	}
	var random func(depth int) *rnode
	random = func(depth int) *rnode {
		r := rng.IntN(10)
		if depth > 5 {
			r = 9
		}
		switch {
		case r < 3:
			n := &rnode{kind: '{'}
			for range rng.IntN(4) {
				n.keys = append(n.keys, keyFor(vocab[rng.IntN(len(vocab))]))
				n.kids = append(n.kids, random(depth+1))
			}
			return n
		case r < 5:
			n := &rnode{kind: '['}
			for range rng.IntN(4) {
				n.kids = append(n.kids, random(depth+1))
			}
			return n
		}
		return leaf()
	}
	var insert func(n *rnode, p jsonPath, depth int) *rnode
	insert = func(n *rnode, p jsonPath, depth int) *rnode {
		if len(p) == 0 || p[0] == "**" {
			if n != nil && rng.IntN(3) > 0 {
				return n
			}
			if len(p) > 0 {
				return random(depth)
			}
			return leaf()
		}
		seg := p[0]
		if n == nil || n.kind == '"' || n.kind == 'l' {
			n = &rnode{kind: '{'}
			if seg == "*" && rng.IntN(4) > 0 {
				n.kind = '['
			}
		}
		if seg == "*" || n.kind == '[' {
			if len(n.kids) > 0 && rng.IntN(2) == 0 {
				i := rng.IntN(len(n.kids))
				n.kids[i] = insert(n.kids[i], p[1:], depth+1)
				return n
			}
			if n.kind == '{' {
				n.keys = append(n.keys, keyFor(vocab[rng.IntN(len(vocab))]))
			}
			n.kids = append(n.kids, insert(nil, p[1:], depth+1))
			return n
		}
		for i, k := range n.keys {
			if strings.EqualFold(k, seg) && rng.IntN(3) > 0 {
				n.kids[i] = insert(n.kids[i], p[1:], depth+1)
				return n
			}
		}
		n.keys = append(n.keys, keyFor(seg))
		n.kids = append(n.kids, insert(nil, p[1:], depth+1))
		return n
	}
	var root *rnode
	if rng.IntN(5) == 0 {
		root = random(0)
	} else {
		d := dialects[rng.IntN(len(dialects))]
		ps := slices.Concat(d.request, d.user)
		for range 1 + rng.IntN(5) {
			root = insert(root, ps[rng.IntN(len(ps))], 0)
		}
		for range rng.IntN(3) {
			if root.kind == '{' {
				root.keys = append(root.keys, keyFor(vocab[rng.IntN(len(vocab))]))
				root.kids = append(root.kids, random(1))
			}
		}
	}
	var sb strings.Builder
	ws := func() {
		if rng.IntN(6) == 0 {
			sb.WriteString([]string{" ", "\n", "\t ", "\r\n  "}[rng.IntN(4)])
		}
	}
	var write func(n *rnode)
	write = func(n *rnode) {
		ws()
		switch n.kind {
		case '"':
			sb.WriteString(`"` + n.s + `"`)
		case 'l':
			sb.WriteString(n.s)
		default:
			sb.WriteByte(n.kind)
			for i, c := range n.kids {
				if i > 0 {
					sb.WriteByte(',')
				}
				if n.kind == '{' {
					ws()
					sb.WriteString(`"` + n.keys[i] + `"`)
					ws()
					sb.WriteByte(':')
				}
				write(c)
			}
			ws()
			sb.WriteByte(n.kind + 2) // '}' or ']'
		}
		ws()
	}
	write(root)
	return sb.String()
}

// BenchmarkRequestRewrite measures the request rewrite alone (readBody,
// checkJSON, redactJSON, with a vault per request from the pool, as in
// ServeHTTP),
// for the one-pass scanner ("scan") and the former gjson walk ("walk");
// "json_only" runs them with a detector that finds nothing, which leaves
// the cost of the JSON handling. Besides ns/op it reports cpu-ns/op, the
// CPU time of the benchmark's own thread per request, which stays
// meaningful on a busy shared machine.
func BenchmarkRequestRewrite(b *testing.B) {
	newRedactor := diffRedactor(b)
	noFind := func() *textRedactor {
		t := newRedactor()
		t.find = func(string) []redact.Span { return nil }
		return t
	}
	userID := func(string) string { return "anonymous" }
	impls := []struct {
		name string
		fn   func([]byte, []jsonPath, []jsonPath, *textRedactor, func(string) string) ([]byte, error)
	}{{"scan", redactJSON}, {"walk", redactJSONOld}}
	for _, body := range []struct{ name, b string }{
		{"prompt_2KB_no_pii", benchPromptBody(false, false)},
		{"prompt_2KB_5_pii", benchPromptBody(true, false)},
		{"conversation_32KB", benchConversationBody(false)},
	} {
		for _, impl := range impls {
			for _, mode := range []string{"", "/json_only"} {
				mk := newRedactor
				if mode != "" {
					mk = noFind
				}
				b.Run(body.name+"/"+impl.name+mode, func(b *testing.B) {
					runtime.LockOSThread()
					defer runtime.UnlockOSThread()
					runtime.GC()
					b.ReportAllocs()
					b.SetBytes(int64(len(body.b)))
					cpu0, n := rewriteCPU(), 0
					for b.Loop() {
						r := &http.Request{Body: io.NopCloser(strings.NewReader(body.b)), Header: http.Header{}, ContentLength: int64(len(body.b))}
						raw, aerr := readBody(r, 8<<20)
						if aerr == nil {
							aerr = checkJSON(raw)
						}
						if aerr != nil {
							b.Fatal(aerr)
						}
						t := mk()
						if _, err := impl.fn(raw, openAIChat.request, openAIChat.user, t, userID); err != nil {
							b.Fatal(err)
						}
						t.vault.Release() // as the handler does once the record is written
						n++
					}
					if cpu := rewriteCPU() - cpu0; cpu > 0 {
						b.ReportMetric(float64(cpu.Nanoseconds())/float64(n), "cpu-ns/op")
					}
				})
			}
		}
	}
}

// rewriteCPU returns the CPU time of the calling thread (Linux
// RUSAGE_THREAD), or 0 where that is not available.
func rewriteCPU() time.Duration {
	const rusageThread = 1
	var ru syscall.Rusage
	if runtime.GOOS != "linux" || syscall.Getrusage(rusageThread, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// jsonDepthOld is jsonDepth before it skipped strings whole.
func jsonDepthOld(b []byte) int {
	depth, most := 0, 0
	inStr := false
	for i := 0; i < len(b); i++ {
		c := b[i]
		if inStr {
			switch c {
			case '\\':
				i++
			case '"':
				inStr = false
			}
			continue
		}
		switch c {
		case '"':
			inStr = true
		case '{', '[':
			depth++
			most = max(most, depth)
		case '}', ']':
			depth--
		}
	}
	return most
}

// TestJSONDepthSame checks jsonDepth against its byte-by-byte form on
// valid and broken documents (unterminated strings, trailing backslashes).
func TestJSONDepthSame(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	bodies := slices.Concat(rewriteSeeds, []string{
		`"`, `"\`, `["\"]`, `[["\\"]]`, `{"a":"\\\"[","b":[[[`, `[[["abc`, `"\\\\\\"[[[`, `[1,"x\"]]]"]`,
	})
	alphabet := []byte(`{}[]"\ab,:`)
	for range 20000 {
		b := make([]byte, rng.IntN(24))
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		bodies = append(bodies, string(b))
	}
	for range 500 {
		bodies = append(bodies, randomRequestBody(rng))
	}
	for _, b := range bodies {
		if got, want := jsonDepth([]byte(b)), jsonDepthOld([]byte(b)); got != want {
			t.Errorf("jsonDepth(%q) = %d, want %d", b, got, want)
		}
	}
}

// TestReadBodySizes checks that reading into a buffer sized by
// Content-Length gives what io.ReadAll gave, for bodies around the limit
// and announced lengths that are missing, short or long.
func TestReadBodySizes(t *testing.T) {
	const limit = 4096
	for _, n := range []int{0, 1, 511, 512, 513, 4000, limit - 1, limit, limit + 1, 3 * limit} {
		body := strings.Repeat("x", n)
		for _, cl := range []int64{-1, 0, int64(n), int64(n) - 1, int64(n) + 1, 10 * limit} {
			t.Run(fmt.Sprintf("%d_bytes_cl_%d", n, cl), func(t *testing.T) {
				r := &http.Request{Body: io.NopCloser(strings.NewReader(body)), Header: http.Header{}, ContentLength: cl}
				got, aerr := readBody(r, limit)
				want, _ := io.ReadAll(io.LimitReader(strings.NewReader(body), limit+1))
				if len(want) > limit {
					if aerr == nil || aerr.status != http.StatusRequestEntityTooLarge {
						t.Fatalf("got %d bytes, error %v; want 413", len(got), aerr)
					}
					return
				}
				if aerr != nil || !bytes.Equal(got, want) {
					t.Fatalf("got %d bytes, error %v; want %d bytes", len(got), aerr, len(want))
				}
			})
		}
	}
}

// TestValidJSONSame checks the one-pass validJSON against what checkJSON
// used alone before it: jsonDepth and gjson.ValidBytes.
func TestValidJSONSame(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	bodies := slices.Concat(rewriteSeeds, []string{
		"", " ", "0", "-", "-0", "01", "1.", "1.5", "1e", "1e+", "1E-7", "-01", "2.e3", "tru", "true", "nul", "null ",
		"falsey", `""`, `"\u00"`, `"\u00zz"`, `"\x"`, `"a` + "\x01" + `"`, `"\/"`, `{"a":1,}`, `[1,]`, `[,1]`, `{,}`,
		`{"a" 1}`, `{"a":}`, `{1:2}`, `[1 2]`, `{} {}`, `[]]`, `[[]`, `{"a":[{"b":{}}]}`, "\t[\r\n]\n", `["a","b"`,
		strings.Repeat("[", 128) + strings.Repeat("]", 128), strings.Repeat("[", 129) + strings.Repeat("]", 129),
		strings.Repeat(`{"a":`, 128) + "1" + strings.Repeat("}", 128), strings.Repeat(`{"a":`, 129) + "1" + strings.Repeat("}", 129),
		`"` + strings.Repeat("abcdefg\\\"", 9) + `"`, `"` + strings.Repeat("x", 30) + "\x1f" + `"`, `"12345678\"`,
	})
	alphabet := []byte("{}[]\",:\\ 0-1.eE+tnrufalsbu\x00\x1f")
	for range 30000 {
		b := make([]byte, rng.IntN(20))
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		bodies = append(bodies, string(b))
	}
	for range 2000 {
		b := []byte(randomRequestBody(rng))
		if len(b) > 0 && rng.IntN(2) == 0 {
			b[rng.IntN(len(b))] = alphabet[rng.IntN(len(alphabet))]
		}
		bodies = append(bodies, string(b))
	}
	// Strings with escapes, quotes and control characters at every
	// distance from each other (validString's searches).
	strAlphabet := []byte("abcdefgh\\\\\"\"u00aF/nt\x01\x1f\x7f\xc3\xa9 ")
	for range 30000 {
		b := make([]byte, 2+rng.IntN(40))
		b[0], b[len(b)-1] = '"', '"'
		for i := 1; i < len(b)-1; i++ {
			b[i] = strAlphabet[rng.IntN(len(strAlphabet))]
		}
		bodies = append(bodies, string(b), `["`+string(b)+`",1]`)
	}
	for _, s := range bodies {
		b := []byte(s)
		want := jsonDepth(b) <= maxJSONDepth && gjson.ValidBytes(b)
		if got := validJSON(b); got != want {
			t.Errorf("validJSON(%q) = %v, want %v", s, got, want)
		}
	}
}
