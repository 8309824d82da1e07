#include "fenv_impl.h"

int fegetenv(fenv_t *envp)
{
	__fe_getenv(envp);
	return 0;
}
