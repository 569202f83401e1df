package rules

import (
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/caddy-guardrail/guardrail/redact"
)

//go:embed defaults/settings.yaml
var defaultSettingsYAML []byte

//go:embed schema.json
var schemaJSON []byte

// Schema returns the JSON Schema of rules files (draft 2020-12), for
// editors that validate and complete YAML against a schema.
func Schema() []byte { return schemaJSON }

// Names of the embedded defaults in problems and examples.
const (
	defaultScreeningName = "defaults/screening.yaml"
	defaultSettingsName  = "defaults/settings.yaml"
)

// Set is a compiled, validated rule set: the embedded defaults merged with
// a rules file. It is immutable and safe for concurrent use.
type Set struct {
	// Engine finds personal data with the built-in detectors switched on,
	// the custom detectors and deny patterns, and the allow and deny lists.
	// Allow patterns are applied by [Set.Find], not by Engine.Find.
	Engine *redact.Engine
	// Screener finds manipulative or biased wording; nil when screening is
	// off.
	Screener *Screener
	// Operators maps an entity type to its operator; the key "default"
	// holds the operator of every other type. See [Set.Policy].
	Operators map[string]redact.Operator
	// Actions maps a severity ("low", "medium", "high") or a category code
	// to a screening action: "log", "flag" or "block".
	Actions map[string]string
	// Version identifies the effective rules: "sha256:" and the first 16
	// hex digits of the hash of everything that decides a redaction or a
	// finding (not of comments, examples or positions).
	Version string
	// Source is the rules file's name, or "defaults".
	Source string

	doc      *fileDoc
	allowRes []*regexp.Regexp // anchored allow patterns
	custom   []*customDetector
}

// Overlay is configuration that is applied on top of a rules file, such as
// the allow, deny, disable, operator and screen settings of a Caddyfile.
type Overlay struct {
	// Allow adds values that are never redacted.
	Allow []string
	// Deny adds terms that are always redacted.
	Deny []string
	// Disable adds entity types or rule ids to switch off.
	Disable []string
	// Operators set the operator of entity types ("default" for the rest).
	Operators map[string]redact.Operator
	// Actions set screening actions per severity or category.
	Actions map[string]string
	// ScreenOff turns screening off.
	ScreenOff bool
}

var defaultDoc = sync.OnceValue(func() *fileDoc {
	a, pa := decodeFile(defaultSettingsName, defaultSettingsYAML)
	b, pb := decodeFile(defaultScreeningName, defaultScreeningYAML)
	if len(pa)+len(pb) > 0 {
		panic("rules: embedded defaults do not parse: " + (&Error{append(pa, pb...)}).Error())
	}
	return merge(a, b)
})

var defaultSet = sync.OnceValue(func() *Set {
	s, err := compile("defaults", defaultDoc())
	if err != nil {
		panic("rules: embedded defaults do not compile: " + err.Error())
	}
	return s
})

// Default returns the rule set of the embedded defaults (every built-in
// detector on, placeholders for every type, the default screening rules
// with high → block, medium → flag, low → log), compiled once.
func Default() *Set { return defaultSet() }

// Load reads and compiles a rules file. An empty path means the defaults.
// Problems are returned as *Error.
func Load(path string) (*Set, error) {
	if path == "" {
		return Default(), nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("loading rules %s: %w", path, err)
	}
	return Parse(path, data)
}

