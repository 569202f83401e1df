package redact

// runKindsAsm is in runs_amd64.s.
//
//go:noescape
func runKindsAsm(text *byte, n int, blocks *markBlock, nb int, runs *digitRun, kinds *uint32) (m int, all uint32)

// haveRunKindsAsm is whether digitRunKinds may use runKindsAsm: the
// scalar instructions it uses are every amd64's.
const haveRunKindsAsm = true
