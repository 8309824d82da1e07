/* arm (VFP, hard-float) floating-point environment: flags and rounding mode in FPSCR. */
#include <fenv.h>

#define __FE_ROUND_MASK 0xc00000u

static inline unsigned __fe_fpscr(void)
{
	unsigned r;

	__asm__ __volatile__("vmrs %0, fpscr" : "=r"(r));
	return r;
}

static inline void __fe_set_fpscr(unsigned v)
{
	__asm__ __volatile__("vmsr fpscr, %0" : : "r"(v));
}

static inline unsigned __fe_flags(void)
{
	return __fe_fpscr() & FE_ALL_EXCEPT;
}

static inline void __fe_set_flags(unsigned mask, unsigned val)
{
	__fe_set_fpscr((__fe_fpscr() & ~mask) | (val & mask));
}

static inline int __fe_round(void)
{
	return (int)(__fe_fpscr() & __FE_ROUND_MASK);
}

static inline void __fe_set_round(int r)
{
	__fe_set_fpscr((__fe_fpscr() & ~__FE_ROUND_MASK) | (unsigned)r);
}

static inline void __fe_getenv(fenv_t *e)
{
	e->__fpscr = __fe_fpscr();
}

static inline void __fe_setenv(const fenv_t *e)
{
	__fe_set_fpscr(e->__fpscr);
}

static inline void __fe_default(fenv_t *e)
{
	e->__fpscr = 0;
}