// Parse compiles a rules file's contents; name is used in problems.
//
// # The rules file
//
// A YAML mapping; every key is optional, unknown keys are errors:
//
//	allow:            values never redacted (case-insensitive, whole value):
//	                  "support@acme.com", or {value: …, examples: …}
//	deny:             terms always redacted as DENIED_TERM (case-insensitive,
//	                  whole words): "Falcon", or {term: …, examples: …}
//	allow_patterns:   [{id, pattern, examples}] a detected value that the
//	                  regular expression matches as a whole is not redacted
//	deny_patterns:    [{id, pattern, type (DENIED_TERM), reason, examples}]
//	                  every match is redacted (score 1)
//	detectors:
//	  disable:        entity types or rule ids to switch off
//	  enable:         entity types or rule ids to switch back on
//	  min_score:      {TYPE: 0..1} score below which spans are dropped
//	  learned_person: threshold in (0,1) of the learned name model, or
//	                  off (the default: on at 0.5)
//	  custom:         [{id, type, pattern, group, validator, context,
//	                  context_window, score, context_score, min_score,
//	                  reason, examples}] custom detectors
//	operators:        {TYPE|default: placeholder|mask|hash|remove, or
//	                  {kind, keep_last, mask_char}}
//	screening:
//	  defaults:       false drops the default screening rules
//	  off:            true switches screening off
//	  disable:        screening rule ids or category codes to switch off
//	  actions:        {low|medium|high|<category>: log|flag|block}
//	  rules:          screening rules (see ParseScreenRules)
//
// # Merge with the defaults
//
// The embedded defaults are themselves rules files (defaults/settings.yaml
// and defaults/screening.yaml); the user's file is merged onto them:
// allow and deny lists are appended; allow patterns, deny patterns, custom
// detectors and screening rules are keyed by id (a user rule with the id of
// a default rule replaces it, others are added); detectors.disable is the
// union minus detectors.enable (enable wins, also within one file); min_score, operators and screening actions
// are per key (the user's key wins); detectors.learned_person: the user's value wins; screening.disable applies to the
// merged rules; screening.defaults: false starts the screening rules from
// empty; screening.off switches screening off.
//
// # Custom regular expressions
//
// Patterns use Go's RE2 syntax and are compiled once at load. A pattern is
// rejected when it can match the empty string, is longer than
// [MaxPatternLen], repeats more than [MaxRepeat] times, nests an unbounded
// repetition in another repetition ((a+)+), or compiles to more than
// [MaxProgramSize] instructions. When every match must contain a literal
// (or one of a few), texts without it skip the regular expression.
func Parse(name string, data []byte) (*Set, error) {
	doc, probs := decodeFile(name, data)
	if doc == nil {
		return nil, &Error{Problems: probs}
	}
	return compileWith(name, merge(defaultDoc(), doc), probs)
}

// Overlay returns a new set with o applied on top of s.
func (s *Set) Overlay(o Overlay) (*Set, error) {
	d := cloneDoc(s.doc)
	p := pos{file: "Caddyfile"}
	for _, a := range o.Allow {
		d.allow = append(d.allow, allowEntry{value: a, pos: p})
	}
	for _, t := range o.Deny {
		d.deny = append(d.deny, denyEntry{term: t, pos: p})
	}
	for _, n := range o.Disable {
		d.disable = append(d.disable, named{n, p})
	}
	for t, op := range o.Operators {
		mc := ""
		if op.MaskChar != 0 {
			mc = string(op.MaskChar)
		}
		d.operators[t] = opEntry{kind: string(op.Kind), keepLast: op.KeepLast, maskChar: mc, pos: p}
	}
	for k, v := range o.Actions {
		d.actions[k] = named{v, p}
	}
	if o.ScreenOff {
		off := true
		d.screenOff = &off
	}
	return compile(s.Source, d)
}

// Policy returns the redaction policy of the set's operators with key.
func (s *Set) Policy(key []byte) *redact.Policy {
	p := &redact.Policy{Key: key, ByType: map[string]redact.Operator{}}
	for t, op := range s.Operators {
		if t == "default" {
			p.Default = op
			continue
		}
		p.ByType[t] = op
	}
	return p
}

// HasAllowPatterns reports whether the set has allow patterns, which
// [Set.Find] applies and Engine.Find does not.
func (s *Set) HasAllowPatterns() bool { return len(s.allowRes) > 0 }

// Find returns the spans of personal data in text (as Engine.Find) without
// the values an allow pattern matches.
func (s *Set) Find(text string) []redact.Span {
	spans := s.Engine.Find(text)
	if len(s.allowRes) == 0 || len(spans) == 0 {
		return spans
	}
	out := spans[:0]
	for _, sp := range spans {
		if !s.AllowedValue(text[sp.Start:sp.End]) {
			out = append(out, sp)
		}
	}
	return out
}

// AllowedValue reports whether an allow pattern matches v as a whole.
func (s *Set) AllowedValue(v string) bool {
	for _, re := range s.allowRes {
		if re.MatchString(v) {
			return true
		}
	}
	return false
}

