#include <errno.h>
#include "stdio_impl.h"

/* Only before the first I/O on f, as C allows; a user buffer keeps UNGET bytes for ungetc. */
int setvbuf(FILE *restrict f, char *restrict buf, int mode, size_t size)
{
	if (mode != _IOFBF && mode != _IOLBF && mode != _IONBF) {
		errno = EINVAL;
		return -1;
	}
	if (mode == _IONBF) {
		f->size = 0;
	} else if (buf && size > UNGET) {
		f->buf = (unsigned char *)buf + UNGET;
		f->size = size - UNGET;
	}
	f->lbf = mode == _IOLBF ? '\n' : EOF;
	return 0;
}
