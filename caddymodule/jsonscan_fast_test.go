package caddymodule

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/caddy-guardrail/guardrail/redact"
)

// isStructuralRef is isStructural as a plain map lookup of the lowered key.
func isStructuralRef(key string) bool {
	if len(key) > 24 {
		return false
	}
	_, ok := structuralKeys[strings.ToLower(key)]
	return ok
}

// TestStructuralByLen holds the length buckets isStructural compares with
// to structuralKeys, and isStructural to the map lookup.
func TestStructuralByLen(t *testing.T) {
	n := 0
	for l, ks := range structuralByLen {
		for _, k := range ks {
			if len(k) != l {
				t.Errorf("%q in bucket %d", k, l)
			}
			n++
		}
	}
	if n != len(structuralKeys) {
		t.Errorf("buckets hold %d keys, want %d", n, len(structuralKeys))
	}
	for k := range structuralKeys {
		if len(k) >= len(structuralByLen) || k != strings.ToLower(k) || !isASCII(k) {
			t.Errorf("structural key %q: want lower-case ASCII shorter than %d bytes", k, len(structuralByLen))
		}
	}
	keys := randomVocabulary()
	keys = append(keys, "", "MODEL", "Model", "mOdEl", "models", "mode", "\u212aeep_alive", "KEEP_ALIVE",
		"typ\u0065", "tÿpe", "ıd", "İD", "ID", "id", "file_Id", "image_URL", "x"+strings.Repeat("a", 30),
		"reasoning_effort", "reasoning_effort_", "response_formaT", "ſignature", "\u212a\u212a")
	for _, k := range keys {
		if got, want := isStructural(k), isStructuralRef(k); got != want {
			t.Errorf("isStructural(%q) = %v, want %v", k, got, want)
		}
	}
}

// TestKeyMatches holds keyMatches to strings.EqualFold for the dialects'
// segments, and checks the segments are ASCII as keyMatches assumes.
func TestKeyMatches(t *testing.T) {
	segs := map[string]bool{}
	for _, d := range dialects {
		for _, p := range append(append([]jsonPath{}, d.request...), d.user...) {
			for _, s := range p {
				if !isASCII(s) {
					t.Errorf("dialect %s: path segment %q is not ASCII", d.name, s)
				}
				segs[s] = true
			}
		}
	}
	keys := append(randomVocabulary(), "\u212aey", "ſtream", "conte\u212at", "CONTENT", "content ", "",
		"meſſages", "MeſſageS", "ſystem", "inſtructions")
	folded := 0
	for s := range segs {
		for _, k := range keys {
			if got, want := keyMatches(k, s, !isASCII(k)), strings.EqualFold(k, s); got != want {
				t.Errorf("keyMatches(%q, %q) = %v, want %v", k, s, got, want)
			}
			if len(k) != len(s) && strings.EqualFold(k, s) {
				folded++
			}
		}
	}
	if folded == 0 {
		t.Error("no key of another length than its segment matched: the test lost its non-ASCII cases")
	}
}

// checkValidJSONUTF8 fails t when validJSONUTF8 or checkJSON differ from
// their definitions for b.
func checkValidJSONUTF8(t *testing.T, b []byte) {
	t.Helper()
	if got, want := validJSONUTF8(b), validJSON(b) && utf8.Valid(b); got != want {
		t.Fatalf("validJSONUTF8(%q) = %v, want %v", b, got, want)
	}
	got, want := checkJSON(b), jsonError(b)
	if (got == nil) != (want == nil) || got != nil && *got != *want {
		t.Fatalf("checkJSON(%q) = %v, want %v", b, got, want)
	}
}

