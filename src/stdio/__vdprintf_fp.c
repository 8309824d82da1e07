#include "stdio_impl.h"

/* A stream on the stack, flushed before returning. */
int __vdprintf_fp(int fd, const char *fmt, va_list ap, __fmt_fp_fn *fp)
{
	unsigned char buf[UNGET + 256];
	FILE f = { .fd = fd, .flags = F_NORD, .lbf = EOF, .buf = buf + UNGET, .size = 256 };
	int r = __vfprintf_fp(&f, fmt, ap, fp);

	if (__flush(&f))
		return -1;
	return r;
}
