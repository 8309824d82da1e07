/* FPSCR sticky exception bits (XX ZX UX OX VX) and the RN field. */
#ifndef _BITS_FENV_H
#define _BITS_FENV_H

#define FE_INEXACT 0x02000000
#define FE_DIVBYZERO 0x04000000
#define FE_UNDERFLOW 0x08000000
#define FE_OVERFLOW 0x10000000
#define FE_INVALID 0x20000000
#define FE_ALL_EXCEPT 0x3e000000

#define FE_TONEAREST 0
#define FE_TOWARDZERO 1
#define FE_UPWARD 2
#define FE_DOWNWARD 3

typedef unsigned int fexcept_t;
/* The whole FPSCR, as mffs stores it. */
typedef double fenv_t;

#endif
