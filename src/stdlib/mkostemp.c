#define _GNU_SOURCE 1
#include <stdlib.h>
#include "temp.h"

int mkostemp(char *template, int flags)
{
	return __mkostemps(template, 0, flags);
}
