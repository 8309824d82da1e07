#define _DEFAULT_SOURCE 1
#include <string.h>
#include "env.h"

/*
 * The string itself goes into the environment, so later changes to it show
 * there.  A string without '=' removes that variable, as in glibc.
 */
int putenv(char *string)
{
	size_t n = strcspn(string, "=");

	if (!string[n]) {
		__env_remove(string, n);
		return 0;
	}
	return __env_put(string, n, 0);
}
