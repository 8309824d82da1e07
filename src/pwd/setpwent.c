#include "etc_impl.h"

void setpwent(void)
{
	if (__pwent_file)
		rewind(__pwent_file);
}
