package redact

import (
	"bytes"
	"cmp"
	"fmt"
	"math"
	"math/bits"
	"slices"
	"sort"
	"strings"
	"sync"
	"unsafe"
)

// DefaultMinScore is the score below which spans are dropped when
// [Options.MinScore] names no threshold for their type.
const DefaultMinScore = 0.5

// Options configure an Engine. The zero value enables every built-in detector.
type Options struct {
	// Disabled lists entity types (e.g. "PHONE_NUMBER") or rule ids
	// (e.g. "builtin.phone") that are switched off.
	Disabled []string
	// Detectors are extra (custom) detectors, run after the built-ins.
	Detectors []Detector
	// Allow lists values that are never redacted: a span whose text equals
	// one of them (case-insensitive, after trimming spaces) is dropped.
	Allow []string
	// Deny lists terms that are always redacted: case-insensitive, whole
	// words; a multi-word term matches any run of whitespace between its
	// words. Their spans have Type "DENIED_TERM" and Rule "deny".
	Deny []string
	// MinScore maps an entity type to the score below which its spans are
	// dropped. Types not listed use DefaultMinScore.
	MinScore map[string]float64
	// LearnedPerson is the score at or above which the learned name
	// model (learned_person.go) turns the capitalised words no rule
	// covers into PERSON spans: 0 uses DefaultLearnedPerson (on, at
	// LearnedPersonThreshold), 1 or more switches the model off;
	// LearnedPersonThreshold is the value chosen on writers the model
	// never saw.
	LearnedPerson float64
	// PersonVerify is the probability of a private person's name below
	// which the PERSON verifier (person25_verify.go) drops a rule PERSON
	// span that no strong evidence backs; 0 (the default) or a negative
	// value leaves the verifier off; it must be below 1.
	// PersonVerifyThreshold is the value chosen on the fresh folds.
	PersonVerify float64
}

// Engine runs a set of detectors over texts and resolves their overlaps.
// It is safe for concurrent use.
type Engine struct {
	// scans holds the built-in detectors that share the engine's scan of
	// the text, and person whether the person detector is on: Find calls
	// them directly, the scan detectors in the order of their ids, then
	// the person detector, then the custom detectors.
	scans     scanSet
	person    bool
	detectors []Detector // custom detectors
	offTypes  map[string]bool
	allow     []string
	deny      *denyMatcher
	minScore  map[string]float64
	// filters is set when offTypes, allow or minScore is not empty: Find
	// then filters its candidates with keepFiltered.
	filters bool
	// extra is set when there are custom detectors or deny terms: Find
	// then runs them (findExtra).
	extra bool
	types []string
	// learned is set when the learned name model runs (learnedPersons),
	// and learnedLogit is its threshold as log-odds.
	learned      bool
	learnedLogit float32
	// verify is set when the PERSON verifier runs (verifyPersons), and
	// verifyLogit is its threshold as log-odds.
	verify      bool
	verifyLogit float32
	// ageOn is set when AGE spans may be reported (ageExtent adds them).
	ageOn bool
	// demotedSink, set only by tests (findDemoted), receives the PERSON
	// candidates Find dropped for their score, when there are any.
	demotedSink func([]demotedRange)
}

// scanDetector is implemented by built-in detectors that share the
// engine's single pass over the text (digit runs) instead of scanning it
// themselves.
type scanDetector interface {
	detectScan(sc *textScan, dst []Span) []Span
}

