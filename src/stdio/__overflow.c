#include "stdio_impl.h"

/* putc's slow path: no room, not in writing mode, or a line end. */
int __overflow(FILE *f, int c)
{
	unsigned char ch = c;

	return __fwritex(&ch, 1, f) == 1 ? ch : EOF;
}
