package rules

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// pos is where something was written.
type pos struct {
	file      string
	line, col int
}

// named is a string value with its position.
type named struct {
	value string
	pos   pos
}

type allowEntry struct {
	value    string
	examples Examples
	pos      pos
}

type denyEntry struct {
	term     string
	examples Examples
	pos      pos
}

// patternEntry is an allow or deny pattern, or a custom detector.
type patternEntry struct {
	id, typ, pattern, validator, reason string
	group                               int
	context                             []string
	window                              int
	score, gain, minScore               float64
	hasScore, hasGain, hasMin           bool
	examples                            Examples
	pos                                 pos
	patPos                              pos // where the pattern's text starts
}

type opEntry struct {
	kind     string
	keepLast int
	maskChar string
	pos      pos
}

type scoreEntry struct {
	score float64
	pos   pos
}

// fileDoc is a decoded rules file (or the merge of several).
type fileDoc struct {
	allow          []allowEntry
	deny           []denyEntry
	allowPatterns  []patternEntry
	denyPatterns   []patternEntry
	custom         []patternEntry
	disable        []named
	enable         []named
	minScore       map[string]scoreEntry
	learned        *scoreEntry // detectors.learned_person; nil: the engine's default
	operators      map[string]opEntry
	screenDefaults *bool
	screenOff      *bool
	screenDisable  []named
	actions        map[string]named
	screenRules    []ScreenRule
	screenPos      map[string]pos // by rule id
}

// Keys of the file, per section.
var (
	topKeys       = []string{"allow", "deny", "allow_patterns", "deny_patterns", "detectors", "operators", "screening"}
	allowKeys     = []string{"value", "examples"}
	denyKeys      = []string{"term", "examples"}
	allowPatKeys  = []string{"id", "pattern", "examples"}
	denyPatKeys   = []string{"id", "pattern", "type", "reason", "examples"}
	detectorKeys  = []string{"disable", "enable", "min_score", "learned_person", "custom"}
	customKeys    = []string{"id", "type", "pattern", "group", "validator", "context", "context_window", "score", "context_score", "min_score", "reason", "examples"}
	operatorKeys  = []string{"kind", "keep_last", "mask_char"}
	screeningKeys = []string{"defaults", "off", "disable", "actions", "rules"}
	exampleKeys   = []string{"match", "no_match"}
)

// decoder turns a YAML rules file into a fileDoc, collecting problems.
type decoder struct {
	file  string
	probs []Problem
}

func (d *decoder) at(n *yaml.Node) pos { return pos{d.file, n.Line, n.Column} }

func (d *decoder) errf(n *yaml.Node, rule, format string, args ...any) {
	d.probs = append(d.probs, Problem{File: d.file, Line: n.Line, Col: n.Column, Rule: rule, Reason: fmt.Sprintf(format, args...)})
}

// lineRe finds the line number in yaml.v3's error messages.
var lineRe = regexp.MustCompile(`line (\d+): `)

// decodeFile parses data. The returned doc is nil only when the YAML itself
// does not parse.
func decodeFile(name string, data []byte) (*fileDoc, []Problem) {
	d := &decoder{file: name}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		msg := strings.TrimPrefix(err.Error(), "yaml: ")
		line := 0
		if m := lineRe.FindStringSubmatch(msg); m != nil {
			line, _ = strconv.Atoi(m[1])
			msg = strings.Replace(msg, m[0], "", 1)
		}
		return nil, []Problem{{File: name, Line: line, Reason: "not valid YAML: " + msg}}
	}
	doc := &fileDoc{minScore: map[string]scoreEntry{}, operators: map[string]opEntry{}, actions: map[string]named{}, screenPos: map[string]pos{}}
	if len(root.Content) == 0 {
		return doc, nil // an empty file: the defaults
	}
	top := root.Content[0]
	if top.Kind == yaml.ScalarNode && top.Tag == "!!null" {
		return doc, nil
	}
	if !d.mapping(top, "", "the rules file") {
		return doc, d.probs
	}
	d.checkKeys(top, "", topKeys)
	for k, v := range pairs(top) {
		switch k.Value {
		case "allow":
			d.decodeAllow(v, doc)
		case "deny":
			d.decodeDeny(v, doc)
		case "allow_patterns":
			for _, item := range d.list(v, "allow_patterns") {
				if p, ok := d.decodePattern(item, allowPatKeys); ok {
					doc.allowPatterns = append(doc.allowPatterns, p)
				}
			}
		case "deny_patterns":
			for _, item := range d.list(v, "deny_patterns") {
				if p, ok := d.decodePattern(item, denyPatKeys); ok {
					doc.denyPatterns = append(doc.denyPatterns, p)
				}
			}
		case "detectors":
			d.decodeDetectors(v, doc)
		case "operators":
			d.decodeOperators(v, doc)
		case "screening":
			d.decodeScreening(v, doc)
		}
	}
	return doc, d.probs
}

