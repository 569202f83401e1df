//go:build !amd64

package redact

const haveRunKindsAsm = false

func runKindsAsm(text *byte, n int, blocks *markBlock, nb int, runs *digitRun, kinds *uint32) (m int, all uint32) {
	panic("unreachable")
}