// NewEngine builds an engine from opts. It fails on an unknown entity type
// or rule id in Disabled, a nil custom detector, and an empty deny term.
func NewEngine(opts Options) (*Engine, error) {
	all := Builtins()
	for i, d := range opts.Detectors {
		if d == nil {
			return nil, fmt.Errorf("custom detector %d is nil", i)
		}
		all = append(all, d)
	}
	known := map[string]bool{}
	for _, d := range all {
		known[d.ID()] = true
		for _, t := range d.Types() {
			known[t] = true
		}
	}
	known[deniedTermType] = true
	known[denyRule] = true
	off := map[string]bool{}
	for _, name := range opts.Disabled {
		if !known[name] {
			return nil, fmt.Errorf("unknown entity type or rule id %q in disabled list", name)
		}
		off[name] = true
	}
	e := &Engine{offTypes: map[string]bool{}, minScore: map[string]float64{}}
	typeSet := map[string]bool{}
	for _, d := range all {
		if off[d.ID()] {
			continue
		}
		live := false
		for _, t := range d.Types() {
			if off[t] {
				e.offTypes[t] = true
				continue
			}
			live = true
			typeSet[t] = true
		}
		if !live {
			continue
		}
		if sd, ok := d.(scanDetector); ok {
			e.scans |= scanBit(sd)
			continue
		}
		if _, ok := d.(personDetector); ok {
			e.person = true
			continue
		}
		e.detectors = append(e.detectors, d)
	}
	if len(opts.Deny) > 0 && !off[deniedTermType] && !off[denyRule] {
		dm, err := newDenyMatcher(opts.Deny)
		if err != nil {
			return nil, err
		}
		e.deny = dm
		typeSet[deniedTermType] = true
	}
	for _, a := range opts.Allow {
		if a = strings.TrimSpace(a); a != "" {
			e.allow = append(e.allow, a)
		}
	}
	for t, s := range opts.MinScore {
		if s < 0 || s > 1 {
			return nil, fmt.Errorf("min score for %s must be between 0 and 1, got %v", t, s)
		}
		e.minScore[t] = s
	}
	lp := opts.LearnedPerson
	if lp == 0 {
		lp = DefaultLearnedPerson
	}
	if lp < 0 {
		return nil, fmt.Errorf("learned person threshold must be between 0 and 1, got %v", lp)
	}
	e.learned = e.person && lp < 1
	e.learnedLogit = learnedLogitOf(lp)
	pv := opts.PersonVerify
	if pv >= 1 {
		return nil, fmt.Errorf("person verify threshold must be below 1, got %v", pv)
	}
	e.verify = e.person && pv > 0
	e.verifyLogit = learnedLogitOf(pv)
	e.ageOn = typeSet["AGE"]
	e.filters = len(e.offTypes) > 0 || len(e.allow) > 0 || len(e.minScore) > 0
	e.extra = len(e.detectors) > 0 || e.deny != nil
	for t := range typeSet {
		e.types = append(e.types, t)
	}
	sort.Strings(e.types)
	return e, nil
}

// Types returns the entity types this engine can emit, sorted.
func (e *Engine) Types() []string { return slices.Clone(e.types) }

// Builtins returns every registered built-in detector, sorted by ID.
func Builtins() []Detector {
	out := make([]Detector, 0, len(builtins))
	for _, d := range builtins {
		out = append(out, d)
	}
	slices.SortFunc(out, func(a, b Detector) int { return strings.Compare(a.ID(), b.ID()) })
	return out
}

// findScratch is the per-call working memory of Find, pooled.
type findScratch struct {
	scan  textScan
	toks  [8]nameTok // the person detector's token buffer
	spans []Span
	kept  []Span
	order []int32 // see sortDisjoint
	// demoted are the PERSON candidates the rules dropped for their
	// score, for the learned model's pass (learned_demoted.go)
	demoted []demotedRange
	// slab is the unused rest of an array that Find carves small results
	// from, so that most calls do not allocate; see outSlice.
	slab []Span
}

// slabSpans is the size of the arrays small results are carved from, and
// slabMax the largest result carved from one (larger ones get their own).
const slabSpans, slabMax = 32, 8

// outSlice returns a slice of n spans for Find's result. Small results are
// carved from a shared array with their capacity capped at their length:
// the caller owns them, and an append reallocates instead of writing into
// a neighbour. A retained result keeps at most one array (2.3 KB) alive.
func (ws *findScratch) outSlice(n int) []Span {
	if n > slabMax {
		return make([]Span, n)
	}
	if len(ws.slab) < n {
		ws.slab = make([]Span, slabSpans)
	}
	out := ws.slab[:n:n]
	ws.slab = ws.slab[n:]
	return out
}

var scratchPool = sync.Pool{New: func() any { return new(findScratch) }}

