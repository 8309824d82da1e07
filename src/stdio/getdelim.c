#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "stdio_impl.h"

/* Makes *line hold at least want bytes, doubling to keep appends linear. */
static int grow(char **line, size_t *n, size_t want)
{
	size_t m = *n ? *n : 128;
	char *p;

	if (want <= *n)
		return 0;
	while (m < want)
		m = m > SIZE_MAX / 2 ? want : 2 * m;
	p = realloc(*line, m);
	if (!p)
		return -1;
	*line = p;
	*n = m;
	return 0;
}

ssize_t __getdelim(char **restrict line, size_t *restrict n, int delim, FILE *restrict f)
{
	size_t len = 0;

	if (!line || !n) {
		f->flags |= F_ERR;
		errno = EINVAL;
		return -1;
	}
	if (!*line)
		*n = 0;
	for (;;) {
		unsigned char one, *src = f->rpos, *end;
		size_t k = f->rend - f->rpos;
		int done;

		if (k) {
			end = memchr(src, delim, k);
			if (end)
				k = end - src + 1;
			done = end != 0;
		} else {
			int c = __uflow(f);

			if (c == EOF)
				break;
			one = c;
			src = &one;
			k = 1;
			done = one == (unsigned char)delim;
		}
		if (grow(line, n, len + k + 1)) {
			if (src == &one)
				ungetc(one, f);
			f->flags |= F_ERR;
			errno = ENOMEM;
			return -1;
		}
		memcpy(*line + len, src, k);
		if (src != &one)
			f->rpos += k;
		len += k;
		if (done)
			break;
	}
	if (!len)
		return -1;
	(*line)[len] = 0;
	return len;
}

weak_alias(__getdelim, getdelim);
