#include <string.h>
#include "etc_impl.h"
#include "stdio_impl.h"

int __etc_read(FILE *f, struct __etc_buf *b)
{
	ssize_t n = __getdelim(&b->line, &b->cap, '\n', f);

	if (n < 0)
		return ferror(f) ? -1 : 0;
	if (n && b->line[n - 1] == '\n')
		b->line[--n] = 0;
	b->len = (size_t)n;
	return 1;
}
