package rules

import (
	"errors"
	"fmt"
	"slices"
	"sync"
)

// Limits that bound how much text a stream holds back.
const (
	// maxWordBytes is the longest word a phrase can match; longer runs of
	// letters or digits match nothing and are released at once.
	maxWordBytes = 48
	// maxSepBytes is the longest run of punctuation and spaces a phrase
	// spans; a longer run ends the sentence.
	maxSepBytes = 32
	// negationWindow is how many words before a match a negation cue
	// ("no", "not", "don't" …) cancels it, within the same clause.
	negationWindow = 4
)

// ScreenRule is one screening rule: a category, a severity, a one-line
// reason and the phrases that trigger it (see the pattern language in
// screen_pattern.go and the README).
type ScreenRule struct {
	// ID is the stable rule id, e.g. "urgency.act_now".
	ID string `yaml:"id" json:"id"`
	// Category is a taxonomy code from Categories, e.g. "false_urgency".
	Category string `yaml:"category" json:"category"`
	// Severity ranks the harm: low, medium or high.
	Severity Severity `yaml:"severity" json:"severity"`
	// Reason is a one-line explanation shown with every finding.
	Reason string `yaml:"reason" json:"reason"`
	// Phrases are the patterns that trigger the rule.
	Phrases []string `yaml:"phrases" json:"phrases"`
	// Examples are texts the rule must and must not flag; they run as tests.
	Examples Examples `yaml:"examples,omitempty" json:"examples,omitempty"`
	// Line is the rule's line in its source file, for error messages.
	Line int `yaml:"-" json:"-"`
}

// Examples are texts a rule must flag (Match) and must not flag (NoMatch).
type Examples struct {
	// Match are texts in which the rule must find something.
	Match []string `yaml:"match,omitempty" json:"match,omitempty"`
	// NoMatch are texts in which the rule must find nothing.
	NoMatch []string `yaml:"no_match,omitempty" json:"no_match,omitempty"`
}

// where names a rule in error messages: its id and, when known, its line.
func (r ScreenRule) where(i int) string {
	id := r.ID
	if id == "" {
		id = fmt.Sprintf("#%d", i+1)
	}
	if r.Line > 0 {
		return fmt.Sprintf("screening rule %s (line %d)", id, r.Line)
	}
	return "screening rule " + id
}

// Screener finds manipulative or biased wording with a fixed set of rules.
// It tokenises a text once and runs every rule's phrases together as one
// automaton over words (an NFA whose states are advanced word by word).
// A Screener is safe for concurrent use.
type Screener struct {
	rules  []ScreenRule
	nodes  []tnode // while compiling (see compact)
	vocab  vocab
	maxLen int // longest phrase, in words (gaps count their maximum)
	// moveMask is a per-node filter of the words it moves on (see
	// buildMoveMasks).
	moveMask []uint64
	// arriveFlags say what arriving at a node does (see buildArriveFlags).
	arriveFlags []uint8
	// runs and rootMoves keep rows of plain nodes that a root move leads
	// to as one state (see buildRuns).
	runs      []nodeRun
	rootMoves [2]rootMoves
	// starts has bit id set when a root moves on word id; startsAny is
	// set when a root moves on any word (see mayStart).
	starts    []uint64
	startsAny bool
	// moves finds the word moves of a state (see moveTable).
	moves moveTable
	// What a stream reads of a node besides the tables above, once the
	// nodes are dropped (see compact): the rules its closure accepts, the
	// gaps it starts, and for a node whose move mask is allMoves, its
	// other moves, other[otherOf[node]].
	accepts   nodeLists[int32]
	gapStarts nodeLists[gapEdge]
	otherOf   []int32
	other     []trans
	pool      sync.Pool
}

