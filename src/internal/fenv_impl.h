/*
 * The floating-point environment's arch primitives, from arch/<arch>/fenv_arch.h:
 *   unsigned __fe_flags(void)                 raised exception flags (FE_* bits)
 *   void __fe_set_flags(unsigned mask, unsigned val)   flags in mask become val's
 *   int __fe_round(void), void __fe_set_round(int)     the FE_* rounding mode
 *   void __fe_getenv(fenv_t *), __fe_setenv(const fenv_t *), __fe_default(fenv_t *)
 * An arch without an FPU (or a port that has not written one yet) gets the
 * primitives of an environment with round-to-nearest only and no flags.
 */
#ifndef TRAPDOOR_FENV_IMPL_H
#define TRAPDOOR_FENV_IMPL_H

#include <fenv.h>

#if __has_include("fenv_arch.h")
#include "fenv_arch.h"
#else
static inline unsigned __fe_flags(void)
{
	return 0;
}

static inline void __fe_set_flags(unsigned mask, unsigned val)
{
	(void)mask;
	(void)val;
}

static inline int __fe_round(void)
{
	return FE_TONEAREST;
}

static inline void __fe_set_round(int r)
{
	(void)r;
}

static inline void __fe_getenv(fenv_t *e)
{
	e->__cw = 0;
}

static inline void __fe_setenv(const fenv_t *e)
{
	(void)e;
}

static inline void __fe_default(fenv_t *e)
{
	e->__cw = 0;
}
#endif

/* The rounding modes this arch has, or-ed together, to reject any other value. */
#define __FE_ROUNDS (FE_TONEAREST | __FE_DOWNWARD | __FE_UPWARD | __FE_TOWARDZERO)
#ifdef FE_DOWNWARD
#define __FE_DOWNWARD FE_DOWNWARD
#else
#define __FE_DOWNWARD 0
#endif
#ifdef FE_UPWARD
#define __FE_UPWARD FE_UPWARD
#else
#define __FE_UPWARD 0
#endif
#ifdef FE_TOWARDZERO
#define __FE_TOWARDZERO FE_TOWARDZERO
#else
#define __FE_TOWARDZERO 0
#endif

#endif
