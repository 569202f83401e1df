package redact

import (
	_ "embed"
	"encoding/binary"
	"math"
)

// The learned name model (issue 9): after the rules, a logistic-regression
// token tagger scores the capitalised words no rule span covers, and runs
// of words that reach the engine's threshold (Options.LearnedPerson)
// become PERSON spans. Its weights are trained offline on the committed
// labelled sets (redact/data/gen/ml18, README.md there) and shipped as a
// table of hashed features (data/learned_person.bin): a word's features
// (learned_features.go) are strings of the word and the words around it
// hashed into one of 2^bits buckets, never kept as text.

//go:embed data/learned_person.bin
var learnedModelBin string

// learnedModel is the embedded table: weights are little-endian int16
// values times scale, read in place from the embedded string.
type learnedModel struct {
	bits    uint8
	mask    uint32
	scale   float32
	gate    float32 // the gate: a word whose own features sum below the threshold's log-odds minus gate is not scored further (learnedPersons)
	weights string
	// own holds, by name-table flags, the sum of the weights of an
	// uncovered word's own features that do not depend on its bytes,
	// for the two shapes most candidates have (learnedOwnShapes): see
	// ownSum. learnedTables fills it.
	own [numLearnedOwnShapes][256]int32
}

// learnedHeader is the table's header: "GLP1", the bucket bits, three
// zero bytes, the float32 scale and the float32 gate margin.
const learnedHeader = 16

var theLearnedModel = parseLearnedModel(learnedModelBin)

// parseLearnedModel reads the embedded table; a table that does not parse
// is a build error, so it panics.
func parseLearnedModel(b string) learnedModel {
	if len(b) < learnedHeader || b[:4] != "GLP1" {
		panic("redact: learned_person.bin has no GLP1 header")
	}
	bits := b[4]
	if bits < 8 || bits > 24 || len(b) != learnedHeader+2<<bits {
		panic("redact: learned_person.bin has the wrong size")
	}
	scale := math.Float32frombits(binary.LittleEndian.Uint32([]byte(b[8:12])))
	gate := math.Float32frombits(binary.LittleEndian.Uint32([]byte(b[12:16])))
	return learnedModel{bits: bits, mask: 1<<bits - 1, scale: scale, gate: gate, weights: b[learnedHeader:]}
}

// weight returns the quantised weight of bucket i.
func (m *learnedModel) weight(i uint32) int32 {
	return int32(int16(uint16(m.weights[2*i]) | uint16(m.weights[2*i+1])<<8))
}

// logit returns the model's log-odds for a word's feature buckets.
func (m *learnedModel) logit(f *learnedFeats) float32 { return m.sum(f.ids[:f.n]) }

// sum returns the sum of the weights of buckets ids, as log-odds.
func (m *learnedModel) sum(ids []uint32) float32 { return m.logitOf(m.isum(ids)) }

// isum returns the sum of the quantised weights of buckets ids.
func (m *learnedModel) isum(ids []uint32) int32 {
	var s int32
	for _, id := range ids {
		s += m.weight(id)
	}
	return s
}

// logitOf returns the log-odds of a sum of quantised weights.
func (m *learnedModel) logitOf(s int32) float32 { return float32(s) * m.scale }

// learnedProb turns log-odds into a probability.
func learnedProb(z float32) float64 {
	return 1 / (1 + math.Exp(-float64(z)))
}

// learnedLogitOf returns the log-odds threshold t stands for, so that the
// pass compares log-odds and calls Exp only for the words that pass.
func learnedLogitOf(t float64) float32 {
	if t <= 0 {
		return float32(math.Inf(-1))
	}
	if t >= 1 {
		return float32(math.Inf(1))
	}
	return float32(math.Log(t / (1 - t)))
}

// LearnedPersonThreshold is the threshold chosen for the learned name
// model on the fresh folds (data/gen/ml18/results.md, session 22: pooled
// PERSON precision 0.912 -> 0.909, recall 0.840 -> 0.863 on thirteen sets
// of writers the model never saw).
const LearnedPersonThreshold = 0.5

// DefaultLearnedPerson is the learned name model's threshold when
// Options.LearnedPerson is 0: 1, off, while the pass costs more than its
// budget (+10 % of Find's instructions; it cost ~+20 % before session 22's
// faster pass, ~+9.3 % since; results.md) and redact's own tests of words
// the rules leave alone fail with it on. Set it to LearnedPersonThreshold
// to switch the model on by default.
const DefaultLearnedPerson = 1.0