// vocab numbers the words and stems of all phrases, so a text word is
// looked up once and the automaton moves on small integer keys.
type vocab struct {
	words map[string]int32
	flags []wordFlags // per word id
	stems map[string]int32
	// stemIdx maps the key of a word's first two bytes (stemKey) to
	// 1 + the index of its bucket in stemBuckets, 0 when no stem has that
	// key; a bucket lists its stems shortest first, so a word is compared
	// with the few stems it could start with.
	stemIdx [1 << 13]uint16
	// stemBits has bit k set when stemIdx[k] != 0: a 1 KB filter read
	// before the 16 KB index.
	stemBits [1 << 13 / 64]uint64
	// stem3 has bit prefix3Bit(stem) set for every stem of 3 bytes or
	// more: a 4 KB filter on a word's first three bytes, read first when
	// no stem is shorter (stemShort is false).
	stem3       [1 << 15 / 64]uint64
	stemShort   bool
	stemBuckets [][]stemEntry
	table       wordTable // words, for lookup
}

type stemEntry struct {
	text string
	id   int32
}

func (v *vocab) wordID(w string) int32 {
	if v.words == nil {
		v.words = map[string]int32{}
	}
	id, ok := v.words[w]
	if !ok {
		id = int32(len(v.words))
		v.words[w] = id
		v.flags = append(v.flags, 0)
	}
	return id
}

// wordFlags mark the words that steer negation and avoidance context.
type wordFlags uint16

const (
	flagNumber    wordFlags = 1 << iota // a number word for {n}
	flagNegation                        // cancels a manipulation match that follows
	flagRefusal                         // after "no": a refusal, not a negation ("no thanks")
	flagAvoid                           // "avoid", "refrain": the sentence is advice against wording
	flagAvoidLead                       // "don't", "never" … before a verb of saying
	flagAvoidVerb                       // "say", "use", "write" …
	flagInstead                         // "instead"
	flagOf                              // "of"
	flagMeta                            // "phrase", "wording", "slogan": the sentence talks about wording
	flagMetaNoun                        // "words", "messages", "claims" … before "like" or "such as"
	flagLike                            // "like", "such"
	flagNo                              // "no": a refusal formula may follow
)

// markWords flags the context words in the vocabulary.
func (v *vocab) markWords() {
	for _, m := range []struct {
		f     wordFlags
		words string
	}{
		{flagNumber, numberWordList},
		{flagNegation, `no not never don't dont doesn't didn't isn't aren't wasn't weren't
			won't wouldn't shouldn't cannot can't couldn't without nothing none nor neither zero
			nobody hardly needn't
			kein keine keinen keinem keiner nicht nie niemals ohne
			pas jamais sans aucun aucune
			sin nunca ningún ninguna ninguno jamás
			senza nessun nessuna nessuno
			geen niet nooit zonder`},
		{flagRefusal, `thanks thank thx i i'm i'd i'll i've way`},
		{flagAvoid, `avoid avoids avoided avoiding refrain steer banned forbidden prohibited`},
		{flagAvoidLead, `don't dont never not shouldn't avoid stop`},
		{flagAvoidVerb, `say says saying use using write writing include including claim
			claiming imply implying suggest promise promising put`},
		{flagInstead, `instead`},
		{flagOf, `of`},
		{flagMeta, `phrase phrases phrasing wording wordings slogan slogans buzzword buzzwords
			catchphrase catchphrases`},
		{flagMetaNoun, `words terms claims messages message lines copy tactics language
			expressions cues triggers examples statements headlines`},
		{flagLike, `like such`},
		{flagNo, `no`},
	} {
		for _, w := range splitWords(m.words) {
			id := v.wordID(w)
			v.flags[id] |= m.f
		}
	}
}

func (v *vocab) stemID(w string) int32 {
	if v.stems == nil {
		v.stems = map[string]int32{}
	}
	id, ok := v.stems[w]
	if !ok {
		id = int32(len(v.stems))
		v.stems[w] = id
		k := stemKey(w)
		if v.stemIdx[k] == 0 {
			v.stemBuckets = append(v.stemBuckets, nil)
			v.stemIdx[k] = uint16(len(v.stemBuckets))
			v.stemBits[k/64] |= 1 << (k % 64)
		}
		if len(w) < 3 {
			v.stemShort = true
		} else {
			b := prefix3Bit(w[0], w[1], w[2])
			v.stem3[b/64] |= 1 << (b % 64)
		}
		b := &v.stemBuckets[v.stemIdx[k]-1]
		*b = append(*b, stemEntry{text: w, id: id})
		slices.SortStableFunc(*b, func(a, b stemEntry) int { return len(a.text) - len(b.text) })
	}
	return id
}

