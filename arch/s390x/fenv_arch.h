/*
 * s390x floating-point environment: the FPC register, read by efpc and
 * written by sfpc.  The IEEE flags are its second byte; the data-exception
 * code (third byte) is cleared with them.
 */
#include <fenv.h>

#define __FE_FLAGS_SHIFT 16
#define __FE_DXC_MASK 0xff00u
#define __FE_ROUND_MASK 7u

static inline unsigned __fe_fpc(void)
{
	unsigned r;

	__asm__ __volatile__("efpc %0" : "=d"(r));
	return r;
}

static inline void __fe_set_fpc(unsigned v)
{
	__asm__ __volatile__("sfpc %0" : : "d"(v));
}

static inline unsigned __fe_flags(void)
{
	return (__fe_fpc() >> __FE_FLAGS_SHIFT) & FE_ALL_EXCEPT;
}

static inline void __fe_set_flags(unsigned mask, unsigned val)
{
	unsigned r = __fe_fpc() & ~__FE_DXC_MASK;

	mask &= FE_ALL_EXCEPT;
	r = (r & ~(mask << __FE_FLAGS_SHIFT)) | (val & mask) << __FE_FLAGS_SHIFT;
	__fe_set_fpc(r);
}

static inline int __fe_round(void)
{
	return (int)(__fe_fpc() & __FE_ROUND_MASK);
}

static inline void __fe_set_round(int r)
{
	__fe_set_fpc((__fe_fpc() & ~__FE_ROUND_MASK) | (unsigned)r);
}

static inline void __fe_getenv(fenv_t *e)
{
	e->__fpc = __fe_fpc();
}

static inline void __fe_setenv(const fenv_t *e)
{
	__fe_set_fpc(e->__fpc);
}

static inline void __fe_default(fenv_t *e)
{
	e->__fpc = 0;
}
