#define _DEFAULT_SOURCE 1
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "env.h"

int setenv(const char *name, const char *value, int overwrite)
{
	size_t n, len;
	char *entry;

	if (!name || !(n = strcspn(name, "=")) || name[n]) {
		errno = EINVAL;
		return -1;
	}
	if (!overwrite && getenv(name))
		return 0;
	len = strlen(value);
	entry = malloc(n + len + 2);
	if (!entry) {
		errno = ENOMEM;
		return -1;
	}
	memcpy(entry, name, n);
	entry[n] = '=';
	memcpy(entry + n + 1, value, len + 1);
	if (__env_put(entry, n, 1)) {
		free(entry);
		return -1;
	}
	return 0;
}