// TestValidJSONUTF8Same holds validJSONUTF8 to validJSON && utf8.Valid,
// and checkJSON to its former sequence of checks, on bodies with UTF-8
// (valid, truncated, overlong, surrogates, stray continuation bytes) in and
// outside strings, next to escapes and at every offset of the 8-byte steps.
func TestValidJSONUTF8Same(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	pieces := []string{"a", "bcdefgh", `\"`, `\\`, `\u00e9`, `\n`, "é", "€", "😀", "\xc3", "\xa9", "\xe2\x82", "\xf0\x9f\x98",
		"\xc0\xaf", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xff", "\x7f", "\x01", "\x1f", " ", "12345678"}
	for range 100000 {
		var sb strings.Builder
		for range rng.IntN(12) {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		str := `"` + sb.String() + `"`
		for _, b := range []string{str, `{"k` + sb.String() + `":1}`, `[1,` + str + `,{"a":` + str + `}]`, `[` + sb.String() + `]`} {
			checkValidJSONUTF8(t, []byte(b))
		}
	}
	for _, s := range rewriteSeeds {
		checkValidJSONUTF8(t, []byte(s))
	}
	for range 3000 {
		b := []byte(randomRequestBody(rng))
		if len(b) > 0 {
			b[rng.IntN(len(b))] = pieces[rng.IntN(len(pieces))][0]
		}
		checkValidJSONUTF8(t, b)
	}
	checkValidJSONUTF8(t, []byte(benchPromptBody(true, false)))
	checkValidJSONUTF8(t, []byte(strings.Repeat("[", 129)+strings.Repeat("]", 129)))
	checkValidJSONUTF8(t, []byte(strings.Repeat("[", 129)+"\"\xff\""+strings.Repeat("]", 129)))
}

// FuzzValidJSONUTF8 is TestValidJSONUTF8Same on fuzzed bodies.
func FuzzValidJSONUTF8(f *testing.F) {
	for _, s := range rewriteSeeds {
		f.Add([]byte(s))
	}
	f.Add([]byte(`{"a":"\u00e9\xc3\xa9\xc3","b":["😀\"\xed\xa0\x80"]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		checkValidJSONUTF8(t, b)
	})
}

func BenchmarkCheckJSON(b *testing.B) {
	body := []byte(benchPromptBody(true, false))
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		if checkJSON(body) != nil {
			b.Fatal("invalid")
		}
	}
}

// TestRedactPlainSame holds redactPlain, which splices a token's
// replacements between copies of its text, to the general path (the whole
// text redacted, then encoded), for every operator and for spans the splice
// must refuse: unsorted, overlapping, empty, out of range and cutting a
// character in two.
func TestRedactPlainSame(t *testing.T) {
	texts := []string{
		"mail ana.silva@example.com now",
		"Grüße von Jürgen Müller, Straße 5 — ok 😀 end",
		"😀😀😀 abc",
		"",
	}
	policies := map[string]*redact.Policy{
		"placeholder": nil,
		"mask":        {Default: redact.Operator{Kind: redact.OpMask, KeepLast: 2}},
		"mask_quote":  {Default: redact.Operator{Kind: redact.OpMask, MaskChar: '"'}},
		"mask_ctrl":   {Default: redact.Operator{Kind: redact.OpMask, MaskChar: '\n'}},
		"mask_bad":    {Default: redact.Operator{Kind: redact.OpMask, MaskChar: 0xD800}},
		"hash":        {Default: redact.Operator{Kind: redact.OpHash}, Key: []byte("k")},
		"remove":      {Default: redact.Operator{Kind: redact.OpRemove}},
	}
	spanSets := func(n int) [][]redact.Span {
		sp := func(a, b int) redact.Span { return redact.Span{Start: a, End: b, Type: "EMAIL_ADDRESS", Rule: "r"} }
		sets := [][]redact.Span{
			{sp(0, n)},
			{sp(0, 1)},
			{sp(n/2, n)},
			{sp(1, 3), sp(3, 5)},           // adjacent
			{sp(2, 6), sp(4, 8)},           // overlapping
			{sp(4, 8), sp(0, 2)},           // unsorted
			{sp(3, 3), sp(5, 4)},           // empty
			{sp(-2, 3), sp(n-1, n+5)},      // out of range
			{sp(1, 2), sp(2, 3), sp(3, 9)}, // may cut characters
		}
		for a := 0; a < n; a += 3 {
			sets = append(sets, []redact.Span{sp(a, min(a+2, n))})
		}
		return sets
	}
	for pname, pol := range policies {
		for _, text := range texts {
			for _, spans := range spanSets(len(text)) {
				body := []byte(`{"messages":[{"role":"user","content":` + strconv.Quote(text) + `}]}`)
				if checkJSON(body) != nil {
					t.Fatalf("test body %q is not valid", body)
				}
				run := func(checked bool) string {
					tr := &textRedactor{
						find:   func(string) []redact.Span { return slices.Clone(spans) },
						policy: pol, vault: redact.NewVault([]byte("key")),
					}
					defer tr.vault.Release()
					out, err := redactJSONText(body, string(body), openAIChat.request, openAIChat.user, tr,
						func(string) string { return "anonymous" }, checked, nil, nil)
					if err != nil {
						return "error: " + err.Error()
					}
					return string(out)
				}
				if got, want := run(true), run(false); got != want {
					t.Errorf("%s, %q, spans %v:\n got  %q\n want %q", pname, text, spans, got, want)
				}
			}
		}
	}
}

// TestIsASCII holds isASCII, which reads eight bytes at a time, to a byte
// loop, with one non-ASCII byte at each place of strings of 0 to 40 bytes.
func TestIsASCII(t *testing.T) {
	ref := func(s string) bool {
		for i := range len(s) {
			if s[i] >= utf8.RuneSelf {
				return false
			}
		}
		return true
	}
	for n := range 41 {
		b := []byte(strings.Repeat("k", n))
		if s := string(b); !isASCII(s) {
			t.Errorf("isASCII(%q) = false", s)
		}
		for i := range n {
			for _, c := range []byte{0x80, 0xc3, 0xff} {
				b[i] = c
				if s := string(b); isASCII(s) != ref(s) {
					t.Errorf("isASCII(%q) = %v", s, !ref(s))
				}
				b[i] = 'k'
			}
		}
	}
	// Keys a request names, and their upper case, go through
	// isStructuralASCII with the flag the scan computes.
	for _, k := range append(randomVocabulary(), "Ḱey", "MESSAGES", "Stream", "ROLE") {
		if got, want := isStructuralASCII(k, isASCII(k)), isStructuralRef(k); got != want {
			t.Errorf("isStructuralASCII(%q) = %v, want %v", k, got, want)
		}
	}
}
