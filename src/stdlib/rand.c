#include <stdlib.h>
#include "random.h"

/* As in glibc, rand is random: one sequence, seeded by srand or srandom. */
int rand(void)
{
	return __random();
}
