#define _GNU_SOURCE
#include <stdio.h>

/* The library runs one thread: locking costs nothing to skip or to keep. */
char *fgets_unlocked(char *restrict s, int n, FILE *restrict f)
{
	return fgets(s, n, f);
}
