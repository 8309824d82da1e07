/*
 * The scanf engine, with glibc's answers where C leaves room: a number is
 * the longest prefix of the input that can begin a number (one character of
 * lookahead, given back with the stream's one-byte pushback), then converted
 * by strtol/strtod, and a prefix that does not convert whole ("1e+", "0x",
 * "-") is a matching failure with its characters consumed.  An input failure
 * (EOF or a read error) before the first assignment returns EOF.
 */
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "stdio_impl.h"

enum { SZ_HH = 1, SZ_H, SZ_DEF, SZ_L, SZ_LL, SZ_LD };

/*
 * The input.  Once a read has met the end, further reads return EOF without
 * the stream and put back the errno of that moment, as glibc's do (so an
 * ERANGE from a conversion is undone by a later directive that meets EOF).
 */
struct in {
	FILE *f;
	long long count;        /* characters consumed: %n */
	int last;               /* what the last read returned */
	int eof_errno;
};

/* Inlined: one call per input character otherwise dominates the cost. */
#define HOT static inline __attribute__((__always_inline__))

HOT int next(struct in *in)
{
	FILE *f = in->f;
	int c;

	if (in->last == EOF) {
		errno = in->eof_errno;
		return EOF;
	}
	c = f->rpos != f->rend ? *f->rpos++ : __uflow(f);
	if (c == EOF)
		in->eof_errno = errno;
	in->count += c != EOF;
	return in->last = c;
}

/* Gives back the character just read: it is still in the buffer, before rpos. */
HOT void unread(struct in *in, int c)
{
	if (c != EOF) {
		in->f->rpos--;
		in->count--;
	}
}

HOT int is_space(int c)
{
	return c == ' ' || (unsigned)(c - '\t') < 5;
}

/* Text collected for a number; grows on the heap past the local room. */
struct text {
	char *p;
	size_t n, cap;
	char local[80];
};

HOT int put(struct text *t, int c)
{
	if (t->n + 1 >= t->cap) {
		char *q = t->p == t->local ? malloc(t->cap * 2) : realloc(t->p, t->cap * 2);

		if (!q)
			return -1;
		if (t->p == t->local)
			memcpy(q, t->local, t->n);
		t->p = q;
		t->cap *= 2;
	}
	t->p[t->n++] = c;
	t->p[t->n] = 0;
	return 0;
}

static void text_init(struct text *t)
{
	t->p = t->local;
	t->n = 0;
	t->cap = sizeof t->local;
	t->local[0] = 0;
}

static void text_free(struct text *t)
{
	if (t->p != t->local)
		free(t->p);
}

/* What one conversion did. */
enum { DONE = 1, MATCH_FAIL = 0, INPUT_FAIL = -1, NO_MEMORY = -2 };

struct spec {
	long width;             /* -1: none */
	int size, suppress, alloc;
	void *dest;
};

static void store_int(const struct spec *sp, unsigned long long v)
{
	switch (sp->size) {
	case SZ_HH: *(signed char *)sp->dest = v; break;
	case SZ_H: *(short *)sp->dest = v; break;
	case SZ_L: *(long *)sp->dest = v; break;
	case SZ_LL: case SZ_LD: *(long long *)sp->dest = v; break;
	default: *(int *)sp->dest = v;
	}
}

/* An optional sign, 0x for base 16 (or 0), 0 for base 0 octal, digits: glibc's rules. */
static int collect_int(struct in *in, long width, int *base, struct text *t)
{
	int c = next(in);

	if (c == EOF)
		return INPUT_FAIL;
	if (c == '-' || c == '+') {
		put(t, c);
		width -= width > 0;
		c = next(in);
	}
	if (width != 0 && c == '0') {
		width -= width > 0;
		put(t, c);
		c = next(in);
		if (width != 0 && (c | 32) == 'x') {
			if (*base == 0)
				*base = 16;
			if (*base == 16) {
				width -= width > 0;
				c = next(in);
			}
		} else if (*base == 0) {
			*base = 8;
		}
	}
	if (*base == 0)
		*base = 10;
	for (; c != EOF && width != 0; c = next(in), width -= width > 0) {
		int d = (unsigned)(c - '0') <= 9 ? c - '0' :
			(unsigned)((c | 32) - 'a') < 6 ? (c | 32) - 'a' + 10 : 99;

		if (d >= *base || put(t, c))
			break;
	}
	unread(in, c);
	if (!t->n || (t->n == 1 && (t->p[0] == '-' || t->p[0] == '+')))
		return MATCH_FAIL;
	return DONE;
}

