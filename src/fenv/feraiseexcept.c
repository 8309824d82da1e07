#include "fenv_impl.h"

/* Setting the flags is raising them: trapping is off unless a program turned it on. */
int feraiseexcept(int excepts)
{
	unsigned e = (unsigned)excepts & FE_ALL_EXCEPT;

	__fe_set_flags(e, e);
	return 0;
}
