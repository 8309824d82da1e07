/* aarch64 floating-point environment: flags in FPSR, rounding mode in FPCR. */
#include <fenv.h>

#define __FE_ROUND_MASK 0xc00000u

static inline unsigned __fe_fpsr(void)
{
	unsigned long r;

	__asm__ __volatile__("mrs %0, fpsr" : "=r"(r));
	return (unsigned)r;
}

static inline unsigned __fe_fpcr(void)
{
	unsigned long r;

	__asm__ __volatile__("mrs %0, fpcr" : "=r"(r));
	return (unsigned)r;
}

static inline void __fe_set_fpsr(unsigned v)
{
	__asm__ __volatile__("msr fpsr, %0" : : "r"((unsigned long)v));
}

static inline void __fe_set_fpcr(unsigned v)
{
	__asm__ __volatile__("msr fpcr, %0" : : "r"((unsigned long)v));
}

static inline unsigned __fe_flags(void)
{
	return __fe_fpsr() & FE_ALL_EXCEPT;
}

static inline void __fe_set_flags(unsigned mask, unsigned val)
{
	__fe_set_fpsr((__fe_fpsr() & ~mask) | (val & mask));
}

static inline int __fe_round(void)
{
	return (int)(__fe_fpcr() & __FE_ROUND_MASK);
}

static inline void __fe_set_round(int r)
{
	__fe_set_fpcr((__fe_fpcr() & ~__FE_ROUND_MASK) | (unsigned)r);
}

static inline void __fe_getenv(fenv_t *e)
{
	e->__fpcr = __fe_fpcr();
	e->__fpsr = __fe_fpsr();
}

static inline void __fe_setenv(const fenv_t *e)
{
	__fe_set_fpcr(e->__fpcr);
	__fe_set_fpsr(e->__fpsr);
}

static inline void __fe_default(fenv_t *e)
{
	*e = (fenv_t){ 0, 0 };
}
