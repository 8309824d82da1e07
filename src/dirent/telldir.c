#include <dirent.h>
#include "dirent_impl.h"

long telldir(DIR *d)
{
	if (sizeof(long) >= sizeof(off_t))
		return d->tell;
	return __dir_cookie(d, d->tell);
}