// pairs iterates over the keys and values of a mapping node.
func pairs(m *yaml.Node) func(func(k, v *yaml.Node) bool) {
	return func(yield func(k, v *yaml.Node) bool) {
		for i := 0; i+1 < len(m.Content); i += 2 {
			if !yield(m.Content[i], resolve(m.Content[i+1])) {
				return
			}
		}
	}
}

// resolve follows a YAML alias (*name) to its anchored node.
func resolve(n *yaml.Node) *yaml.Node {
	for i := 0; n.Kind == yaml.AliasNode && n.Alias != nil && i < 8; i++ {
		n = n.Alias
	}
	return n
}

func (d *decoder) mapping(n *yaml.Node, rule, what string) bool {
	if n.Kind == yaml.MappingNode {
		return true
	}
	d.errf(n, rule, "%s must be a mapping (key: value lines)", what)
	return false
}

func (d *decoder) list(n *yaml.Node, what string) []*yaml.Node {
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		d.errf(n, "", "%s must be a list", what)
		return nil
	}
	out := make([]*yaml.Node, len(n.Content))
	for i, item := range n.Content {
		out[i] = resolve(item)
	}
	return out
}

func (d *decoder) checkKeys(m *yaml.Node, rule string, allowed []string) {
	seen := map[string]bool{}
	for k := range pairs(m) {
		if seen[k.Value] {
			d.errf(k, rule, "key %q appears twice", k.Value)
		}
		seen[k.Value] = true
		if !slices.Contains(allowed, k.Value) {
			d.errf(k, rule, "unknown key %q%s; known keys here: %s", k.Value, didYouMean(k.Value, allowed), strings.Join(allowed, ", "))
		}
	}
}

func (d *decoder) str(n *yaml.Node, rule, what string) (string, bool) {
	if n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
		d.errf(n, rule, "%s must be a text value", what)
		return "", false
	}
	return n.Value, true
}

func (d *decoder) strList(n *yaml.Node, rule, what string) []named {
	if n.Kind == yaml.ScalarNode && n.Tag != "!!null" {
		return []named{{n.Value, d.at(n)}}
	}
	var out []named
	for _, item := range d.list(n, what) {
		if s, ok := d.str(item, rule, what+" entry"); ok {
			out = append(out, named{s, d.at(item)})
		}
	}
	return out
}

func (d *decoder) float(n *yaml.Node, rule, what string) (float64, bool) {
	var f float64
	if n.Kind != yaml.ScalarNode || n.Decode(&f) != nil {
		d.errf(n, rule, "%s must be a number", what)
		return 0, false
	}
	if f < 0 || f > 1 {
		d.errf(n, rule, "%s must be between 0 and 1, not %v", what, f)
		return 0, false
	}
	return f, true
}

func (d *decoder) integer(n *yaml.Node, rule, what string, lo, hi int) (int, bool) {
	var i int
	if n.Kind != yaml.ScalarNode || n.Decode(&i) != nil {
		d.errf(n, rule, "%s must be a whole number", what)
		return 0, false
	}
	if i < lo || i > hi {
		d.errf(n, rule, "%s must be between %d and %d, not %d", what, lo, hi, i)
		return 0, false
	}
	return i, true
}

func (d *decoder) boolean(n *yaml.Node, rule, what string) (bool, bool) {
	var b bool
	if n.Kind != yaml.ScalarNode || n.Decode(&b) != nil {
		d.errf(n, rule, "%s must be true or false", what)
		return false, false
	}
	return b, true
}

func (d *decoder) examples(n *yaml.Node, rule string) Examples {
	var ex Examples
	if !d.mapping(n, rule, "examples") {
		return ex
	}
	d.checkKeys(n, rule, exampleKeys)
	for k, v := range pairs(n) {
		var texts []string
		for _, s := range d.strList(v, rule, "examples."+k.Value) {
			texts = append(texts, s.value)
		}
		switch k.Value {
		case "match":
			ex.Match = texts
		case "no_match":
			ex.NoMatch = texts
		}
	}
	return ex
}

