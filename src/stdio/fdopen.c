#include <fcntl.h>
#include "stdio_impl.h"
#include "fcntl_impl.h"

FILE *fdopen(int fd, const char *mode)
{
	int oflags, flags = __fmodeflags(mode, &oflags), fl;

	if (flags < 0)
		return 0;
	fl = __fcntl(fd, F_GETFL);
	if (fl < 0)
		return 0;
	if ((oflags & O_APPEND) && !(fl & O_APPEND) && __fcntl(fd, F_SETFL, fl | O_APPEND) < 0)
		return 0;
	if ((oflags & O_CLOEXEC) && __fcntl(fd, F_SETFD, FD_CLOEXEC) < 0)
		return 0;
	return __fdopen_flags(fd, flags);
}
