package caddymodule

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"
	"unsafe"

	"github.com/tidwall/gjson"

	"github.com/caddy-guardrail/guardrail/redact"
)

// apiError is an error the client sees in its API's own error shape.
type apiError struct {
	status  int
	code    string // machine-readable, e.g. "consent_required"
	message string // never contains request content
}

func (e *apiError) Error() string { return e.code + ": " + e.message }

func errorf(status int, code, format string, args ...any) *apiError {
	return &apiError{status: status, code: code, message: fmt.Sprintf(format, args...)}
}

// readBody reads the request body, decoding gzip or deflate, up to max bytes
// of decoded content. It fails closed: an unknown encoding, an oversize or
// unreadable body is an error and nothing is forwarded.
func readBody(r *http.Request, max int64) ([]byte, *apiError) {
	return readBodyTo(nil, r, max)
}

// readBodyTo is readBody appending to dst[:0] (a pooled buffer), growing it
// when it is too small.
func readBodyTo(dst []byte, r *http.Request, max int64) ([]byte, *apiError) {
	if r.Body == nil || r.Body == http.NoBody {
		return nil, nil
	}
	if headerValue(r.Header, "Content-Encoding") == "" {
		// The common case, apart from the decoders' code: a request's
		// path through the handler then touches fewer lines of code.
		return readAllBody(dst, r.Body, r.ContentLength, max)
	}
	return readEncodedBody(dst, r, max)
}

// readEncodedBody is readBodyTo for a body with a Content-Encoding header.
func readEncodedBody(dst []byte, r *http.Request, max int64) ([]byte, *apiError) {
	var src io.Reader = r.Body
	enc := strings.ToLower(strings.TrimSpace(headerValue(r.Header, "Content-Encoding")))
	switch enc {
	case "", "identity":
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(io.LimitReader(r.Body, max+1))
		if err != nil {
			return nil, errorf(http.StatusBadRequest, "invalid_body", "request body is not valid gzip")
		}
		defer zr.Close()
		src = zr
	case "deflate":
		// HTTP's "deflate" is the zlib format (RFC 9110); some clients send
		// raw DEFLATE, which is accepted too.
		br := bufio.NewReader(io.LimitReader(r.Body, max+1))
		if hdr, err := br.Peek(2); err == nil && (uint16(hdr[0])<<8|uint16(hdr[1]))%31 == 0 && hdr[0]&0x0f == 8 {
			zr, err := zlib.NewReader(br)
			if err != nil {
				return nil, errorf(http.StatusBadRequest, "invalid_body", "request body is not valid deflate")
			}
			defer zr.Close()
			src = zr
		} else {
			src = flate.NewReader(br)
		}
	default:
		return nil, errorf(http.StatusUnsupportedMediaType, "unsupported_encoding",
			"request Content-Encoding %q is not supported; send the body uncompressed, gzip or deflate", truncate(enc, 32))
	}
	announced := int64(0) // a decoded body's length is not announced
	if src == r.Body {
		announced = r.ContentLength
	}
	body, aerr := readAllBody(dst, src, announced, max)
	if aerr != nil {
		return nil, aerr
	}
	if enc != "" && enc != "identity" {
		r.Header.Del("Content-Encoding")
	}
	return body, nil
}

// readAllBody reads src, a body of the announced length when that is
// positive, into dst[:0], up to max bytes.
func readAllBody(dst []byte, src io.Reader, announced, max int64) ([]byte, *apiError) {
	// A plain body of announced length is read into one buffer of that
	// size (up to maxPrealloc, so that a large announced length alone
	// does not reserve memory); others as io.ReadAll reads them.
	size := 512 // as io.ReadAll starts
	if announced > 0 {
		size = int(min(announced, max, maxPrealloc) + 1)
	}
	body, err := readAll(dst, src, max+1, size)
	if err != nil {
		return nil, errorf(http.StatusBadRequest, "invalid_body", "request body could not be read")
	}
	if int64(len(body)) > max {
		return nil, errorf(http.StatusRequestEntityTooLarge, "request_too_large",
			"request body is larger than the guardrail's limit of %d bytes", max)
	}
	return body, nil
}

// maxPrealloc bounds the buffer readBody reserves for an announced
// Content-Length before the bytes arrive.
const maxPrealloc = 1 << 20

