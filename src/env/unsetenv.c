#define _DEFAULT_SOURCE 1
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "env.h"

int unsetenv(const char *name)
{
	size_t n;

	if (!name || !(n = strcspn(name, "=")) || name[n]) {
		errno = EINVAL;
		return -1;
	}
	__env_remove(name, n);
	return 0;
}