// Find returns the spans of personal data in text, sorted by Start and
// non-overlapping: where spans overlap, the higher score wins, then the
// longer span, then the earlier one. The result belongs to the caller.
// Wide spaces (no-break, narrow, thin…) count as spaces, dashes between
// digits as hyphens, fullwidth forms as ASCII and invisible characters
// (soft hyphens, zero-width spaces) as nothing (widespace.go).
func (e *Engine) Find(text string) []Span {
	if text == "" {
		return nil
	}
	ws := scratchPool.Get().(*findScratch)
	ws.scan.reset(text, e.scans&scansWithRuns != 0)
	if i := ws.scan.firstWide(); i >= 0 {
		ws.scan.release()
		scratchPool.Put(ws)
		return e.findWide(text, i)
	}
	cands := ws.spans[:0]
	cands = runScans(e.scans, &ws.scan, cands)
	if e.person {
		cands = personSpans(&ws.scan, cands, &ws.toks)
	}
	if sum := &ws.scan.sum; sum.newline|sum.colons>>1 != 0 || markupEdge(text) {
		cands = e.formatSpans(&ws.scan, cands) // formats18_fields.go: lines, JSON or markup
		ws.scan.persons = true
	}
	if ws.scan.contact {
		if e.person {
			cands = recipientNames25(text, cands) // biz25_recipient.go: "for Taylor Quorn, Unit 4, …"
		}
		// a street, a postcode, a phone number or an e-mail: a
		// business's contact line? (business12_block.go)
		businessDemote(text, cands)
	}
	if e.person && ws.scan.persons {
		person21Demote(text, cands) // person21_demote.go: public figures, places, organisations
		person23Demote(text, cands) // person23_fp.go: namesakes, streets, languages
	}
	if e.extra {
		cands = e.findExtra(text, cands)
	}
	var n int
	if e.filters {
		n = e.keepFiltered(text, cands, &ws.demoted)
	} else {
		n = keepScored(text, cands, &ws.demoted)
	}
	cands = cands[:n]
	ws.spans = cands[:0]
	var out []Span
	var order [12]uint8
	switch {
	case n == 0:
	case sortedDisjoint(cands): // the common case
		// A span at a time, not copy: copy of spans (which hold strings)
		// is a call to typedslicecopy, ~70 instructions for the one or
		// two spans of most results, where an assignment is a few.
		out = ws.outSlice(n)
		for k := range out {
			out[k] = cands[k]
		}
	case n <= len(order) && startOrder(cands, &order):
		// Disjoint, out of order (spans of several detectors): each is
		// copied once, straight to its place.
		out = ws.outSlice(n)
		for k, j := range order[:n] {
			out[k] = cands[j]
		}
	default:
		var kept []Span
		if n > len(order) {
			kept, ws.order = sortDisjoint(cands, ws.kept[:0], ws.order)
		}
		if kept == nil {
			kept = resolveOverlaps(cands, ws.kept[:0])
		}
		ws.kept = kept[:0]
		out = ws.outSlice(len(kept))
		copy(out, kept)
	}
	if len(ws.demoted) > 0 {
		ws.demoted = sortDemoted(ws.demoted) // for learnedPersons, cleared below
	}
	if e.learned {
		out = e.learnedPersons(&ws.scan, out, ws.demoted)
	}
	ageMaybe := true
	if e.person && len(out) > 0 {
		out = personExtent(text, out, ws.scan.lines) // person23_extent.go: "paní …", "… Jr.", "… "Bill" Papadopoulos"
		out, ageMaybe = famousDrop(text, out)        // famous24_drop.go: public figures, whichever pass found them; whether ageExtent has work
	}
	if ws.scan.contact && len(out) > 1 {
		out = repeatStreets25(text, out) // biz25_recipient.go: a street masked once is masked at its every mention
	}
	if e.person && len(out) > 0 {
		out = repeatPersons25(text, out) // person25_repeat.go: a full name masked once is masked at its every mention
	}
	if e.ageOn && ageMaybe && len(out) > 0 {
		out = e.ageExtent(text, out) // loc24_age.go: "12 anos", "(13 a)" after a name
	}
	if e.verify && len(out) > 0 {
		out = e.verifyPersons(text, out) // person25_verify.go: a second opinion on the rules' names
	}
	if len(ws.demoted) > 0 {
		if e.demotedSink != nil {
			e.demotedSink(ws.demoted)
		}
		ws.demoted = ws.demoted[:0]
	}
	ws.scan.release()
	scratchPool.Put(ws)
	return out
}