// readAll is io.ReadAll(io.LimitReader(r, limit)) appending to dst[:0],
// which is first replaced by a new buffer of size bytes if it has room for
// fewer. (The limit is kept here rather than by a LimitReader, which would
// be one more allocation per request.)
func readAll(dst []byte, r io.Reader, limit int64, size int) ([]byte, error) {
	b := dst[:0]
	if cap(b) < size {
		b = make([]byte, 0, size)
	}
	for {
		left := limit - int64(len(b))
		if left <= 0 {
			return b, nil // as LimitReader: EOF at the limit
		}
		p := b[len(b):cap(b)]
		if int64(len(p)) > left {
			p = p[:left]
		}
		n, err := r.Read(p)
		b = b[:len(b)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return b, err
		}
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
	}
}

// truncate cuts s to n bytes; for echoing header values in errors.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n]
}

// redactStats counts what one exchange redacted, for records and metrics.
type redactStats struct {
	total  int
	byType map[string]int
	// rules are the distinct rule ids, in the order first seen: a list
	// and not a set, because a rule set has few rules (the search of the
	// list is short), and a map cost a hash and an insert per span and
	// an iteration for the record, which sorts them anyway.
	rules []string
	maps  *statsMaps // where byType and rules came from, for release
}

// statsMaps are the map and list of a redactStats, pooled: an exchange
// with personal data would otherwise allocate both for its record.
type statsMaps struct {
	byType map[string]int
	rules  []string
}

var statsPool = sync.Pool{New: func() any {
	return &statsMaps{byType: map[string]int{}}
}}

// release returns the maps to the pool; s and every copy of it must not be
// used afterwards (the exchange's record was written).
func (s *redactStats) release() {
	if s.maps == nil || len(s.byType) > 64 || len(s.rules) > 64 {
		return
	}
	clear(s.maps.byType)
	clear(s.rules)
	s.maps.rules = s.rules[:0] // as it grew
	statsPool.Put(s.maps)
	*s = redactStats{}
}

func (s *redactStats) add(spans []redact.Span) {
	if len(spans) == 0 {
		return
	}
	if s.byType == nil {
		s.maps = statsPool.Get().(*statsMaps)
		s.byType, s.rules = s.maps.byType, s.maps.rules
	}
	for _, sp := range spans {
		s.total++
		s.byType[sp.Type]++
		if !slices.Contains(s.rules, sp.Rule) {
			s.rules = append(s.rules, sp.Rule)
		}
	}
}

// textRedactor redacts texts of one exchange with one vault.
type textRedactor struct {
	find   func(string) []redact.Span
	policy *redact.Policy
	vault  *redact.Vault
	stats  redactStats

	// cache, when not nil, remembers find's spans per text for the rules
	// snapshot of generation gen (see findcache.go); cacheHits and
	// cacheMisses count this exchange's lookups for the metrics.
	cache                  *findCache
	gen                    uint64
	cacheHits, cacheMisses int
}

func (t *textRedactor) redact(s string) string {
	spans := t.spans(s)
	if len(spans) == 0 {
		return s
	}
	t.stats.add(spans)
	return redact.Apply(s, spans, t.policy, t.vault)
}

// redactTo is redact writing into dst[:0]: it returns the buffer (to reuse
// for the next text) and whether it now holds a text that differs from s.
func (t *textRedactor) redactTo(dst []byte, s string) (out []byte, changed bool) {
	spans := t.spans(s)
	if len(spans) == 0 {
		return dst[:0], false
	}
	t.stats.add(spans)
	out = redact.AppendApply(dst[:0], s, spans, t.policy, t.vault)
	return out, string(out) != s
}

// redactSpan returns the replacement of the one span sp of text.
func (t *textRedactor) redactSpan(text string, sp redact.Span) string {
	one := sp
	one.Start, one.End = 0, sp.Len()
	return redact.Apply(text[sp.Start:sp.End], []redact.Span{one}, t.policy, t.vault)
}

// wildcards counts the "*" segments of p.
func wildcards(p jsonPath) int {
	n := 0
	for _, s := range p {
		if s == "*" {
			n++
		}
	}
	return n
}

var errNoOffset = errors.New("json value without offset")

// redactJSON redacts the string values at paths in body and replaces the
// user-id fields, keeping every other byte. The body must be valid JSON.
//
// Parts of one message (messages.*.content.*.text) reach the model as one
// text: the values of a path with two or more "*" are redacted in groups
// that share all but the last index, so that a value split across two
// parts is found. Fail closed: every other string the dialect does not
// name (tool descriptions, metadata, prediction, new fields an API adds) is
// redacted too, keys included, except structural values the API needs
// unchanged.
func redactJSON(body []byte, paths, users []jsonPath, t *textRedactor, userID func(string) string) ([]byte, error) {
	return redactJSONText(body, string(body), paths, users, t, userID, checkJSON(body) == nil, nil, nil)
}

