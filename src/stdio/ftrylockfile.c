#define _DEFAULT_SOURCE
#include <stdio.h>

/* The library runs one thread: the lock is always free. */
int ftrylockfile(FILE *f)
{
	(void)f;
	return 0;
}
