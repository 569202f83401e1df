package rules

import (
	"strings"

	"gopkg.in/yaml.v3"
)

// detectors.learned_person: the threshold of the learned name model
// (redact.Options.LearnedPerson, issue 9), or off.

// learnedOff is the engine's threshold for "off": at 1 or above no word
// reaches it.
const learnedOff = 1.0

// decodeLearned reads detectors.learned_person: a number strictly between
// 0 and 1 (redact.LearnedPersonThreshold, 0.5, is the tested one), or off
// (also false). A threshold of 0 or 1 is refused: 0 would mean "the
// engine's default" and 1 "off", neither of which the writer can have meant
// by a number.
func (d *decoder) decodeLearned(n *yaml.Node, doc *fileDoc) {
	const what = "detectors.learned_person"
	if n.Kind == yaml.ScalarNode && (n.Tag == "!!str" || n.Tag == "!!bool") {
		switch strings.ToLower(n.Value) {
		case "off", "false":
			doc.learned = &scoreEntry{learnedOff, d.at(n)}
			return
		}
	}
	var f float64
	if n.Kind != yaml.ScalarNode || n.Tag == "!!null" || n.Decode(&f) != nil {
		d.errf(n, "", "%s must be a threshold between 0 and 1 (e.g. 0.5) or off", what)
		return
	}
	if f <= 0 || f >= 1 {
		d.errf(n, "", "%s must be above 0 and below 1 (e.g. 0.5), not %v; write off to switch the model off", what, f)
		return
	}
	doc.learned = &scoreEntry{f, d.at(n)}
}

// learnedThreshold is the value for redact.Options.LearnedPerson: 0 (the
// engine's default) when no file sets it.
func (d *fileDoc) learnedThreshold() float64 {
	if d.learned == nil {
		return 0
	}
	return d.learned.score
}
