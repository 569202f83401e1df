package caddymodule

import (
	"bytes"
	"encoding/binary"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"

	"github.com/caddy-guardrail/guardrail/redact"
)

// reqScanner finds, in one pass over a request body, every string the
// request rewrite handles: the values at the dialect's text paths, at its
// user-id paths, and the rest for the fail-closed sweep (values and keys
// not under a structural key). It tracks the path of the current value as
// a stack of path states, so each byte is read once, and it records
// offsets, not values: strings are decoded only when they are redacted.
//
// The texts are handed back in the order the former gjson walk (walkPaths)
// visited them, since the vault numbers placeholders in that order and
// parts of one message are grouped by it.
type reqScanner struct {
	s     string
	paths []jsonPath // the dialect's text paths, then its user paths
	nText int        // how many of paths are text paths
	// pathsOf and usersOf are the lists paths was set from (pathsFrom).
	pathsOf, usersOf []jsonPath
	// segs are the segments of every path as segOf gives them, path p's
	// from segAt[p] on, its end included.
	segs  []segInfo
	segAt []int32
	wild  []int // wildcards of each text path
	// hasDeep says a path has a "**" segment; without one, no value
	// opens a deepState and the test for it is skipped.
	hasDeep bool

	states []scanState
	frames []scanFrame
	deep   []deepState

	texts []scanText // values at text paths
	users []scanText // values at user paths
	sweep []scanText // other values and keys, in document order
	keys  []int32    // arena of scanText.order and scanText.group

	lineage []int32
	groups  []scanGroup
	buf     []byte
	bounds  []int

	// edits and repl are the rewrite's edits and the arena their JSON
	// replacements are encoded into; both live until release, after
	// redactJSONText applied them.
	edits jsonEdits
	repl  []byte
	out   []byte // scratch for one redacted text (redactOne)

	checked bool  // the body passed checkJSON: see redactPlain
	marks   []int // where redactPlain's replacements are (AppendApplyMarks)

	// tape holds the long strings of the body that the validator noted,
	// in document order; tapeAt is the next one the scan has not reached.
	tape   []longString
	tapeAt int

	// top is where the first top-level members named "model" and
	// "stream" have their values (see topMember), noted by scan.
	top [2]topMember
}

// topMember is where the value of a top-level member the handler reads
// (the request's model and stream flag) is: s[start:end] for a string,
// number or literal; nested when it is an object or an array, which the
// scan does not delimit.
type topMember struct {
	start, end int32
	found      bool
	nested     bool
}

// topKeys are the top-level members scan notes, as they index top: the
// first of each, by its unescaped name, as gjson's Get finds them.
var topKeys = [2]string{"model", "stream"}

// longString is a string token that the validator read past its short
// test (see validStringU): where it starts (its opening quote) and ends
// (after its closing quote), and whether it has escapes. The request
// scanner takes it from the tape instead of searching the token again.
type longString struct {
	start, end int
	esc        bool
}

// str is scanString(sc.s, i), from the tape when the validator noted the
// string at i. Both read every string of the body in document order, so
// the next string noted is the only one that can start at i.
func (sc *reqScanner) str(i int) (int, bool) {
	if sc.tapeAt < len(sc.tape) && sc.tape[sc.tapeAt].start == i {
		t := &sc.tape[sc.tapeAt]
		sc.tapeAt++
		return t.end, t.esc
	}
	return scanString(sc.s, i)
}

// scanState is one path that a value is on, and how far.
type scanState struct {
	p      int32 // index into reqScanner.paths
	pos    int32 // segments matched; also the depth of the value
	parent int32 // the parent value's state it came from; -1 at the root
	star   bool  // the last segment matched was "*" (else a key)
	// next is what the path's next segment, paths[p][pos], is (segKey:
	// the key seg), worked out once when the state is made: every key of
	// an object is tested against each of its states.
	next segKind
	seg  string
}

// segKind is the kind of a path's next segment.
type segKind uint8

const (
	segEnd  segKind = iota // the path ends here: the value is on it
	segKey                 // an object key, compared case-insensitively
	segStar                // "*": any array element or object member
	segDeep                // "**": every string below
)

// segInfo is a path's segment as a state sees it next.
type segInfo struct {
	next segKind
	seg  string // for segKey
}

// segOf returns what segment pos of path is; a path has ended at pos
// len(path).
func segOf(path jsonPath, pos int) segInfo {
	switch {
	case pos >= len(path):
		return segInfo{next: segEnd}
	case path[pos] == "*":
		return segInfo{next: segStar}
	case path[pos] == "**":
		return segInfo{next: segDeep}
	}
	return segInfo{next: segKey, seg: path[pos]}
}

// newState returns the state of path p after pos segments.
func (sc *reqScanner) newState(p, pos, parent int32, star bool) scanState {
	si := sc.segs[int(sc.segAt[p])+int(pos)]
	return scanState{p: p, pos: pos, parent: parent, star: star, next: si.next, seg: si.seg}
}

