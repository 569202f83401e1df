#include "textflag.h"

// The constants of markAVX2: the two it compares as the greater side
// (a register, broadcast from one byte), then those it compares from
// memory as whole registers (no broadcast: bytes of 0x80 and up are
// negative as signed bytes): the bounds of the ranges and the bytes of the
// equality marks, 32 copies of each.
DATA markConsts<>+0(SB)/1, $0x3a  // '9' + 1, and ':'
DATA markConsts<>+1(SB)/1, $0x5b  // 'Z' + 1
GLOBL markConsts<>(SB), RODATA|NOPTR, $2

// markVecs+0: '0' - 1
DATA markVecs<>+0(SB)/8, $0x2f2f2f2f2f2f2f2f
DATA markVecs<>+8(SB)/8, $0x2f2f2f2f2f2f2f2f
DATA markVecs<>+16(SB)/8, $0x2f2f2f2f2f2f2f2f
DATA markVecs<>+24(SB)/8, $0x2f2f2f2f2f2f2f2f
// markVecs+32: 'A' - 1, and '@'
DATA markVecs<>+32(SB)/8, $0x4040404040404040
DATA markVecs<>+40(SB)/8, $0x4040404040404040
DATA markVecs<>+48(SB)/8, $0x4040404040404040
DATA markVecs<>+56(SB)/8, $0x4040404040404040
// markVecs+64: 0xC0 - 1 (as a signed byte: -65)
DATA markVecs<>+64(SB)/8, $0xbfbfbfbfbfbfbfbf
DATA markVecs<>+72(SB)/8, $0xbfbfbfbfbfbfbfbf
DATA markVecs<>+80(SB)/8, $0xbfbfbfbfbfbfbfbf
DATA markVecs<>+88(SB)/8, $0xbfbfbfbfbfbfbfbf
// markVecs+96: '-'
DATA markVecs<>+96(SB)/8, $0x2d2d2d2d2d2d2d2d
DATA markVecs<>+104(SB)/8, $0x2d2d2d2d2d2d2d2d
DATA markVecs<>+112(SB)/8, $0x2d2d2d2d2d2d2d2d
DATA markVecs<>+120(SB)/8, $0x2d2d2d2d2d2d2d2d
// markVecs+128: '.'
DATA markVecs<>+128(SB)/8, $0x2e2e2e2e2e2e2e2e
DATA markVecs<>+136(SB)/8, $0x2e2e2e2e2e2e2e2e
DATA markVecs<>+144(SB)/8, $0x2e2e2e2e2e2e2e2e
DATA markVecs<>+152(SB)/8, $0x2e2e2e2e2e2e2e2e
// markVecs+160: '_'
DATA markVecs<>+160(SB)/8, $0x5f5f5f5f5f5f5f5f
DATA markVecs<>+168(SB)/8, $0x5f5f5f5f5f5f5f5f
DATA markVecs<>+176(SB)/8, $0x5f5f5f5f5f5f5f5f
DATA markVecs<>+184(SB)/8, $0x5f5f5f5f5f5f5f5f
// markVecs+192: 'A'
DATA markVecs<>+192(SB)/8, $0x4141414141414141
DATA markVecs<>+200(SB)/8, $0x4141414141414141
DATA markVecs<>+208(SB)/8, $0x4141414141414141
DATA markVecs<>+216(SB)/8, $0x4141414141414141
// markVecs+224: 'J'
DATA markVecs<>+224(SB)/8, $0x4a4a4a4a4a4a4a4a
DATA markVecs<>+232(SB)/8, $0x4a4a4a4a4a4a4a4a
DATA markVecs<>+240(SB)/8, $0x4a4a4a4a4a4a4a4a
DATA markVecs<>+248(SB)/8, $0x4a4a4a4a4a4a4a4a
// markVecs+256: '\n'
DATA markVecs<>+256(SB)/8, $0x0a0a0a0a0a0a0a0a
DATA markVecs<>+264(SB)/8, $0x0a0a0a0a0a0a0a0a
DATA markVecs<>+272(SB)/8, $0x0a0a0a0a0a0a0a0a
DATA markVecs<>+280(SB)/8, $0x0a0a0a0a0a0a0a0a
// markVecs+288: the case bit of an ASCII letter
DATA markVecs<>+288(SB)/8, $0x2020202020202020
DATA markVecs<>+296(SB)/8, $0x2020202020202020
DATA markVecs<>+304(SB)/8, $0x2020202020202020
DATA markVecs<>+312(SB)/8, $0x2020202020202020
// markVecs+320: 'a' - 1
DATA markVecs<>+320(SB)/8, $0x6060606060606060
DATA markVecs<>+328(SB)/8, $0x6060606060606060
DATA markVecs<>+336(SB)/8, $0x6060606060606060
DATA markVecs<>+344(SB)/8, $0x6060606060606060
// markVecs+352: 'z'
DATA markVecs<>+352(SB)/8, $0x7a7a7a7a7a7a7a7a
DATA markVecs<>+360(SB)/8, $0x7a7a7a7a7a7a7a7a
DATA markVecs<>+368(SB)/8, $0x7a7a7a7a7a7a7a7a
DATA markVecs<>+376(SB)/8, $0x7a7a7a7a7a7a7a7a
GLOBL markVecs<>(SB), RODATA|NOPTR, $384

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
	VPCMPGTB  markVecs<>+0(SB), Y, Y13; \
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
	VPCMPGTB  markVecs<>+32(SB), Y, Y13; \
	VPCMPGTB  Y, Y5, Y14; \
	VPAND     Y13, Y14, Y13; \
	VPCMPGTB  markVecs<>+64(SB), Y, Y14; \
	VPAND     Y, Y14, Y14; \
	VPOR      Y13, Y14, Y13; \
	VPMOVMSKB Y13, AX; \
	MOVL      AX, (8+H)(DI)

