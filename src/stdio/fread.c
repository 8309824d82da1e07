#include <errno.h>
#include <string.h>
#include <unistd.h>
#include "stdio_impl.h"
#include "unistd_impl.h"

size_t fread(void *restrict ptr, size_t size, size_t n, FILE *restrict f)
{
	unsigned char *d = ptr;
	size_t total = size * n, left = total;

	if (!size || !n)
		return 0;
	while (left) {
		size_t k = f->rend - f->rpos;

		if (k) {
			if (k > left)
				k = left;
			memcpy(d, f->rpos, k);
			f->rpos += k;
		} else if (left < f->size) {
			int c = __uflow(f);

			if (c == EOF)
				break;
			*d = c;
			k = 1;
		} else {
			/* Large reads, and all reads of an unbuffered stream, bypass the buffer. */
			ssize_t r;

			if (__toread(f))
				break;
			r = __stdio_read(f, d, left);
			if (r < 0 && errno == EINTR)
				continue;
			if (r <= 0) {
				f->flags |= r ? F_ERR : F_EOF;
				break;
			}
			k = r;
		}
		d += k;
		left -= k;
	}
	return (total - left) / size;
}
