#define _DEFAULT_SOURCE 1
#include <stdlib.h>
#include "temp.h"

int mkstemp(char *template)
{
	return __mkostemps(template, 0, 0);
}
