package exchange

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// marshalReference is how MarshalJSON encoded a record before the direct
// encoder: encoding/json over the struct, with Time as a formatted string.
func marshalReference(r *Record) ([]byte, error) {
	return json.Marshal(struct {
		Time string `json:"time"`
		recordJSON
	}{Time: r.Time.UTC().Format(TimeLayout), recordJSON: recordJSON(*r)})
}

// encodeCases are records that exercise every member, omitempty and the
// escaping and number formats of encoding/json.
func encodeCases() []struct {
	name string
	rec  *Record
} {
	chained := sample(4)
	chained.Chain, chained.Seq, chained.Prev, chained.Hash = "0123456789abcdef", 42, "aa", "bb"
	return []struct {
		name string
		rec  *Record
	}{
		{"sample", sample(1)},
		{"sample streamed", sample(2)},
		{"zero record", &Record{}},
		{"chain fields", chained},
		{"feedback", &Record{Schema: 1, Kind: KindFeedback, ExchangeID: "ex-1", Feedback: &Feedback{Kind: "thumbs_down", Message: "too <pushy> & \"loud\""}}},
		{"review", &Record{Kind: KindReview, Review: &Review{Verdict: VerdictFalsePositive, Note: "n", By: "ops", Rules: []string{"a", "b"}}}},
		{"empty review and feedback", &Record{Review: &Review{}, Feedback: &Feedback{}}},
		{"empty nested objects", &Record{Consent: &Consent{}, Redactions: &Redactions{}, Durations: &Durations{}, Usage: &Usage{}, Content: &Content{}}},
		{"empty but non-nil slices and map", &Record{
			Consent:    &Consent{Decision: "deny", Sources: []string{}, Purposes: []string{}, Missing: []string{}},
			Redactions: &Redactions{ByType: map[string]int{}, Rules: []string{}},
			Findings:   []Finding{},
		}},
		{"escaping", &Record{
			Path:     "/v1/<chat>&\"x\"\\y\u2028\u2029\x00\x01\b\f\n\r\t\x1f\x7f",
			Model:    "ünï ✓ 😀 \ufffd",
			Findings: []Finding{{Category: "c", Rule: "r", Excerpt: "a\xffb\xfe\xc3"}, {Category: "\u00e9", Rule: ""}},
		}},
		{"invalid UTF-8 everywhere", &Record{
			Host:       "h\xff",
			Consent:    &Consent{Decision: "\xed\xa0\x80", Sources: []string{"\xc0\xaf"}},
			Redactions: &Redactions{Total: 2, ByType: map[string]int{"A\xff": 1, "A\xfe": 2, "A\ufffd": 3, "B": 4}},
			Content:    &Content{Prompt: "p\xf0\x9f\x98", Answer: "\x80"},
		}},
		{"map keys sorted bytewise", &Record{Redactions: &Redactions{Total: 1, ByType: map[string]int{
			"z": 1, "Z": 2, "_": 3, "é": 4, "a b": 5, "EMAIL_ADDRESS": -6, "<tag>": 7,
		}}}},
		{"float formats", &Record{Durations: &Durations{GuardrailMS: 1e-7, UpstreamTTFBMS: 1e21, TotalMS: 123456789.125}}},
		{"float edges", &Record{Durations: &Durations{GuardrailMS: math.Copysign(0, -1), UpstreamTTFBMS: -0.000001, TotalMS: 5e-324}}},
		{"float large", &Record{Durations: &Durations{GuardrailMS: math.MaxFloat64, UpstreamTTFBMS: 999999999999999999999, TotalMS: 0.1 + 0.2}}},
		{"ints", &Record{Schema: -1, UpstreamStatus: math.MinInt64, Usage: &Usage{PromptTokens: math.MaxInt64, CompletionTokens: -1}}},
		{"time in another zone", &Record{Time: time.Date(2026, 3, 1, 23, 59, 59, 999999999, time.FixedZone("X", -5*3600))}},
		{"time past 9999", &Record{Time: time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)}},
		{"time before year 0", &Record{Time: time.Date(-1, 12, 31, 23, 59, 59, 0, time.UTC)}},
		{"time in year 5", &Record{Time: time.Date(5, 1, 2, 3, 4, 5, 6_000_000, time.UTC)}},
		{"time at the end of a day", &Record{Time: time.Date(2026, 12, 31, 23, 59, 59, 999_999_999, time.UTC)}},
	}
}

