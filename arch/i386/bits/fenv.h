/*
 * x87 status and control word bits, which SSE's mxcsr shares for the flags
 * (bits 0-5; bit 1, denormal operand, is no C exception) and, shifted left
 * by 3, for the rounding mode.
 */
#ifndef _BITS_FENV_H
#define _BITS_FENV_H

#define FE_INVALID 0x01
#define FE_DIVBYZERO 0x04
#define FE_OVERFLOW 0x08
#define FE_UNDERFLOW 0x10
#define FE_INEXACT 0x20
#define FE_ALL_EXCEPT 0x3d

#define FE_TONEAREST 0x000
#define FE_DOWNWARD 0x400
#define FE_UPWARD 0x800
#define FE_TOWARDZERO 0xc00

typedef unsigned short fexcept_t;

/* The 28 bytes fnstenv stores, then mxcsr. */
typedef struct {
	unsigned short __control_word, __reserved1;
	unsigned short __status_word, __reserved2;
	unsigned short __tags, __reserved3;
	unsigned int __eip;
	unsigned short __cs_selector, __opcode;
	unsigned int __data_offset;
	unsigned short __data_selector, __reserved4;
	unsigned int __mxcsr;
} fenv_t;

#endif
