#include <fcntl.h>
#include <unistd.h>
#include "stdio_impl.h"
#include "unistd_impl.h"
#include "fcntl_impl.h"

FILE *fopen(const char *restrict path, const char *restrict mode)
{
	int oflags, flags = __fmodeflags(mode, &oflags), fd;
	FILE *f;

	if (flags < 0)
		return 0;
	fd = __open(path, oflags, 0666);
	if (fd < 0)
		return 0;
	f = __fdopen_flags(fd, flags);
	if (!f)
		__close(fd);
	return f;
}