func (d *decoder) decodeAllow(n *yaml.Node, doc *fileDoc) {
	for _, item := range d.list(n, "allow") {
		if item.Kind == yaml.ScalarNode {
			if s, ok := d.str(item, "", "an allow entry"); ok {
				doc.allow = append(doc.allow, allowEntry{value: s, pos: d.at(item)})
			}
			continue
		}
		if !d.mapping(item, "", "an allow entry (a value, or value: and examples:)") {
			continue
		}
		d.checkKeys(item, "allow", allowKeys)
		e := allowEntry{pos: d.at(item)}
		for k, v := range pairs(item) {
			switch k.Value {
			case "value":
				e.value, _ = d.str(v, "allow", "value")
			case "examples":
				e.examples = d.examples(v, "allow")
			}
		}
		if e.value == "" && mappingValue(item, "value") == nil {
			d.errf(item, "allow", "missing value")
		}
		doc.allow = append(doc.allow, e)
	}
}

func (d *decoder) decodeDeny(n *yaml.Node, doc *fileDoc) {
	for _, item := range d.list(n, "deny") {
		if item.Kind == yaml.ScalarNode {
			if s, ok := d.str(item, "", "a deny entry"); ok {
				doc.deny = append(doc.deny, denyEntry{term: s, pos: d.at(item)})
			}
			continue
		}
		if !d.mapping(item, "", "a deny entry (a term, or term: and examples:)") {
			continue
		}
		d.checkKeys(item, "deny", denyKeys)
		e := denyEntry{pos: d.at(item)}
		for k, v := range pairs(item) {
			switch k.Value {
			case "term":
				e.term, _ = d.str(v, "deny", "term")
			case "examples":
				e.examples = d.examples(v, "deny")
			}
		}
		if mappingValue(item, "term") == nil {
			d.errf(item, "deny", "missing term")
		}
		doc.deny = append(doc.deny, e)
	}
}

// decodePattern decodes an allow pattern, deny pattern or custom detector.
func (d *decoder) decodePattern(n *yaml.Node, keys []string) (patternEntry, bool) {
	p := patternEntry{pos: d.at(n)}
	if !d.mapping(n, "", "a rule") {
		return p, false
	}
	if v := mappingValue(n, "id"); v != nil {
		p.id, _ = d.str(v, "", "id")
	}
	rule := p.id
	d.checkKeys(n, rule, keys)
	for k, v := range pairs(n) {
		switch k.Value {
		case "type":
			p.typ, _ = d.str(v, rule, "type")
		case "pattern":
			p.pattern, _ = d.str(v, rule, "pattern")
			p.patPos = d.at(v)
			if v.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0 {
				p.patPos.col++
			}
		case "validator":
			p.validator, _ = d.str(v, rule, "validator")
		case "reason":
			p.reason, _ = d.str(v, rule, "reason")
		case "group":
			p.group, _ = d.integer(v, rule, "group", 0, 99)
		case "context":
			for _, s := range d.strList(v, rule, "context") {
				p.context = append(p.context, s.value)
			}
		case "context_window":
			p.window, _ = d.integer(v, rule, "context_window", 1, 1000)
		case "score":
			p.score, p.hasScore = d.float(v, rule, "score")
		case "context_score":
			p.gain, p.hasGain = d.float(v, rule, "context_score")
		case "min_score":
			p.minScore, p.hasMin = d.float(v, rule, "min_score")
		case "examples":
			p.examples = d.examples(v, rule)
		}
	}
	return p, true
}

func (d *decoder) decodeDetectors(n *yaml.Node, doc *fileDoc) {
	if !d.mapping(n, "", "detectors") {
		return
	}
	d.checkKeys(n, "", detectorKeys)
	for k, v := range pairs(n) {
		switch k.Value {
		case "disable":
			doc.disable = append(doc.disable, d.strList(v, "", "detectors.disable")...)
		case "enable":
			doc.enable = append(doc.enable, d.strList(v, "", "detectors.enable")...)
		case "min_score":
			if !d.mapping(v, "", "detectors.min_score") {
				continue
			}
			for tk, tv := range pairs(v) {
				if f, ok := d.float(tv, "", "min_score of "+tk.Value); ok {
					doc.minScore[tk.Value] = scoreEntry{f, d.at(tk)}
				}
			}
		case "learned_person":
			d.decodeLearned(v, doc)
		case "custom":
			for _, item := range d.list(v, "detectors.custom") {
				if p, ok := d.decodePattern(item, customKeys); ok {
					doc.custom = append(doc.custom, p)
				}
			}
		}
	}
}

