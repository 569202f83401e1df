package redact

// asmRunsMax is the most runs setRuns makes room for up front to let
// runKindsAsm store them: a text with more digits than that (more than a
// prompt's) takes the Go passes, which grow the slices as the runs come,
// so that a long text of digits in few runs does not allocate room for a
// run per digit.
const asmRunsMax = 4096

// setRuns sets the scan's digit runs, their kind bits and the union of
// the kinds (before fewDigits) for a text with the given number of digits
// (its markSum's, not 0): appendDigitRuns and appendRunKinds, by
// runKindsAsm in one pass where the CPU has it.
func (sc *textScan) setRuns(digits int) {
	text := sc.text
	// A text of n bytes has at most (n+1)/2 runs, and at most one per digit.
	bound := min(digits, (len(text)+1)/2)
	if !haveRunKindsAsm || bound > asmRunsMax {
		sc.runs = appendDigitRuns(sc.marks, len(text), sc.runs[:0])
		sc.kinds, sc.anyKind = appendRunKinds(text, sc.runs, sc.kinds[:0])
		return
	}
	if cap(sc.runs) < bound {
		sc.runs = make([]digitRun, bound)
	}
	if cap(sc.kinds) < bound {
		sc.kinds = make([]uint32, bound)
	}
	runKindsAsm(sc) // sets the lengths of sc.runs and sc.kinds, and sc.anyKind
}
