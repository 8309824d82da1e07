/*
 * x86_64 floating-point environment: the x87 unit (long double) and SSE's
 * mxcsr (float and double) each have flags and a rounding mode.  Flags read
 * as the union of both; a rounding mode is set in both.  The x87 flags can
 * only be written through fnstenv/fldenv (fnstenv also masks every x87
 * exception, which the fldenv that follows undoes).
 */
#include <fenv.h>

#define __FE_X87_ROUND 0xc00

static inline unsigned __fe_mxcsr(void)
{
	unsigned m;

	__asm__ __volatile__("stmxcsr %0" : "=m"(m));
	return m;
}

static inline void __fe_set_mxcsr(unsigned m)
{
	__asm__ __volatile__("ldmxcsr %0" : : "m"(m));
}

static inline unsigned __fe_flags(void)
{
	unsigned short sw;

	__asm__ __volatile__("fnstsw %0" : "=a"(sw));
	return (sw | __fe_mxcsr()) & FE_ALL_EXCEPT;
}

/* The flags in mask become those of val: the x87 copy is cleared, SSE's set. */
static inline void __fe_set_flags(unsigned mask, unsigned val)
{
	fenv_t e;

	__asm__ __volatile__("fnstenv %0" : "=m"(e));
	e.__status_word &= ~mask;
	__asm__ __volatile__("fldenv %0" : : "m"(e));
	__fe_set_mxcsr((__fe_mxcsr() & ~mask) | (val & mask));
}

static inline int __fe_round(void)
{
	unsigned short cw;

	__asm__ __volatile__("fnstcw %0" : "=m"(cw));
	return cw & __FE_X87_ROUND;
}

static inline void __fe_set_round(int r)
{
	unsigned short cw;

	__asm__ __volatile__("fnstcw %0" : "=m"(cw));
	cw = (unsigned short)((cw & ~__FE_X87_ROUND) | r);
	__asm__ __volatile__("fldcw %0" : : "m"(cw));
	__fe_set_mxcsr((__fe_mxcsr() & ~(__FE_X87_ROUND << 3)) | (unsigned)r << 3);
}

static inline void __fe_getenv(fenv_t *e)
{
	__asm__ __volatile__("fnstenv %0" : "=m"(*e));
	__asm__ __volatile__("fldcw %0" : : "m"(e->__control_word));
	e->__mxcsr = __fe_mxcsr();
}

static inline void __fe_setenv(const fenv_t *e)
{
	__asm__ __volatile__("fldenv %0" : : "m"(*e));
	__fe_set_mxcsr(e->__mxcsr);
}

/* Power-on state: every exception masked, round to nearest, 64-bit x87 precision. */
static inline void __fe_default(fenv_t *e)
{
	*e = (fenv_t){ .__control_word = 0x37f, .__tags = 0xffff, .__mxcsr = 0x1f80 };
}