// scanFrame is an open array or object.
type scanFrame struct {
	lo, hi int32 // its states: reqScanner.states[lo:hi]
	deep   int32 // len(reqScanner.deep) before it was entered
	n      int32 // children so far
	array  bool
	off    bool // below a structural key: no sweep
}

// deepState is a path that reached "**" at an open value: every string
// below is on it, numbered n.
type deepState struct {
	state int32
	n     int32
}

// scanText is one JSON string: its token (quotes included) and, for a text
// path, the path and the keys that order and group it.
type scanText struct {
	start, end    int32
	esc           bool  // the token has escapes
	p             int32 // the text path
	order, nOrder int32 // walk order: reqScanner.keys[order:order+nOrder]
	group, nGroup int32 // message key: reqScanner.keys[group:group+nGroup]
}

// scanGroup collects the values of one text path that belong to one
// message (they share all but the last "*" index).
type scanGroup struct {
	vals []scanText
}

var scannerPool = sync.Pool{New: func() any { return new(reqScanner) }}

// getScanner returns a scanner for body and the paths, from the pool.
func getScanner(body string, paths, users []jsonPath) *reqScanner {
	sc := scannerPool.Get().(*reqScanner)
	sc.s = body
	if !sc.pathsFrom(paths, users) {
		sc.setPaths(paths, users)
	}
	sc.states, sc.frames, sc.deep = sc.states[:0], sc.frames[:0], sc.deep[:0]
	sc.texts, sc.users, sc.sweep, sc.keys = sc.texts[:0], sc.users[:0], sc.sweep[:0], sc.keys[:0]
	for len(sc.groups) < len(paths) {
		sc.groups = append(sc.groups, scanGroup{})
	}
	for i := range sc.groups {
		sc.groups[i].vals = sc.groups[i].vals[:0]
	}
	return sc
}

// pathsFrom reports whether sc's paths were set from exactly these lists:
// a dialect's paths are fixed when it is built and never changed, and a
// route's requests mostly use one dialect, so a pooled scanner keeps what
// setPaths worked out for the lists it saw last. It holds them, so lists
// at the same address are the same lists.
func (sc *reqScanner) pathsFrom(paths, users []jsonPath) bool {
	return len(paths) == len(sc.pathsOf) && len(users) == len(sc.usersOf) &&
		unsafe.SliceData(paths) == unsafe.SliceData(sc.pathsOf) && unsafe.SliceData(users) == unsafe.SliceData(sc.usersOf)
}

// setPaths sets the text paths and the user paths the scanner looks for.
func (sc *reqScanner) setPaths(paths, users []jsonPath) {
	sc.pathsOf, sc.usersOf = paths, users
	sc.paths = append(append(sc.paths[:0], paths...), users...)
	sc.nText = len(paths)
	sc.wild = sc.wild[:0]
	for _, p := range paths {
		sc.wild = append(sc.wild, wildcards(p))
	}
	sc.hasDeep = false
	sc.segs, sc.segAt = sc.segs[:0], sc.segAt[:0]
	for _, p := range sc.paths {
		sc.segAt = append(sc.segAt, int32(len(sc.segs)))
		for pos := range len(p) + 1 {
			si := segOf(p, pos)
			sc.hasDeep = sc.hasDeep || si.next == segDeep
			sc.segs = append(sc.segs, si)
		}
	}
}

// release returns sc to the pool, dropping references to the body.
func (sc *reqScanner) release() {
	if cap(sc.texts)+cap(sc.sweep) > 1<<14 || cap(sc.buf) > 1<<20 || cap(sc.repl) > 1<<20 || cap(sc.out) > 1<<20 {
		return // an outsize body: let the next one start small
	}
	sc.s = ""
	sc.tape, sc.tapeAt = nil, 0
	clear(sc.edits)
	sc.edits, sc.repl = sc.edits[:0], sc.repl[:0]
	// The paths stay (see pathsFrom): they are a dialect's, not the
	// request's.
	scannerPool.Put(sc)
}

// isJSONSpace reports whether c is JSON white space. Most bytes tested are
// the next token's first, above ' ': one comparison rejects them.
func isJSONSpace(c byte) bool { return c <= ' ' && (c == ' ' || c == '\t' || c == '\n' || c == '\r') }

func (sc *reqScanner) skipSpace(i int) int {
	for i < len(sc.s) && isJSONSpace(sc.s[i]) {
		i++
	}
	return i
}

// scanString returns the end of the string token that starts at s[i]
// (after its closing quote: the first quote not escaped by a backslash,
// which escapes whatever byte follows it), whether the token has escapes,
// or -1.
func scanString(s string, i int) (int, bool) {
	// A short string (a key, a role) ends within its first bytes, tested
	// eight at a time for the quote or a backslash as in validString; the
	// searches below start at the first of them.
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	j := i + 1
	for k := 0; k < 2 && j+8 <= len(s); k++ {
		x := load64String(s, j)
		q, bs := x^(ones*'"'), x^(ones*'\\')
		special := ((q-ones)&^q | (bs-ones)&^bs) & highs
		if special == 0 {
			j += 8
			continue
		}
		j += bits.TrailingZeros64(special) >> 3
		if s[j] == '"' {
			return j + 1, false
		}
		break
	}
	esc := false
	q := -1
	for {
		if q < j {
			k := strings.IndexByte(s[j:], '"')
			if k < 0 {
				return -1, esc
			}
			q = j + k
		}
		b := strings.IndexByte(s[j:q], '\\')
		if b < 0 {
			return q + 1, esc
		}
		esc = true
		j += b + 2
		if j > len(s) {
			return -1, esc
		}
	}
}

