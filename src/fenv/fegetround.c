#include "fenv_impl.h"

int fegetround(void)
{
	return __fe_round();
}
