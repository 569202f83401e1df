package redact

// runKindsAsm is in runs_amd64.s.
//
//go:noescape
func runKindsAsm(sc *textScan)

// haveRunKindsAsm is whether digitRunKinds may use runKindsAsm: the
// scalar instructions it uses are every amd64's.
const haveRunKindsAsm = true
