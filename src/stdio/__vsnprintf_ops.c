#include <stdint.h>
#include <string.h>
#include "stdio_impl.h"

/* Keeps what fits and drops the rest; count goes on for the return value. */
static void bounded(struct __fmt_sink *o, const char *s, size_t n)
{
	size_t room = o->end - o->pos;

	memcpy(o->pos, s, n < room ? n : room);
	o->pos = o->end;
}

/* sprintf's: the caller promised room enough. */
static void unbounded(struct __fmt_sink *o, const char *s, size_t n)
{
	memcpy(o->pos, s, n);
	o->pos += n;
	o->end = o->pos;
}

int __vsnprintf_ops(char *s, size_t n, const char *fmt, va_list ap, const struct __fmt_ops *ops)
{
	char dummy[1];
	struct __fmt_sink o = { .pos = s, .overflow = bounded };
	int r;

	if (n == SIZE_MAX) {
		o.end = s;
		o.overflow = unbounded;
	} else if (n) {
		o.end = s + n - 1;
	} else {
		o.pos = o.end = dummy;
	}
	r = __vformat(&o, fmt, ap, ops);
	*o.pos = 0;
	return r;
}
