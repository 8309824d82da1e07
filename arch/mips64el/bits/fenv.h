/* The FCSR's flag bits (2-6) and rounding-mode encodings (bits 0-1). */
#ifndef _BITS_FENV_H
#define _BITS_FENV_H

#define FE_INEXACT 0x04
#define FE_UNDERFLOW 0x08
#define FE_OVERFLOW 0x10
#define FE_DIVBYZERO 0x20
#define FE_INVALID 0x40
#define FE_ALL_EXCEPT 0x7c

#define FE_TONEAREST 0
#define FE_TOWARDZERO 1
#define FE_UPWARD 2
#define FE_DOWNWARD 3

typedef unsigned int fexcept_t;
typedef unsigned int fenv_t;

#endif
