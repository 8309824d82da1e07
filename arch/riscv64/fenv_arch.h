/* riscv64 floating-point environment: fcsr, read and written as fflags and frm. */
#include <fenv.h>

static inline unsigned __fe_flags(void)
{
	unsigned long r;

	__asm__ __volatile__("frflags %0" : "=r"(r));
	return (unsigned)r & FE_ALL_EXCEPT;
}

static inline void __fe_set_flags(unsigned mask, unsigned val)
{
	unsigned long f = (__fe_flags() & ~mask) | (val & mask);

	__asm__ __volatile__("fsflags %0" : : "r"(f));
}

static inline int __fe_round(void)
{
	unsigned long r;

	__asm__ __volatile__("frrm %0" : "=r"(r));
	return (int)r;
}

static inline void __fe_set_round(int r)
{
	__asm__ __volatile__("fsrm %0" : : "r"((unsigned long)r));
}

static inline void __fe_getenv(fenv_t *e)
{
	unsigned long r;

	__asm__ __volatile__("frcsr %0" : "=r"(r));
	*e = (unsigned)r;
}

static inline void __fe_setenv(const fenv_t *e)
{
	__asm__ __volatile__("fscsr %0" : : "r"((unsigned long)*e));
}

static inline void __fe_default(fenv_t *e)
{
	*e = 0;
}
