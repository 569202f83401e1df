package exchange

import (
	"bytes"
	"encoding/hex"
	"math"
	"math/rand/v2"
	"testing"
	"time"
	"unsafe"
)

// randomRecord returns a record with each member present or not, strings
// drawn from plain, escaped and invalid UTF-8 ones, and numbers from the
// edges of their formats.
func randomRecord(r *rand.Rand) *Record {
	strs := []string{
		"", "exchange", "openai_chat", "gpt-4o-mini", "/v1/chat/completions", "POST", "forwarded",
		"a<b>&c", "quote\"back\\slash", "ctl\x00\x1f\n\t", "\u2028\u2029", "ünï ✓ 😀", "bad\xffutf8\xc3",
		"\xed\xa0\x80", "[EMAIL_ADDRESS_1]", "sha256:3436d3d20aa3a487", "9f04339817d3bc3f172f1773d2a4dc3a",
	}
	s := func() string { return strs[r.IntN(len(strs))] }
	list := func() []string {
		switch r.IntN(4) {
		case 0:
			return nil
		case 1:
			return []string{}
		}
		out := make([]string, 1+r.IntN(3))
		for i := range out {
			out[i] = s()
		}
		return out
	}
	floats := []float64{0, 0.78, 0.038, 0.824, 1e-7, 1e21, 123456789.125, math.Copysign(0, -1), -0.000001, 5e-324, 0.1 + 0.2, 231.5}
	f := func() float64 { return floats[r.IntN(len(floats))] }
	ints := []int{0, 1, 5, 200, 525, -1, math.MaxInt64, math.MinInt64}
	n := func() int { return ints[r.IntN(len(ints))] }
	maybe := func() bool { return r.IntN(2) == 0 }
	rec := &Record{
		Schema: n(), Kind: s(), ExchangeID: s(), Host: s(), Route: s(), Method: s(), Path: s(),
		Dialect: s(), Model: s(), Stream: maybe(), Subject: s(), Media: s(), Outcome: s(),
		ErrorCode: s(), UpstreamStatus: n(), RulesVersion: s(),
		Time: time.Date(2026, 11, 29, 15, r.IntN(60), r.IntN(60), r.IntN(1e9), time.UTC),
	}
	if r.IntN(50) == 0 {
		rec.Time = time.Date(10000+r.IntN(3), 1, 1, 0, 0, 0, 0, time.FixedZone("X", 3600))
	}
	if maybe() {
		rec.Consent = &Consent{Decision: s(), Sources: list(), Purposes: list(), Missing: list()}
	}
	if maybe() {
		rec.Redactions = &Redactions{Total: n(), Rules: list()}
		if maybe() {
			rec.Redactions.ByType = map[string]int{}
			for range r.IntN(6) {
				rec.Redactions.ByType[s()] = n()
			}
		}
	}
	if maybe() {
		for range r.IntN(4) {
			rec.Findings = append(rec.Findings, Finding{Category: s(), Rule: s(), Severity: s(), Action: s(), Excerpt: s()})
		}
	}
	if maybe() {
		rec.Durations = &Durations{GuardrailMS: f(), UpstreamTTFBMS: f(), TotalMS: f()}
	}
	if maybe() {
		rec.Usage = &Usage{PromptTokens: n(), CompletionTokens: n(), TotalTokens: n()}
	}
	if r.IntN(4) == 0 {
		rec.Content = &Content{Prompt: s(), Answer: s()}
	}
	if r.IntN(4) == 0 {
		rec.Feedback = &Feedback{Kind: s(), Message: s()}
	}
	if r.IntN(4) == 0 {
		rec.Review = &Review{Verdict: s(), Note: s(), By: s(), Rules: list()}
	}
	return rec
}

// TestCanonicalRecordSame holds canonicalRecord, which Emit encodes with,
// to the member loop's canonical pass (record(rec, true)), byte for byte,
// time bounds and errors included, on the test cases and 20,000 random
// records, with fresh and reused writers.
func TestCanonicalRecordSame(t *testing.T) {
	var recs []*Record
	for _, tc := range encodeCases() {
		recs = append(recs, tc.rec)
	}
	recs = append(recs, &Record{Durations: &Durations{TotalMS: math.NaN()}}, &Record{Durations: &Durations{GuardrailMS: math.Inf(1)}})
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		recs = append(recs, randomRecord(r))
	}
	var reused, reusedRef objWriter
	for i, rec := range recs {
		ref := objWriter{}
		want, werr := ref.record(rec, true)
		got := objWriter{}
		b, err := got.canonicalRecord(rec)
		if !bytes.Equal(b, want) || (err == nil) != (werr == nil) {
			t.Fatalf("record %d: canonicalRecord (err %v)\n got %s\nwant %s (err %v)", i, err, b, want, werr)
		}
		if werr == nil && (got.timeStart != ref.timeStart || got.timeEnd != ref.timeEnd) {
			t.Fatalf("record %d: time at [%d:%d], want [%d:%d]", i, got.timeStart, got.timeEnd, ref.timeStart, ref.timeEnd)
		}
		// A reused writer, as in Emit's pooled buffers, after a log pass
		// that noted value slots.
		reusedRef.memo, reusedRef.b = true, reusedRef.b[:0]
		_, _ = reusedRef.record(rec, false)
		reused.memo, reused.spans = true, reusedRef.spans
		reused.b = append(reused.b[:0], "prefix"...)
		b, err = reused.canonicalRecord(rec)
		if !bytes.Equal(b[len("prefix"):], want) || (err == nil) != (werr == nil) {
			t.Fatalf("record %d: reused canonicalRecord (err %v)\n got %s\nwant %s", i, err, b, want)
		}
	}
}