// load64String returns the eight bytes of s at i, little-endian.
func load64String(s string, i int) uint64 {
	// A read-only byte view of s: binary.LittleEndian's loads are merged
	// into one, eight loads of string bytes are not.
	return binary.LittleEndian.Uint64(unsafe.Slice(unsafe.StringData(s[i:]), 8))
}

// skipString is scanString for bytes.
func skipString(s []byte, i int) int {
	j, q := i+1, -1
	for {
		if q < j {
			k := bytes.IndexByte(s[j:], '"')
			if k < 0 {
				return -1
			}
			q = j + k
		}
		b := bytes.IndexByte(s[j:q], '\\')
		if b < 0 {
			return q + 1
		}
		j += b + 2
		if j > len(s) {
			return -1
		}
	}
}

// scan reads the body, which must be valid JSON, collecting the texts. It
// reports false when the body is not JSON after all.
func (sc *reqScanner) scan() bool {
	s := sc.s
	sc.top = [2]topMember{}
	for p := range sc.paths {
		sc.states = append(sc.states, sc.newState(int32(p), 0, -1, false))
	}
	i := sc.skipSpace(0)
	if i >= len(s) {
		return false
	}
	i = sc.value(i, 0, false)
	for i >= 0 && len(sc.frames) > 0 {
		if i = sc.skipSpace(i); i >= len(s) {
			return false
		}
		f := &sc.frames[len(sc.frames)-1]
		switch s[i] {
		case ',':
			i++
			continue
		case ']', '}':
			sc.states = sc.states[:f.lo]
			sc.deep = sc.deep[:f.deep]
			sc.frames = sc.frames[:len(sc.frames)-1]
			i++
			continue
		}
		var key string
		ascii := true // isASCII(key), for an object's member
		off := f.off
		top := -1 // which of topKeys this member is, if it is one
		if !f.array {
			if s[i] != '"' {
				return false
			}
			ks := i
			ke, kesc := sc.str(i)
			if ke < 0 {
				return false
			}
			key = s[ks+1 : ke-1]
			if kesc {
				key = unescapeJSON(key)
			}
			if i = sc.skipSpace(ke); i >= len(s) || s[i] != ':' {
				return false
			}
			if i = sc.skipSpace(i + 1); i >= len(s) {
				return false
			}
			ascii = isASCII(key)
			if !off {
				if isStructuralASCII(key, ascii) {
					off = true
				} else {
					sc.sweep = append(sc.sweep, scanText{start: int32(ks), end: int32(ke), esc: kesc})
				}
			}
			if len(sc.frames) == 1 {
				top = sc.noteTop(key, i)
			}
		}
		f.n++
		lo := len(sc.states)
		// An ASCII key of another length than a segment's cannot match it
		// (see keyMatches); other keys are compared with each.
		anyLen := !f.array && !ascii
		for j := f.lo; j < f.hi; j++ {
			switch st := &sc.states[j]; st.next {
			case segStar:
				sc.states = append(sc.states, sc.newState(st.p, st.pos+1, j, true))
			case segKey:
				if !f.array && keyMatches(key, st.seg, anyLen) {
					sc.states = append(sc.states, sc.newState(st.p, st.pos+1, j, false))
				}
			}
		}
		i = sc.value(i, lo, off)
		if top >= 0 {
			sc.top[top].end = int32(i)
		}
	}
	return i >= 0 && sc.skipSpace(i) == len(s)
}

// noteTop notes the top-level member key whose value starts at s[i] when
// it is the first of topKeys' names, and returns its index in top, or -1.
func (sc *reqScanner) noteTop(key string, i int) int {
	for k, name := range topKeys {
		if key == name && !sc.top[k].found {
			c := sc.s[i]
			sc.top[k] = topMember{start: int32(i), found: true, nested: c == '{' || c == '['}
			return k
		}
	}
	return -1
}

// keyMatches reports whether the object key matches the path segment seg
// (an ASCII name): strings.EqualFold, which folds some non-ASCII letters
// into ASCII ones (the Kelvin sign into 'k'), so only an ASCII key of
// another length than seg's cannot match. anyLen says key is not ASCII
// (the caller works it out once per key).
func keyMatches(key, seg string, anyLen bool) bool {
	// The usual spelling is one comparison, not EqualFold's fold per byte.
	return (len(key) == len(seg) || anyLen) && (key == seg || strings.EqualFold(key, seg))
}

