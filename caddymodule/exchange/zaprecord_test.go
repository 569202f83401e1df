package exchange

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/tidwall/gjson"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
	"go.uber.org/zap/zaptest/observer"
)

// decodeNumbers decodes JSON with numbers kept as written.
func decodeNumbers(t *testing.T, b []byte) any {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		t.Fatalf("decoding %s: %v", b, err)
	}
	return v
}

// topKeys returns the keys of a JSON object in the order written.
func topKeys(b []byte) []string {
	var keys []string
	gjson.ParseBytes(b).ForEach(func(k, _ gjson.Result) bool {
		keys = append(keys, k.String())
		return true
	})
	return keys
}

// TestZapRecordThroughRealEncoders emits records through zap's JSON encoder
// (production and Caddy's config) and its console encoder, reads the lines
// back and checks that each record holds the values encoding/json writes
// for it, in the same order, and that the chain verifies.
func TestZapRecordThroughRealEncoders(t *testing.T) {
	cases := encodeCases()
	cases = append(cases, struct {
		name string
		rec  *Record
	}{"more floats and strings", &Record{
		Path:      "<script>&amp;\u2028\u2029\x00\x07\x1b\x7f\xff",
		Durations: &Durations{GuardrailMS: 0.1, UpstreamTTFBMS: 1.5e-7, TotalMS: 1e21},
		Usage:     &Usage{},
		Findings:  []Finding{{Category: "a", Rule: "b", Excerpt: "\u2028<>&\"\\"}},
	}})
	encoders := []struct {
		name string
		enc  zapcore.Encoder
	}{
		{"production json", zapcore.NewJSONEncoder(zap.NewProductionEncoderConfig())},
		{"caddy json", zapcore.NewJSONEncoder(caddyJSONConfig())},
		{"caddy console", zapcore.NewConsoleEncoder(caddyJSONConfig())},
	}
	for _, enc := range encoders {
		t.Run(enc.name, func(t *testing.T) {
			var buf bytes.Buffer
			lg := zap.New(zapcore.NewCore(enc.enc, zapcore.AddSync(&buf), zapcore.DebugLevel)).Named(LoggerName)
			e := NewEmitter(lg, testKey)
			var want [][]byte
			var names []string
			for _, tc := range cases {
				rec := *tc.rec
				if y := rec.Time.Year(); y > 9999 || y < 0 {
					continue // not RFC 3339: readers reject it
				}
				e.Emit(&rec)
				b, err := marshalReference(&rec)
				if err != nil {
					t.Fatalf("%s: %v", tc.name, err)
				}
				want, names = append(want, b), append(names, tc.name)
			}
			n := 0
			for i, en := range Read(bytes.NewReader(buf.Bytes()), nil) {
				if en.Err != nil {
					t.Fatalf("line %d: %v", i, en.Err)
				}
				if n >= len(want) {
					t.Fatalf("more records than emitted")
				}
				name, w := names[n], want[n]
				n++
				if got, exp := decodeNumbers(t, en.Raw), decodeNumbers(t, w); !reflect.DeepEqual(got, exp) {
					t.Errorf("%s: values differ from encoding/json:\n got %s\nwant %s", name, en.Raw, w)
				}
				if got, exp := topKeys(en.Raw), topKeys(w); !slices.Equal(got, exp) {
					t.Errorf("%s: key order %v, want %v", name, got, exp)
				}
				gc, err1 := Canonical(en.Raw)
				wc, err2 := Canonical(w)
				if err1 != nil || err2 != nil || !bytes.Equal(gc, wc) {
					t.Errorf("%s: canonical form differs (%v, %v):\n got %s\nwant %s", name, err1, err2, gc, wc)
				}
			}
			if n != len(want) {
				t.Fatalf("read %d records, want %d", n, len(want))
			}
			rep := Verify(sources(enc.name, buf.Bytes()), testKey)
			if !rep.OK() || rep.Records != len(want) {
				t.Errorf("verify: ok=%v records=%d of %d, problems %v", rep.OK(), rep.Records, len(want), rep.Problems)
			}
		})
	}
}

// TestEmitDoesNotKeepRecord checks that a core that keeps fields (the
// observer) sees the record as it was emitted, not later edits.
func TestEmitDoesNotKeepRecord(t *testing.T) {
	core, logs := observer.New(zapcore.InfoLevel)
	e := NewEmitter(zap.New(core), testKey)
	rec := sample(1)
	e.Emit(rec)
	rec.Host, rec.Kind, rec.Hash = "changed", "changed", "changed"
	entries := logs.All()
	if len(entries) != 1 {
		t.Fatalf("got %d entries, want 1", len(entries))
	}
	got, ok := entries[0].ContextMap()[FieldName].(map[string]any)
	if !ok {
		t.Fatalf("field %q is %T, want an object", FieldName, entries[0].ContextMap()[FieldName])
	}
	if got["host"] != "api.example.com" || got["kind"] != KindExchange || got["hash"] == "changed" {
		t.Errorf("observed record changed with the caller's record: host=%v kind=%v hash=%v", got["host"], got["kind"], got["hash"])
	}
}

