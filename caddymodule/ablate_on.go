//go:build guardrail_ablate

package caddymodule

import (
	"fmt"
	"os"
)

// ablateModes are the GUARDRAIL_ABLATE values.
var ablateModes = map[string]ablateMode{
	"": ablateNone, "pass": ablatePass, "read": ablateRead, "nofind": ablateNoFind, "discard": ablateDiscard,
	"noanswer": ablateNoAnswer, "noemit": ablateNoEmit,
}

// ablation is the stage ablation of this binary, from GUARDRAIL_ABLATE
// (see ablate.go).
var ablation = func() ablateMode {
	m, ok := ablateModes[os.Getenv("GUARDRAIL_ABLATE")]
	if !ok {
		panic(fmt.Sprintf("guardrail: GUARDRAIL_ABLATE=%q: want one of pass, read, nofind, discard, noanswer, noemit", os.Getenv("GUARDRAIL_ABLATE")))
	}
	return m
}()