// stemKey is the 13-bit bucket key of a word's first two bytes (the word
// has at least 2 bytes).
func stemKey(w string) uint16 { return (uint16(w[0])<<8 | uint16(w[1])) >> 3 }

// prefix3Bit is the stem3 bit of a word that starts with the bytes a, b, c.
func prefix3Bit(a, b, c byte) uint32 {
	return (uint32(a) | uint32(b)<<8 | uint32(c)<<16) * 0x9e3779b1 >> (32 - 15)
}

// lookup returns the word's slot in the vocabulary table (nil for a word
// outside it) and the ids of the stems the word starts with: for a
// vocabulary word a shared list that must not be changed, else appended
// to stems.
func (v *vocab) lookup(w []byte, stems []int32) (*wordSlot, []int32) {
	sl := v.table.find(w)
	if sl == nil {
		return nil, v.stemsOf(w, stems)
	}
	if sl.info&slotStems == 0 {
		return sl, nil
	}
	return sl, v.table.stems[sl.id()]
}

// stemsOf appends the ids of the stems w starts with to stems.
func (v *vocab) stemsOf(w []byte, stems []int32) []int32 {
	if !v.stemShort {
		if len(w) < 3 {
			return stems
		}
		if b := prefix3Bit(w[0], w[1], w[2]); v.stem3[b/64]&(1<<(b%64)) == 0 {
			return stems
		}
	}
	if len(w) >= 2 && len(v.stemBuckets) > 0 {
		if k := stemKey(string(w[:2])); v.stemBits[k/64]&(1<<(k%64)) != 0 {
			b := v.stemIdx[k]
			for _, e := range v.stemBuckets[b-1] {
				if len(e.text) > len(w) {
					break
				}
				if string(w[:len(e.text)]) == e.text {
					stems = append(stems, e.id)
				}
			}
		}
	}
	return stems
}

// tnode is a node of the phrase automaton.
type tnode struct {
	words  map[int32][]int32 // word id → next nodes
	stems  map[int32][]int32 // stem id → next nodes
	num    []int32           // next nodes for {n}
	time   []int32           // next nodes for {t}
	any    []int32           // next nodes for _
	gaps   []gapEdge         // nodes where a gap of up to max words starts
	eps    []int32           // empty moves (optional groups, merged alternatives)
	accept []int32           // rules whose phrase ends here

	closure []int32 // this node and every node reachable by empty moves
	live    bool    // some node of the closure reads words or starts a gap
	out     *trans  // word moves of the whole closure, merged
	// The accepted rules and the gaps of the whole closure, in closure
	// order, so that arriving at a node reads two flat lists.
	closeAccept []int32
	closeGaps   []gapEdge
}

// trans holds the word moves out of a node's closure, merged so that one
// map lookup serves the whole closure.
type trans struct {
	dense [][]int32 // for the roots: word id → next nodes, indexed directly
	// For a node with few word moves (most of them), the moves as two
	// parallel lists instead of words. Streams read the word moves of
	// nodes other than the roots from Screener.moves, and once it is
	// built these nodes' keys, vals and words are dropped.
	keys  []int32
	vals  [][]int32
	words map[int32][]int32
	stems map[int32][]int32
	num   []int32
	time  []int32
	any   []int32
}

// smallMoves is the most word moves a node keeps in lists rather than a map.
const smallMoves = 8

// The automaton has two start nodes: negation cues cancel manipulation
// phrases ("no hidden fees") but not bias phrases (a slur stays a slur
// after "don't be a").
const (
	rootManipulation = 0
	rootBias         = 1
)

type gapEdge struct {
	max   int8
	child int32
}

// NewScreener validates and compiles rules. Errors name the rule id (and
// its line when set): unknown category or severity, missing id, reason or
// phrases, duplicate ids, and bad patterns.
//
// Compiled screeners are cached by the content of rs while they are in use,
// so compiling the same rules again (another handler, a config reload)
// returns the same Screener.
func NewScreener(rs []ScreenRule) (*Screener, error) {
	key := screenerKey(rs)
	if s := cachedScreener(key); s != nil {
		return s, nil
	}
	s, err := newScreener(rs)
	if err != nil {
		return nil, err
	}
	cacheScreener(key, s)
	return s, nil
}

