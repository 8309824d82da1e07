/*
 * mips64el floating-point environment: the FCSR ($31 of cp1), read with cfc1
 * and written with ctc1.  Its cause bits (12-17) are cleared on every write,
 * so that setting a flag never traps: the enables (7-11) stay zero.
 */
#include <fenv.h>

#define FE_CAUSE_MASK 0x3f000u

static inline unsigned __fe_fcsr(void)
{
	unsigned r;

	__asm__ __volatile__("cfc1 %0, $31" : "=r"(r));
	return r;
}

static inline void __fe_set_fcsr(unsigned r)
{
	__asm__ __volatile__("ctc1 %0, $31" : : "r"(r & ~FE_CAUSE_MASK));
}

static inline unsigned __fe_flags(void)
{
	return __fe_fcsr() & FE_ALL_EXCEPT;
}

static inline void __fe_set_flags(unsigned mask, unsigned val)
{
	__fe_set_fcsr((__fe_fcsr() & ~mask) | (val & mask));
}

static inline int __fe_round(void)
{
	return (int)(__fe_fcsr() & 3);
}

static inline void __fe_set_round(int r)
{
	__fe_set_fcsr((__fe_fcsr() & ~3u) | ((unsigned)r & 3));
}

static inline void __fe_getenv(fenv_t *e)
{
	*e = __fe_fcsr();
}

static inline void __fe_setenv(const fenv_t *e)
{
	__fe_set_fcsr(*e);
}

static inline void __fe_default(fenv_t *e)
{
	*e = 0;
}
