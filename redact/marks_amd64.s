#include "textflag.h"

// The constants of markAVX2, one byte each, broadcast to every byte of a
// register: the bounds of the ranges (compared as signed bytes: bytes of
// 0x80 and up are negative) and the bytes of the equality marks.
DATA markConsts<>+0(SB)/1, $0x2f  // '0' - 1
DATA markConsts<>+1(SB)/1, $0x3a  // '9' + 1, and ':'
DATA markConsts<>+2(SB)/1, $0x40  // 'A' - 1, and '@'
DATA markConsts<>+3(SB)/1, $0x5b  // 'Z' + 1
DATA markConsts<>+4(SB)/1, $0xbf  // 0xC0 - 1 (as a signed byte: -65)
DATA markConsts<>+5(SB)/1, $0x2d  // '-'
DATA markConsts<>+6(SB)/1, $0x2e  // '.'
DATA markConsts<>+7(SB)/1, $0x5f  // '_'
DATA markConsts<>+8(SB)/1, $0x41  // 'A'
DATA markConsts<>+9(SB)/1, $0x4a  // 'J'
DATA markConsts<>+10(SB)/1, $0x0a // '\n'
GLOBL markConsts<>(SB), RODATA|NOPTR, $11

// MARK_RANGE sets R to the 64-bit mask of the bytes of Y0 (bits 0-31)
// and Y1 (bits 32-63) with LO < b < HI (signed).
#define MARK_RANGE(LO, HI, R) \
	VPCMPGTB  LO, Y0, Y13; \
	VPCMPGTB  Y0, HI, Y14; \
	VPAND     Y13, Y14, Y13; \
	VPMOVMSKB Y13, R; \
	VPCMPGTB  LO, Y1, Y13; \
	VPCMPGTB  Y1, HI, Y14; \
	VPAND     Y13, Y14, Y13; \
	VPMOVMSKB Y13, BX; \
	SHLQ      $32, BX; \
	ORQ       BX, R

// MARK_EQ sets R to the 64-bit mask of the bytes of Y0 and Y1 equal to C.
#define MARK_EQ(C, R) \
	VPCMPEQB  C, Y0, Y13; \
	VPMOVMSKB Y13, R; \
	VPCMPEQB  C, Y1, Y14; \
	VPMOVMSKB Y14, BX; \
	SHLQ      $32, BX; \
	ORQ       BX, R

// MARK_LEAD sets R to the 64-bit mask of the UTF-8 lead bytes of two or
// more bytes (0xC0 and up: negative, and greater than -65) of Y0 and Y1.
#define MARK_LEAD(R) \
	VPCMPGTB  Y6, Y0, Y13; \
	VPMOVMSKB Y13, R; \
	VPMOVMSKB Y0, R9; \
	ANDL      R9, R; \
	VPCMPGTB  Y6, Y1, Y13; \
	VPMOVMSKB Y13, BX; \
	VPMOVMSKB Y1, R9; \
	ANDL      R9, BX; \
	SHLQ      $32, BX; \
	ORQ       BX, R

// MARK_STORE stores mask R, shifted down by CL and cut to R11, as mark
// OFF of the block at DI (the tail; a whole block has CL 0, R11 all ones).
#define MARK_STORE(R, OFF) \
	SHRQ CX, R; \
	ANDQ R11, R; \
	MOVQ R, OFF(DI)

// MARK_BLOCK marks the 64 bytes in Y0 and Y1 into the markBlock at DI.
#define MARK_BLOCK \
	MARK_RANGE(Y2, Y3, AX); \
	MARK_STORE(AX, 0); \
	MARK_RANGE(Y4, Y5, AX); \
	MARK_LEAD(R8); \
	ORQ R8, AX; \
	MARK_STORE(AX, 8); \
	MARK_EQ(Y4, AX); \
	MARK_STORE(AX, 16); \
	MARK_EQ(Y3, AX); \
	MARK_STORE(AX, 24); \
	MARK_EQ(Y7, AX); \
	MARK_STORE(AX, 32); \
	MARK_EQ(Y8, AX); \
	MARK_STORE(AX, 40); \
	MARK_EQ(Y9, AX); \
	MARK_STORE(AX, 48); \
	MARK_EQ(Y10, AX); \
	MARK_STORE(AX, 56); \
	MARK_EQ(Y11, AX); \
	MARK_STORE(AX, 64); \
	MARK_EQ(Y12, AX); \
	MARK_STORE(AX, 72)

// func markAVX2(p *byte, n int, out *markBlock)
//
// markAVX2 writes the markBlock of each 64-byte block of the n bytes at
// p (see marks.go): bit j of a mask is set when byte j of the block has
// that mark. Each half block is compared with every mark's bytes at once
// (VPCMPEQB, VPCMPGTB), and the comparisons are gathered into masks with
// VPMOVMSKB. The last, partial block is read without reading past the
// page the text ends in: forward from its start when that does not cross
// a page, else as the 64 bytes that end the text (which lie in the text's
// pages: the block's start is within 64 bytes of a page's end), with the
// masks shifted down.
TEXT ·markAVX2(SB), NOSPLIT, $0-24
	MOVQ p+0(FP), SI
	MOVQ n+8(FP), DX
	MOVQ out+16(FP), DI

	VPBROADCASTB markConsts<>+0(SB), Y2
	VPBROADCASTB markConsts<>+1(SB), Y3
	VPBROADCASTB markConsts<>+2(SB), Y4
	VPBROADCASTB markConsts<>+3(SB), Y5
	VPBROADCASTB markConsts<>+4(SB), Y6
	VPBROADCASTB markConsts<>+5(SB), Y7
	VPBROADCASTB markConsts<>+6(SB), Y8
	VPBROADCASTB markConsts<>+7(SB), Y9
	VPBROADCASTB markConsts<>+8(SB), Y10
	VPBROADCASTB markConsts<>+9(SB), Y11
	VPBROADCASTB markConsts<>+10(SB), Y12

	XORQ CX, CX    // no shift
	MOVQ $-1, R11  // no cut

loop:
	CMPQ DX, $64
	JB   tail
	VMOVDQU (SI), Y0
	VMOVDQU 32(SI), Y1
	ADDQ    $64, SI
	SUBQ    $64, DX

block:
	// The one copy of the block's code, for whole blocks and the tail
	// alike (one copy keeps the instruction cache footprint small).
	MARK_BLOCK
	ADDQ $80, DI
	JMP  loop

tail:
	TESTQ DX, DX
	JZ    done
	// R11: the low DX bits, for the bytes of the text.
	MOVQ DX, CX
	MOVQ $1, R11
	SHLQ CX, R11
	DECQ R11
	XORQ CX, CX
	MOVQ SI, AX
	ANDQ $4095, AX
	CMPQ AX, $(4096-64)
	JA   backward
	VMOVDQU (SI), Y0
	VMOVDQU 32(SI), Y1
	XORQ    DX, DX // nothing left after this block
	JMP     block

backward:
	// The 64 bytes that end the text; the masks are shifted down by
	// 64 - DX, past the bytes before the block.
	LEAQ    -64(SI)(DX*1), AX
	VMOVDQU (AX), Y0
	VMOVDQU 32(AX), Y1
	MOVQ    $64, CX
	SUBQ    DX, CX
	XORQ    DX, DX
	JMP     block

done:
	VZEROUPPER
	RET