func newScreener(rs []ScreenRule) (*Screener, error) {
	s := &Screener{rules: slices.Clone(rs)}
	s.nodes = append(s.nodes, tnode{}, tnode{}) // manipulation and bias roots
	s.vocab.markWords()
	seen := make(map[string]int, len(rs))
	var errs []error
	for i, r := range rs {
		w := r.where(i)
		if r.ID == "" {
			errs = append(errs, fmt.Errorf("%s: missing id", w))
		} else if j, dup := seen[r.ID]; dup {
			errs = append(errs, fmt.Errorf("%s: duplicate id (first used by rule #%d)", w, j+1))
		} else {
			seen[r.ID] = i
		}
		root := int32(rootManipulation)
		if ci, ok := categoryIndex()[r.Category]; !ok {
			errs = append(errs, fmt.Errorf("%s: unknown category %q", w, r.Category))
		} else if categories[ci].Kind == "bias" {
			root = rootBias
		}
		if r.Severity < Low || r.Severity > High {
			errs = append(errs, fmt.Errorf("%s: severity must be low, medium or high", w))
		}
		if r.Reason == "" {
			errs = append(errs, fmt.Errorf("%s: missing reason", w))
		}
		if len(r.Phrases) == 0 {
			errs = append(errs, fmt.Errorf("%s: no phrases", w))
		}
		for _, p := range r.Phrases {
			n, err := parsePhrase(p)
			if err != nil {
				errs = append(errs, fmt.Errorf("%s: phrase %q: %w", w, p, err))
				continue
			}
			end := s.compile(n, root)
			if !slices.Contains(s.nodes[end].accept, int32(i)) {
				s.nodes[end].accept = append(s.nodes[end].accept, int32(i))
			}
			s.maxLen = max(s.maxLen, n.maxWords())
		}
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	s.closeNodes()
	s.buildMoveMasks()
	s.buildArriveFlags()
	s.buildRuns()
	s.vocab.buildTable(s.starts)
	s.buildMoveTable()
	s.compact()
	s.pool.New = func() any { return s.NewStream() }
	return s, nil
}

func mergeMoves(dst, src map[int32][]int32) map[int32][]int32 {
	if len(src) == 0 {
		return dst
	}
	if dst == nil {
		dst = make(map[int32][]int32, len(src))
	}
	for k, v := range src {
		dst[k] = append(dst[k], v...)
	}
	return dst
}

func (s *Screener) newNode() int32 {
	s.nodes = append(s.nodes, tnode{})
	return int32(len(s.nodes) - 1)
}

// compile adds the automaton of n starting at node from and returns its end.
func (s *Screener) compile(n pnode, from int32) int32 {
	switch {
	case n.leaf != nil:
		c := s.newNode()
		s.addEdge(from, *n.leaf, c)
		return c
	case n.alts != nil:
		allLeaves := true
		for _, a := range n.alts {
			allLeaves = allLeaves && a.leaf != nil && a.leaf.kind != elemGap
		}
		if allLeaves {
			c := s.newNode()
			for _, a := range n.alts {
				s.addEdge(from, *a.leaf, c)
			}
			return c
		}
		m := s.newNode()
		for _, a := range n.alts {
			e := s.compile(a, from)
			s.nodes[e].eps = append(s.nodes[e].eps, m)
		}
		return m
	}
	cur := from
	for _, part := range n.seq {
		cur = s.compile(part, cur)
	}
	if n.opt {
		if cur == from { // cannot happen: groups are never empty
			return cur
		}
		s.nodes[from].eps = append(s.nodes[from].eps, cur)
	}
	return cur
}

func (s *Screener) addEdge(from int32, e elem, to int32) {
	n := &s.nodes[from]
	switch e.kind {
	case elemWord:
		id := s.vocab.wordID(e.text)
		n = &s.nodes[from]
		if n.words == nil {
			n.words = map[int32][]int32{}
		}
		n.words[id] = append(n.words[id], to)
	case elemStem:
		id := s.vocab.stemID(e.text)
		n = &s.nodes[from]
		if n.stems == nil {
			n.stems = map[int32][]int32{}
		}
		n.stems[id] = append(n.stems[id], to)
	case elemNum:
		n.num = append(n.num, to)
	case elemTime:
		n.time = append(n.time, to)
	case elemAny:
		n.any = append(n.any, to)
	case elemGap:
		n.gaps = append(n.gaps, gapEdge{max: int8(e.n), child: to})
	}
}

// closeNodes computes each node's empty-move closure.
func (s *Screener) closeNodes() {
	for i := range s.nodes {
		var cl []int32
		var walk func(int32)
		walk = func(n int32) {
			if slices.Contains(cl, n) {
				return
			}
			cl = append(cl, n)
			for _, e := range s.nodes[n].eps {
				walk(e)
			}
		}
		walk(int32(i))
		live := false
		for _, c := range cl {
			n := &s.nodes[c]
			live = live || len(n.words) > 0 || len(n.stems) > 0 || len(n.num) > 0 || len(n.time) > 0 || len(n.any) > 0 || len(n.gaps) > 0
		}
		s.nodes[i].closure = cl
		s.nodes[i].live = live
		t := &trans{}
		var acc []int32
		var gaps []gapEdge
		for _, c := range cl {
			acc = append(acc, s.nodes[c].accept...)
			gaps = append(gaps, s.nodes[c].gaps...)
		}
		s.nodes[i].closeAccept, s.nodes[i].closeGaps = acc, gaps
		for _, c := range cl {
			n := &s.nodes[c]
			t.words = mergeMoves(t.words, n.words)
			t.stems = mergeMoves(t.stems, n.stems)
			t.num = append(t.num, n.num...)
			t.time = append(t.time, n.time...)
			t.any = append(t.any, n.any...)
		}
		if n := len(t.words); n > 0 && n <= smallMoves {
			for id := range t.words {
				t.keys = append(t.keys, id)
			}
			slices.Sort(t.keys)
			for _, id := range t.keys {
				t.vals = append(t.vals, t.words[id])
			}
			t.words = nil
		}
		s.nodes[i].out = t
	}
	for _, r := range []int{rootManipulation, rootBias} {
		t := s.nodes[r].out
		t.dense = make([][]int32, len(s.vocab.words))
		for id, cs := range t.words {
			t.dense[id] = cs
		}
		for k, id := range t.keys {
			t.dense[id] = t.vals[k]
		}
		t.words, t.keys, t.vals = nil, nil, nil
	}
}

// Rules returns a copy of the screener's rules.
func (s *Screener) Rules() []ScreenRule { return slices.Clone(s.rules) }

// MaxHoldback bounds Stream.Holdback: the most trailing bytes a stream
// of this screener ever holds back.
func (s *Screener) MaxHoldback() int {
	return s.maxLen*(maxWordBytes+maxSepBytes+8) + maxWordBytes + 8
}

// Scan returns every finding in text, sorted by Start. It gives exactly
// the findings a Stream gives for the same text, however it is split.
func (s *Screener) Scan(text string) []Finding {
	st := s.pool.Get().(*Stream)
	st.reset()
	st.write(text)
	st.close()
	out := st.flush() // one copy and one sort for the whole text
	s.pool.Put(st)
	return out
}

func sortFindings(fs []Finding) {
	slices.SortStableFunc(fs, func(a, b Finding) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		if a.End != b.End {
			return a.End - b.End
		}
		if a.Rule < b.Rule {
			return -1
		}
		if a.Rule > b.Rule {
			return 1
		}
		return 0
	})
}

var (
	defaultScreener = sync.OnceValue(func() *Screener {
		s, err := NewScreener(DefaultScreenRules())
		if err != nil {
			panic("rules: embedded screening defaults do not compile: " + err.Error())
		}
		return s
	})
)

// DefaultScreener returns the screener of the embedded default rules,
// compiled once.
func DefaultScreener() *Screener { return defaultScreener() }
