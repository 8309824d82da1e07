#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "stdio_impl.h"

/*
 * One pass into a growing buffer: the arguments and errno (for %m) are read
 * once, so the string and the count cannot disagree.  Output starts on the
 * stack; the heap is used once it overflows, and the result is sized to fit.
 */
struct grow {
	struct __fmt_sink o;
	char *heap;
	size_t size;
	char stack[256];
};

static void grow(struct __fmt_sink *o, const char *s, size_t n)
{
	struct grow *g = (struct grow *)o;
	size_t used = o->pos - (g->heap ? g->heap : g->stack), need = used + n + 1;
	size_t size = g->size * 2;
	char *p = 0;

	if (o->error)
		return;
	if (size < g->size || size < need)
		size = need;
	if (need > used)
		p = g->heap ? realloc(g->heap, size) : malloc(size);
	if (!p) {
		o->error = 1;
		errno = ENOMEM;
		o->pos = o->end;
		return;
	}
	if (!g->heap)
		memcpy(p, g->stack, used);
	g->heap = p;
	g->size = size;
	memcpy(p + used, s, n);
	o->pos = p + used + n;
	/* One byte stays free for the terminating null. */
	o->end = p + size - 1;
}

int __vasprintf_ops(char **s, const char *fmt, va_list ap, const struct __fmt_ops *ops)
{
	struct grow g;
	size_t len;
	int r;

	g.o.pos = g.stack;
	g.o.end = g.stack + sizeof g.stack - 1;
	g.o.count = 0;
	g.o.error = 0;
	g.o.overflow = grow;
	g.heap = 0;
	g.size = sizeof g.stack;
	r = __vformat(&g.o, fmt, ap, ops);
	if (r < 0) {
		free(g.heap);
		return -1;
	}
	len = (size_t)r;
	if (g.heap) {
		char *p = realloc(g.heap, len + 1);

		*s = p ? p : g.heap;
	} else if ((*s = malloc(len + 1))) {
		memcpy(*s, g.stack, len);
	} else {
		errno = ENOMEM;
		return -1;
	}
	(*s)[len] = 0;
	return r;
}
