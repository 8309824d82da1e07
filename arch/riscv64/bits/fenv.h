/* fflags (fcsr bits 0-4) and the frm encodings (fcsr bits 5-7). */
#ifndef _BITS_FENV_H
#define _BITS_FENV_H

#define FE_INEXACT 0x01
#define FE_UNDERFLOW 0x02
#define FE_OVERFLOW 0x04
#define FE_DIVBYZERO 0x08
#define FE_INVALID 0x10
#define FE_ALL_EXCEPT 0x1f

#define FE_TONEAREST 0
#define FE_TOWARDZERO 1
#define FE_DOWNWARD 2
#define FE_UPWARD 3

typedef unsigned int fexcept_t;
typedef unsigned int fenv_t;

#endif
