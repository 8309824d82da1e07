#include <string.h>
#include "stdio_impl.h"

int puts(const char *s)
{
	size_t n = strlen(s);

	if (__fwritex((const unsigned char *)s, n, stdout) != n || fputc('\n', stdout) == EOF)
		return EOF;
	return 0;
}