// value reads the value at s[i], whose states are states[lo:]; an array or
// object is opened (its children are read by scan). It returns the offset
// after the value read, or -1.
func (sc *reqScanner) value(i, lo int, off bool) int {
	s := sc.s
	switch s[i] {
	case '{', '[':
		f := scanFrame{lo: int32(lo), hi: int32(len(sc.states)), deep: int32(len(sc.deep)), array: s[i] == '[', off: off}
		for j := lo; sc.hasDeep && j < len(sc.states); j++ { // (most dialects have no "**" path)
			if sc.states[j].next == segDeep {
				sc.deep = append(sc.deep, deepState{state: int32(j)})
			}
		}
		sc.frames = append(sc.frames, f)
		return i + 1
	case '"':
		end, esc := sc.str(i)
		if end < 0 {
			return -1
		}
		found := false
		for j := lo; j < len(sc.states); j++ {
			switch sc.states[j].next {
			case segEnd:
				sc.match(j, i, end, esc, -1)
				found = true
			case segDeep:
				sc.match(j, i, end, esc, 0)
				found = true
			}
		}
		for k := range sc.deep {
			d := &sc.deep[k]
			sc.match(int(d.state), i, end, esc, int(d.n))
			d.n++
			found = true
		}
		if !found && !off {
			sc.sweep = append(sc.sweep, scanText{start: int32(i), end: int32(end), esc: esc})
		}
		sc.states = sc.states[:lo]
		return end
	}
	// A number or a literal.
	j := i
	for j < len(s) && !isJSONSpace(s[j]) && s[j] != ',' && s[j] != ']' && s[j] != '}' {
		j++
	}
	sc.states = sc.states[:lo]
	if j == i {
		return -1
	}
	return j
}

// match records the string token s[start:end] as found by states[j]; deep
// is its number among the strings below a "**", or -1.
//
// A text's walk order is the sequence of (index, "*" or key) of the values
// from the root to where its path ended or reached "**", then the path and
// deep: the gjson walk visited a value's children once for the paths that
// took them through "*" and again for those that named their key, and it
// visited a "**" value's strings before its children. Its message key is
// the "*" indices of its path (and deep), all but the last one.
func (sc *reqScanner) match(j, start, end int, esc bool, deep int) {
	st := sc.states[j]
	t := scanText{start: int32(start), end: int32(end), esc: esc, p: st.p}
	if int(st.p) >= sc.nText {
		sc.users = append(sc.users, t)
		return
	}
	sc.lineage = sc.lineage[:0]
	for k := int32(j); sc.states[k].parent >= 0; k = sc.states[k].parent {
		sc.lineage = append(sc.lineage, k)
	}
	t.order = int32(len(sc.keys))
	for l := len(sc.lineage) - 1; l >= 0; l-- {
		s := sc.states[sc.lineage[l]]
		v := 2*sc.frames[s.pos-1].n + 1 // n counts the child already
		if s.star {
			v--
		}
		sc.keys = append(sc.keys, v)
	}
	sc.keys = append(sc.keys, 0, st.p, int32(max(deep, 0)))
	t.nOrder = int32(len(sc.keys)) - t.order
	if sc.wild[st.p] >= 2 {
		t.group = int32(len(sc.keys))
		for l := len(sc.lineage) - 1; l >= 0; l-- {
			s := sc.states[sc.lineage[l]]
			if !s.star {
				continue
			}
			f := sc.frames[s.pos-1]
			idx := int32(-1)
			if f.array {
				idx = f.n - 1
			}
			sc.keys = append(sc.keys, idx)
		}
		if deep >= 0 {
			// "**" adds two indices, deep and 0: the key keeps deep.
			sc.keys = append(sc.keys, int32(deep))
		} else {
			sc.keys = sc.keys[:len(sc.keys)-1]
		}
		t.nGroup = int32(len(sc.keys)) - t.group
	}
	sc.texts = append(sc.texts, t)
}

func (sc *reqScanner) orderKey(t scanText) []int32 { return sc.keys[t.order : t.order+t.nOrder] }
func (sc *reqScanner) groupKey(t scanText) []int32 { return sc.keys[t.group : t.group+t.nGroup] }

// inWalkOrder sorts the texts in the gjson walk's order; document order
// already is, unless a value was reached both through "*" and by key.
func (sc *reqScanner) inWalkOrder() {
	cmpText := func(a, b scanText) int { return slices.Compare(sc.orderKey(a), sc.orderKey(b)) }
	if !slices.IsSortedFunc(sc.texts, cmpText) {
		slices.SortStableFunc(sc.texts, cmpText)
	}
}

// text returns the decoded string of t.
func (sc *reqScanner) text(t scanText) string {
	raw := sc.s[t.start+1 : t.end-1]
	if !t.esc {
		return raw
	}
	return unescapeJSON(raw)
}

// appendText appends the decoded string of t to dst.
func (sc *reqScanner) appendText(dst []byte, t scanText) []byte {
	raw := sc.s[t.start+1 : t.end-1]
	if !t.esc {
		return append(dst, raw...)
	}
	return appendUnescaped(dst, raw)
}