// redactJSONText is redactJSON for a body the caller also has as a string.
// checked says that the body passed checkJSON (valid JSON and UTF-8), which
// lets string values without escapes be rewritten without encoding their
// text again (see redactPlain). A rewritten body is written into into[:0]
// when it has room. tape, when not nil, is what the validator noted of the
// body's long strings (see longString).
func redactJSONText(body []byte, text string, paths, users []jsonPath, t *textRedactor, userID func(string) string, checked bool, into []byte, tape []longString) ([]byte, error) {
	return redactJSONTop(body, text, paths, users, t, userID, checked, into, tape, nil)
}

// redactJSONTop is redactJSONText, also setting *top, when top is not
// nil and the body was read, to where the body's first top-level "model"
// and "stream" members are (see topMember).
func redactJSONTop(body []byte, text string, paths, users []jsonPath, t *textRedactor, userID func(string) string, checked bool, into []byte, tape []longString, top *[2]topMember) ([]byte, error) {
	sc := getScanner(text, paths, users)
	defer sc.release()
	sc.checked, sc.tape = checked, tape
	if !sc.scan() {
		return nil, errNoOffset
	}
	if top != nil {
		*top = sc.top
	}
	sc.inWalkOrder()
	if !sc.redactTexts(t, userID, &sc.edits) {
		return nil, errNoOffset
	}
	return sc.edits.applyTo(into, body), nil
}

// structuralKeys name request members whose values an API needs exactly as
// sent (identifiers, enums, encoded media, signed or encrypted content); the
// sweep of a known dialect's body leaves them alone. Compared
// case-insensitively.
var structuralKeys = map[string]struct{}{
	"model": {}, "role": {}, "type": {}, "id": {}, "object": {}, "call_id": {},
	"tool_call_id": {}, "tool_use_id": {}, "previous_response_id": {}, "conversation": {},
	"signature": {}, "thinking": {}, "encrypted_content": {}, "data": {}, "url": {},
	"image_url": {}, "file_data": {}, "file_id": {}, "input_audio": {}, "inlinedata": {},
	"filedata": {}, "inline_data": {}, "file_data_uri": {}, "mimetype": {}, "mime_type": {},
	"media_type": {}, "images": {}, "format": {}, "response_format": {}, "tool_choice": {},
	"reasoning_effort": {}, "service_tier": {}, "modalities": {}, "stop_reason": {},
	"finish_reason": {}, "cache_control": {}, "keep_alive": {},
}

// structuralByLen holds the structural keys by length: isStructural
// compares a key with the few of its length instead of hashing it, since
// every object key of a request body is looked up. Each bucket is sorted,
// so that its order, and so the comparisons a key costs, do not change
// with the map's iteration order from one process to the next.
var structuralByLen = func() (t [25][]string) {
	for k := range structuralKeys {
		t[len(k)] = append(t[len(k)], k) // all shorter than 25 bytes (TestStructuralByLen)
	}
	for _, ks := range t {
		slices.Sort(ks)
	}
	return t
}()

// structuralFirst has, per key length, bit c&31 set for the first byte c
// of each structural key of that length. An ASCII letter and its upper
// case share the bit, so a key whose first byte's bit is clear equals no
// structural key of its length case-insensitively, and most keys of a
// request body ("messages", "content", "stream") are turned away with one
// load instead of a comparison with each key of their length.
var structuralFirst = func() (t [len(structuralByLen)]uint32) {
	for l, ks := range structuralByLen {
		for _, k := range ks {
			t[l] |= 1 << (k[0] & 31)
		}
	}
	return t
}()

// isStructural reports whether key names a structural member
// (structuralKeys, case-insensitively).
func isStructural(key string) bool {
	return isStructuralASCII(key, isASCII(key))
}

// isStructuralASCII is isStructural for a key whose isASCII is ascii.
func isStructuralASCII(key string, ascii bool) bool {
	if len(key) >= len(structuralByLen) {
		return false
	}
	if len(key) > 0 && structuralFirst[len(key)]&(1<<(key[0]&31)) != 0 {
		for _, k := range structuralByLen[len(key)] {
			if equalLowerASCII(key, k) {
				return true
			}
		}
	}
	if !ascii {
		// strings.ToLower may fold a non-ASCII letter into ASCII (the
		// Kelvin sign into 'k'), so the lowered key can have another length.
		_, ok := structuralKeys[strings.ToLower(key)]
		return ok
	}
	return false
}

