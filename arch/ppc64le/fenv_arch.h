/*
 * ppc64le floating-point environment: the FPSCR, read by mffs and written by
 * mtfsf as the low word of a double's image.  FE_INVALID (VX) is a summary
 * of the VX* causes and cannot be written itself: it is raised through
 * VXSOFT and cleared by clearing every cause.  FX, the summary of all
 * flags, is cleared with them.
 */
#include <fenv.h>
#include <stdint.h>

#define __FE_VX_CAUSES 0x01f80700u
#define __FE_VXSOFT 0x00000400u
#define __FE_FX 0x80000000u
#define __FE_ROUND_MASK 3u

static inline unsigned __fe_fpscr(void)
{
	double d;
	uint64_t u;

	__asm__ __volatile__("mffs %0" : "=d"(d));
	__builtin_memcpy(&u, &d, sizeof u);
	return (unsigned)u;
}

static inline void __fe_set_fpscr(unsigned v)
{
	uint64_t u = v;
	double d;

	__builtin_memcpy(&d, &u, sizeof d);
	__asm__ __volatile__("mtfsf 0xff, %0" : : "d"(d));
}

static inline unsigned __fe_flags(void)
{
	return __fe_fpscr() & FE_ALL_EXCEPT;
}

static inline void __fe_set_flags(unsigned mask, unsigned val)
{
	unsigned r = __fe_fpscr();

	mask &= FE_ALL_EXCEPT;
	val &= mask;
	r &= ~mask;
	if (mask & FE_INVALID)
		r &= ~__FE_VX_CAUSES;
	if (val & FE_INVALID)
		r |= __FE_VXSOFT;
	r |= val;
	if (!(r & FE_ALL_EXCEPT))
		r &= ~__FE_FX;
	else if (val)
		r |= __FE_FX;
	__fe_set_fpscr(r);
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
	__asm__ __volatile__("mffs %0" : "=d"(*e));
}

static inline void __fe_setenv(const fenv_t *e)
{
	__asm__ __volatile__("mtfsf 0xff, %0" : : "d"(*e));
}

static inline void __fe_default(fenv_t *e)
{
	*e = 0.0;
}
