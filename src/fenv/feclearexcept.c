#include "fenv_impl.h"

int feclearexcept(int excepts)
{
	__fe_set_flags((unsigned)excepts & FE_ALL_EXCEPT, 0);
	return 0;
}
