#include <stdio.h>
#include "stdio_impl.h"

int fseek(FILE *f, long offset, int whence)
{
	return __fseeko(f, offset, whence);
}