// Summary is a one-line description of the set, e.g. for `rules check`.
func (s *Set) Summary() string {
	d := s.doc
	screening := "screening off"
	if s.Screener != nil {
		screening = fmt.Sprintf("%d screening rules", len(s.Screener.Rules()))
	}
	learned := ", learned names off"
	switch t := d.learnedThreshold(); {
	case t > 0 && t < learnedOff:
		learned = fmt.Sprintf(", learned names at %.2f", t)
	case t == 0 && redact.DefaultLearnedPerson < 1:
		learned = fmt.Sprintf(", learned names at %.2f (default)", redact.DefaultLearnedPerson)
	}
	return fmt.Sprintf("%d allow, %d deny, %d allow patterns, %d deny patterns, %d custom detectors, %d detectors off%s, %s; version %s",
		len(d.allow), len(d.deny), len(d.allowPatterns), len(d.denyPatterns), len(d.custom), len(d.disable), learned, screening, s.Version)
}

// merge returns base with over merged onto it (see Parse).
func merge(base, over *fileDoc) *fileDoc {
	d := cloneDoc(base)
	d.allow = append(d.allow, over.allow...)
	d.deny = append(d.deny, over.deny...)
	d.allowPatterns = mergeByID(d.allowPatterns, over.allowPatterns)
	d.denyPatterns = mergeByID(d.denyPatterns, over.denyPatterns)
	d.custom = mergeByID(d.custom, over.custom)
	for _, n := range over.disable {
		if !slices.ContainsFunc(d.disable, func(m named) bool { return m.value == n.value }) {
			d.disable = append(d.disable, n)
		}
	}
	enabled := map[string]bool{}
	for _, e := range over.enable {
		enabled[e.value] = true
	}
	d.disable = slices.DeleteFunc(d.disable, func(n named) bool { return enabled[n.value] })
	d.enable = append(d.enable, over.enable...)
	for k, v := range over.minScore {
		d.minScore[k] = v
	}
	if over.learned != nil {
		d.learned = over.learned
	}
	for k, v := range over.operators {
		d.operators[k] = v
	}
	for k, v := range over.actions {
		d.actions[k] = v
	}
	if over.screenDefaults != nil && !*over.screenDefaults {
		d.screenRules = nil
		d.screenPos = map[string]pos{}
	}
	if over.screenOff != nil {
		d.screenOff = over.screenOff
	}
	d.screenDisable = append(d.screenDisable, over.screenDisable...)
	for _, r := range over.screenRules {
		if i := slices.IndexFunc(d.screenRules, func(x ScreenRule) bool { return x.ID == r.ID }); i >= 0 && r.ID != "" {
			d.screenRules[i] = r
		} else {
			d.screenRules = append(d.screenRules, r)
		}
		if p, ok := over.screenPos[r.ID]; ok {
			d.screenPos[r.ID] = p
		}
	}
	return d
}

func mergeByID(base, over []patternEntry) []patternEntry {
	out := slices.Clone(base)
	for _, p := range over {
		if i := slices.IndexFunc(out, func(x patternEntry) bool { return x.id == p.id }); i >= 0 && p.id != "" && out[i].pos.file != p.pos.file {
			out[i] = p
			continue
		}
		out = append(out, p)
	}
	return out
}

func cloneDoc(s *fileDoc) *fileDoc {
	d := *s
	d.allow = slices.Clone(s.allow)
	d.deny = slices.Clone(s.deny)
	d.allowPatterns = slices.Clone(s.allowPatterns)
	d.denyPatterns = slices.Clone(s.denyPatterns)
	d.custom = slices.Clone(s.custom)
	d.disable = slices.Clone(s.disable)
	d.enable = slices.Clone(s.enable)
	d.screenDisable = slices.Clone(s.screenDisable)
	d.screenRules = slices.Clone(s.screenRules)
	d.minScore = cloneMap(s.minScore)
	d.operators = cloneMap(s.operators)
	d.actions = cloneMap(s.actions)
	d.screenPos = cloneMap(s.screenPos)
	return &d
}