// set replaces the string t by s, as jsonEdits.setString does: a value at
// offset 0 (a bare top-level string) has no usable offset.
func (sc *reqScanner) set(edits *jsonEdits, t scanText, s string) bool {
	if t.start <= 0 {
		return false
	}
	// An edit keeps its part of the arena; when the arena grows, earlier
	// edits keep pointing at the old array, which holds their bytes.
	n := len(sc.repl)
	sc.repl = appendJSONString(sc.repl, s)
	*edits = append(*edits, edit{start: int(t.start), end: int(t.end), repl: sc.repl[n:len(sc.repl):len(sc.repl)]})
	return true
}

// redactTexts redacts the texts found by scan and replaces the user ids,
// then sweeps the rest; as redactJSON did with the gjson walk.
func (sc *reqScanner) redactTexts(t *textRedactor, userID func(string) string, edits *jsonEdits) bool {
	ok := true
	for _, x := range sc.texts {
		if sc.wild[x.p] < 2 {
			ok = sc.redactOne(t, x, edits) && ok
			continue
		}
		g := &sc.groups[x.p]
		if len(g.vals) > 0 && !slices.Equal(sc.groupKey(g.vals[0]), sc.groupKey(x)) {
			ok = sc.redactParts(t, g.vals, edits) && ok
			g.vals = g.vals[:0]
		}
		g.vals = append(g.vals, x)
	}
	for i := range sc.nText {
		ok = sc.redactParts(t, sc.groups[i].vals, edits) && ok
	}
	for _, x := range sc.users {
		ok = sc.set(edits, x, userID(sc.text(x))) && ok
	}
	for _, x := range sc.sweep {
		ok = sc.redactOne(t, x, edits) && ok
	}
	return ok
}

// redactOne redacts the string x alone, through the scanner's scratch
// buffer: the redacted text is only encoded into the arena, so it needs
// no string of its own.
func (sc *reqScanner) redactOne(t *textRedactor, x scanText, edits *jsonEdits) bool {
	if sc.checked && !x.esc && x.start > 0 {
		return sc.redactPlain(t, x, edits)
	}
	out, changed := t.redactTo(sc.out, sc.text(x))
	sc.out = out
	if !changed {
		return true
	}
	return sc.set(edits, x, unsafe.String(unsafe.SliceData(out), len(out))) // set copies it
}

// redactPlain is redactOne for a string token without escapes in a body
// that passed checkJSON: its contents are its text, valid UTF-8 without
// quotes, backslashes or control characters, which appendJSONString writes
// unchanged. So the token's JSON replacement is the redacted text itself,
// written straight into the arena by one redact.AppendApplyMarks call, when
// every replacement is plain ASCII too (placeholders, hashes, masks of
// ASCII values): plainBytes of each replacement, which the marks locate,
// instead of the encoder's pass over all of the text. That skips the
// redacted text's own copy as well. When the spans are not sorted or a span
// boundary is not at a rune start (then the encoder would see a broken
// character), or a replacement is not plain, it takes the general path
// (the vault gives its values the same placeholders again).
func (sc *reqScanner) redactPlain(t *textRedactor, x scanText, edits *jsonEdits) bool {
	s := sc.s[x.start+1 : x.end-1]
	spans := t.spans(s)
	if len(spans) == 0 {
		return true
	}
	t.stats.add(spans)
	if t.vault == nil || !plainSpans(s, spans) {
		return sc.redactWhole(t, x, s, spans, edits)
	}
	n := len(sc.repl)
	b := append(sc.repl, '"')
	b, sc.marks = redact.AppendApplyMarks(b, s, spans, t.policy, t.vault, sc.marks[:0])
	for i := 0; i+1 < len(sc.marks); i += 2 {
		if !plainBytes(b[sc.marks[i]:sc.marks[i+1]]) {
			sc.repl = b[:n]
			return sc.redactWhole(t, x, s, spans, edits)
		}
	}
	b = append(b, '"')
	if string(b[n+1:len(b)-1]) == s {
		sc.repl = b[:n] // unchanged: no edit
		return true
	}
	sc.repl = b
	*edits = append(*edits, edit{start: int(x.start), end: int(x.end), repl: b[n:len(b):len(b)]})
	return true
}

// redactWhole is the general path of redactPlain: the text s of x with
// spans applied, then encoded.
func (sc *reqScanner) redactWhole(t *textRedactor, x scanText, s string, spans []redact.Span, edits *jsonEdits) bool {
	out := redact.AppendApply(sc.out[:0], s, spans, t.policy, t.vault)
	sc.out = out
	if string(out) == s {
		return true
	}
	return sc.set(edits, x, unsafe.String(unsafe.SliceData(out), len(out)))
}

// plainBytes reports whether b is ASCII without control characters,
// quotes or backslashes: valid UTF-8 that appendJSONContent copies as it
// is.
func plainBytes(b []byte) bool {
	n := plainPrefix(b)
	for _, c := range b[n:] {
		if c < 0x20 || c >= utf8.RuneSelf || c == '"' || c == '\\' {
			return false
		}
	}
	return true
}

