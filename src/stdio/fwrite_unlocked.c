#define _DEFAULT_SOURCE
#include <stdio.h>

/* The library runs one thread: locking costs nothing to skip or to keep. */
size_t fwrite_unlocked(const void *restrict p, size_t size, size_t n, FILE *restrict f)
{
	return fwrite(p, size, n, f);
}