static int scan_int(struct in *in, const struct spec *sp, int base, int is_signed, int ptr)
{
	struct text t;
	unsigned long long v;
	char *end;
	int r;

	text_init(&t);
	r = collect_int(in, sp->width, &base, &t);
	if (r == DONE) {
		int wide = sp->size >= SZ_LL;

		if (is_signed)
			v = wide ? (unsigned long long)strtoll(t.p, &end, base) : (unsigned long)strtol(t.p, &end, base);
		else
			v = wide ? strtoull(t.p, &end, base) : strtoul(t.p, &end, base);
		if (end == t.p)
			r = MATCH_FAIL;
		else if (!sp->suppress && ptr)
			*(void **)sp->dest = (void *)(uintptr_t)v;
		else if (!sp->suppress)
			store_int(sp, v);
	}
	text_free(&t);
	return r;
}

/*
 * Reads the letters of word (lower case) after the first, each counted in
 * *width; 0 at the first that differs (it stays consumed, as in glibc).
 */
static int collect_word(struct in *in, long *width, const char *word, struct text *t)
{
	int c;

	for (word++; *word; word++) {
		if (*width == 0 || (c = next(in)) == EOF || (c | 32) != *word)
			return 0;
		*width -= *width > 0;
		if (put(t, c))
			return 0;
	}
	return 1;
}

static int collect_inf_nan(struct in *in, long width, int c, struct text *t)
{
	put(t, c);
	if ((c | 32) == 'n')
		return collect_word(in, &width, "nan", t) ? DONE : MATCH_FAIL;
	if (!collect_word(in, &width, "inf", t))
		return MATCH_FAIL;
	if (width != 0 && (c = next(in)) != EOF) {
		if ((c | 32) != 'i') {
			unread(in, c);
			return DONE;
		}
		width -= width > 0;
		put(t, c);
		if (!collect_word(in, &width, "inity", t))
			return MATCH_FAIL;
	}
	return DONE;
}

/* The longest text that can begin a floating-point number, as glibc collects it. */
static int collect_float(struct in *in, long width, struct text *t)
{
	int c = next(in), sign = 0, hex = 0, digit = 0, dot = 0, e = 0;
	char exp_char = 'e';

	width -= width > 0;
	if (c == EOF)
		return INPUT_FAIL;
	if (c == '-' || c == '+') {
		sign = 1;
		put(t, c);
		if (width == 0 || (c = next(in)) == EOF)
			return MATCH_FAIL;
		width -= width > 0;
	}
	if ((c | 32) == 'n' || (c | 32) == 'i')
		return collect_inf_nan(in, width, c, t);
	if (width != 0 && c == '0') {
		put(t, c);
		c = next(in);
		width -= width > 0;
		if (width != 0 && (c | 32) == 'x') {
			put(t, c);
			hex = 1;
			exp_char = 'p';
			c = next(in);
			width -= width > 0;
		} else {
			digit = 1;
		}
	}
	for (;;) {
		int x = (unsigned)(c - '0') <= 9 || (hex && (unsigned)((c | 32) - 'a') < 6);

		if (x && (!e || (unsigned)(c - '0') <= 9)) {
			digit = 1;
		} else if (e && t->p[t->n - 1] == exp_char && (c == '-' || c == '+')) {
		} else if (digit && !e && (c | 32) == exp_char) {
			c = exp_char;
			e = dot = 1;
		} else if (!dot && c == '.') {
			dot = 1;
		} else {
			unread(in, c);
			break;
		}
		if (put(t, c))
			return NO_MEMORY;
		if (width == 0 || (c = next(in)) == EOF)
			break;
		width -= width > 0;
	}
	if (t->n == (size_t)sign || (hex && t->n == (size_t)sign + 2))
		return MATCH_FAIL;
	return DONE;
}

static int scan_float(struct in *in, const struct spec *sp)
{
	struct text t;
	char *end;
	int r;

	text_init(&t);
	r = collect_float(in, sp->width, &t);
	if (r == DONE) {
		if (sp->size == SZ_LD || sp->size == SZ_LL) {
			long double x = strtold(t.p, &end);
			if (!sp->suppress && end != t.p)
				*(long double *)sp->dest = x;
		} else if (sp->size == SZ_L) {
			double x = strtod(t.p, &end);
			if (!sp->suppress && end != t.p)
				*(double *)sp->dest = x;
		} else {
			float x = strtof(t.p, &end);
			if (!sp->suppress && end != t.p)
				*(float *)sp->dest = x;
		}
		if (end == t.p)
			r = MATCH_FAIL;
	}
	text_free(&t);
	return r;
}

/*
 * Where %c, %s and %[ put characters: the caller's array, or with %m a
 * buffer of our own (handed over by finish_out), bytes or wchar_t with l.
 */
