#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include "stdio_impl.h"

int __fmodeflags(const char *mode, int *oflags)
{
	int o, f;

	switch (*mode) {
	case 'r': o = O_RDONLY; f = F_NOWR; break;
	case 'w': o = O_WRONLY | O_CREAT | O_TRUNC; f = F_NORD; break;
	case 'a': o = O_WRONLY | O_CREAT | O_APPEND; f = F_NORD | F_APP; break;
	default:
		errno = EINVAL;
		return -1;
	}
	if (strchr(mode, '+')) {
		o = (o & ~O_ACCMODE) | O_RDWR;
		f &= ~(F_NORD | F_NOWR);
	}
	if (strchr(mode, 'x'))
		o |= O_EXCL;
	if (strchr(mode, 'e'))
		o |= O_CLOEXEC;
	*oflags = o;
	return f;
}