func cloneMap[K comparable, V any](m map[K]V) map[K]V {
	out := make(map[K]V, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

// typeRe is the form of entity type names.
var typeRe = regexp.MustCompile(`^[A-Z][A-Z0-9_]*$`)

// compiler validates a merged doc and builds a Set, collecting problems.
type compiler struct {
	probs []Problem
}

func (c *compiler) add(p pos, rule, format string, args ...any) {
	c.probs = append(c.probs, Problem{File: p.file, Line: p.line, Col: p.col, Rule: rule, Reason: fmt.Sprintf(format, args...)})
}

func compile(source string, d *fileDoc) (*Set, error) { return compileWith(source, d, nil) }

// compileWith compiles d; prior are problems already found while decoding,
// reported together with the compiler's.
func compileWith(source string, d *fileDoc, prior []Problem) (*Set, error) {
	c := &compiler{probs: prior}
	s := &Set{Source: source, doc: d, Operators: map[string]redact.Operator{}, Actions: map[string]string{}}

	ids := map[string]pos{}
	checkID := func(p patternEntry, what string) bool {
		if p.id == "" {
			c.add(p.pos, "", "%s without an id", what)
			return false
		}
		if strings.HasPrefix(p.id, "builtin.") || p.id == "deny" {
			c.add(p.pos, p.id, "ids starting with builtin. and the id deny are reserved")
			return false
		}
		if first, dup := ids[p.id]; dup {
			c.add(p.pos, p.id, "duplicate id (first used at %s:%d)", first.file, first.line)
			return false
		}
		ids[p.id] = p.pos
		return true
	}

	// Custom detectors and deny patterns.
	var detectors []redact.Detector
	customTypes := map[string]bool{}
	typeMin := map[string]float64{}
	for _, p := range d.custom {
		ok := checkID(p, "a custom detector")
		if p.typ == "" {
			c.add(p.pos, p.id, "missing type (the entity type name, e.g. EMPLOYEE_ID)")
			ok = false
		} else if !typeRe.MatchString(p.typ) {
			c.add(p.pos, p.id, "type %q must be upper case letters, digits and underscores, e.g. EMPLOYEE_ID", p.typ)
			ok = false
		}
		cd := c.customDetector(p, 0.0)
		if cd == nil || !ok {
			continue
		}
		detectors = append(detectors, cd)
		s.custom = append(s.custom, cd)
		customTypes[p.typ] = true
		if m, seen := typeMin[p.typ]; !seen || cd.minScore < m {
			typeMin[p.typ] = cd.minScore
		}
	}
	for _, p := range d.denyPatterns {
		ok := checkID(p, "a deny pattern")
		if p.typ == "" {
			p.typ = "DENIED_TERM"
		} else if !typeRe.MatchString(p.typ) {
			c.add(p.pos, p.id, "type %q must be upper case letters, digits and underscores", p.typ)
			ok = false
		}
		p.score, p.hasScore = 1, true
		if p.reason == "" {
			p.reason = "matches deny pattern " + p.id
		}
		cd := c.customDetector(p, 1)
		if cd == nil || !ok {
			continue
		}
		detectors = append(detectors, cd)
		s.custom = append(s.custom, cd)
		customTypes[p.typ] = true
	}
	// Allow patterns.
	for _, p := range d.allowPatterns {
		ok := checkID(p, "an allow pattern")
		if p.pattern == "" {
			c.add(p.pos, p.id, "missing pattern")
			continue
		}
		if _, _, off, err := compilePattern(p.pattern); err != nil {
			c.patternProblem(p, off, err)
			continue
		}
		if ok {
			s.allowRes = append(s.allowRes, regexp.MustCompile(`^(?:`+p.pattern+`)$`))
		}
	}

	// Names of detectors and types.
	known := map[string]bool{"DENIED_TERM": true, "deny": true}
	var knownList []string
	for _, b := range redact.Builtins() {
		known[b.ID()] = true
		for _, t := range b.Types() {
			known[t] = true
		}
	}
	for t := range customTypes {
		known[t] = true
	}
	for _, dt := range detectors {
		known[dt.ID()] = true
	}
	for k := range known {
		knownList = append(knownList, k)
	}
	sort.Strings(knownList)
	checkName := func(n named, what string) bool {
		if known[n.value] {
			return true
		}
		c.add(n.pos, "", "%s: unknown entity type or rule id %q%s", what, n.value, didYouMean(n.value, knownList))
		return false
	}
	var disabled []string
	for _, n := range d.disable {
		if checkName(n, "detectors.disable") {
			disabled = append(disabled, n.value)
		}
	}
	for _, n := range d.enable {
		checkName(n, "detectors.enable")
	}
	minScore := map[string]float64{}
	for t, m := range typeMin {
		minScore[t] = m
	}
	for t, e := range d.minScore {
		if checkName(named{t, e.pos}, "detectors.min_score") {
			minScore[t] = e.score
		}
	}

	// Operators.
	for t, e := range d.operators {
		if t != "default" && !checkName(named{t, e.pos}, "operators") {
			continue
		}
		kind, err := redact.ParseOperatorKind(e.kind)
		if err != nil {
			c.add(e.pos, "operator "+t, "%v", err)
			continue
		}
		op := redact.Operator{Kind: kind, KeepLast: e.keepLast}
		if e.maskChar != "" {
			r, size := utf8.DecodeRuneInString(e.maskChar)
			if size != len(e.maskChar) {
				c.add(e.pos, "operator "+t, "mask_char must be one character, not %q", e.maskChar)
				continue
			}
			op.MaskChar = r
		}
		s.Operators[t] = op
	}

	// Allow and deny lists.
	var allow, deny []string
	for _, a := range d.allow {
		if strings.TrimSpace(a.value) == "" {
			c.add(a.pos, "allow", "empty allow entry")
			continue
		}
		allow = append(allow, a.value)
	}
	for _, t := range d.deny {
		if len(strings.Fields(t.term)) == 0 {
			c.add(t.pos, "deny", "empty deny term")
			continue
		}
		deny = append(deny, t.term)
	}
	c.checkAllowDeny(d, detectors)

	// Screening.
	c.screening(s, d)

	if len(c.probs) > 0 {
		sortProblems(c.probs)
		return nil, &Error{Problems: c.probs}
	}
	engine, err := redact.NewEngine(redact.Options{Disabled: disabled, Detectors: detectors, Allow: allow, Deny: deny, MinScore: minScore, LearnedPerson: d.learnedThreshold()})
	if err != nil {
		return nil, &Error{Problems: []Problem{{File: source, Reason: err.Error()}}}
	}
	s.Engine = engine
	s.Version = version(d)
	return s, nil
}

// customDetector compiles a custom detector or deny pattern.
func (c *compiler) customDetector(p patternEntry, defaultScore float64) *customDetector {
	var validator func(string) bool
	bad := false
	if p.validator != "" {
		f, ok := redact.Validator(p.validator)
		if !ok {
			names := redact.ValidatorNames()
			c.add(p.pos, p.id, "unknown validator %q%s; known validators: %s", p.validator, didYouMean(p.validator, names), strings.Join(names, ", "))
			bad = true
		}
		validator = f
	}
	if p.pattern == "" {
		c.add(p.pos, p.id, "missing pattern")
		return nil
	}
	re, tree, off, err := compilePattern(p.pattern)
	if err != nil {
		c.patternProblem(p, off, err)
		return nil
	}
	if bad {
		return nil
	}
	cd := &customDetector{id: p.id, typ: p.typ, re: re, group: p.group, pre: derivePrefilter(tree),
		window: p.window, score: defaultCustomScore, gain: defaultContextGain, minScore: redact.DefaultMinScore, reason: p.reason}
	if defaultScore > 0 {
		cd.score = defaultScore
	}
	if p.group > re.NumSubexp() {
		c.add(p.patPos, p.id, "group %d does not exist: the pattern has %d capture groups", p.group, re.NumSubexp())
		return nil
	}
	if validator != nil {
		cd.validator, cd.validatorName = validator, p.validator
	}
	for _, w := range p.context {
		w = strings.ToLower(strings.TrimSpace(w))
		if w == "" {
			c.add(p.pos, p.id, "empty context word")
			return nil
		}
		cd.context = append(cd.context, w)
	}
	if stripped, ok := stripLeadingBoundary(tree); ok && stripped.NumSubexp() == re.NumSubexp() {
		cd.re, cd.lead = stripped, true
	}
	if cd.window == 0 {
		cd.window = DefaultContextWindow
	}
	if p.hasScore {
		if p.score == 0 {
			c.add(p.pos, p.id, "score must be above 0")
			return nil
		}
		cd.score = p.score
	}
	if p.hasGain {
		cd.gain = p.gain
	}
	if p.hasMin {
		cd.minScore = p.minScore
	}
	if cd.minScore > min(1, cd.score+cd.gain) || (len(cd.context) == 0 && cd.minScore > cd.score) {
		c.add(p.pos, p.id, "min_score %.2f is above every score the detector can give (score %.2f, context_score %.2f): it would never fire", cd.minScore, cd.score, cd.gain)
		return nil
	}
	if cd.reason == "" {
		cd.reason = "matches custom pattern " + p.id
		if cd.validator != nil {
			cd.reason += ", valid " + p.validator + " checksum"
		}
	}
	return cd
}

// patternProblem reports a bad pattern at the offending part's column when
// it is known.
func (c *compiler) patternProblem(p patternEntry, off int, err error) {
	at := p.patPos
	if at.line == 0 {
		at = p.pos
	}
	if off >= 0 && at.line > 0 {
		at.col += off
	}
	c.add(at, p.id, "pattern: %v", err)
}

// checkAllowDeny reports allow entries that a deny term or deny pattern
// also matches: the deny entry would win, so the allow entry is a mistake.
func (c *compiler) checkAllowDeny(d *fileDoc, detectors []redact.Detector) {
	if len(d.allow) == 0 || (len(d.deny) == 0 && len(d.denyPatterns) == 0) {
		return
	}
	var off []string
	for _, b := range redact.Builtins() {
		off = append(off, b.ID())
	}
	var denyDet []redact.Detector
	for _, dt := range detectors {
		if cd, ok := dt.(*customDetector); ok && slices.ContainsFunc(d.denyPatterns, func(p patternEntry) bool { return p.id == cd.id }) {
			denyDet = append(denyDet, dt)
		}
	}
	for _, a := range d.allow {
		v := strings.TrimSpace(a.value)
		if v == "" {
			continue
		}
		for _, t := range d.deny {
			if len(strings.Fields(t.term)) == 0 {
				continue
			}
			e, err := redact.NewEngine(redact.Options{Disabled: off, Deny: []string{t.term}})
			if err == nil && len(e.Find(v)) > 0 {
				c.add(a.pos, "allow", "%q is also matched by deny term %q (%s:%d); deny wins, so remove one of them", v, t.term, t.pos.file, t.pos.line)
			}
		}
		for _, dt := range denyDet {
			if len(dt.Detect(v, nil)) > 0 {
				c.add(a.pos, "allow", "%q is also matched by deny pattern %s; deny wins, so remove one of them", v, dt.ID())
			}
		}
	}
}

// validActions are the screening actions.
var validActions = []string{"log", "flag", "block"}

func (c *compiler) screening(s *Set, d *fileDoc) {
	// Each rule alone, for problems attributed to its position.
	seen := map[string]bool{}
	for i, r := range d.screenRules {
		p := d.screenPos[r.ID]
		if p.file == "" {
			p = pos{file: "screening", line: r.Line}
		}
		if r.ID != "" && seen[r.ID] {
			c.add(p, r.ID, "duplicate screening rule id")
			continue
		}
		seen[r.ID] = true
		if p.file == defaultScreeningName {
			continue // the embedded rules compile (tested); skip the per-rule pass
		}
		r.Line = 0
		if _, err := newScreener([]ScreenRule{r}); err != nil { // uncached: a throwaway per-rule check
			for _, line := range strings.Split(err.Error(), "\n") {
				line = strings.TrimPrefix(line, r.where(i)+": ")
				c.add(p, r.ID, "%s", line)
			}
		}
	}
	var codes []string
	for _, cat := range categories {
		codes = append(codes, cat.Code)
	}
	keys := append([]string{"low", "medium", "high"}, codes...)
	for k, v := range d.actions {
		if !slices.Contains(keys, k) {
			c.add(v.pos, "action "+k, "unknown severity or category %q%s", k, didYouMean(k, keys))
			continue
		}
		if !slices.Contains(validActions, v.value) {
			c.add(v.pos, "action "+k, "unknown action %q%s: want log, flag or block", v.value, didYouMean(v.value, validActions))
			continue
		}
		s.Actions[k] = v.value
	}
	off := map[string]bool{}
	for _, n := range d.screenDisable {
		if !seen[n.value] && !slices.Contains(codes, n.value) {
			var cands []string
			for id := range seen {
				cands = append(cands, id)
			}
			sort.Strings(cands)
			c.add(n.pos, "", "screening.disable: no screening rule or category %q%s", n.value, didYouMean(n.value, append(cands, codes...)))
			continue
		}
		off[n.value] = true
	}
	if d.screenOff != nil && *d.screenOff {
		return
	}
	var live []ScreenRule
	for _, r := range d.screenRules {
		if !off[r.ID] && !off[r.Category] {
			live = append(live, r)
		}
	}
	if len(c.probs) > 0 {
		return
	}
	sc, err := NewScreener(live)
	if err != nil {
		c.add(pos{file: "screening"}, "", "%v", err)
		return
	}
	s.Screener = sc
}

func sortProblems(ps []Problem) {
	slices.SortStableFunc(ps, func(a, b Problem) int {
		if a.File != b.File {
			return strings.Compare(a.File, b.File)
		}
		if a.Line != b.Line {
			return a.Line - b.Line
		}
		return a.Col - b.Col
	})
}

// version hashes what decides redactions and findings.
func version(d *fileDoc) string {
	type pat struct {
		ID, Type, Pattern, Validator, Reason string
		Group, Window                        int
		Context                              []string
		Score, Gain, Min                     float64
		HasScore, HasGain, HasMin            bool
	}
	type op struct {
		Kind     string
		KeepLast int
		MaskChar string
	}
	pats := func(ps []patternEntry) []pat {
		out := make([]pat, len(ps))
		for i, p := range ps {
			out[i] = pat{p.id, p.typ, p.pattern, p.validator, p.reason, p.group, p.window, p.context, p.score, p.gain, p.minScore, p.hasScore, p.hasGain, p.hasMin}
		}
		return out
	}
	values := func(ns []named) []string {
		out := make([]string, len(ns))
		for i, n := range ns {
			out[i] = n.value
		}
		sort.Strings(out)
		return out
	}
	v := struct {
		Allow, Deny, Disable, ScreenDisable []string
		AllowPatterns, DenyPatterns, Custom []pat
		MinScore                            map[string]float64
		LearnedPerson                       float64 `json:",omitempty"` // unset: the hashes of older sets stay
		Operators                           map[string]op
		Actions                             map[string]string
		ScreenOff                           bool
		ScreenRules                         []ScreenRule
	}{
		Disable: values(d.disable), ScreenDisable: values(d.screenDisable),
		AllowPatterns: pats(d.allowPatterns), DenyPatterns: pats(d.denyPatterns), Custom: pats(d.custom),
		MinScore: map[string]float64{}, Operators: map[string]op{}, Actions: map[string]string{},
		ScreenOff:     d.screenOff != nil && *d.screenOff,
		LearnedPerson: d.learnedThreshold(),
	}
	for _, a := range d.allow {
		v.Allow = append(v.Allow, a.value)
	}
	for _, t := range d.deny {
		v.Deny = append(v.Deny, t.term)
	}
	for k, e := range d.minScore {
		v.MinScore[k] = e.score
	}
	for k, e := range d.operators {
		v.Operators[k] = op{e.kind, e.keepLast, e.maskChar}
	}
	for k, e := range d.actions {
		v.Actions[k] = e.value
	}
	for _, r := range d.screenRules {
		r.Examples = Examples{}
		r.Line = 0
		v.ScreenRules = append(v.ScreenRules, r)
	}
	b, err := json.Marshal(v) // maps marshal with sorted keys
	if err != nil {
		panic("rules: hashing the rule set: " + err.Error())
	}
	sum := sha256.Sum256(b)
	return "sha256:" + hex.EncodeToString(sum[:])[:16]
}
