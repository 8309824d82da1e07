#define _GNU_SOURCE
#include <stdio.h>

/* The library runs one thread: locking costs nothing to skip or to keep. */
int fputs_unlocked(const char *restrict s, FILE *restrict f)
{
	return fputs(s, f);
}
