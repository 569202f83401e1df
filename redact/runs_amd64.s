#include "textflag.h"
#include "go_asm.h"

// func runKindsAsm(sc *textScan)
//
// runKindsAsm is appendDigitRuns and appendRunKinds (engine.go,
// scan_kinds.go: the definitions it is tested against) in one pass over
// the scan's text and mark blocks: it stores the maximal runs of digits
// in sc.runs and the kind bits of each in sc.kinds, whose arrays must
// have room for every run, sets both lengths to the number of runs and
// sc.anyKind to the union of their kinds. Run starts and ends are the
// 0->1 and 1->0 transitions of each block's digit mask (the first mask
// of a markBlock), read with BSFQ; each end closes the open run, and the
// next start opens the next. A run's kind is the AND of the kind tables'
// entries for its bytes and length; the bits of its gap to the next run
// (kindGap) are taken off when the next run starts, or at the end.
//
// Registers: SI text, DI the block, R12 its offset in the text, R11 the
// open run's start, R9 and R10 the next run's and kind's slots, CX the
// union, R8 the block's starts, R13 its ends, AX a run's end, R14 its
// kind, BX the kind tables (kindTab), DX scratch. The frame holds the end
// of the blocks (0), the carry (8: 1 when the byte before the block is a
// digit), the text's length (16) and the first run's slot (24).
TEXT ·runKindsAsm(SB), NOSPLIT, $32-8
	MOVQ  sc+0(FP), AX
	MOVQ  textScan_text(AX), SI
	MOVQ  (textScan_text+8)(AX), DX
	MOVQ  DX, 16(SP)
	MOVQ  textScan_marks(AX), DI
	MOVQ  (textScan_marks+8)(AX), DX
	MOVQ  textScan_runs(AX), R9
	MOVQ  R9, 24(SP)
	MOVQ  textScan_kinds(AX), R10
	IMULQ $88, DX
	ADDQ  DI, DX
	MOVQ  DX, 0(SP)
	LEAQ  ·kindTab(SB), BX // before 0, after 1024, first 2048, len 3072, gap 3328
	XORL  CX, CX
	XORL  R11, R11
	XORL  R12, R12
	MOVQ  $0, 8(SP)

loop:
	// One step past the last block, with no digit, closes a run still
	// open at the end of a text of whole blocks (at n = nb*64).
	CMPQ DI, 0(SP)
	JA   done
	JEQ  final
	MOVQ (DI), R13 // the block's digit mask
	JMP  block

final:
	XORL R13, R13

block:
	MOVQ  8(SP), R14 // the carry into the block
	MOVQ  R13, AX
	ORQ   R14, AX
	JZ    next
	MOVQ  R13, DX
	SHRQ  $63, DX
	MOVQ  DX, 8(SP) // the carry out of the block
	LEAQ  (R13)(R13*1), AX
	ORQ   R14, AX // prev: d<<1 | carry
	MOVQ  AX, R8
	NOTQ  R8
	ANDQ  R13, R8 // starts: d &^ prev
	NOTQ  R13
	ANDQ  AX, R13 // ends: prev &^ d
	TESTQ R14, R14
	JNZ   ends
	// No run open at the block's start: its first start opens one.
	BSFQ R8, R11
	ADDQ R12, R11
	LEAQ -1(R8), DX
	ANDQ DX, R8

ends:
	TESTQ R13, R13
	JZ    next
	BSFQ  R13, AX
	ADDQ  R12, AX // the run is text[R11:AX]
	LEAQ  -1(R13), DX
	ANDQ  DX, R13

	// The run's kind: the byte before it (0 at the start of the text),
	XORL  DX, DX
	TESTQ R11, R11
	JZ    before
	MOVBLZX -1(SI)(R11*1), DX

before:
	MOVL (BX)(DX*4), R14
	// the byte after it (0 at the end),
	XORL DX, DX
	CMPQ AX, 16(SP)
	JAE  after
	MOVBLZX (SI)(AX*1), DX

after:
	ANDL    1024(BX)(DX*4), R14
	// its first digit,
	MOVBLZX (SI)(R11*1), DX
	ANDL    2048(BX)(DX*4), R14
	// and its length, up to maxKindLen.
	MOVQ AX, DX
	SUBQ R11, DX
	CMPQ DX, $63
	JBE  length
	MOVL $63, DX

length:
	ANDL 3072(BX)(DX*4), R14

	// The run before this one, if any, has its gap now: up to 4.
	CMPQ R9, 24(SP)
	JEQ  store
	MOVQ R11, DX
	SUBQ -8(R9), DX
	CMPQ DX, $4
	JBE  gap
	MOVL $4, DX

gap:
	MOVL 3328(BX)(DX*4), DX
	ANDL -4(R10), DX
	MOVL DX, -4(R10)
	ORL  DX, CX

store:
	MOVQ R11, 0(R9)
	MOVQ AX, 8(R9)
	MOVL R14, 0(R10)
	ADDQ $16, R9
	ADDQ $4, R10
	// The next start opens the next run. (With no start left, R11 is
	// not read again: no run is open after the block.)
	BSFQ R8, R11
	ADDQ R12, R11
	LEAQ -1(R8), DX
	ANDQ DX, R8
	JMP  ends

next:
	ADDQ $88, DI
	ADDQ $64, R12
	JMP  loop

done:
	// The last run has no next run: kindGap[5].
	CMPQ R9, 24(SP)
	JEQ  ret
	MOVL (3328+20)(BX), DX
	ANDL -4(R10), DX
	MOVL DX, -4(R10)
	ORL  DX, CX

ret:
	// The lengths of sc.runs and sc.kinds: the runs stored.
	SUBQ 24(SP), R9
	SHRQ $4, R9
	MOVQ sc+0(FP), AX
	MOVQ R9, (textScan_runs+8)(AX)
	MOVQ R9, (textScan_kinds+8)(AX)
	MOVL CX, textScan_anyKind(AX)
	RET
