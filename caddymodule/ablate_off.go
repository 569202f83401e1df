//go:build !guardrail_ablate

package caddymodule

// ablation is the stage ablation of this binary: none (see ablate.go).
const ablation = ablateNone