// findExtra appends the spans of the custom detectors and of the deny
// terms to cands. It is kept out of Find, whose common case has neither.
func (e *Engine) findExtra(text string, cands []Span) []Span {
	for _, d := range e.detectors {
		cands = d.Detect(text, cands)
	}
	if e.deny != nil {
		cands = e.deny.detect(text, cands)
	}
	return cands
}

// startOrder stores in order the indexes of up to 12 spans sorted by
// Start (a stable insertion sort, as sortDisjoint's) and reports whether
// the spans are disjoint: it is sortDisjoint for a few spans, which sorts
// their indexes instead of moving the spans.
func startOrder(cands []Span, order *[12]uint8) bool {
	for i := range cands {
		order[i] = uint8(i)
		for j := i; j > 0 && cands[order[j]].Start < cands[order[j-1]].Start; j-- {
			order[j], order[j-1] = order[j-1], order[j]
		}
	}
	for k := 1; k < len(cands); k++ {
		if cands[order[k]].Start < cands[order[k-1]].End {
			return false
		}
	}
	return true
}

// keepScored keeps the candidates that lie inside the text and reach
// DefaultMinScore, in place (a span moves only when one before it was
// dropped), and returns how many it kept: Find's filter for an engine
// without per-type thresholds, switched-off types or allowed values. It
// appends to *dem the PERSON candidates it drops for their score
// (learned_demoted.go).
func keepScored(text string, cands []Span, dem *[]demotedRange) int {
	n := 0
	for i := range cands {
		s := &cands[i]
		if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
			continue
		}
		if s.Score < DefaultMinScore {
			if s.Type == "PERSON" {
				*dem = append(*dem, demotedRange{s.Start, s.End})
			}
			continue
		}
		if n != i {
			cands[n] = *s
		}
		n++
	}
	return n
}

// keepFiltered is keepScored for an engine with filters: switched-off
// types, per-type thresholds and allowed values. It is kept out of Find,
// whose common case has none of them.
func (e *Engine) keepFiltered(text string, cands []Span, dem *[]demotedRange) int {
	n := 0
	for i := range cands {
		s := &cands[i]
		if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
			continue
		}
		if s.Score < DefaultMinScore && s.Type == "PERSON" {
			*dem = append(*dem, demotedRange{s.Start, s.End})
		}
		if !e.passes(text, s) {
			continue
		}
		if n != i {
			cands[n] = *s
		}
		n++
	}
	return n
}

// passes reports whether the span s passes the engine's filters: its
// type is on, its score reaches the type's minimum and its value is not
// allowed. keepFiltered applies it to the detectors' candidates, and the
// last passes that add a span (ageExtent) to theirs.
func (e *Engine) passes(text string, s *Span) bool {
	if len(e.offTypes) > 0 && e.offTypes[s.Type] {
		return false
	}
	min := DefaultMinScore
	if len(e.minScore) > 0 {
		if m, ok := e.minScore[s.Type]; ok {
			min = m
		}
	}
	return s.Score >= min && !e.allowed(text[s.Start:s.End])
}

func (e *Engine) allowed(v string) bool {
	if len(e.allow) == 0 {
		return false
	}
	v = strings.TrimSpace(v)
	for _, a := range e.allow {
		if strings.EqualFold(v, a) {
			return true
		}
	}
	return false
}

