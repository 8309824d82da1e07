/*
 * No floating-point environment: an arch without one (or a soft-float ABI)
 * has round-to-nearest only and no flags.  Each arch with an FPU overrides
 * this with its status register's bits (arch/<arch>/bits/fenv.h).
 */
#ifndef _BITS_FENV_H
#define _BITS_FENV_H

#define FE_ALL_EXCEPT 0
#define FE_TONEAREST 0

typedef unsigned long fexcept_t;
typedef struct {
	unsigned long __cw;
} fenv_t;

#endif
