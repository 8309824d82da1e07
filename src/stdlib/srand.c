#include <stdlib.h>
#include "random.h"

void srand(unsigned seed)
{
	__srandom(seed);
}
