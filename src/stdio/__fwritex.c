#include <string.h>
#include "stdio_impl.h"

/* Into the buffer if it fits, else flushed ahead of it or written straight. */
static size_t put(const unsigned char *s, size_t n, FILE *f)
{
	if (n > (size_t)(f->wend - f->wpos)) {
		if (__flush(f) || __towrite(f))
			return 0;
		if (n >= f->size)
			return __stdio_write(f, s, n);
	}
	memcpy(f->wpos, s, n);
	f->wpos += n;
	return n;
}

/*
 * Buffered write of n bytes; returns how many were taken.  A line-buffered
 * stream writes out through the last newline and keeps what follows it.
 */
size_t __fwritex(const unsigned char *s, size_t n, FILE *f)
{
	size_t i = 0;

	if (!f->wend && __towrite(f))
		return 0;
	if (f->lbf == '\n') {
		for (i = n; i && s[i - 1] != '\n'; i--)
			;
		if (i && (put(s, i, f) != i || __flush(f) || __towrite(f)))
			return 0;
	}
	return i + put(s + i, n - i, f);
}
