//go:build !amd64

package redact

const haveRunKindsAsm = false

func runKindsAsm(sc *textScan) { panic("unreachable") }