// MARK_LETTER stores the mask of the bytes of Y that are ASCII letters:
// 'a' <= b|0x20 <= 'z' (bytes of 0x80 and up stay negative as signed
// bytes, below 'a').
#define MARK_LETTER(Y, H) \
	VPOR      markVecs<>+288(SB), Y, Y13; \
	VPCMPGTB  markVecs<>+320(SB), Y13, Y14; \
	VPCMPGTB  markVecs<>+352(SB), Y13, Y13; \
	VPANDN    Y14, Y13, Y13; \
	VPMOVMSKB Y13, AX; \
	MOVL      AX, (80+H)(DI)

// MARK_EQ stores the mask of the bytes of Y equal to the bytes of C (a
// register or 32 bytes in memory) as mark OFF.
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

// MARK_HALF marks the half block in Y, and adds its marks to the sums
// (BX '@', R9 '_', R10 'A', R11 'J', CX '\n', R12 the dots, R13 the
// colons, R8 the dashes; 132(SP) the digits). Whether the text has a
// colon or a dash is whether it has any: no union of their own.
#define MARK_HALF(Y, H) \
	MARK_DIGIT(Y, H); \
	MARK_CAPITAL(Y, H); \
	MARK_EQ_OR(Y, markVecs<>+32(SB), 16+H, BX); \
	MARK_EQ_COUNT(Y, Y3, 24+H, R13); \
	MARK_EQ_COUNT(Y, markVecs<>+96(SB), 32+H, R8); \
	MARK_EQ_COUNT(Y, markVecs<>+128(SB), 40+H, R12); \
	MARK_EQ_OR(Y, markVecs<>+160(SB), 48+H, R9); \
	MARK_EQ_OR(Y, markVecs<>+192(SB), 56+H, R10); \
	MARK_EQ_OR(Y, markVecs<>+224(SB), 64+H, R11); \
	MARK_EQ_OR(Y, markVecs<>+256(SB), 72+H, CX); \
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
// frame's bytes 132 to 135 (the tail's buffer takes 0 to 127); the
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
	MOVL $0, 132(SP)

	VPBROADCASTB markConsts<>+0(SB), Y3
	VPBROADCASTB markConsts<>+1(SB), Y5

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
	MOVL R9, 4(AX)
	MOVL R10, 8(AX)
	MOVL R11, 12(AX)
	MOVL CX, 16(AX)
	MOVL R12, 20(AX)
	MOVL R13, 24(AX)
	MOVL 132(SP), DX
	MOVL DX, 28(AX)
	MOVL R8, 32(AX)
	RET
