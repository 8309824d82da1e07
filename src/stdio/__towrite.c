#include <errno.h>
#include <unistd.h>
#include "libc.h"
#include "stdio_impl.h"
#include "unistd_impl.h"

/* Puts f in writing mode, choosing line buffering for a terminal on first use. */
int __towrite(FILE *f)
{
	if (f->flags & F_NOWR) {
		f->flags |= F_ERR;
		errno = EBADF;
		return EOF;
	}
	if (f->rpos) {
		__flush(f);
		/* Read-ahead a pipe could not take back has no place in writing mode. */
		f->rpos = f->rend = 0;
	}
	if (f->lbf == LBF_UNSET) {
		int e = errno;

		/* isatty's ENOTTY must not show through a later %m or perror. */
		f->lbf = f->size && __isatty(f->fd) ? '\n' : EOF;
		errno = e;
	}
	f->wbase = f->wpos = f->buf;
	f->wend = f->buf + f->size;
	return 0;
}

/*
 * Replaces exit's weak no-op: defined here, beside the one function every
 * writing stream goes through, so that it is linked exactly when output
 * may sit in a buffer at exit.
 */
void __stdio_exit(void)
{
	__flush_all(0);
}