// TestEmitChainSame checks that Emit's records and hashes are those of the
// member loop's canonical pass: 2,000 random records sealed by two
// emitters on the same chain, one encoding through canonicalRecord (Emit)
// and one through record(rec, true), give the same hashes.
func TestEmitChainSame(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	e := ResumeEmitter(nil, testKey, ChainState{ID: "0123456789abcdef"})
	ref := ResumeEmitter(nil, testKey, ChainState{ID: "0123456789abcdef"})
	for i := range 2000 {
		rec := randomRecord(r)
		cp := *rec
		e.Emit(rec)
		fill(&cp)
		cp.Chain, cp.Seq, cp.Prev, cp.Hash = "", 0, "", ""
		o := objWriter{}
		canon, err := o.record(&cp, true)
		if err != nil {
			continue // Emit logged an error entry and did not seal it
		}
		ref.mu.Lock()
		ref.step(&cp, canon, make([]byte, 64))
		ref.mu.Unlock()
		if rec.Hash != cp.Hash || rec.Seq != cp.Seq || rec.Prev != cp.Prev {
			t.Fatalf("record %d: seq %d hash %s prev %s, want seq %d hash %s prev %s", i, rec.Seq, rec.Hash, rec.Prev, cp.Seq, cp.Hash, cp.Prev)
		}
	}
}

// TestEncodeHex holds EncodeHex to hex.Encode for every byte value and
// for the lengths of ids and hashes.
func TestEncodeHex(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	src := make([]byte, 256)
	for i := range src {
		src[i] = byte(i)
	}
	inputs := [][]byte{nil, src, src[:1], src[250:]}
	for range 1000 {
		b := make([]byte, r.IntN(40))
		for i := range b {
			b[i] = byte(r.Uint32())
		}
		inputs = append(inputs, b)
	}
	for _, in := range inputs {
		got := make([]byte, 2*len(in))
		EncodeHex(got, in)
		if want := hex.EncodeToString(in); string(got) != want {
			t.Fatalf("EncodeHex(%x) = %s, want %s", in, got, want)
		}
	}
}

// TestCanonicalRedactionsSeen runs records whose redactions repeat, change
// in one member or need escaping through one reused writer (as Emit's
// pooled one), and holds each to record(rec, true).
func TestCanonicalRedactionsSeen(t *testing.T) {
	base := func() *Redactions {
		return &Redactions{Total: 5, ByType: map[string]int{"EMAIL_ADDRESS": 1, "PHONE_NUMBER": 2, "IBAN_CODE": 2},
			Rules: []string{"builtin.email", "builtin.iban", "builtin.phone"}}
	}
	var reds []*Redactions
	for _, change := range []func(*Redactions){
		func(*Redactions) {},
		func(*Redactions) {},
		func(r *Redactions) { r.Total = 6 },
		func(r *Redactions) { r.ByType["PHONE_NUMBER"] = 3 },
		func(r *Redactions) { r.ByType["IP_ADDRESS"] = 1 },
		func(r *Redactions) { delete(r.ByType, "IBAN_CODE") },
		func(r *Redactions) { delete(r.ByType, "IBAN_CODE"); r.ByType["IBAN_CODF"] = 2 },
		func(r *Redactions) { r.Rules = r.Rules[:2] },
		func(r *Redactions) { r.Rules[2] = "builtin.phonf" },
		func(r *Redactions) { r.Rules = nil },
		func(r *Redactions) { r.Rules = []string{} },
		func(r *Redactions) { r.ByType = nil },
		func(r *Redactions) { r.ByType["A<B"] = 1 },
		func(r *Redactions) { r.Rules = append(r.Rules, "q\"uote") },
		func(r *Redactions) { r.ByType["bad\xff"] = 1 },
		func(*Redactions) {},
	} {
		r := base()
		change(r)
		reds = append(reds, r, r, base())
	}
	var reused objWriter
	for i, red := range reds {
		rec := &Record{Schema: 1, Kind: KindExchange, ExchangeID: "x", Redactions: red, Outcome: "forwarded"}
		ref := objWriter{}
		want, _ := ref.record(rec, true)
		reused.b = reused.b[:0]
		got, err := reused.canonicalRecord(rec)
		if err != nil || !bytes.Equal(got, want) {
			t.Fatalf("record %d: canonicalRecord (err %v)\n got %s\nwant %s", i, err, got, want)
		}
	}
	// The remembered strings are copies: the record's may point into a
	// buffer that is reused after Emit.
	buf := []byte("EMAIL_ADDRESS builtin.email")
	typ, id := unsafe.String(&buf[0], 13), unsafe.String(&buf[14], 13)
	rec := &Record{Redactions: &Redactions{Total: 1, ByType: map[string]int{typ: 1}, Rules: []string{id}}}
	_, _ = reused.canonicalRecord(rec)
	clear(buf)
	last := reused.lastRedactions
	if len(last.byType) != 1 || last.byType[0].key != "EMAIL_ADDRESS" || len(last.rules) != 1 || last.rules[0] != "builtin.email" {
		t.Errorf("remembered %v and %q", last.byType, last.rules)
	}
}
