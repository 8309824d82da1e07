#include <errno.h>
#include <stdio.h>
#include <string.h>
#include "err_impl.h"

/* errno is read first: writing the prefix may change it. */
void __vwarn_any(const char *fmt, va_list ap, int with_errno)
{
	int e = errno;

	fprintf(stderr, "%s: ", __progname);
	if (fmt) {
		vfprintf(stderr, fmt, ap);
		if (with_errno)
			fputs(": ", stderr);
	}
	if (with_errno)
		fputs(strerror(e), stderr);
	fputc('\n', stderr);
}