struct out {
	const struct spec *sp;
	char *p;
	size_t n, cap;
	int wide;
};

static int out_init(struct out *o, const struct spec *sp, int wide, size_t cap)
{
	o->sp = sp;
	o->n = 0;
	o->wide = wide;
	o->cap = cap;
	o->p = sp->suppress ? 0 : sp->alloc ? malloc(cap * (wide ? sizeof(wchar_t) : 1)) :
	       sp->dest;
	return !sp->suppress && !o->p ? NO_MEMORY : DONE;
}

HOT int out_put(struct out *o, int c)
{
	if (!o->p)
		return 0;
	if (o->sp->alloc && o->n == o->cap) {
		char *q = realloc(o->p, o->cap * 2 * (o->wide ? sizeof(wchar_t) : 1));

		if (!q)
			return -1;
		o->p = q;
		o->cap *= 2;
	}
	if (o->wide)
		((wchar_t *)o->p)[o->n++] = (unsigned char)c;
	else
		o->p[o->n++] = c;
	return 0;
}

static int out_finish(struct out *o, int terminate, int ok)
{
	if (!o->p)
		return ok;
	if (ok && terminate && out_put(o, 0))
		ok = NO_MEMORY;
	if (o->sp->alloc) {
		if (ok != DONE) {
			free(o->p);
			o->p = 0;
		}
		*(char **)o->sp->dest = o->p;
	}
	return ok;
}

/* EOF before a %c, %s or %[: with %m the pointer is set to NULL, as glibc does. */
static int no_input(const struct spec *sp)
{
	if (sp->alloc && !sp->suppress)
		*(char **)sp->dest = 0;
	return INPUT_FAIL;
}

static int scan_chars(struct in *in, const struct spec *sp, int wide)
{
	long width = sp->width < 0 ? 1 : sp->width;
	struct out o;
	int c = next(in);

	if (c == EOF)
		return no_input(sp);
	if (out_init(&o, sp, wide, width) != DONE)
		return NO_MEMORY;
	do
		if (out_put(&o, c))
			return out_finish(&o, 0, NO_MEMORY);
	while (--width > 0 && (c = next(in)) != EOF);
	return out_finish(&o, 0, DONE);
}

/* %s (set NULL: up to white space) and %[ (set: the 256 flags of the scan set). */
static int scan_string(struct in *in, const struct spec *sp, const unsigned char *set, int wide)
{
	long width = sp->width < 0 ? LONG_MAX : sp->width;
	long long start = in->count;
	struct out o;
	int c = next(in);

	if (c == EOF)
		return no_input(sp);
	if (out_init(&o, sp, wide, 100) != DONE)
		return NO_MEMORY;
	do {
		if (set ? !set[c] : is_space(c)) {
			unread(in, c);
			break;
		}
		if (out_put(&o, c))
			return out_finish(&o, 0, NO_MEMORY);
	} while (--width > 0 && (c = next(in)) != EOF);
	return out_finish(&o, 1, in->count == start ? MATCH_FAIL : DONE);
}

/*
 * The scan set after %[ into set; returns the format past its ], or NULL
 * if there is none.  ] or - first is a member; a-z is a range when z >= a.
 */
static const char *parse_set(const char *f, unsigned char *set)
{
	int neg = *f == '^', i;

	f += neg;
	memset(set, 0, 256);
	if (*f == ']' || *f == '-')
		set[(unsigned char)*f++] = 1;
	for (; *f && *f != ']'; f++) {
		unsigned char lo = f[-1], hi = f[1];

		if (*f == '-' && hi && hi != ']' && lo <= hi)
			for (i = lo; i < hi; i++)
				set[i] = 1;
		else
			set[(unsigned char)*f] = 1;
	}
	if (!*f)
		return 0;
	if (neg)
		for (i = 0; i < 256; i++)
			set[i] = !set[i];
	return f + 1;
}

/* Length modifiers; *f is past them.  'L', 'll' and 'q' are one size, as in glibc. */
static int parse_size(const char **f)
{
	const char *p = *f;
	int size = SZ_DEF;

	switch (*p++) {
	case 'h': size = *p == 'h' ? (p++, SZ_HH) : SZ_H; break;
	case 'l': size = *p == 'l' ? (p++, SZ_LL) : SZ_L; break;
	case 'L': case 'q': size = SZ_LD; break;
	case 'j': size = sizeof(intmax_t) == sizeof(long) ? SZ_L : SZ_LL; break;
	case 'z': size = sizeof(size_t) == sizeof(long) ? SZ_L : SZ_DEF; break;
	case 't': size = sizeof(ptrdiff_t) == sizeof(long) ? SZ_L : SZ_DEF; break;
	default: p--;
	}
	*f = p;
	return size;
}

