package caddymodule

// Stage ablation, for measuring where the guardrail's added cost per
// request goes (docs/performance.md, "Session 13"): a binary built with
// the build tag guardrail_ablate reads GUARDRAIL_ABLATE once and skips
// the named stages of every exchange. Without the tag, ablation is the
// constant ablateNone and the compiler drops every test of it, so
// product builds carry none of this.
//
//	go build -tags guardrail_ablate -o /tmp/gb ./cmd/guardbench
//	GUARDRAIL_ABLATE=read /tmp/gb -scenarios pii_2k
//
// The modes (each an exchange that is no longer guarded in full; never
// for production):
//
//	pass      call the next handler at once: the cost of being in the chain
//	read      read the body and forward it from memory, nothing more (no
//	          inspection, answer written through, no record or metrics)
//	nofind    everything, with a find that finds nothing (the engine's
//	          share, with the placeholders and counts it causes)
//	discard   everything, with a find that runs the engine and drops what
//	          it found (the engine alone, without what its spans cause)
//	noanswer  everything but the answer's parse, screening and restoring
//	noemit    everything but the exchange record and the metrics
type ablateMode uint8

const (
	ablateNone ablateMode = iota
	ablatePass
	ablateRead
	ablateNoFind
	ablateDiscard
	ablateNoAnswer
	ablateNoEmit
)
