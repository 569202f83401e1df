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
	nodes  []tnode
	maxLen int // longest phrase, in words (gaps count their maximum)
	pool   sync.Pool
}

// tnode is a node of the phrase automaton.
type tnode struct {
	words    map[string][]int32 // exact word → next nodes
	stems    map[string][]int32 // stem → next nodes
	stemLens []int              // distinct stem lengths, ascending
	num      []int32            // next nodes for {n}
	time     []int32            // next nodes for {t}
	any      []int32            // next nodes for _
	gaps     []gapEdge          // nodes where a gap of up to max words starts
	eps      []int32            // empty moves (optional groups, merged alternatives)
	accept   []int32            // rules whose phrase ends here

	closure []int32 // this node and every node reachable by empty moves
	live    bool    // some node of the closure reads words or starts a gap
}

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
func NewScreener(rs []ScreenRule) (*Screener, error) {
	s := &Screener{rules: slices.Clone(rs)}
	s.nodes = append(s.nodes, tnode{}, tnode{}) // manipulation and bias roots
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
	s.pool.New = func() any { return s.NewStream() }
	return s, nil
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
		if n.words == nil {
			n.words = map[string][]int32{}
		}
		n.words[e.text] = append(n.words[e.text], to)
	case elemStem:
		if n.stems == nil {
			n.stems = map[string][]int32{}
		}
		n.stems[e.text] = append(n.stems[e.text], to)
		if !slices.Contains(n.stemLens, len(e.text)) {
			n.stemLens = append(n.stemLens, len(e.text))
			slices.Sort(n.stemLens)
		}
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
	out := st.Write(text)
	out = append(out, st.Close()...)
	s.pool.Put(st)
	sortFindings(out)
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
