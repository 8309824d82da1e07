#include <string.h>
#include "stdio_impl.h"

/* Buffered write of n bytes; returns how many were taken. */
size_t __fwritex(const unsigned char *s, size_t n, FILE *f)
{
	if (!f->wend && __towrite(f))
		return 0;
	if (n > (size_t)(f->wend - f->wpos)) {
		if (__flush(f) || __towrite(f))
			return 0;
		if (n >= f->size)
			return __stdio_write(f, s, n);
	}
	memcpy(f->wpos, s, n);
	f->wpos += n;
	if (f->lbf == '\n' && memchr(s, '\n', n) && __flush(f))
		return 0;
	return n;
}
