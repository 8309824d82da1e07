#include "if_impl.h"
#include <stdlib.h>

void if_freenameindex(struct if_nameindex *ni)
{
	free(ni);
}
