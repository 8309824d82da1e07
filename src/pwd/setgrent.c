#include "etc_impl.h"

void setgrent(void)
{
	if (__grent_file)
		rewind(__grent_file);
}
