#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include "fcntl_impl.h"
#include "temp.h"

int __mkostemps(char *template, int suffixlen, int flags)
{
	char *x = __temp_xs(template, suffixlen);

	if (!x)
		return -1;
	flags = (flags & ~O_ACCMODE) | O_RDWR | O_CREAT | O_EXCL;
	for (long i = 0; i < TEMP_TRIES; i++) {
		int fd;

		__randname(x);
		fd = __open(template, flags, 0600);
		if (fd >= 0)
			return fd;
		if (errno != EEXIST)
			break;
	}
	memcpy(x, "XXXXXX", 6);
	return -1;
}
