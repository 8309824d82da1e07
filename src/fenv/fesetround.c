#include "fenv_impl.h"

int fesetround(int round)
{
	if (round & ~__FE_ROUNDS)
		return -1;
	__fe_set_round(round);
	return 0;
}
