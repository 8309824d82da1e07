#define _DEFAULT_SOURCE 1
#include <stdlib.h>

/*
 * glibc's rand_r, so that a seed gives the same numbers there and here:
 * three steps of the ANSI C example generator, 11 + 10 + 10 high bits.
 */
int rand_r(unsigned *seed)
{
	unsigned next = *seed;
	int result;

	next = next * 1103515245 + 12345;
	result = (next / 65536) % 2048;
	next = next * 1103515245 + 12345;
	result = result << 10 ^ (next / 65536) % 1024;
	next = next * 1103515245 + 12345;
	result = result << 10 ^ (next / 65536) % 1024;
	*seed = next;
	return result;
}
