#include <stdio.h>
#include "stdio_impl.h"

int fgetpos(FILE *restrict f, fpos_t *restrict pos)
{
	off_t p = __ftello(f);

	if (p < 0)
		return -1;
	*pos = p;
	return 0;
}