// plainSpans reports whether redactPlain may splice spans into s: they
// are sorted by start, as AppendApply needs them to not sort a copy, and
// every boundary that AppendApply cuts s at is at a rune start.
func plainSpans(s string, spans []redact.Span) bool {
	cursor := 0
	for i, sp := range spans {
		if i > 0 && sp.Start < spans[i-1].Start {
			return false
		}
		start, end := max(sp.Start, cursor, 0), min(sp.End, len(s))
		if start >= end {
			continue
		}
		cursor = end
		if !utf8.RuneStart(s[start]) || (end < len(s) && !utf8.RuneStart(s[end])) {
			return false
		}
	}
	return true
}

// redactParts redacts the string values parts, which the model reads as one
// text: it finds personal data in their concatenation and replaces each
// value where it starts; the rest of a value that runs into the following
// parts is removed from them. It reports false when an edit has no offset.
func (sc *reqScanner) redactParts(t *textRedactor, parts []scanText, edits *jsonEdits) bool {
	switch len(parts) {
	case 0:
		return true
	case 1:
		return sc.redactOne(t, parts[0], edits)
	}
	buf, bounds := sc.buf[:0], sc.bounds[:0]
	for _, v := range parts {
		bounds = append(bounds, len(buf))
		buf = sc.appendText(buf, v)
	}
	bounds = append(bounds, len(buf))
	sc.buf, sc.bounds = buf, bounds
	joined := string(buf)
	spans := t.spans(joined)
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
				out.WriteString(t.redactSpan(joined, sp))
			}
			pos = max(pos, min(sp.End, hi))
		}
		if !changed {
			continue
		}
		out.WriteString(joined[pos:hi])
		ok = sc.set(edits, v, out.String()) && ok
	}
	return ok
}

// unescapeJSON decodes the contents of a JSON string token exactly as
// gjson does (a lone surrogate becomes U+FFFD).
func unescapeJSON(raw string) string {
	return string(appendUnescaped(make([]byte, 0, len(raw)), raw))
}

// appendUnescaped appends the decoded contents of a JSON string token to
// dst, as gjson's unescape does.
func appendUnescaped(dst []byte, raw string) []byte {
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		switch {
		default:
			dst = append(dst, c)
		case c < ' ':
			return dst
		case c == '\\':
			i++
			if i >= len(raw) {
				return dst
			}
			switch raw[i] {
			default:
				return dst
			case '\\', '/', '"':
				dst = append(dst, raw[i])
			case 'b':
				dst = append(dst, '\b')
			case 'f':
				dst = append(dst, '\f')
			case 'n':
				dst = append(dst, '\n')
			case 'r':
				dst = append(dst, '\r')
			case 't':
				dst = append(dst, '\t')
			case 'u':
				if i+5 > len(raw) {
					return dst
				}
				r := hexRune(raw[i+1:])
				i += 5
				if r >= 0xD800 && r < 0xDC00 && len(raw[i:]) >= 6 && raw[i] == '\\' && raw[i+1] == 'u' {
					if r2 := hexRune(raw[i+2:]); r2 >= 0xDC00 && r2 < 0xE000 {
						r = utf16.DecodeRune(r, r2)
						i += 6
					}
				}
				dst = utf8.AppendRune(dst, r)
				i--
			}
		}
	}
	return dst
}

// hexRune reads the 4 hex digits of a \u escape (0 if they are not hex, as
// gjson reads them).
func hexRune(s string) rune {
	n, _ := strconv.ParseUint(s[:4], 16, 64)
	return rune(n)
}

// validJSON reports whether b is one JSON value, as gjson.ValidBytes reads
// JSON (RFC 8259, UTF-8 not checked), nested at most maxJSONDepth deep. It
// runs in one pass, without recursion, and skips the bulk of strings eight
// bytes at a time. False can also mean too deep.
func validJSON(b []byte) bool { return validJSONIn(b, false, nil, nil) }

// validJSONUTF8 is validJSON && utf8.Valid(b) in one pass: outside strings
// valid JSON is ASCII, and a string's runs between escapes and quotes
// (which are ASCII, so no UTF-8 sequence spans them) are checked as they
// are read.
func validJSONUTF8(b []byte) bool { return validJSONIn(b, true, nil, nil) }

// mediaScan is what validJSONIn finds out on the way for mayHaveMedia:
// whether a string token (a key or a value) is spelled as one of d's
// media marks, or a string has a \u escape. found implies mayHaveMedia(d,
// b). It stays false where mayHaveMedia reports true only for a mark that
// follows an escaped quote inside a string, or for an escaped backslash
// before a 'u': a key or value that a media walk finds is spelled as its
// mark, quotes included, unless it has a \u escape (mayHaveMedia), so
// neither can be one.
type mediaScan struct {
	d     *dialect
	found bool
}