// resolveOverlaps keeps a non-overlapping subset of cands, preferring the
// higher score, then the longer span, then the earlier start, and appends
// it to kept sorted by Start. It reorders cands.
func resolveOverlaps(cands, kept []Span) []Span {
	// Fast path: already sorted and disjoint (the common case).
	if sortedDisjoint(cands) {
		return append(kept, cands...)
	}
	if len(cands) <= 12 {
		// The insertion sort slices.SortFunc uses for up to 12 elements
		// (so the same order, ties included), without a call per
		// comparison.
		for i := 1; i < len(cands); i++ {
			for j := i; j > 0 && comparePriority(&cands[j], &cands[j-1]) < 0; j-- {
				cands[j], cands[j-1] = cands[j-1], cands[j]
			}
		}
	} else {
		slices.SortFunc(cands, func(a, b Span) int { return comparePriority(&a, &b) })
	}
	if len(cands) > smallResolve && len(kept) == 0 {
		return resolveClusters(cands, kept)
	}
	for _, s := range cands {
		// First kept span that ends after s starts.
		i := 0
		if len(kept) <= 8 {
			for i < len(kept) && kept[i].End <= s.Start {
				i++
			}
		} else {
			i = sort.Search(len(kept), func(i int) bool { return kept[i].End > s.Start })
		}
		if i < len(kept) && kept[i].Start < s.End {
			continue
		}
		kept = append(kept, s)
		if i < len(kept)-1 {
			copy(kept[i+1:], kept[i:len(kept)-1])
			kept[i] = s
		}
	}
	return kept
}

// sortDisjoint appends cands to kept sorted by Start when no two of them
// overlap, and returns nil when some do. On disjoint spans it gives what
// resolveOverlaps gives (which keeps every one of them), without ordering
// them by priority first: the usual case of spans from several detectors,
// appended detector by detector, that do not overlap. Past a dozen spans
// it sorts their indexes in order (returned for reuse), not the spans.
func sortDisjoint(cands, kept []Span, order []int32) ([]Span, []int32) {
	if len(cands) > 12 {
		return sortDisjointLong(cands, kept, order)
	}
	kept = append(kept, cands...)
	for i := 1; i < len(kept); i++ {
		for j := i; j > 0 && kept[j].Start < kept[j-1].Start; j-- {
			kept[j], kept[j-1] = kept[j-1], kept[j]
		}
	}
	if !sortedDisjoint(kept) {
		return nil, order
	}
	return kept, order
}

// sortDisjointLong is sortDisjoint for more than a dozen candidates, kept
// apart so that the short case, which nearly every prompt takes, is a
// small function.
func sortDisjointLong(cands, kept []Span, order []int32) ([]Span, []int32) {
	order = order[:0]
	for i := range cands {
		order = append(order, int32(i))
	}
	// Equal starts mean an overlap, so any order of them will do.
	slices.SortFunc(order, func(a, b int32) int { return cmp.Compare(cands[a].Start, cands[b].Start) })
	for k := 1; k < len(order); k++ {
		if cands[order[k]].Start < cands[order[k-1]].End {
			return nil, order
		}
	}
	for _, i := range order {
		kept = append(kept, cands[i])
	}
	return kept, order
}

// comparePriority orders spans for resolveOverlaps: the higher score
// first, then the longer span, then the earlier start.
func comparePriority(a, b *Span) int {
	if c := cmp.Compare(b.Score, a.Score); c != 0 {
		return c
	}
	if c := cmp.Compare(b.End-b.Start, a.End-a.Start); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Start, b.Start); c != 0 || a.Type == b.Type {
		return c
	}
	// The same bytes read two ways at the same score: an ID whose checksum
	// holds wins over the phone number it also reads as, whatever order
	// the detectors appended them in (business12_block.go demotes spans,
	// which changes how many candidates reach the sort).
	return cmp.Compare(phoneRank(a.Type), phoneRank(b.Type))
}

// phoneRank is 1 for a phone number, 0 for another type.
func phoneRank(typ string) int {
	if typ == "PHONE_NUMBER" {
		return 1
	}
	return 0
}

// sortedDisjoint reports whether spans are sorted by Start and do not
// overlap.
func sortedDisjoint(spans []Span) bool {
	for i := 1; i < len(spans); i++ {
		if spans[i].Start < spans[i-1].End {
			return false
		}
	}
	return true
}

// smallResolve is the candidate count up to which resolveOverlaps inserts
// into one sorted slice (quadratic, but the cheapest for a prompt's few
// dozen candidates); above it, resolveClusters keeps the work near-linear.
const smallResolve = 48

