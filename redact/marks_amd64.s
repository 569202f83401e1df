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
DATA markConsts<>+11(SB)/1, $0x20 // the case bit of an ASCII letter
GLOBL markConsts<>(SB), RODATA|NOPTR, $12

// letterConsts holds the bounds of the lower-case letters as whole
// registers, compared from memory (no register is left to hold them):
// 32 bytes of 'a' - 1, then 32 of 'z'.
DATA letterConsts<>+0(SB)/8, $0x6060606060606060
DATA letterConsts<>+8(SB)/8, $0x6060606060606060
DATA letterConsts<>+16(SB)/8, $0x6060606060606060
DATA letterConsts<>+24(SB)/8, $0x6060606060606060
DATA letterConsts<>+32(SB)/8, $0x7a7a7a7a7a7a7a7a
DATA letterConsts<>+40(SB)/8, $0x7a7a7a7a7a7a7a7a
DATA letterConsts<>+48(SB)/8, $0x7a7a7a7a7a7a7a7a
DATA letterConsts<>+56(SB)/8, $0x7a7a7a7a7a7a7a7a
GLOBL letterConsts<>(SB), RODATA|NOPTR, $64

// tailMask holds 64 bytes of 0xff then 64 of zero: the 64 bytes from
// tailMask+64-n keep the first n bytes of a block and clear the others.
DATA tailMask<>+0(SB)/8, $-1
DATA tailMask<>+8(SB)/8, $-1
DATA tailMask<>+16(SB)/8, $-1
DATA tailMask<>+24(SB)/8, $-1
DATA tailMask<>+32(SB)/8, $-1
DATA tailMask<>+40(SB)/8, $-1
DATA tailMask<>+48(SB)/8, $-1
DATA tailMask<>+56(SB)/8, $-1
DATA tailMask<>+64(SB)/8, $0
DATA tailMask<>+72(SB)/8, $0
DATA tailMask<>+80(SB)/8, $0
DATA tailMask<>+88(SB)/8, $0
DATA tailMask<>+96(SB)/8, $0
DATA tailMask<>+104(SB)/8, $0
DATA tailMask<>+112(SB)/8, $0
DATA tailMask<>+120(SB)/8, $0
GLOBL tailMask<>(SB), RODATA|NOPTR, $128

// The masks of a half block (32 bytes in register Y) are stored as the
// low (Y0) or high (Y1) 32 bits of each mark's 64-bit mask: H is 0 or 4.
// A zero byte has no mark, so the bytes past the text in the last block
// are cleared to zero before they are marked, and no mask needs a cut.

// MARK_DIGIT stores the mask of the bytes of Y with '0' <= b <= '9', and
// adds its bit count to the markSum's digits (132(SP)).
#define MARK_DIGIT(Y, H) \
	VPCMPGTB  Y2, Y, Y13; \
	VPCMPGTB  Y, Y3, Y14; \
	VPAND     Y13, Y14, Y13; \
	VPMOVMSKB Y13, AX; \
	MOVL      AX, (0+H)(DI); \
	POPCNTL   AX, AX; \
	ADDL      AX, 132(SP)

// MARK_CAPITAL stores the mask of the bytes of Y that are ASCII capitals
// or UTF-8 lead bytes of two or more bytes (0xC0 and up: greater than -65
// as signed bytes, and negative: the sign bit of Y itself).
#define MARK_CAPITAL(Y, H) \
	VPCMPGTB  Y4, Y, Y13; \
	VPCMPGTB  Y, Y5, Y14; \
	VPAND     Y13, Y14, Y13; \
	VPCMPGTB  Y6, Y, Y14; \
	VPAND     Y, Y14, Y14; \
	VPOR      Y13, Y14, Y13; \
	VPMOVMSKB Y13, AX; \
	MOVL      AX, (8+H)(DI)

// MARK_LETTER stores the mask of the bytes of Y that are ASCII letters:
// 'a' <= b|0x20 <= 'z' (bytes of 0x80 and up stay negative as signed
// bytes, below 'a').
#define MARK_LETTER(Y, H) \
	VPOR      Y15, Y, Y13; \
	VPCMPGTB  letterConsts<>+0(SB), Y13, Y14; \
	VPCMPGTB  letterConsts<>+32(SB), Y13, Y13; \
	VPANDN    Y14, Y13, Y13; \
	VPMOVMSKB Y13, AX; \
	MOVL      AX, (80+H)(DI)

// MARK_EQ stores the mask of the bytes of Y equal to the bytes of C as
// mark OFF.
#define MARK_EQ(Y, C, OFF) \
	VPCMPEQB  C, Y, Y13; \
	VPMOVMSKB Y13, AX; \
	MOVL      AX, OFF(DI)

// MARK_EQ_OR is MARK_EQ that also ors the mask into R (the markSum's
// union of the mark).
#define MARK_EQ_OR(Y, C, OFF, R) \
	MARK_EQ(Y, C, OFF); \
	ORL       AX, R

