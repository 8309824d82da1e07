#include <string.h>
#include "stdio_impl.h"

/* An unbuffered stream still gets one write per call, through this buffer. */
struct sink {
	struct __fmt_sink o;
	FILE *f;
	char buf[128];
};

static void to_buffer(struct __fmt_sink *o, const char *s, size_t n)
{
	FILE *f = ((struct sink *)o)->f;

	f->wpos = (unsigned char *)o->pos;
	__fwritex((const unsigned char *)s, n, f);
	if (!f->wend)
		__towrite(f);
	o->pos = (char *)f->wpos;
	o->end = (char *)f->wend;
}

static void to_unbuffered(struct __fmt_sink *o, const char *s, size_t n)
{
	struct sink *k = (struct sink *)o;

	__fwritex((const unsigned char *)k->buf, o->pos - k->buf, k->f);
	o->pos = k->buf;
	if (n < sizeof k->buf) {
		memcpy(o->pos, s, n);
		o->pos += n;
	} else {
		__fwritex((const unsigned char *)s, n, k->f);
	}
}

/* A line-buffered stream writes out through its last newline and keeps the rest. */
static void flush_lines(FILE *f)
{
	unsigned char *p = f->wpos;
	size_t rest;

	while (p > f->wbase && p[-1] != '\n')
		p--;
	if (p == f->wbase)
		return;
	rest = f->wpos - p;
	f->wpos = p;
	if (__flush(f) || __towrite(f))
		return;
	memmove(f->wpos, p, rest);
	f->wpos += rest;
}

int __vfprintf_ops(FILE *f, const char *fmt, va_list ap, const struct __fmt_ops *ops)
{
	struct sink k;          /* not zeroed as a whole: buf needs no clearing */
	unsigned olderr = f->flags & F_ERR;
	int r;

	k.f = f;
	k.o.count = 0;
	k.o.error = 0;
	if (!f->wend && __towrite(f))
		return -1;
	f->flags &= ~F_ERR;
	if (f->size) {
		k.o.pos = (char *)f->wpos;
		k.o.end = (char *)f->wend;
		k.o.overflow = to_buffer;
	} else {
		k.o.pos = k.buf;
		k.o.end = k.buf + sizeof k.buf;
		k.o.overflow = to_unbuffered;
	}
	r = __vformat(&k.o, fmt, ap, ops);
	if (f->size) {
		f->wpos = (unsigned char *)k.o.pos;
		if (f->lbf == '\n')
			flush_lines(f);
	} else {
		__fwritex((const unsigned char *)k.buf, k.o.pos - k.buf, f);
	}
	if (f->flags & F_ERR)
		r = -1;
	f->flags |= olderr;
	return r;
}
