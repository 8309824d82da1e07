#include <errno.h>
#include <unistd.h>
#include "stdio_impl.h"
#include "unistd_impl.h"

/*
 * Writes out pending output, or gives back read-ahead input by seeking the
 * descriptor back (so that a process sharing it sees the right offset), and
 * leaves the stream in neither mode.  Returns EOF if output was lost.
 */
int __flush(FILE *f)
{
	int r = 0;

	if (f->wpos != f->wbase) {
		size_t n = f->wpos - f->wbase;

		if (__stdio_write(f, f->wbase, n) != n)
			r = EOF;
	}
	if (f->rpos != f->rend) {
		int e = errno;

		/* A pipe cannot give its read-ahead back: ESPIPE is no error here. */
		__lseek(f->fd, f->rpos - f->rend, SEEK_CUR);
		errno = e;
	}
	f->wbase = f->wpos = f->wend = 0;
	f->rpos = f->rend = 0;
	return r;
}
