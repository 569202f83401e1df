//go:build !amd64

package redact

const haveVectorMarks = false

func markVector(p *byte, n int, out *markBlock, sum *markSum) { panic("unreachable") }
