package exchange

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/tidwall/gjson"
)

// chainFields are the keys left out of the canonical form.
var chainFields = []string{"chain", "seq", "prev", "hash"}

// Canonical returns the canonical bytes of a record's JSON object, the bytes
// the chain hash covers: the object without the chain fields (chain, seq,
// prev, hash), re-encoded the way Go's encoding/json encodes a
// map[string]any decoded with UseNumber: keys sorted (bytewise) at every
// level, the last of duplicate keys kept, no white space, number literals
// as written, strings escaped the encoding/json way (HTML characters, U+2028,
// U+2029 and invalid UTF-8 escaped). Key order and white space in the log
// therefore do not matter; any change to a key or a value does.
func Canonical(obj []byte) ([]byte, error) {
	if !gjson.ValidBytes(obj) {
		return nil, errors.New("canonical form: invalid JSON")
	}
	res := gjson.ParseBytes(obj)
	if !res.IsObject() {
		return nil, errors.New("canonical form: not an object")
	}
	return appendCanonical(make([]byte, 0, len(obj)), res, true)
}

// member is one key and value of an object.
type member struct {
	key string
	val gjson.Result
}

// appendCanonical appends the canonical form of v; top drops the chain fields.
func appendCanonical(dst []byte, v gjson.Result, top bool) ([]byte, error) {
	var err error
	switch {
	case v.IsObject():
		var ms []member
		v.ForEach(func(k, val gjson.Result) bool {
			var key string
			if key, err = decodeString(k.Raw); err != nil {
				return false
			}
			if top && slices.Contains(chainFields, key) {
				return true
			}
			ms = append(ms, member{key, val})
			return true
		})
		if err != nil {
			return nil, err
		}
		slices.SortStableFunc(ms, func(a, b member) int { return strings.Compare(a.key, b.key) })
		dst = append(dst, '{')
		first := true
		for i, m := range ms {
			if i+1 < len(ms) && ms[i+1].key == m.key {
				continue // a later duplicate wins
			}
			if !first {
				dst = append(dst, ',')
			}
			first = false
			dst = appendJSONString(dst, m.key)
			dst = append(dst, ':')
			if dst, err = appendCanonical(dst, m.val, false); err != nil {
				return nil, err
			}
		}
		return append(dst, '}'), nil
	case v.IsArray():
		dst = append(dst, '[')
		i := 0
		v.ForEach(func(_, el gjson.Result) bool {
			if i > 0 {
				dst = append(dst, ',')
			}
			i++
			dst, err = appendCanonical(dst, el, false)
			return err == nil
		})
		if err != nil {
			return nil, err
		}
		return append(dst, ']'), nil
	case v.Type == gjson.String:
		str, err := decodeString(v.Raw)
		if err != nil {
			return nil, err
		}
		return appendJSONString(dst, str), nil
	default: // numbers as written, true, false, null
		return append(dst, v.Raw...), nil
	}
}

// decodeString decodes a JSON string token as encoding/json does.
func decodeString(raw string) (string, error) {
	if len(raw) >= 2 && raw[0] == '"' && raw[len(raw)-1] == '"' {
		inner := raw[1 : len(raw)-1]
		if !strings.ContainsRune(inner, '\\') && utf8.ValidString(inner) {
			return inner, nil
		}
	}
	var s string
	if err := json.Unmarshal([]byte(raw), &s); err != nil {
		return "", errors.New("canonical form: invalid string")
	}
	return s, nil
}

const hexDigits = "0123456789abcdef"

// appendJSONString appends s quoted and escaped exactly as encoding/json
// does with HTML escaping on (its default).
func appendJSONString(dst []byte, s string) []byte {
	dst, _ = appendJSONStringRepair(dst, s, false)
	return dst
}

// jsonSafe holds the bytes encoding/json writes as they are (ASCII only, with
// HTML escaping on).
var jsonSafe = func() (t [256]bool) {
	for b := 0x20; b < utf8.RuneSelf; b++ {
		t[b] = b != '"' && b != '\\' && b != '<' && b != '>' && b != '&'
	}
	return t
}()

// skipJSONSafe returns the index of the first byte at or after i in s that
// is not jsonSafe (len(s) if there is none). Records are mostly such
// bytes, and this small loop keeps its state in registers (inside
// appendJSONStringRepair the compiler spills it at every byte).
func skipJSONSafe(s string, i int) int {
	for i < len(s) && jsonSafe[s[i]] {
		i++
	}
	return i
}

