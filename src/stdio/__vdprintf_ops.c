#include "stdio_impl.h"

/* A stream on the stack, flushed before returning. */
int __vdprintf_ops(int fd, const char *fmt, va_list ap, const struct __fmt_ops *ops)
{
	unsigned char buf[UNGET + 256];
	FILE f = { .fd = fd, .flags = F_NORD, .lbf = EOF, .buf = buf + UNGET, .size = 256 };
	int r = __vfprintf_ops(&f, fmt, ap, ops);

	if (__flush(&f))
		return -1;
	return r;
}