// at tests the string token at b[i] (its opening quote) for a mark.
func (m *mediaScan) at(b []byte, i int) {
	if m.found || i+1 >= len(b) || !m.d.markStart[b[i+1]] {
		return
	}
	for _, mk := range m.d.mediaMarks {
		if len(b)-i >= len(mk) && string(b[i+1:i+len(mk)]) == mk[1:] {
			m.found = true
			return
		}
	}
}

// sawU returns where validString notes a \u escape: m.found, or nowhere.
func (m *mediaScan) sawU() *bool {
	if m == nil {
		return nil
	}
	return &m.found
}

// validJSONIn is validJSON, also checking that strings are UTF-8 when
// checkUTF8 is set, doing mayHaveMedia's search when m is not nil, and
// noting the long strings in tape when it is not nil (see longString).
func validJSONIn(b []byte, checkUTF8 bool, m *mediaScan, tape *[]longString) bool {
	var objects [maxJSONDepth/64 + 1]uint64 // bit d: the container at depth d is an object
	depth := 0
	i := skipJSONSpace(b, 0)
	for {
		// A value starts at i.
		if i >= len(b) {
			return false
		}
		switch c := b[i]; c {
		case '{', '[':
			if depth == maxJSONDepth {
				return false
			}
			obj := c == '{'
			if obj {
				objects[depth/64] |= 1 << (depth % 64)
			} else {
				objects[depth/64] &^= 1 << (depth % 64)
			}
			depth++
			if i = skipJSONSpace(b, i+1); i >= len(b) {
				return false
			}
			if b[i] == c+2 { // empty: '}' or ']'
				depth--
				i++
				break
			}
			if obj {
				if i = validMember(b, i, checkUTF8, m, tape); i < 0 {
					return false
				}
			}
			continue
		case '"':
			if m != nil {
				m.at(b, i)
			}
			if i = validStringU(b, i, checkUTF8, m.sawU(), tape); i < 0 {
				return false
			}
		case 't':
			if !bytes.HasPrefix(b[i:], []byte("true")) {
				return false
			}
			i += 4
		case 'f':
			if !bytes.HasPrefix(b[i:], []byte("false")) {
				return false
			}
			i += 5
		case 'n':
			if !bytes.HasPrefix(b[i:], []byte("null")) {
				return false
			}
			i += 4
		default:
			if i = validNumber(b, i); i < 0 {
				return false
			}
		}
		// After a value: close containers, or a comma and the next one.
		for {
			i = skipJSONSpace(b, i)
			if depth == 0 {
				return i == len(b)
			}
			if i >= len(b) {
				return false
			}
			obj := objects[(depth-1)/64]&(1<<((depth-1)%64)) != 0
			if c := b[i]; c == '}' && obj || c == ']' && !obj {
				depth--
				i++
				continue
			}
			if b[i] != ',' {
				return false
			}
			if i = skipJSONSpace(b, i+1); obj {
				if i = validMember(b, i, checkUTF8, m, tape); i < 0 {
					return false
				}
			}
			break
		}
	}
}

func skipJSONSpace(b []byte, i int) int {
	for i < len(b) && isJSONSpace(b[i]) {
		i++
	}
	return i
}

// validMember reads an object member's key and colon at b[i:], returning
// where its value starts, or -1.
func validMember(b []byte, i int, checkUTF8 bool, m *mediaScan, tape *[]longString) int {
	if i >= len(b) || b[i] != '"' {
		return -1
	}
	if m != nil {
		m.at(b, i)
	}
	if i = validStringU(b, i, checkUTF8, m.sawU(), tape); i < 0 {
		return -1
	}
	if i = skipJSONSpace(b, i); i >= len(b) || b[i] != ':' {
		return -1
	}
	return skipJSONSpace(b, i+1)
}

// validString returns the end of the valid JSON string token at b[i] (a
// quote), or -1; with checkUTF8, a token that is not UTF-8 is not valid.
//
// The closing quote and the backslashes are found with bytes.IndexByte
// (vector instructions), and the runs between them only need the test for
// control characters, eight bytes at a time. The quote found stays the
// candidate end until an escape reaches it, so every byte is searched once.
func validString(b []byte, i int, checkUTF8 bool) int { return validStringU(b, i, checkUTF8, nil, nil) }

