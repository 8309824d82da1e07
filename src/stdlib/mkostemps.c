#define _GNU_SOURCE 1
#include <stdlib.h>
#include "temp.h"

int mkostemps(char *template, int suffixlen, int flags)
{
	return __mkostemps(template, suffixlen, flags);
}