// overlapScratch is the working memory of resolveClusters, pooled.
type overlapScratch struct {
	byStart, cluster, next, head []int32
}

var overlapPool = sync.Pool{New: func() any { return new(overlapScratch) }}

// resolveClusters is resolveOverlaps' greedy pass for many candidates,
// given cands in priority order: candidates are grouped into clusters of
// transitively overlapping spans (spans in different clusters never
// overlap), and each candidate is checked only against the spans already
// kept in its own cluster. The decisions, and so the result, are those of
// the single sorted slice; only the cost is no longer quadratic in the
// number of candidates (a long text's thousands of spans).
func resolveClusters(cands, kept []Span) []Span {
	ws := overlapPool.Get().(*overlapScratch)
	k := len(cands)
	byStart := growInt32(ws.byStart, k)
	for i := range byStart {
		byStart[i] = int32(i)
	}
	slices.SortFunc(byStart, func(a, b int32) int { return cmp.Compare(cands[a].Start, cands[b].Start) })
	cluster := growInt32(ws.cluster, k)
	nc := int32(0)
	maxEnd := math.MinInt
	for _, i := range byStart {
		if cands[i].Start >= maxEnd {
			nc++
		}
		cluster[i] = nc - 1
		maxEnd = max(maxEnd, cands[i].End)
	}
	head := growInt32(ws.head, int(nc))
	for c := range head {
		head[c] = -1
	}
	const dropped = -2
	next := growInt32(ws.next, k) // the next kept span of the cluster, or dropped
	for i, s := range cands {
		c := cluster[i]
		keep := true
		for j := head[c]; j >= 0; j = next[j] {
			if cands[j].Start < s.End && s.Start < cands[j].End {
				keep = false
				break
			}
		}
		if !keep {
			next[i] = dropped
			continue
		}
		next[i], head[c] = head[c], int32(i)
	}
	for _, i := range byStart {
		if next[i] != dropped {
			kept = append(kept, cands[i])
		}
	}
	ws.byStart, ws.cluster, ws.next, ws.head = byStart, cluster, next, head
	overlapPool.Put(ws)
	return kept
}

// growInt32 returns s resized to n, reusing its array when it is large
// enough.
func growInt32(s []int32, n int) []int32 {
	if cap(s) < n {
		return make([]int32, n)
	}
	return s[:n]
}

// textScan is one pass over a text shared by the built-in detectors: the
// byte marks of the text (see marks.go), from which detectors find the
// bytes they start from, and the maximal runs of ASCII digits with their
// kind bits (see runKinds), computed up front when a detector uses them.
type textScan struct {
	text  string
	marks []markBlock
	runs  []digitRun
	// kinds holds the kind bits of each run and anyKind their union.
	kinds   []uint32
	anyKind uint32
	// rows holds the row bits of the marks (see markRows), 0 until they
	// are first asked for (rowsDone alone when the markSum rules them out).
	rows uint8
	// sum holds the text's markSum.
	sum markSum
	// premises is set when the address detector demoted an address as a
	// business's (see premisesDemote): the person detector then leaves
	// its words alone.
	premises bool
	// lines is set when the text has a line break; runScans (or the
	// person detector's Detect) works it out for personSpans.
	lines bool
	// contact is set when runScans's address, e-mail or phone detector
	// appended a span: businessDemote (business12_block.go) has items to
	// read.
	contact bool
	// persons is set when the spans may hold a PERSON: residenceSpans
	// (the person detector's last step) reads every span then, and
	// formatSpans may add one. Find runs person21Demote only then.
	persons bool
	// script is set while detectPersons' loop has met a letter of a
	// script scriptNames reads (person14_script.go); detectPersons clears
	// it when it calls scriptNames, so reset need not.
	script bool
	// plain holds the person detector's notes of the plain capitalised
	// words it read, for the learned model's pass, and gen the scan's
	// generation, which reset advances (learned_memo.go).
	plain [numPlainNotes]plainNote
	gen   uint32
	// nl1 is 1 + the index of the first block with a line break (one
	// past the blocks when none), once newlineBefore asked; 0 until then.
	nl1 int
	// lineAt remembers a line start for listPhoneSlot (struct23_phone.go).
	lineAt lineMemo
	// endLo and endHi remember lineEnd's last answer, endHi-1: no '\n'
	// in text[endLo:endHi-1], and endHi-1 is a '\n' or the text's end;
	// endHi is 0 when there is none.
	endLo, endHi int
	endWork      int // the blocks lineEnd's last call read (TestFindLongWork)
}