// validStringU is validString, also setting *sawU when the token has a
// \u escape and sawU is not nil, and appending the token to *tape when it
// is not nil and the token is not read by the short test below.
func validStringU(b []byte, i int, checkUTF8 bool, sawU *bool, tape *[]longString) int {
	start := i
	i++
	// Most strings of a body's structure are short (keys, roles, ids):
	// their first bytes are tested eight at a time for the closing quote
	// and for any byte that needs the general path below (a backslash, a
	// control character or a byte outside ASCII), which then starts at
	// that byte; the plain ASCII bytes before it are valid on their own.
	// That spares a short string the searches' calls.
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	for k := 0; k < 2 && i+8 <= len(b); k++ {
		x := binary.LittleEndian.Uint64(b[i:])
		q, bs := x^(ones*'"'), x^(ones*'\\')
		// The lowest flagged byte is exact (a borrow only flags bytes
		// above a flagged one), and only the lowest is read.
		special := ((q-ones)&^q | (bs-ones)&^bs | (x-ones*' ')&^x | x) & highs
		if special == 0 {
			i += 8
			continue
		}
		i += bits.TrailingZeros64(special) >> 3
		if b[i] == '"' {
			return i + 1
		}
		break
	}
	end := -1 // the next quote at or after i, once searched
	esc := false
	for {
		if end < i {
			q := bytes.IndexByte(b[i:], '"')
			if q < 0 {
				return -1
			}
			end = i + q
		}
		run := b[i:end]
		if k := bytes.IndexByte(run, '\\'); k >= 0 {
			run = run[:k]
		}
		if checkUTF8 {
			if !validRun(run) {
				return -1
			}
		} else if hasControl(run) {
			return -1
		}
		if i += len(run); i == end {
			if tape != nil {
				*tape = append(*tape, longString{start: start, end: end + 1, esc: esc})
			}
			return end + 1
		}
		// An escape at b[i].
		esc = true
		if i++; i >= len(b) {
			return -1
		}
		switch b[i] {
		case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
			i++
		case 'u':
			if i+4 >= len(b) || !isHex(b[i+1]) || !isHex(b[i+2]) || !isHex(b[i+3]) || !isHex(b[i+4]) {
				return -1
			}
			if sawU != nil {
				*sawU = true
			}
			i += 5
		default:
			return -1
		}
	}
}

// hasControl reports whether b holds a byte below 0x20, which a JSON
// string may not hold unescaped.
func hasControl(b []byte) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	i := 0
	for ; i+8 <= len(b); i += 8 {
		x := binary.LittleEndian.Uint64(b[i:])
		if (x-ones*' ')&^x&highs != 0 {
			return true
		}
	}
	for ; i < len(b); i++ {
		if b[i] < ' ' {
			return true
		}
	}
	return false
}

// validRun reports whether b holds no byte below 0x20 and is UTF-8. It
// is hasControl noting on the way whether any byte is not ASCII, so that
// utf8.Valid reads only runs that have such bytes.
func validRun(b []byte) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	var seen uint64 // the bytes read, ORed
	i := 0
	// Most texts are printable ASCII: a byte is in 0x20..0x7f exactly when
	// neither it nor it minus 0x20 has its high bit set (a borrow out of a
	// byte below 0x20 only flags bytes above one that is flagged already),
	// so one test per word covers both the control characters and the
	// bytes outside ASCII. The first block with either goes to the loops
	// below, which tell the two apart.
	for ; i+32 <= len(b); i += 32 {
		w := b[i : i+32 : i+32]
		x0, x1 := binary.LittleEndian.Uint64(w), binary.LittleEndian.Uint64(w[8:])
		x2, x3 := binary.LittleEndian.Uint64(w[16:]), binary.LittleEndian.Uint64(w[24:])
		if (x0|(x0-ones*' ')|x1|(x1-ones*' ')|x2|(x2-ones*' ')|x3|(x3-ones*' '))&highs != 0 {
			break
		}
	}
	// 32 bytes per step: a long text (a prompt's content) is most of a
	// body, and four independent words per step halve the loop's own
	// instructions per byte.
	for ; i+32 <= len(b); i += 32 {
		w := b[i : i+32 : i+32]
		x0, x1 := binary.LittleEndian.Uint64(w), binary.LittleEndian.Uint64(w[8:])
		x2, x3 := binary.LittleEndian.Uint64(w[16:]), binary.LittleEndian.Uint64(w[24:])
		if ((x0-ones*' ')&^x0|(x1-ones*' ')&^x1|(x2-ones*' ')&^x2|(x3-ones*' ')&^x3)&highs != 0 {
			return false
		}
		seen |= x0 | x1 | x2 | x3
	}
	for ; i+8 <= len(b); i += 8 {
		x := binary.LittleEndian.Uint64(b[i:])
		if (x-ones*' ')&^x&highs != 0 {
			return false
		}
		seen |= x
	}
	for _, c := range b[i:] {
		if c < ' ' {
			return false
		}
		seen |= uint64(c)
	}
	return seen&highs == 0 || utf8.Valid(b)
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// validNumber returns the end of the valid JSON number at b[i], or -1.
func validNumber(b []byte, i int) int {
	if b[i] == '-' {
		i++
	}
	if i >= len(b) || !isDigit(b[i]) {
		return -1
	}
	if b[i] == '0' {
		i++
	} else {
		for i < len(b) && isDigit(b[i]) {
			i++
		}
	}
	if i < len(b) && b[i] == '.' {
		if i++; i >= len(b) || !isDigit(b[i]) {
			return -1
		}
		for i < len(b) && isDigit(b[i]) {
			i++
		}
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		if i++; i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		if i >= len(b) || !isDigit(b[i]) {
			return -1
		}
		for i < len(b) && isDigit(b[i]) {
			i++
		}
	}
	return i
}
