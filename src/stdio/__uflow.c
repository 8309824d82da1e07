#include <errno.h>
#include <unistd.h>
#include "stdio_impl.h"
#include "unistd_impl.h"

/* getc's slow path: refills the buffer (one byte when unbuffered). */
int __uflow(FILE *f)
{
	ssize_t r;

	if (f->rpos != f->rend && f->rpos)
		return *f->rpos++;
	if (__toread(f))
		return EOF;
	/* A prompt written to a line-buffered stream shows before we block. */
	__flush_all(1);
	do
		r = __stdio_read(f, f->buf, f->size ? f->size : 1);
	while (r < 0 && errno == EINTR);
	f->rpos = f->rend = f->buf;
	if (r <= 0) {
		f->flags |= r ? F_ERR : F_EOF;
		return EOF;
	}
	f->rend += r;
	return *f->rpos++;
}