// digitRun is a maximal run of ASCII digits, text[start:end].
type digitRun struct{ start, end int }

// maxPooledMarks is the most mark blocks (for 1 MB of text) a pooled
// textScan keeps between calls: a rare huge text does not pin its
// marks in every pooled scratch.
const maxPooledMarks = 1 << 14

// reset starts the scan of text: it marks the text's bytes, and withRuns
// computes the digit runs and their kinds, which are otherwise left empty.
func (sc *textScan) reset(text string, withRuns bool) {
	sc.text = text
	sc.nextGen()
	nb := (len(text) + 63) >> 6
	if cap(sc.marks) < nb {
		// (Every block is written below, so there is nothing to keep:
		// a test and make cost ~9 instructions a call less than
		// slices.Grow.)
		sc.marks = make([]markBlock, nb)
	}
	sc.marks = sc.marks[:nb]
	if haveVectorMarks && nb > 0 {
		// markText's vector path, in line: sc.marks has a block for
		// every 64 bytes of the text.
		markVector(unsafe.StringData(text), len(text), &sc.marks[0], &sc.sum)
	} else {
		markText(text, sc.marks)
		sc.sum = sumOf(sc.marks)
	}
	sc.runs, sc.kinds, sc.anyKind, sc.rows, sc.premises, sc.contact = sc.runs[:0], sc.kinds[:0], 0, 0, false, false
	sc.nl1, sc.lineAt.set, sc.endHi = 0, false, 0
	if !sc.sum.rowsMaybe() {
		sc.rows = rowsDone // no row to work out (markRows)
	}
	if withRuns && sc.sum.digits != 0 { // a third of the corpus's prompts have no digit
		sc.setRuns(int(sc.sum.digits))
		sc.anyKind = fewDigits(int(sc.sum.digits), sc.anyKind)
	}
}

// release drops the text (and the marks of a huge one) before the scan
// goes back to the pool.
func (sc *textScan) release() {
	sc.text = ""
	if cap(sc.marks) > maxPooledMarks {
		sc.marks = nil
	}
}

// detectAlone runs a scan detector on its own, with a pooled scan, so that
// Detect allocates nothing beyond growing dst.
func detectAlone(sd scanDetector, text string, dst []Span) []Span {
	ws := scratchPool.Get().(*findScratch)
	ws.scan.reset(text, scanBit(sd)&scansWithRuns != 0)
	dst = sd.detectScan(&ws.scan, dst)
	ws.scan.release()
	scratchPool.Put(ws)
	return dst
}

// digitRuns returns the maximal digit runs of the text, in order.
func (sc *textScan) digitRuns() []digitRun { return sc.runs }

const (
	lo7   = 0x7f7f7f7f7f7f7f7f
	hi1   = 0x8080808080808080
	zeros = 0x3030303030303030 // '0' in every byte
	add76 = 0x7676767676767676 // 0x80 - 10: high bit set iff b >= 10
)

// appendDigitRuns appends the maximal runs of ASCII digits of a text of n
// bytes whose marks are blocks: run starts and ends are the 0->1 and 1->0
// transitions of each block's digit mask, read with trailing-zero counts.
// The bits past the text are zero, which ends a run at the end of a text
// whose last block is partial. (The work on a block is in the loop, not in
// a function of its own: most blocks have digits, and the call cost more
// than the work.)
func appendDigitRuns(blocks []markBlock, n int, runs []digitRun) []digitRun {
	var carry uint64 // 1 when the byte before the block is a digit
	runStart := 0    // the start of a run still open at the block's start
	for b := range blocks {
		d := blocks[b][mkDigit]
		if d|carry == 0 {
			continue
		}
		off := b << 6
		prev := d<<1 | carry
		starts, ends := d&^prev, prev&^d
		if carry != 0 {
			if ends == 0 {
				continue // the open run goes on through the block
			}
			runs = append(runs, digitRun{runStart, off + bits.TrailingZeros64(ends)})
			ends &= ends - 1
		}
		for starts != 0 {
			runStart = off + bits.TrailingZeros64(starts)
			starts &= starts - 1
			if ends == 0 {
				break // the run goes on into the next block
			}
			runs = append(runs, digitRun{runStart, off + bits.TrailingZeros64(ends)})
			ends &= ends - 1
		}
		carry = d >> 63
	}
	if carry != 0 {
		runs = append(runs, digitRun{runStart, n})
	}
	return runs
}