func (d *decoder) decodeOperators(n *yaml.Node, doc *fileDoc) {
	if !d.mapping(n, "", "operators") {
		return
	}
	for k, v := range pairs(n) {
		op := opEntry{pos: d.at(k)}
		rule := "operator " + k.Value
		switch v.Kind {
		case yaml.ScalarNode:
			op.kind, _ = d.str(v, rule, "operator")
		case yaml.MappingNode:
			d.checkKeys(v, rule, operatorKeys)
			for ok, ov := range pairs(v) {
				switch ok.Value {
				case "kind":
					op.kind, _ = d.str(ov, rule, "kind")
				case "keep_last":
					op.keepLast, _ = d.integer(ov, rule, "keep_last", 0, 64)
				case "mask_char":
					op.maskChar, _ = d.str(ov, rule, "mask_char")
				}
			}
		default:
			d.errf(v, rule, "an operator is a kind (placeholder, mask, hash, remove) or a mapping with kind:, keep_last: and mask_char:")
			continue
		}
		if _, dup := doc.operators[k.Value]; dup {
			d.errf(k, rule, "set twice")
		}
		doc.operators[k.Value] = op
	}
}

func (d *decoder) decodeScreening(n *yaml.Node, doc *fileDoc) {
	if !d.mapping(n, "", "screening") {
		return
	}
	d.checkKeys(n, "", screeningKeys)
	for k, v := range pairs(n) {
		switch k.Value {
		case "defaults":
			if b, ok := d.boolean(v, "", "screening.defaults"); ok {
				doc.screenDefaults = &b
			}
		case "off":
			if b, ok := d.boolean(v, "", "screening.off"); ok {
				doc.screenOff = &b
			}
		case "disable":
			doc.screenDisable = append(doc.screenDisable, d.strList(v, "", "screening.disable")...)
		case "actions":
			if !d.mapping(v, "", "screening.actions") {
				continue
			}
			for ak, av := range pairs(v) {
				if s, ok := d.str(av, "action "+ak.Value, "an action"); ok {
					doc.actions[ak.Value] = named{s, d.at(av)}
				}
			}
		case "rules":
			d.decodeScreenRules(v, doc)
		}
	}
}

// decodeScreenRules reuses DecodeScreenRules rule by rule, so that one bad
// rule does not hide the problems of the others.
func (d *decoder) decodeScreenRules(list *yaml.Node, doc *fileDoc) {
	for _, item := range d.list(list, "screening.rules") {
		id := ""
		if v := mappingValue(item, "id"); v != nil {
			id = v.Value
		}
		n := len(d.probs)
		if item.Kind == yaml.MappingNode {
			d.checkKeys(item, id, []string{"id", "category", "severity", "reason", "phrases", "examples"})
			if ex := mappingValue(item, "examples"); ex != nil && ex.Kind == yaml.MappingNode {
				d.checkKeys(ex, id, exampleKeys)
			}
			if v := mappingValue(item, "severity"); v != nil {
				if _, err := ParseSeverity(v.Value); err != nil {
					d.errf(v, id, "%v", err)
				}
			}
		}
		if len(d.probs) > n {
			continue
		}
		one := &yaml.Node{Kind: yaml.MappingNode, Content: []*yaml.Node{
			{Kind: yaml.ScalarNode, Value: "rules"},
			{Kind: yaml.SequenceNode, Content: []*yaml.Node{item}},
		}}
		rs, err := DecodeScreenRules(one)
		if err != nil {
			d.errf(item, id, "%s", lineRe.ReplaceAllString(err.Error(), ""))
			continue
		}
		for _, r := range rs {
			if first, dup := doc.screenPos[r.ID]; dup && r.ID != "" {
				d.errf(item, r.ID, "duplicate screening rule id (first used at line %d)", first.line)
				continue
			}
			doc.screenRules = append(doc.screenRules, r)
			if r.ID != "" {
				doc.screenPos[r.ID] = d.at(item)
			}
		}
	}
}
