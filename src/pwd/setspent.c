#include "etc_impl.h"

void setspent(void)
{
	if (__spent_file)
		rewind(__spent_file);
}
