#include <errno.h>
#include <unistd.h>
#include "stdio_impl.h"
#include "unistd_impl.h"

/*
 * Writes out pending output, or gives back read-ahead input by seeking the
 * descriptor back (so that a process sharing it sees the right offset).
 * Returns EOF if output was lost.  Read-ahead that cannot be given back (a
 * pipe) stays in the stream, as glibc keeps it: dropping it would lose
 * input.  Otherwise the stream is left in neither mode.
 */
int __flush(FILE *f)
{
	int r = 0;

	if (f->wpos != f->wbase) {
		size_t n = f->wpos - f->wbase;

		if (__stdio_write(f, f->wbase, n) != n)
			r = EOF;
	}
	f->wbase = f->wpos = f->wend = 0;
	if (f->rpos != f->rend) {
		int e = errno;

		/* ESPIPE is no error here: the input is kept. */
		if (__stdio_seek(f, f->rpos - f->rend, SEEK_CUR) < 0) {
			errno = e;
			return r;
		}
	}
	f->rpos = f->rend = 0;
	return r;
}
