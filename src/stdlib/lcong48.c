#define _DEFAULT_SOURCE 1
#include <stdlib.h>
#include <string.h>
#include "rand48.h"

/* p: X (3 words), then a (3 words), then c. */
void lcong48(unsigned short p[7])
{
	memcpy(__rand48_x, p, 3 * sizeof *p);
	__rand48_set(p + 3, p[6]);
}
