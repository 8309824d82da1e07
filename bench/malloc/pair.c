/*
 * ./pair N: N malloc(32) + free pairs after a warm-up that leaves every
 * allocator in its steady state.  The runner counts instructions with
 * callgrind for two values of N: the difference over the difference in N
 * is the cost of one pair (plus the few instructions of the loop and call,
 * the same for every libc), with start-up and exit cancelled out.
 */
#include <stdlib.h>

#define WARM 1000

void *volatile sink;

__attribute__((noinline)) static void one_pair(void)
{
	void *p = malloc(32);

	sink = p;
	free(p);
}

int main(int argc, char **argv)
{
	long n = 0, i;
	const char *s = argc > 1 ? argv[1] : "0";

	while (*s >= '0' && *s <= '9')
		n = n * 10 + (*s++ - '0');
	for (i = 0; i < WARM + n; i++)
		one_pair();
	return 0;
}
