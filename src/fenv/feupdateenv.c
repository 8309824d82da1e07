#include "fenv_impl.h"

int feupdateenv(const fenv_t *envp)
{
	unsigned raised = __fe_flags();

	fesetenv(envp);
	__fe_set_flags(raised, raised);
	return 0;
}
