#include <errno.h>
#include <sys/auxv.h>
#include "libc.h"

unsigned long __getauxval(unsigned long type)
{
	size_t *a;

	for (a = __auxv; a && a[0] != AT_NULL; a += 2)
		if (a[0] == type)
			return a[1];
	errno = ENOENT;
	return 0;
}

weak_alias(__getauxval, getauxval);
