package rules

import (
	_ "embed"
	"fmt"
	"strings"

	"gopkg.in/yaml.v3"
)

//go:embed defaults/screening.yaml
var defaultScreeningYAML []byte

// DefaultScreeningYAML returns the embedded default rules file. Its
// screening section has the shape a user's rules file uses.
func DefaultScreeningYAML() []byte { return defaultScreeningYAML }

// DefaultScreenRules returns the embedded default screening rules.
func DefaultScreenRules() []ScreenRule {
	rs, err := ParseScreenRules(defaultScreeningYAML)
	if err != nil {
		panic("rules: embedded screening defaults do not parse: " + err.Error())
	}
	return rs
}

// ParseScreenRules reads the rules of the `screening:` section of a rules
// file:
//
//	screening:
//	  rules:
//	    - id: urgency.act_now
//	      category: false_urgency
//	      severity: medium
//	      reason: pushes for an immediate decision
//	      phrases: ["act now"]
//	      examples: {match: ["Act now!"], no_match: ["No need to act now."]}
//
// Each rule's Line is set; unknown keys are errors that name the line.
// It does not compile the rules: NewScreener validates them.
func ParseScreenRules(data []byte) ([]ScreenRule, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, err
	}
	if len(doc.Content) == 0 {
		return nil, nil
	}
	root := doc.Content[0]
	sec := mappingValue(root, "screening")
	if sec == nil {
		return nil, nil
	}
	return DecodeScreenRules(sec)
}

// DecodeScreenRules decodes a `screening:` mapping node (with its `rules:`
// sequence). The full rules file decoder calls it for that section.
func DecodeScreenRules(sec *yaml.Node) ([]ScreenRule, error) {
	if sec.Kind != yaml.MappingNode {
		return nil, fmt.Errorf("line %d: screening must be a mapping", sec.Line)
	}
	if err := checkKeys(sec, "rules"); err != nil {
		return nil, err
	}
	list := mappingValue(sec, "rules")
	if list == nil {
		return nil, nil
	}
	if list.Kind != yaml.SequenceNode {
		return nil, fmt.Errorf("line %d: screening.rules must be a list", list.Line)
	}
	out := make([]ScreenRule, 0, len(list.Content))
	for _, item := range list.Content {
		if item.Kind != yaml.MappingNode {
			return nil, fmt.Errorf("line %d: a screening rule must be a mapping", item.Line)
		}
		if err := checkKeys(item, "id", "category", "severity", "reason", "phrases", "examples"); err != nil {
			return nil, err
		}
		if ex := mappingValue(item, "examples"); ex != nil && ex.Kind == yaml.MappingNode {
			if err := checkKeys(ex, "match", "no_match"); err != nil {
				return nil, err
			}
		}
		var r ScreenRule
		if err := item.Decode(&r); err != nil {
			return nil, fmt.Errorf("line %d: screening rule: %w", item.Line, err)
		}
		r.Line = item.Line
		out = append(out, r)
	}
	return out, nil
}

func mappingValue(m *yaml.Node, key string) *yaml.Node {
	if m.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return nil
}

func checkKeys(m *yaml.Node, allowed ...string) error {
	for i := 0; i+1 < len(m.Content); i += 2 {
		k := m.Content[i]
		ok := false
		for _, a := range allowed {
			ok = ok || k.Value == a
		}
		if !ok {
			return fmt.Errorf("line %d: unknown key %q (want one of %s)", k.Line, k.Value, strings.Join(allowed, ", "))
		}
	}
	return nil
}
