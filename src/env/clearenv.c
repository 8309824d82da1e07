#define _DEFAULT_SOURCE 1
#include <stdlib.h>
#include "env.h"

int clearenv(void)
{
	__env_clear();
	return 0;
}
