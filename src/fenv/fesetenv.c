#include "fenv_impl.h"

int fesetenv(const fenv_t *envp)
{
	fenv_t dfl;

	if (envp == FE_DFL_ENV) {
		__fe_default(&dfl);
		envp = &dfl;
	}
	__fe_setenv(envp);
	return 0;
}