// MARK_EQ_COUNT is MARK_EQ that also adds the mask's bit count to N.
#define MARK_EQ_COUNT(Y, C, OFF, N) \
	MARK_EQ(Y, C, OFF); \
	POPCNTL   AX, AX; \
	ADDL      AX, N

// MARK_EQ_OR_COUNT is both.
#define MARK_EQ_OR_COUNT(Y, C, OFF, R, N) \
	MARK_EQ_OR(Y, C, OFF, R); \
	POPCNTL   AX, AX; \
	ADDL      AX, N

// MARK_HALF marks the half block in Y, and adds its marks to the sums
// (BX '@', CX ':', R8 '-', R9 '_', R10 'A', R11 'J', 128(SP) '\n', R12
// the dots, R13 the colons, 136(SP) the dashes; 132(SP) the digits).
#define MARK_HALF(Y, H) \
	MARK_DIGIT(Y, H); \
	MARK_CAPITAL(Y, H); \
	MARK_EQ_OR(Y, Y4, 16+H, BX); \
	MARK_EQ_OR_COUNT(Y, Y3, 24+H, CX, R13); \
	MARK_EQ_OR_COUNT(Y, Y7, 32+H, R8, 136(SP)); \
	MARK_EQ_COUNT(Y, Y8, 40+H, R12); \
	MARK_EQ_OR(Y, Y9, 48+H, R9); \
	MARK_EQ_OR(Y, Y10, 56+H, R10); \
	MARK_EQ_OR(Y, Y11, 64+H, R11); \
	MARK_EQ_OR(Y, Y12, 72+H, 128(SP)); \
	MARK_LETTER(Y, H)

// func markAVX2(p *byte, n int, out *markBlock, sum *markSum)
//
// markAVX2 writes the markBlock of each 64-byte block of the n bytes at
// p (see marks.go): bit j of a mask is set when byte j of the block has
// that mark. Each half block is compared with every mark's bytes at once
// (VPCMPEQB, VPCMPGTB), and the comparisons are gathered into masks with
// VPMOVMSKB. The last, partial block is read without reading past the
// page the text ends in: forward from its start when that does not cross
// a page, else as the 64 bytes that end the text (which lie in the text's
// pages: the block's start is within 64 bytes of a page's end), moved
// through a buffer on the stack to the start of the registers. Its bytes
// past the text are cleared either way. It also writes the text's markSum
// (POPCNTL: every CPU with AVX2 has it), from registers and from the
// frame's bytes 128 to 139 (the tail's buffer takes 0 to 127); the
// stores at done follow markSum's field order.
TEXT ·markAVX2(SB), NOSPLIT, $192-32
	MOVQ p+0(FP), SI
	MOVQ n+8(FP), DX
	MOVQ out+16(FP), DI
	XORL BX, BX
	XORL CX, CX
	XORL R8, R8
	XORL R9, R9
	XORL R10, R10
	XORL R11, R11
	XORL R12, R12
	XORL R13, R13
	MOVL $0, 128(SP)
	MOVL $0, 132(SP)
	MOVL $0, 136(SP)

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
	VPBROADCASTB markConsts<>+11(SB), Y15

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
	MARK_HALF(Y0, 0)
	MARK_HALF(Y1, 4)
	ADDQ $88, DI
	JMP  loop

tail:
	TESTQ DX, DX
	JZ    done
	MOVQ  SI, AX
	ANDQ  $4095, AX
	CMPQ  AX, $(4096-64)
	JA    backward
	VMOVDQU (SI), Y0
	VMOVDQU 32(SI), Y1

clear:
	// Keep the first DX bytes of Y0:Y1, clear the rest.
	LEAQ    tailMask<>+64(SB), AX
	SUBQ    DX, AX
	VPAND   (AX), Y0, Y0
	VPAND   32(AX), Y1, Y1
	XORQ    DX, DX // nothing left after this block
	JMP     block

backward:
	// The 64 bytes that end the text, stored at SP+DX in the frame
	// so that the block's DX bytes start at SP+64.
	LEAQ    -64(SI)(DX*1), AX
	VMOVDQU (AX), Y0
	VMOVDQU 32(AX), Y1
	VMOVDQU Y0, (SP)(DX*1)
	VMOVDQU Y1, 32(SP)(DX*1)
	VMOVDQU 64(SP), Y0
	VMOVDQU 96(SP), Y1
	JMP     clear

done:
	VZEROUPPER
	MOVQ sum+24(FP), AX
	MOVL BX, 0(AX)
	MOVL CX, 4(AX)
	MOVL R8, 8(AX)
	MOVL R9, 12(AX)
	MOVL R10, 16(AX)
	MOVL R11, 20(AX)
	MOVL 128(SP), DX
	MOVL DX, 24(AX)
	MOVL R12, 28(AX)
	MOVL R13, 32(AX)
	MOVL 132(SP), DX
	MOVL DX, 36(AX)
	MOVL 136(SP), DX
	MOVL DX, 40(AX)
	RET
