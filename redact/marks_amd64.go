package redact

import "golang.org/x/sys/cpu"

// haveVectorMarks is whether markText uses markAVX2. x/sys/cpu checks
// that the operating system saves the AVX registers too.
var haveVectorMarks = cpu.X86.HasAVX2

// markAVX2 is in marks_amd64.s.
//
//go:noescape
func markAVX2(p *byte, n int, out *markBlock, sum *markSum)

func markVector(p *byte, n int, out *markBlock, sum *markSum) { markAVX2(p, n, out, sum) }
