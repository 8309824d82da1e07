#include "fenv_impl.h"

int fesetexceptflag(const fexcept_t *flagp, int excepts)
{
	__fe_set_flags((unsigned)excepts & FE_ALL_EXCEPT, *flagp);
	return 0;
}
