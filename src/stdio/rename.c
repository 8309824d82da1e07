#include <fcntl.h>
#define _DEFAULT_SOURCE
#include <stdio.h>
#include "stdio_impl.h"

int rename(const char *old, const char *new)
{
	return __renameat(AT_FDCWD, old, AT_FDCWD, new);
}