func TestAppendRecordMatchesEncodingJSON(t *testing.T) {
	for _, tc := range encodeCases() {
		t.Run(tc.name, func(t *testing.T) {
			want, werr := marshalReference(tc.rec)
			got, err := tc.rec.MarshalJSON()
			if werr != nil || err != nil {
				t.Fatalf("err = %v, reference err = %v", err, werr)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("log form differs from encoding/json:\n got %s\nwant %s", got, want)
			}
		})
	}
}

func TestAppendRecordCanonicalMatchesCanonical(t *testing.T) {
	for _, tc := range encodeCases() {
		t.Run(tc.name, func(t *testing.T) {
			body, err := marshalReference(tc.rec)
			if err != nil {
				t.Fatal(err)
			}
			want, err := canonicalReference(body)
			if err != nil {
				t.Fatal(err)
			}
			got, err := appendRecordCanonical(nil, tc.rec)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("canonical form differs from the reference:\n got %s\nwant %s", got, want)
			}
			if viaParse, _ := Canonical(body); !bytes.Equal(got, viaParse) {
				t.Errorf("canonical form differs from Canonical:\n got %s\nwant %s", got, viaParse)
			}
		})
	}
}

func TestEncodeRejectsNaN(t *testing.T) {
	for _, f := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		rec := &Record{Durations: &Durations{TotalMS: f}}
		if _, err := marshalReference(rec); err == nil {
			t.Fatalf("reference accepted %v", f)
		}
		if _, err := rec.MarshalJSON(); err == nil {
			t.Errorf("MarshalJSON accepted %v", f)
		}
		if _, err := appendRecordCanonical(nil, rec); err == nil {
			t.Errorf("canonical form accepted %v", f)
		}
	}
	var buf bytes.Buffer
	e := NewEmitter(newLogger(&buf, false), testKey)
	e.Emit(&Record{ExchangeID: "ex-nan", Durations: &Durations{TotalMS: math.NaN()}})
	if out := buf.String(); !bytes.Contains(buf.Bytes(), []byte(`"encoding exchange record"`)) || !bytes.Contains(buf.Bytes(), []byte("ex-nan")) {
		t.Errorf("a record with NaN did not log the encoding error: %s", out)
	}
	if st := e.State(); st.Seq != 0 {
		t.Errorf("a record that could not be encoded advanced the chain to seq %d", st.Seq)
	}
}

// TestSealMatchesParsedCanonical checks that a sealed line verifies: the hash
// the emitter computed from the fields is the hash of the parsed line.
func TestSealMatchesParsedCanonical(t *testing.T) {
	e := NewEmitter(nil, testKey)
	var lines [][]byte
	for _, tc := range encodeCases() {
		rec := *tc.rec
		if y := rec.Time.Year(); y > 9999 || y < 0 {
			continue // written as encoding/json would, but not RFC 3339: readers reject it
		}
		line, err := e.Seal(&rec)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		want, _ := marshalReference(&rec)
		if !bytes.Equal(line, want) {
			t.Errorf("%s: sealed line differs from encoding/json:\n got %s\nwant %s", tc.name, line, want)
		}
		lines = append(lines, append([]byte(`{"logger":"`+LoggerName+`","record":`), append(line, '}', '\n')...))
	}
	rep := Verify(sources("sealed", bytes.Join(lines, nil)), testKey)
	if !rep.OK() || rep.Records != len(lines) {
		t.Errorf("verify: ok=%v records=%d of %d, problems %v", rep.OK(), rep.Records, len(lines), rep.Problems)
	}
}

// fuzzBuffers is one Emit's scratch space, reused across fuzz inputs.
var fuzzBuffers = new(encodeBuffers)