// wordSet is a set of lower-case context words (stems) bucketed by first
// ASCII letter, matched at word starts, ignoring ASCII case.
type wordSet struct {
	// buckets holds the words by their first letter's low five bits ('a'
	// and 'A' are 1): an index a mask keeps in range, with no bounds check.
	buckets [32][]string
	// second[c&31][b>>6] has bit b&63 set when a word starting with letter
	// c has the (lower-case) second byte b: most word starts fail this
	// test and skip the comparisons.
	second [32][4]uint64
}

// newWordSet builds a wordSet; every word must start with an ASCII letter.
func newWordSet(words ...string) *wordSet {
	ws := &wordSet{}
	for _, w := range words {
		c := w[0]
		if !isLower(c) {
			panic("redact: context word must start with a lower-case ASCII letter: " + w)
		}
		if len(w) < 2 {
			panic("redact: context word must have at least two bytes: " + w)
		}
		ws.buckets[c&31] = append(ws.buckets[c&31], w)
		ws.second[c&31][w[1]>>6] |= 1 << (w[1] & 63)
	}
	return ws
}

// before reports whether a word of the set starts a word in the window
// bytes before pos of the scan's text. Word starts are the ASCII letters
// not after one, read from the scan's letter marks a block at a time (a
// shift and a trailing-zero count each); most fail the second-byte test
// and skip the comparisons.
func (ws *wordSet) before(sc *textScan, pos, window int) bool {
	text := sc.text
	lo := max(pos-window, 0)
	for b := lo >> 6; b<<6 < pos; b++ {
		m := sc.marks[b][mkLetter]
		var prev uint64 // 1 when the byte before the block is a letter
		if b > 0 {
			prev = sc.marks[b-1][mkLetter] >> 63
		}
		base := b << 6
		starts := m &^ (m<<1 | prev)
		if lo > base {
			starts &= ^uint64(0) << (lo - base)
		}
		if k := pos - base; k < 64 {
			starts &= 1<<k - 1
		}
		for ; starts != 0; starts &= starts - 1 {
			j := base + bits.TrailingZeros64(starts)
			if j+1 >= len(text) {
				continue
			}
			c := text[j] & 31 // an ASCII letter's bucket, either case
			if c2 := toLowerASCII(text[j+1]); ws.second[c][c2>>6]&(1<<(c2&63)) == 0 {
				continue
			}
			for _, w := range ws.buckets[c] {
				if j+len(w) <= len(text) && keyLabelFold(text[j:], w) {
					return true
				}
			}
		}
	}
	return false
}

// containsAnyFold reports whether s contains any of words (lower-case
// ASCII), ignoring ASCII case. Only the last 64 bytes of s are searched.
func containsAnyFold(s string, words []string) bool {
	if len(s) > 64 {
		s = s[len(s)-64:]
	}
	var buf [64]byte
	for i := 0; i < len(s); i++ {
		buf[i] = toLowerASCII(s[i])
	}
	low := buf[:len(s)]
	for _, w := range words {
		if len(w) > 0 && len(w) <= len(low) && bytes.Contains(low, unsafe.Slice(unsafe.StringData(w), len(w))) {
			return true
		}
	}
	return false
}

// Redact finds the personal data in text and applies the policy's
// operators to it, recording placeholders in v. It returns the new text and
// the spans that were found (offsets into the original text).
func (e *Engine) Redact(text string, p *Policy, v *Vault) (string, []Span) {
	spans := e.Find(text)
	return Apply(text, spans, p, v), spans
}
