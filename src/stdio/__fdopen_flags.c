#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "stdio_impl.h"

/* A new stream on fd with its buffer in the same allocation. */
FILE *__fdopen_flags(int fd, int flags)
{
	FILE *f = malloc(sizeof *f + UNGET + BUFSIZ);

	if (!f) {
		errno = ENOMEM;
		return 0;
	}
	memset(f, 0, sizeof *f);
	f->fd = fd;
	f->flags = flags | F_OWN;
	f->lbf = LBF_UNSET;
	f->buf = (unsigned char *)(f + 1) + UNGET;
	f->size = BUFSIZ;
	__ofl_add(f);
	return f;
}