func FuzzAppendRecordMatchesReference(f *testing.F) {
	f.Add("/v1/chat", "gpt-4o", "EMAIL_ADDRESS", "[EMAIL_ADDRESS_1] <now>", 0.412, 231.5)
	f.Add("a\xffb", "\u2028", "A\xfe", "\x00\x1f\"\\", 1e-7, 1e21)
	f.Fuzz(func(t *testing.T, path, model, typ, excerpt string, g, ttfb float64) {
		if math.IsNaN(g) || math.IsInf(g, 0) || math.IsNaN(ttfb) || math.IsInf(ttfb, 0) {
			return
		}
		rec := &Record{
			Path: path, Model: model,
			Redactions: &Redactions{Total: 1, ByType: map[string]int{typ: 1, "EMAIL_ADDRESS": 2}, Rules: []string{typ}},
			Findings:   []Finding{{Category: typ, Rule: model, Excerpt: excerpt}},
			Durations:  &Durations{GuardrailMS: g, UpstreamTTFBMS: ttfb, TotalMS: g + ttfb},
		}
		want, err := marshalReference(rec)
		if err != nil {
			t.Fatal(err)
		}
		got, err := rec.MarshalJSON()
		if err != nil || !bytes.Equal(got, want) {
			t.Fatalf("log form (err %v):\n got %s\nwant %s", err, got, want)
		}
		wantCanon, err := canonicalReference(want)
		if err != nil {
			t.Fatal(err)
		}
		gotCanon, err := appendRecordCanonical(nil, rec)
		if err != nil || !bytes.Equal(gotCanon, wantCanon) {
			t.Fatalf("canonical form (err %v):\n got %s\nwant %s", err, gotCanon, wantCanon)
		}
		// Emit's path: both forms from one writer, reused across inputs.
		if err := fuzzBuffers.encode(rec); err != nil || !bytes.Equal(fuzzBuffers.body, want) || !bytes.Equal(fuzzBuffers.canon, wantCanon) {
			t.Fatalf("Emit's encoding (err %v):\n body  %s\n canon %s\nwant\n body  %s\n canon %s", err, fuzzBuffers.body, fuzzBuffers.canon, want, wantCanon)
		}
	})
}

// BenchmarkEncode encodes a full record in both forms, as Emit does before
// it takes the lock.
func BenchmarkEncode(b *testing.B) {
	rec := sample(1)
	eb := getEncodeBuffers()
	defer putEncodeBuffers(eb)
	_ = eb.encode(rec)
	b.SetBytes(int64(len(eb.body)))
	b.ReportAllocs()
	for b.Loop() {
		if err := eb.encode(rec); err != nil {
			b.Fatal(err)
		}
	}
}

// TestEncodeSlots checks that findings take the last value slots (there may
// be any number of them), that every member index has a key, and that a reused writer encodes records of
// different shapes as a fresh one does.
func TestEncodeSlots(t *testing.T) {
	next := 0
	for _, m := range []*members{recordMembers, consentMembers, redactionsMembers, durationsMembers, usageMembers, contentMembers, feedbackMembers, reviewMembers, findingMembers} {
		if m.base != next {
			t.Errorf("members %v take slots from %d, want %d", m.keys, m.base, next)
		}
		// Keys are listed by their index constants: a gap is an index
		// without a key.
		if i := slices.Index(m.keys, ""); i >= 0 {
			t.Errorf("members %v: index %d has no key", m.keys, i)
		}
		next = m.base + len(m.keys)
	}
	cases := encodeCases()
	many := sample(9)
	for i := range 40 {
		many.Findings = append(many.Findings, Finding{Category: "c", Rule: fmt.Sprint(i), Excerpt: strings.Repeat("x", i)})
	}
	cases = append(cases, struct {
		name string
		rec  *Record
	}{"many findings", many})
	eb := getEncodeBuffers()
	defer putEncodeBuffers(eb)
	for round := range 2 {
		for _, tc := range cases {
			rec := *tc.rec
			if err := eb.encode(&rec); err != nil {
				t.Fatalf("%s: %v", tc.name, err)
			}
			wantBody, _ := marshalReference(&rec)
			wantCanon, _ := canonicalReference(wantBody)
			if !bytes.Equal(eb.body, wantBody) || !bytes.Equal(eb.canon, wantCanon) {
				t.Errorf("round %d, %s: reused writer:\n body  %s\n canon %s\nwant\n body  %s\n canon %s", round, tc.name, eb.body, eb.canon, wantBody, wantCanon)
			}
		}
		slices.Reverse(cases)
	}
}