static void store_count(const struct spec *sp, long long n)
{
	if (!sp->suppress)
		store_int(sp, n);
}

/* One conversion, the format at its letter; *f is moved past a scan set. */
static int convert(struct in *in, const struct spec *sp, const char **f)
{
	unsigned char set[256];
	int conv = *(*f)++;

	switch (conv) {
	case 'd': return scan_int(in, sp, 10, 1, 0);
	case 'i': return scan_int(in, sp, 0, 1, 0);
	case 'u': return scan_int(in, sp, 10, 0, 0);
	case 'o': return scan_int(in, sp, 8, 0, 0);
	case 'x': case 'X': return scan_int(in, sp, 16, 0, 0);
	case 'p': return scan_int(in, sp, 16, 0, 1);
	case 'a': case 'A': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
		return scan_float(in, sp);
	case 'c': case 'C': return scan_chars(in, sp, conv == 'C' || sp->size == SZ_L);
	case 's': case 'S': return scan_string(in, sp, 0, conv == 'S' || sp->size == SZ_L);
	case '[':
		if (!(*f = parse_set(*f, set)))
			return MATCH_FAIL;
		return scan_string(in, sp, set, sp->size == SZ_L);
	case 'n':
		store_count(sp, in->count);
		return DONE;
	}
	return MATCH_FAIL;
}

/* Skips white space and gives back the character after it (with errno as glibc leaves it). */
static void skip_space(struct in *in)
{
	int c, saved = errno;

	if (in->last == EOF)
		return;
	errno = 0;
	while (is_space(c = next(in)))
		;
	unread(in, c);
	errno = saved;
}

/* A character of the format other than a conversion; space: white space came before it. */
static int match_literal(struct in *in, int want, int space)
{
	int c = next(in);

	if (c == EOF)
		return INPUT_FAIL;
	while (space && is_space(c))
		if ((c = next(in)) == EOF)
			return INPUT_FAIL;
	if (c != want) {
		unread(in, c);
		return MATCH_FAIL;
	}
	return DONE;
}

static void *arg_at(va_list first, unsigned n)
{
	va_list ap;
	void *p = 0;

	va_copy(ap, first);
	while (n--)
		p = va_arg(ap, void *);
	va_end(ap);
	return p;
}

/* %[n$][*][width][m][size]: the fields before the conversion letter; *f is moved past them. */
static unsigned parse_spec(const char **f, struct spec *sp)
{
	const char *p = *f;
	unsigned pos = 0;

	for (; (unsigned)(*p - '0') <= 9; p++)
		pos = pos * 10 + (*p - '0');
	if (*p != '$' || !pos) {
		p = *f;
		pos = 0;
	} else {
		p++;
	}
	sp->suppress = 0;
	for (; *p == '*' || *p == '\'' || *p == 'I'; p++)
		sp->suppress |= *p == '*';
	for (sp->width = 0; (unsigned)(*p - '0') <= 9; p++)
		if (sp->width < LONG_MAX / 10)
			sp->width = sp->width * 10 + (*p - '0');
	if (!sp->width)
		sp->width = -1;
	sp->alloc = *p == 'm';
	p += sp->alloc;
	sp->size = parse_size(&p);
	*f = p;
	return pos;
}

int vfscanf(FILE *restrict f, const char *restrict format, va_list ap)
{
	const char *fmt = format;
	struct in in = { f, 0, 0, 0 };
	struct spec sp;
	va_list first;
	int done = 0, space = 0, r = DONE;

	va_copy(first, ap);
	while (*fmt && r == DONE) {
		unsigned pos;

		if (is_space(*fmt)) {
			space = 1;
			fmt++;
			continue;
		}
		if (*fmt != '%') {
			r = match_literal(&in, *fmt++, space);
			space = 0;
			continue;
		}
		fmt++;
		pos = parse_spec(&fmt, &sp);
		if (space || (*fmt != '[' && *fmt != 'c' && *fmt != 'C' && *fmt != 'n'))
			skip_space(&in);
		space = 0;
		if (*fmt == '%') {
			r = match_literal(&in, *fmt++, 0);
			continue;
		}
		sp.dest = sp.suppress ? 0 : pos ? arg_at(first, pos) : va_arg(ap, void *);
		r = convert(&in, &sp, &fmt);
		done += r == DONE && !sp.suppress && fmt[-1] != 'n';
	}
	va_end(first);
	if (r == DONE && space) {
		int c;

		while (is_space(c = next(&in)))
			;
		unread(&in, c);
	}
	if (r == NO_MEMORY) {
		errno = ENOMEM;
		return EOF;
	}
	return r == INPUT_FAIL && !done ? EOF : done;
}