// equalLowerASCII reports whether s, with ASCII letters lowered, equals
// lower (as long as s; lower case ASCII letters, digits and '_').
func equalLowerASCII(s, lower string) bool {
	for i := range len(lower) {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[i] {
			return false
		}
	}
	return true
}

// isASCII reports whether s has only ASCII bytes. It reads eight bytes at
// a time and ORs the last few together: object keys, which the request
// scan tests one by one, are mostly shorter than eight bytes.
func isASCII(s string) bool {
	const highs = 0x8080808080808080
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if load64String(s, i)&highs != 0 {
			return false
		}
	}
	var or byte
	for ; i < len(s); i++ {
		or |= s[i]
	}
	return or < utf8.RuneSelf
}

// redactAllJSON redacts every string value (and object key) in body; it is
// the fail-closed treatment of JSON on paths no dialect knows.
func redactAllJSON(body []byte, t *textRedactor) ([]byte, error) {
	var edits jsonEdits
	ok := true
	var walk func(v gjson.Result)
	walk = func(v gjson.Result) {
		switch {
		case v.Type == gjson.String:
			s := v.String()
			if out := t.redact(s); out != s {
				ok = edits.setString(v, out) && ok
			}
		case v.IsObject():
			v.ForEach(func(k, c gjson.Result) bool {
				ks := k.String()
				if out := t.redact(ks); out != ks {
					ok = edits.setString(k, out) && ok
				}
				walk(c)
				return true
			})
		case v.IsArray():
			v.ForEach(func(_, c gjson.Result) bool {
				walk(c)
				return true
			})
		}
	}
	walk(gjson.ParseBytes(body))
	if !ok {
		return nil, errNoOffset
	}
	return edits.apply(body), nil
}

// checkJSON validates a request body before any rewriting.
func checkJSON(body []byte) *apiError { return checkJSONTape(body, nil) }

// checkJSONTape is checkJSON, also appending a valid body's long strings
// to *tape when tape is not nil (see longString).
func checkJSONTape(body []byte, tape *[]longString) *apiError {
	if validJSONIn(body, true, nil, tape) {
		return nil // the common case, in one pass
	}
	return jsonError(body)
}

// tapePool holds the tapes of long strings that redactBody has the
// validator fill for the request scanner.
var tapePool = sync.Pool{New: func() any { return new([]longString) }}

// putTape empties tape and returns it to the pool, unless an outsize body
// made it large.
func putTape(tape *[]longString) {
	if cap(*tape) > 1<<12 {
		return
	}
	*tape = (*tape)[:0]
	tapePool.Put(tape)
}

// checkJSONMedia is checkJSON, also reporting, for a valid body, whether
// applyMedia must walk it for d's media parts: as mayHaveMedia, from the
// same pass (see mediaScan), which spares a body without media the second
// pass. A valid body's long strings are appended to *tape when tape is not
// nil (see longString).
func checkJSONMedia(body []byte, d *dialect, tape *[]longString) (*apiError, bool) {
	if d == nil || d.media == nil {
		return checkJSONTape(body, tape), false // applyMedia does nothing
	}
	if d.mediaMarks == nil {
		return checkJSONTape(body, tape), true
	}
	m := mediaScan{d: d}
	if validJSONIn(body, true, &m, tape) {
		return nil, m.found
	}
	e := jsonError(body) // which error, if any (see jsonError)
	return e, e == nil && mayHaveMedia(d, body)
}

// jsonError is checkJSON by separate checks, which tell which error a body
// has: invalid UTF-8, nesting too deep, or invalid JSON.
func jsonError(body []byte) *apiError {
	if !utf8.Valid(body) {
		return errorf(http.StatusBadRequest, "invalid_body", "request body is not valid UTF-8")
	}
	if validJSON(body) {
		return nil
	}
	// Which error: the slower checks tell.
	if d := jsonDepth(body); d > maxJSONDepth {
		return errorf(http.StatusBadRequest, "invalid_json", "request body nests JSON deeper than %d levels", maxJSONDepth)
	}
	if !gjson.ValidBytes(body) {
		return errorf(http.StatusBadRequest, "invalid_json", "request body is not valid JSON")
	}
	return nil
}

const maxJSONDepth = 128

// jsonDepth returns the deepest nesting of arrays and objects in a valid
// JSON document, without recursion. Strings are skipped whole.
func jsonDepth(b []byte) int {
	depth, most := 0, 0
	for i := 0; i < len(b); i++ {
		switch b[i] {
		case '"':
			end := skipString(b, i)
			if end < 0 {
				return most
			}
			i = end - 1
		case '{', '[':
			depth++
			most = max(most, depth)
		case '}', ']':
			depth--
		}
	}
	return most
}