// TestAppendMillis holds the fast path for whole thousandths to
// strconv's shortest form, as appendFloat writes it otherwise.
func TestAppendMillis(t *testing.T) {
	reference := func(f float64) string {
		abs := math.Abs(f)
		format := byte('f')
		if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
			format = 'e'
		}
		b := strconv.AppendFloat(nil, f, format, -1, 64)
		if format == 'e' {
			if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
				b[n-2] = b[n-1]
				b = b[:n-1]
			}
		}
		return string(b)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	var values []float64
	for _, n := range []int64{0, 1, 9, 10, 99, 100, 999, 1000, 1001, 1010, 1100, 123456, 1<<40 - 1, 1 << 40, 1<<40 + 1, 1 << 53} {
		values = append(values, float64(n)/1000, -float64(n)/1000)
	}
	for range 200000 {
		n := rng.Int64N(1 << 41)
		if rng.IntN(2) == 0 {
			n = rng.Int64N(10_000_000) // typical durations
		}
		values = append(values, float64(n)/1000)
	}
	for range 20000 {
		values = append(values, rng.Float64()*math.Pow(10, float64(rng.IntN(30)-10)), math.Copysign(0, -1))
	}
	fast := 0
	for _, f := range values {
		got, err := appendFloat(nil, f)
		if err != nil {
			t.Fatalf("%v: %v", f, err)
		}
		if want := reference(f); string(got) != want {
			t.Fatalf("appendFloat(%v) = %s, want %s", f, got, want)
		}
		if _, ok := appendMillis(nil, f); ok {
			fast++
		}
	}
	if fast < len(values)/2 {
		t.Errorf("fast path taken for %d of %d values", fast, len(values))
	}
}

// TestClockCacheSame holds the cached time formatting to appendTime: times
// within one second, across seconds, before 1970 and outside the years
// the layout's own form covers.
func TestClockCacheSame(t *testing.T) {
	base := []time.Time{
		time.Date(2026, 11, 30, 23, 59, 59, 999_000_000, time.UTC),
		time.Date(1969, 12, 31, 23, 59, 59, 1_000_000, time.UTC),
		time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(0, 1, 1, 0, 0, 0, 5_000_000, time.UTC),
		time.Date(9999, 12, 31, 23, 59, 59, 998_000_000, time.UTC),
		time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(-1, 6, 1, 12, 0, 0, 0, time.UTC),
		time.Date(2024, 2, 29, 12, 30, 0, 0, time.FixedZone("x", 5*3600+1800)),
	}
	rng := rand.New(rand.NewPCG(3, 4))
	var c clockCache
	for _, b := range base {
		for range 200 {
			// Mostly the same second, sometimes the next or an earlier one.
			tm := b.Add(time.Duration(rng.IntN(3000)-1000) * time.Millisecond)
			if got, want := string(c.appendTime(nil, tm)), string(appendTime(nil, tm)); got != want {
				t.Fatalf("%v: cached %q, appendTime %q", tm, got, want)
			}
		}
	}
}

// TestClockCacheKept checks that a pooled writer keeps its clock cache, so
// that records in the same second skip the date and clock.
func TestClockCacheKept(t *testing.T) {
	eb := &encodeBuffers{}
	eb.w.clock.appendTime(nil, time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC))
	putEncodeBuffers(eb)
	if !eb.w.clock.ok {
		t.Error("putEncodeBuffers dropped the writer's clock cache")
	}
}
