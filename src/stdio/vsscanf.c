#include <string.h>
#include "stdio_impl.h"

/* A stream over the string: its end is the end of file, there is no descriptor. */
int vsscanf(const char *restrict s, const char *restrict fmt, va_list ap)
{
	FILE f;

	memset(&f, 0, sizeof f);
	f.fd = -1;
	f.flags = F_NOWR | F_EOF;
	f.lbf = EOF;
	f.buf = f.rpos = (unsigned char *)s;
	f.rend = f.rpos + strlen(s);
	return vfscanf(&f, fmt, ap);
}
