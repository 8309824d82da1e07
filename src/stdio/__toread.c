#include <errno.h>
#include "stdio_impl.h"

/* Puts f in reading mode; EOF if it cannot be read or is at end of file. */
int __toread(FILE *f)
{
	if (f->wend)
		__flush(f);
	if (f->flags & F_NORD) {
		f->flags |= F_ERR;
		errno = EBADF;
		return EOF;
	}
	if (!f->rpos)
		f->rpos = f->rend = f->buf;
	return f->flags & F_EOF ? EOF : 0;
}