// setBody replaces the request body with b and fixes its framing. When fb
// is not nil, b lives in fb's pooled buffer, and the body and every body
// GetBody returns hold a reference to it while they are open.
func setBody(r *http.Request, b []byte, fb *forwardBuffer) {
	if fb != nil && !fb.acquire() {
		panic("guardrail: setBody with a forward buffer that was given back")
	}
	var rb *readerBody
	if fb != nil && !fb.firstTaken {
		fb.firstTaken = true
		rb = &fb.first
		rb.fb = fb
		rb.r.Reset(b)
	} else {
		rb = newReaderBody(b, fb)
	}
	n := strconv.AppendInt(rb.digits[:0], int64(len(b)), 10)
	rb.length[0] = unsafe.String(&n[0], len(n)) // rb.digits, which nothing changes again
	r.Body = rb
	r.ContentLength = int64(len(b))
	if r.Header == nil {
		r.Header = http.Header{}
	}
	r.Header["Content-Length"] = rb.length[:] // canonical key
	r.TransferEncoding = nil
	r.GetBody = func() (io.ReadCloser, error) {
		if fb == nil {
			return io.NopCloser(bytes.NewReader(b)), nil
		}
		if !fb.acquire() {
			return nil, errBodyGone
		}
		return newReaderBody(b, fb), nil
	}
}

// errBodyGone is GetBody's error once the exchange and every body of its
// forwarded bytes have let go of them.
var errBodyGone = errors.New("guardrail: the forwarded request body is no longer available")

// readerBody is a request body read from memory, with its Content-Length
// header value, in one allocation. When its bytes live in a forward buffer,
// it holds a reference to it while it is open: Close gives it back once no
// Read or WriteTo is running (the transport may close a body while another
// goroutine writes it), and a Read or WriteTo after Close (a retry with the
// same body) takes a new one, or fails when the buffer is gone. Reads run
// one at a time, as a request body's do.
type readerBody struct {
	r      bytes.Reader
	length [1]string
	digits [20]byte // the bytes of length[0]
	fb     *forwardBuffer
	state  atomic.Int64 // bodyClosed, plus bodyReading per Read or WriteTo running
}

const (
	bodyClosed  = 1
	bodyReading = 2
)

// newReaderBody returns a body reading b; with fb, it holds a reference
// that the caller took for it.
func newReaderBody(b []byte, fb *forwardBuffer) *readerBody {
	rb := &readerBody{fb: fb}
	rb.r.Reset(b)
	return rb
}

// enter starts a Read or WriteTo; false when the body is closed and its
// buffer is gone.
func (rb *readerBody) enter() bool {
	for {
		s := rb.state.Load()
		switch {
		case s&bodyClosed == 0:
			if rb.state.CompareAndSwap(s, s+bodyReading) {
				return true
			}
		case s == bodyClosed:
			// Reopened after Close: one more reference.
			if !rb.fb.acquire() {
				return false
			}
			if rb.state.CompareAndSwap(s, bodyReading) {
				return true
			}
			rb.fb.release()
		default:
			return false // closed while a read runs: reads do not overlap
		}
	}
}

// leave ends a Read or WriteTo; the last one after Close lets go.
func (rb *readerBody) leave() {
	if rb.state.Add(-bodyReading) == bodyClosed {
		rb.fb.release()
	}
}

func (rb *readerBody) Read(p []byte) (int, error) {
	if rb.fb == nil {
		return rb.r.Read(p)
	}
	if !rb.enter() {
		return 0, errBodyGone
	}
	defer rb.leave()
	return rb.r.Read(p)
}

// WriteTo lets io.Copy write the bytes without a copy, as bytes.Reader does.
func (rb *readerBody) WriteTo(w io.Writer) (int64, error) {
	if rb.fb == nil {
		return rb.r.WriteTo(w)
	}
	if !rb.enter() {
		return 0, errBodyGone
	}
	defer rb.leave()
	return rb.r.WriteTo(w)
}

// Close lets go of the body's reference to its buffer, at once or when the
// running Read or WriteTo ends.
func (rb *readerBody) Close() error {
	if rb.fb == nil {
		return nil
	}
	for {
		s := rb.state.Load()
		if s&bodyClosed != 0 {
			return nil
		}
		if rb.state.CompareAndSwap(s, s|bodyClosed) {
			if s == 0 {
				rb.fb.release()
			}
			return nil
		}
	}
}
