/*
 * The IEEE flags byte of the FPC register, as bits of its second byte
 * (shifted right by 16), and the BFP rounding mode field (bits 0-2).
 */
#ifndef _BITS_FENV_H
#define _BITS_FENV_H

#define FE_INEXACT 0x08
#define FE_UNDERFLOW 0x10
#define FE_OVERFLOW 0x20
#define FE_DIVBYZERO 0x40
#define FE_INVALID 0x80
#define FE_ALL_EXCEPT 0xf8

#define FE_TONEAREST 0
#define FE_TOWARDZERO 1
#define FE_UPWARD 2
#define FE_DOWNWARD 3

typedef unsigned int fexcept_t;
typedef struct {
	unsigned int __fpc;
} fenv_t;

#endif
