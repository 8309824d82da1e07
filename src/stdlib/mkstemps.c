#define _DEFAULT_SOURCE 1
#include <stdlib.h>
#include "temp.h"

int mkstemps(char *template, int suffixlen)
{
	return __mkostemps(template, suffixlen, 0);
}