// TestZapRecordTime checks that the logged time is the one the chain
// hashed (Emit hands the log the canonical form's bytes), for times in
// other zones, with whole and odd milliseconds, on a leap day and in year 1.
func TestZapRecordTime(t *testing.T) {
	times := []time.Time{
		time.Date(2026, 11, 28, 12, 0, 1, 123456789, time.UTC),
		time.Date(2026, 1, 1, 0, 0, 0, 0, time.FixedZone("x", -9*3600-1800)),
		time.Date(2024, 2, 29, 23, 59, 59, 999999999, time.FixedZone("y", 14*3600)),
		time.Date(1, 1, 1, 0, 0, 0, 1000000, time.UTC),
	}
	var buf bytes.Buffer
	e := NewEmitter(newLogger(&buf, false), testKey)
	for i, tm := range times {
		rec := sample(i)
		rec.Time = tm
		e.Emit(rec)
	}
	lines := bytes.Split(bytes.TrimSpace(buf.Bytes()), []byte("\n"))
	if len(lines) != len(times) {
		t.Fatalf("%d lines, want %d", len(lines), len(times))
	}
	for i, line := range lines {
		want := string(appendTime(nil, times[i].UTC().Truncate(time.Millisecond)))
		if got := gjson.GetBytes(line, FieldName+".time").String(); got != want {
			t.Errorf("record %d: time %q, want %q", i, got, want)
		}
	}
	if rep := Verify(sources("t", buf.Bytes()), testKey); !rep.OK() || rep.Records != len(times) {
		t.Errorf("verify: ok=%v records=%d, problems %v", rep.OK(), rep.Records, rep.Problems)
	}
}

// TestZapRecordKeptByTypes emits records whose by_type counts alternate
// through a core that keeps fields (the observer) and encodes every kept
// entry afterwards: each must still hold its own counts, sorted, although
// the canonical pass handed the log its remembered sorted counts.
func TestZapRecordKeptByTypes(t *testing.T) {
	core, logs := observer.New(zapcore.InfoLevel)
	e := NewEmitter(zap.New(core).Named(LoggerName), testKey)
	byTypes := []map[string]int{
		{"PHONE_NUMBER": 2, "EMAIL_ADDRESS": 1},
		{"PHONE_NUMBER": 2, "EMAIL_ADDRESS": 1},
		{"PERSON": 3},
		{"ZIP": 1, "PERSON": 4, "AGE": 2},
		{"PHONE_NUMBER": 2, "EMAIL_ADDRESS": 1},
		{"PHONE_NUMBER": 5, "EMAIL_ADDRESS": 1},
	}
	for _, bt := range byTypes {
		e.Emit(&Record{ExchangeID: "ab12", Redactions: &Redactions{Total: 1, ByType: bt, Rules: []string{"builtin.x"}}})
	}
	enc := zapcore.NewJSONEncoder(caddyJSONConfig())
	for i, ent := range logs.All() {
		buf, err := enc.EncodeEntry(ent.Entry, ent.Context)
		if err != nil {
			t.Fatal(err)
		}
		got := gjson.GetBytes(buf.Bytes(), "record.redactions.by_type").Raw
		want, _ := json.Marshal(byTypes[i]) // encoding/json sorts map keys
		if got != string(want) {
			t.Errorf("record %d: by_type %s, want %s", i, got, want)
		}
	}
}

// TestEmitChainFields checks the chain fields Emit gives the caller's
// record and the log's copy, now that the chain step writes the new hash
// into memory Emit took before the lock (the log's copy's, or its own): for
// a resumed chain whose hash is longer than a SHA-256 one, a new chain,
// a logger that takes no entries and one that keeps them (the observer,
// which must still see each record's own hashes after later records).
func TestEmitChainFields(t *testing.T) {
	long := strings.Repeat("ab", 40)
	core, logs := observer.New(zapcore.InfoLevel)
	cases := []struct {
		name string
		st   ChainState
	}{
		{"resumed long hash", ChainState{ID: "00ff", Seq: 5, Hash: long}},
		{"resumed", ChainState{ID: "00ff", Seq: 9, Hash: strings.Repeat("0f", 32)}},
		{"new chain", ChainState{}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e := ResumeEmitter(nil, testKey, tc.st) // a nop logger first
			st := e.State()
			var recs []*Record
			for i := range 6 {
				if i == 3 {
					e.SetLogger(zap.New(core))
					logs.TakeAll()
				}
				rec := sample(i)
				e.Emit(rec)
				recs = append(recs, rec)
				eb := getEncodeBuffers()
				cp := *rec
				if err := eb.encodeCanonical(&cp); err != nil {
					t.Fatal(err)
				}
				want := chainHash(hmac.New(sha256.New, testKey), st.Hash, eb.canon)
				putEncodeBuffers(eb)
				if rec.Chain != st.ID || rec.Seq != st.Seq+1 || rec.Prev != st.Hash || rec.Hash != want {
					t.Fatalf("record %d: chain %s seq %d prev %s hash %s, want %s %d %s %s", i, rec.Chain, rec.Seq, rec.Prev, rec.Hash, st.ID, st.Seq+1, st.Hash, want)
				}
				if st = e.State(); st != (ChainState{ID: rec.Chain, Seq: rec.Seq, Hash: rec.Hash}) {
					t.Fatalf("record %d: state %+v after a record with seq %d hash %s", i, st, rec.Seq, rec.Hash)
				}
			}
			entries := logs.TakeAll()
			if len(entries) != 3 {
				t.Fatalf("logged %d records, want 3", len(entries))
			}
			for i, en := range entries {
				z, ok := en.Context[0].Interface.(*zapRecord)
				if !ok {
					t.Fatalf("field is %T", en.Context[0].Interface)
				}
				if r := recs[3+i]; z.rec.Chain != r.Chain || z.rec.Seq != r.Seq || z.rec.Prev != r.Prev || z.rec.Hash != r.Hash {
					t.Errorf("logged record %d: %s %d %s %s, emitted %s %d %s %s", i, z.rec.Chain, z.rec.Seq, z.rec.Prev, z.rec.Hash, r.Chain, r.Seq, r.Prev, r.Hash)
				}
			}
		})
	}
}