// appendJSONStringRepair is appendJSONString; with rawRepair, each byte of
// invalid UTF-8 becomes the character U+FFFD itself instead of the escape
// \ufffd, which is what decoding encoding/json's output and encoding it
// again gives. It reports whether s held invalid UTF-8.
func appendJSONStringRepair(dst []byte, s string, rawRepair bool) (_ []byte, repaired bool) {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		if i = skipJSONSafe(s, i); i >= len(s) {
			break
		}
		if b := s[i]; b < utf8.RuneSelf {
			if jsonSafe[b] {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch b {
			case '\\', '"':
				dst = append(dst, '\\', b)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[b>>4], hexDigits[b&0xF])
			}
			i++
			start = i
			continue
		}
		c, size := utf8.DecodeRuneInString(s[i:])
		if c == utf8.RuneError && size == 1 {
			repaired = true
			dst = append(dst, s[start:i]...)
			if rawRepair {
				dst = utf8.AppendRune(dst, utf8.RuneError)
			} else {
				dst = append(dst, `\ufffd`...)
			}
			i += size
			start = i
			continue
		}
		if c == '\u2028' || c == '\u2029' {
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[c&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"'), repaired
}

// canonicalReference is the definition Canonical implements, kept for
// tests: decode into map[string]any with UseNumber, drop the chain fields,
// json.Marshal.
func canonicalReference(obj []byte) ([]byte, error) {
	dec := json.NewDecoder(bytes.NewReader(obj))
	dec.UseNumber()
	var m map[string]any
	if err := dec.Decode(&m); err != nil {
		return nil, fmt.Errorf("canonical form: %w", scrub(err))
	}
	for _, k := range chainFields {
		delete(m, k)
	}
	return json.Marshal(m)
}

// Problem kinds reported by [Verify].
const (
	// ProblemEdited means a record's hash does not match its content, or its
	// prev does not match the previous record's hash.
	ProblemEdited = "edited"
	// ProblemRemoved means records are missing: the seq jumps forward.
	ProblemRemoved = "removed"
	// ProblemReordered means a record is out of order: the seq goes back or
	// a gap is filled by a later line.
	ProblemReordered = "reordered"
	// ProblemMalformed means a line could not be read as a record.
	ProblemMalformed = "malformed"
	// ProblemUnchained means a record carries no chain fields.
	ProblemUnchained = "unchained"
)

// Problem is one place where a log fails verification.
type Problem struct {
	// Source names the file (or stream) of the line.
	Source string
	// Line is the 1-based line number.
	Line int
	// Kind is one of the Problem constants.
	Kind string
	// Detail explains the problem without quoting record content.
	Detail string

	chain    string
	expected uint64
	got      uint64
}

// String formats the problem as "source:line: kind: detail".
func (p Problem) String() string {
	return fmt.Sprintf("%s:%d: %s: %s", p.Source, p.Line, p.Kind, p.Detail)
}

// ChainSummary describes one chain seen by [Verify].
type ChainSummary struct {
	// ID is the chain id.
	ID string
	// First and Last are the first and last seq seen.
	First, Last uint64
	// Records is the number of records of this chain.
	Records int
	// StartsMidway is true when the chain's first record seen is not seq 1:
	// earlier records are in files that were not given (or were removed).
	StartsMidway bool
}

// Report is the result of [Verify].
type Report struct {
	// Records is the number of records checked.
	Records int
	// Chains lists the chains in the order they were first seen. More than
	// one chain means the emitter restarted (or several emitters wrote).
	Chains []ChainSummary
	// Problems lists what failed, in line order; empty when intact.
	Problems []Problem
}

// OK reports whether no problem was found.
func (r *Report) OK() bool { return len(r.Problems) == 0 }

// First returns the first problem, or the zero Problem and false.
func (r *Report) First() (Problem, bool) {
	if len(r.Problems) == 0 {
		return Problem{}, false
	}
	return r.Problems[0], true
}

// Source is a named stream of entries to verify, e.g. one file.
type Source struct {
	// Name names the source in problems, e.g. the file path.
	Name string
	// Entries yields the source's entries with their line numbers.
	Entries iter.Seq2[int, Entry]
}

// Verify checks the hash chains of the records in the sources, read in
// order (give rolled files oldest first). Each chain is checked on its own,
// so records of several emitters may interleave. A new chain starting at
// seq 1 is a recognised restart; one starting later is reported in its
// summary (StartsMidway), not as a problem, since rolled files that were
// deleted look the same. Removing the last records of a log cannot be
// detected from the log alone.
//
// Verify goes on after a problem, resynchronising on the bad record, so
// that independent problems are all reported. A seq gap that a later line
// fills is reported as a reorder at the first misplaced line.
func Verify(sources []Source, key []byte) *Report {
	type chainState struct {
		idx      int // into rep.Chains
		seq      uint64
		hash     string
		lastLine int
		lastSrc  string
	}
	rep := &Report{}
	states := map[string]*chainState{}
	mac := hmac.New(sha256.New, key)
	for _, src := range sources {
		for n, e := range src.Entries {
			if e.Err != nil {
				rep.Problems = append(rep.Problems, Problem{Source: src.Name, Line: n, Kind: ProblemMalformed, Detail: e.Err.Error()})
				continue
			}
			rep.Records++
			rec := e.Record
			if rec.Chain == "" || rec.Seq == 0 || rec.Hash == "" {
				rep.Problems = append(rep.Problems, Problem{Source: src.Name, Line: n, Kind: ProblemUnchained, Detail: "record has no chain fields"})
				continue
			}
			canon, err := Canonical(e.Raw)
			if err != nil {
				rep.Problems = append(rep.Problems, Problem{Source: src.Name, Line: n, Kind: ProblemMalformed, Detail: err.Error()})
				continue
			}
			st, seen := states[rec.Chain]
			if !seen {
				st = &chainState{idx: len(rep.Chains)}
				states[rec.Chain] = st
				rep.Chains = append(rep.Chains, ChainSummary{ID: rec.Chain, First: rec.Seq, StartsMidway: rec.Seq != 1})
			}
			sum := &rep.Chains[st.idx]
			sum.Records++
			if rec.Seq > sum.Last {
				sum.Last = rec.Seq
			}
			p := Problem{Source: src.Name, Line: n, chain: rec.Chain, got: rec.Seq}
			switch {
			case chainHash(mac, rec.Prev, canon) != rec.Hash:
				p.Kind, p.Detail = ProblemEdited, fmt.Sprintf("hash mismatch at seq %d of chain %s: the record was changed (or the key is wrong)", rec.Seq, rec.Chain)
			case seen && rec.Seq <= st.seq:
				p.Kind, p.Detail = ProblemReordered, fmt.Sprintf("seq %d of chain %s comes after seq %d (%s:%d)", rec.Seq, rec.Chain, st.seq, st.lastSrc, st.lastLine)
			case seen && rec.Seq > st.seq+1:
				p.Kind, p.Detail = ProblemRemoved, fmt.Sprintf("seq gap in chain %s: expected %d, got %d (%d record(s) missing after %s:%d)", rec.Chain, st.seq+1, rec.Seq, rec.Seq-st.seq-1, st.lastSrc, st.lastLine)
				p.expected = st.seq + 1
			case seen && rec.Prev != st.hash:
				p.Kind, p.Detail = ProblemEdited, fmt.Sprintf("prev of seq %d does not match the hash of seq %d (%s:%d): a record was replaced", rec.Seq, st.seq, st.lastSrc, st.lastLine)
			case !seen && rec.Seq == 1 && rec.Prev != "":
				p.Kind, p.Detail = ProblemEdited, fmt.Sprintf("seq 1 of chain %s has a prev hash", rec.Chain)
			}
			if p.Kind != "" {
				rep.Problems = append(rep.Problems, p)
			}
			if !seen || rec.Seq > st.seq {
				st.seq, st.hash = rec.Seq, rec.Hash
				st.lastLine, st.lastSrc = n, src.Name
			}
		}
	}
	// A gap filled later is a reorder: the misplaced record(s) sit after.
	for i := range rep.Problems {
		p := &rep.Problems[i]
		if p.Kind != ProblemRemoved {
			continue
		}
		for _, q := range rep.Problems[i+1:] {
			if q.Kind == ProblemReordered && q.chain == p.chain && q.got >= p.expected && q.got < p.got {
				p.Kind = ProblemReordered
				p.Detail = fmt.Sprintf("seq %d of chain %s appears before seq %d (%s:%d): lines were moved", p.got, p.chain, q.got, q.Source, q.Line)
				break
			}
		}
	}
	return rep
}
